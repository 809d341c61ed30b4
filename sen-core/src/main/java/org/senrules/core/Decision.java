package org.senrules.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.senrules.core.internal.Decided;

/**
 * The answer to one {@link Request}: the outcome and everything a reviewer needs to check it.
 * Immutable: the outcome cannot change once the decision is made (its setters throw).
 *
 * <p>Decided through a {@link RuleSetKey} ({@code engine.decide(SsppTopUp.RULE_SET, pupil, asOf)}),
 * the decision is typed by the rule set's outcome, so {@link #outcome()} needs no cast. Decided
 * from a {@link Request} by rule-set id, it is a {@code Decision<?>}: read the outcome with
 * {@link #outcome(Class)} or narrow the decision with {@link #as(RuleSetKey)}, both of which check the type.
 *
 * @param <O> the outcome type
 */
@ApiStatus(ApiStatus.Level.STABLE)
public final class Decision<O> {
    /** {@link #rulesFrom} or {@link #valuesFrom}: the files packaged with the rule set. */
    public static final String PACKAGE = "package";
    /** {@link #rulesFrom} or {@link #valuesFrom}: at least one file is the council's own. */
    public static final String COUNCIL = "council";

    private final Decided parts;
    private final O outcome;

    /** The engine's only way in: a decision has no public constructor. */
    Decision(Decided parts, O outcome) {
        this.parts = Objects.requireNonNull(parts, "parts");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
    }

    /** The rule-set id. */
    public String ruleSet() {
        return parts.ruleSet();
    }

    /** The rule-set version that decided. */
    public String ruleSetVersion() {
        return parts.ruleSetVersion();
    }

    /** The date whose parameter values applied. */
    public LocalDate asOf() {
        return parts.asOf();
    }

    /** The policy variant. */
    public String policy() {
        return parts.policy();
    }

    /** The pseudonymous case id. */
    public String caseId() {
        return parts.caseId();
    }

    /** The rule set's outcome, which cannot change. */
    public O outcome() {
        return outcome;
    }

    /**
     * The outcome as {@code type}, for decisions made by rule-set id.
     *
     * @throws IllegalArgumentException naming the rule set and both types, if the outcome is not a {@code type}
     */
    public <T> T outcome(Class<T> type) {
        if (!type.isInstance(outcome)) {
            throw new IllegalArgumentException("rule set " + ruleSet() + " gives " + outcome.getClass().getSimpleName()
                    + " outcomes, not " + type.getSimpleName());
        }
        return type.cast(outcome);
    }

    /**
     * This decision typed by {@code key}'s outcome, for decisions made by rule-set id.
     *
     * @throws IllegalArgumentException if the decision is of another rule set or its outcome is not of the key's type
     */
    public <T> Decision<T> as(RuleSetKey<?, T> key) {
        if (!key.id().equals(ruleSet())) {
            throw new IllegalArgumentException("this decision is of rule set " + ruleSet() + ", not " + key.id());
        }
        return new Decision<>(parts, outcome(key.outcomeType()));
    }

    /** The rules that fired and mattered, in firing order. */
    public List<Reason> reasons() {
        return parts.reasons();
    }

    /** The parameter values used, in first-use order. */
    public List<ParameterUse> parameters() {
        return parts.parameters();
    }

    /** True if any value used is an illustrative default. */
    public boolean illustrative() {
        return parts.illustrative();
    }

    /** Things a reviewer should know, such as a stale rate. */
    public List<String> warnings() {
        return parts.warnings();
    }

    /**
     * A SHA-256 over every parameter value in force for this rule set, policy and date, so the
     * decision can be reproduced later.
     */
    public String parametersFingerprint() {
        return parts.parametersFingerprint();
    }

    /**
     * A SHA-256 over the names and contents of the rule files the decision was made with:
     * {@code ruleSetVersion} alone never stands for edited rules.
     */
    public String rulesFingerprint() {
        return parts.rulesFingerprint();
    }

    /** {@value #PACKAGE} when every rule file is the package's, {@value #COUNCIL} when any came from a rule author's folder. */
    public String rulesFrom() {
        return parts.rulesFrom();
    }

    /**
     * {@value #PACKAGE} when every parameter and policy file is the package's, {@value #COUNCIL}
     * when any is the council's (a rules folder or an override).
     */
    public String valuesFrom() {
        return parts.valuesFrom();
    }

    /** True if a rule with this id gave a reason. */
    public boolean firedRule(String ruleId) {
        for (Reason r : reasons()) {
            if (r.rule().equals(ruleId)) {
                return true;
            }
        }
        return false;
    }

    /** Equal when every part is equal (the outcome by its own {@code equals}). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Decision<?> d && d.parts.equals(parts) && d.outcome.equals(outcome);
    }

    @Override
    public int hashCode() {
        return parts.hashCode();
    }

    /** Ids and dates only: outcomes and reasons are for the JSON, not for logs. */
    @Override
    public String toString() {
        return "Decision[" + ruleSet() + " " + ruleSetVersion() + ", " + policy() + ", " + asOf() + ", case " + caseId() + "]";
    }
}
