package org.senrules.core.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.senrules.core.Decision;

/** Describes and exports the files of loaded rule sets, for the engine's public methods. */
public final class Origins {
    private Origins() {
    }

    /**
     * What {@link org.senrules.core.RuleSetOrigin} shows, in one value, so that the exported
     * type needs no public constructor.
     */
    public record Parts(String ruleSet, List<String> files, List<String> councilFiles, String rulesFingerprint,
                        String rulesFrom, String valuesFrom, List<String> rulesAdded, List<String> rulesRemoved,
                        List<String> rulesChanged) {
        public Parts {
            files = List.copyOf(files);
            councilFiles = List.copyOf(councilFiles);
            rulesAdded = List.copyOf(rulesAdded);
            rulesRemoved = List.copyOf(rulesRemoved);
            rulesChanged = List.copyOf(rulesChanged);
        }
    }

    public static Parts of(CompiledRuleSet rs) {
        RuleSetFiles f = rs.files();
        return new Parts(rs.definition().id(), f.used().stream().map(RuleSetFiles.File::label).toList(),
                f.used().stream().filter(RuleSetFiles.File::council).map(RuleSetFiles.File::label).toList(),
                f.rulesFingerprint(), f.councilRules() ? Decision.COUNCIL : Decision.PACKAGE,
                f.councilValues() ? Decision.COUNCIL : Decision.PACKAGE,
                RuleSetFiles.missingFrom(f.packagedRules(), f.rules()), RuleSetFiles.missingFrom(f.rules(), f.packagedRules()),
                RuleSetFiles.changed(f.packagedRules(), f.rules()));
    }

    /**
     * Writes the rule set's files in use (rule, parameter, policy and shared parameter files) into
     * {@code dir} under their own names, and its values and the shared values it reads as values
     * sheets ({@code <id>.values.csv}), refusing to overwrite a different file.
     */
    public static List<Path> export(CompiledRuleSet rs, Path dir) {
        Map<String, String> files = new LinkedHashMap<>();
        for (RuleSetFiles.File f : rs.files().used()) {
            if (f.kind() != RuleSetFiles.Kind.OVERRIDE) { // a council's values given by path are its own file, not one of the rule set's
                files.putIfAbsent(f.name(), f.text());
            }
        }
        // made before anything is written, so that a value no sheet can hold leaves no half-written folder
        files.putAll(ValuesSheets.of(rs));
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path target = dir.resolve(f.getKey());
                if (Files.exists(target)) {
                    if (Files.readString(target, StandardCharsets.UTF_8).equals(f.getValue())) {
                        written.add(target);
                        continue;
                    }
                    throw new IllegalArgumentException(target + " exists and differs from the file of " + rs.definition().id()
                            + "; export into an empty folder, or move the file away first");
                }
                Files.writeString(target, f.getValue(), StandardCharsets.UTF_8);
                written.add(target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }
}
