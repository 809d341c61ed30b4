package org.senrules.core.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.senrules.core.RuleSetProblem;
import org.senrules.core.spi.ParameterSpec;
import org.senrules.core.spi.RuleSetDefinition;
import org.senrules.core.spi.SharedParameters;

/**
 * Where a rule author's values sheets ({@code <id>.values.csv}) meet the loading of a rule set:
 * finding one in the rules folder, and refusing a copy of the JSON file beside it whose values
 * the sheet would override without a word.
 */
final class ValuesSheets {
    private ValuesSheets() {
    }

    /** The values sheet of a rule set or shared value set in the rules folder, read; null when there is none. */
    static ValuesSheet read(String id, RulesFolder folder, RuleSetFiles.Kind kind, List<RuleSetFiles.File> used,
                            List<RuleSetProblem> problems) {
        String name = ValuesSheet.fileName(id);
        Path file = folder.replacement(name);
        if (file == null) {
            return null;
        }
        String text = Catalog.readFile(file, problems);
        if (text == null) {
            return null;
        }
        used.add(new RuleSetFiles.File(kind, name, file.toString(), true, text));
        return ValuesSheet.read(text, file.toString(), problems);
    }

    /**
     * A rule set's copy of its declaration beside its sheet may keep the packaged values or the
     * sheet's, and no others.
     *
     * @param declaration the declaration in use (the copy, when there is one)
     */
    static void checkCopies(RuleSetDefinition<?, ?> def, ValuesSheet sheet, Declaration declaration, RulesFolder folder,
                            Map<String, ParameterSpec> specs, List<RuleSetProblem> problems) {
        if (folder.replacement(def.parameterDefaults().fileName()) != null) {
            Declaration packaged = Declaration.read(def.parameterDefaults().read(), def.parameterDefaults().path(), new ArrayList<>());
            if (packaged != null) {
                sheet.checkCopy(def.id(), ValuesSheet.Values.of(declaration), ValuesSheet.Values.of(packaged), specs, problems);
            }
        }
    }

    /** A copy of a pack's shared values beside their sheet, as {@link #checkCopies} for a rule set. */
    static void checkSharedCopy(SharedParameters sh, ValuesSheet sheet, Declaration copy, RuleSource file, RulesFolder folder,
                                Map<String, ParameterSpec> specs, List<RuleSetProblem> problems) {
        if (folder.replacement(sh.file().fileName()) == null) {
            return;
        }
        if (copy != null) {
            Declaration packaged = Declaration.read(sh.file().read(), sh.file().path(), new ArrayList<>());
            if (packaged != null) {
                sheet.checkCopy(sh.id(), ValuesSheet.Values.of(copy), ValuesSheet.Values.of(packaged), specs, problems);
            }
        }
    }

    /**
     * The values sheets of a loaded rule set's values and of each shared value set it reads, by
     * file name, made from the files in use; a set whose values already come from a sheet keeps it
     * (that file is among those in use) and is left out here.
     *
     * @throws IllegalArgumentException naming a value a sheet cannot hold
     */
    static Map<String, String> of(CompiledRuleSet rs) {
        RuleSetDefinition<?, ?> def = rs.definition();
        List<RuleSetFiles.File> used = rs.files().used();
        Map<String, ParameterSpec> specs = rs.parameters().specs();
        Map<String, String> out = new java.util.LinkedHashMap<>();
        if (!inUse(used, ValuesSheet.fileName(def.id()))) {
            List<ValuesSheet.Section> sections = new ArrayList<>();
            String defaults = text(used, def.parameterDefaults().fileName());
            Declaration d = defaults == null ? null : Declaration.read(defaults, def.parameterDefaults().fileName(), new ArrayList<>());
            if (d != null) {
                sections(ValuesSheet.Values.of(d), sections);
            }
            if (!sections.isEmpty()) {
                out.put(ValuesSheet.fileName(def.id()), ValuesSheet.write(ValuesSheet.fileName(def.id()), sections, specs));
            }
        }
        for (SharedParameters sh : def.shared()) {
            String name = ValuesSheet.fileName(sh.id());
            String text = text(used, sh.file().fileName());
            if (inUse(used, name) || text == null) {
                continue;
            }
            List<ValuesSheet.Section> sections = new ArrayList<>();
            Declaration d = Declaration.read(text, sh.file().fileName(), new ArrayList<>());
            if (d != null) {
                sections(ValuesSheet.Values.of(d), sections);
            }
            if (!sections.isEmpty()) {
                out.put(name, ValuesSheet.write(name, sections, specs));
            }
        }
        return out;
    }

    private static void sections(ValuesSheet.Values values, List<ValuesSheet.Section> out) {
        values.byPolicy().forEach((policy, params) -> params.forEach((name, entries) -> {
            if (entries.isArray() && !entries.isEmpty()) {
                out.add(new ValuesSheet.Section(policy, name, entries));
            }
        }));
    }

    private static boolean inUse(List<RuleSetFiles.File> used, String name) {
        return used.stream().anyMatch(f -> f.name().equals(name) && f.kind() != RuleSetFiles.Kind.OVERRIDE);
    }

    private static String text(List<RuleSetFiles.File> used, String name) {
        return used.stream().filter(f -> f.name().equals(name) && f.kind() != RuleSetFiles.Kind.OVERRIDE).map(RuleSetFiles.File::text)
                .findFirst().orElse(null);
    }
}
