package org.senrules.core;

import java.util.List;

/**
 * Where one loaded rule set's rules and values come from, and how its rules differ from the
 * packaged ones: what a rule author's {@code validate} lists, and what a decision's
 * {@code rulesFingerprint} stands for.
 *
 * @param ruleSet          the rule-set id
 * @param files            every file read (rule, parameter, policy and shared parameter files), as
 *                         resource paths or the council's paths
 * @param councilFiles     those of {@code files} that are the council's, not the package's
 * @param rulesFingerprint the decisions' {@code rulesFingerprint}
 * @param rulesFrom        {@link Decision#PACKAGE} or {@link Decision#COUNCIL}
 * @param valuesFrom       {@link Decision#PACKAGE} or {@link Decision#COUNCIL}
 * @param rulesAdded       ids of rules in use that the packaged files do not have, sorted
 * @param rulesRemoved     ids of packaged rules not in use (confirmed in the folder's manifest), sorted
 * @param rulesChanged     ids of rules whose text differs from the packaged rule's, sorted
 * @since 1.1
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public record RuleSetOrigin(String ruleSet, List<String> files, List<String> councilFiles, String rulesFingerprint,
                            String rulesFrom, String valuesFrom, List<String> rulesAdded, List<String> rulesRemoved,
                            List<String> rulesChanged) {
    public RuleSetOrigin {
        files = List.copyOf(files);
        councilFiles = List.copyOf(councilFiles);
        rulesAdded = List.copyOf(rulesAdded);
        rulesRemoved = List.copyOf(rulesRemoved);
        rulesChanged = List.copyOf(rulesChanged);
    }

    /** True if any rule was added, removed or changed against the package. */
    public boolean rulesEdited() {
        return !rulesAdded.isEmpty() || !rulesRemoved.isEmpty() || !rulesChanged.isEmpty();
    }
}
