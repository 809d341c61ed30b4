package org.senrules.funding.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.senrules.core.SenRules;
import org.senrules.core.spi.RuleSetDefinition;

/**
 * A rule set's rule file with one criterion rule deleted, as a rule author might delete it, for
 * the fail-closed properties: one engine per criterion rule (a rule whose {@code @id} is a
 * criterion the rule set declares), each built from a rules folder holding the rule file without
 * that rule, the deletion confirmed in the folder's manifest as the rules folder requires.
 */
public final class CriterionRuleDeletions {
    /** One rule, from {@code rule "…"} to its {@code end}, with its id. */
    private static final Pattern RULE = Pattern.compile("(?ms)^rule \"[^\"]+\"\\n\\s+@id\\(\"([a-z0-9-]+)\"\\).*?^end\\n");

    private CriterionRuleDeletions() {
    }

    /** Criterion id to an engine with just {@code definition}, whose rule file lacks that criterion's rule. */
    public static Map<String, SenRules> engines(RuleSetDefinition<?, ?> definition) {
        String drl = definition.rules().get(0).read();
        Set<String> declared = declared(definition);
        Map<String, SenRules> out = new LinkedHashMap<>();
        Matcher m = RULE.matcher(drl);
        while (m.find()) {
            if (declared.contains(m.group(1))) {
                out.put(m.group(1), TestEngines.withRules(definition, folderWithout(definition, m.group(1))));
            }
        }
        return out;
    }

    /** A rules folder holding {@code definition}'s rule file without the rule of {@code criterion}, the deletion confirmed. */
    public static Path folderWithout(RuleSetDefinition<?, ?> definition, String criterion) {
        String file = definition.rules().get(0).fileName();
        String drl = definition.rules().get(0).read();
        Matcher m = RULE.matcher(drl);
        while (m.find()) {
            if (m.group(1).equals(criterion)) {
                try {
                    Path dir = Files.createTempDirectory(definition.id() + "-without-" + criterion);
                    Files.writeString(dir.resolve(file), drl.substring(0, m.start()) + drl.substring(m.end()));
                    Files.writeString(dir.resolve("senrules-manifest.txt"), "removes " + definition.id() + " " + criterion + "\n");
                    dir.resolve(file).toFile().deleteOnExit();
                    dir.resolve("senrules-manifest.txt").toFile().deleteOnExit();
                    dir.toFile().deleteOnExit();
                    return dir;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalArgumentException("no rule with @id(\"" + criterion + "\") in " + file);
    }

    /** The criterion ids {@code definition} declares in the {@code $criteria} of its parameter file, in order. */
    public static Set<String> declared(RuleSetDefinition<?, ?> definition) {
        try {
            JsonNode criteria = new ObjectMapper().readTree(definition.parameterDefaults().read()).path("$criteria");
            Set<String> out = new LinkedHashSet<>();
            criteria.fieldNames().forEachRemaining(out::add);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
