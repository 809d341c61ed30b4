package org.senrules.core;

import java.util.List;
import java.util.Objects;

/**
 * What re-deciding a {@link DecisionRecord} gave: whether the decision made now is the recorded
 * one, and if not, every difference, field by field and rule by rule.
 *
 * @param caseId      the case of the record
 * @param ruleSet     its rule set
 * @param identical   true when nothing differs: the same outcome, reasons, values, warnings and fingerprints
 * @param differences what differs, in the order of the decision's fields; empty when identical
 * @since 1.2
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public record Replay(String caseId, String ruleSet, boolean identical, List<Difference> differences) {
    public Replay {
        Objects.requireNonNull(differences, "differences");
        differences = List.copyOf(differences);
    }

    /**
     * One difference between the recorded decision and the one made now.
     *
     * @param path     where: a field of the decision ({@code outcome.topUp}, {@code rulesFingerprint}), a
     *                 rule ({@code rule units-judged-necessary}) or a value ({@code parameter supportUnitValue})
     * @param recorded what the record says ({@code null} when the record has nothing there)
     * @param now      what the decision made now says ({@code null} when it has nothing there)
     */
    public record Difference(String path, String recorded, String now) {
        @Override
        public String toString() {
            return path + ": recorded " + (recorded == null ? "nothing" : recorded) + ", now " + (now == null ? "nothing" : now);
        }
    }
}
