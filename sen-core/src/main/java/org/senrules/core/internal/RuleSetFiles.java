package org.senrules.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files one rule set was loaded from and what they hold, kept so that decisions can name the
 * rules they were made with ({@link #rulesFingerprint}) and tools can say what an edit changed.
 *
 * @param used             every file read: rule, parameter, policy and shared files, packaged or the council's
 * @param rulesFingerprint SHA-256 over the names and contents of the rule files in use
 * @param councilRules     true if any rule file came from a rules folder
 * @param councilValues    true if any parameter or policy file came from a rules folder or an override
 * @param rules            every rule in use, by id
 * @param packagedRules    every rule of the packaged files, by id
 */
record RuleSetFiles(List<File> used, String rulesFingerprint, boolean councilRules, boolean councilValues,
                    Map<String, DrlRules.Written> rules, Map<String, DrlRules.Written> packagedRules) {

    /**
     * What a file is for; {@code OVERRIDE} is a council's values given by path ({@code overrideParameters},
     * {@code --parameters}), not a file of the rule set.
     */
    enum Kind { RULES, PARAMETERS, SHARED_PARAMETERS, SOURCES, OVERRIDE }

    /**
     * One file read.
     *
     * @param name    the file name, which a rules folder uses to replace it
     * @param label   the path a message names (a resource path or the council's file)
     * @param council whether it is the council's file rather than the package's
     */
    record File(Kind kind, String name, String label, boolean council, String text) {
    }

    static String fingerprint(List<File> files) {
        // sorted by name, so that the order a pack lists its files in does not change the fingerprint
        Map<String, String> rulesByName = new TreeMap<>();
        for (File f : files) {
            if (f.kind() == Kind.RULES) {
                rulesByName.put(f.name(), f.text());
            }
        }
        StringBuilder all = new StringBuilder();
        rulesByName.forEach((name, text) -> all.append(name).append('\u0000').append(text).append('\u0000'));
        return DrlRules.sha256(all.toString());
    }

    /** The rule ids in {@code b} and not in {@code a}, sorted. */
    static List<String> missingFrom(Map<String, DrlRules.Written> a, Map<String, DrlRules.Written> b) {
        List<String> out = new ArrayList<>();
        for (String id : b.keySet()) {
            if (!a.containsKey(id)) {
                out.add(id);
            }
        }
        out.sort(null);
        return out;
    }

    /** The rule ids in both whose text differs, sorted. */
    static List<String> changed(Map<String, DrlRules.Written> a, Map<String, DrlRules.Written> b) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, DrlRules.Written> e : b.entrySet()) {
            DrlRules.Written before = a.get(e.getKey());
            if (before != null && !before.hash().equals(e.getValue().hash())) {
                out.add(e.getKey());
            }
        }
        out.sort(null);
        return out;
    }
}
