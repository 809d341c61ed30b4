package org.senrules.core;

import java.util.Objects;
import org.senrules.core.spi.CaseInput;

/**
 * A rule set's contract as a type: its id, the case it decides and the outcome it gives. A pack
 * publishes one constant per rule set in the rule set's exported package (such as
 * {@code SsppTopUp.RULE_SET}), and embedders decide through it:
 *
 * <pre>{@code
 * Decision<SsppOutcome> d = engine.decide(SsppTopUp.RULE_SET, pupil, LocalDate.of(2026, 1, 15));
 * }</pre>
 *
 * so that a case of the wrong type, or reading the outcome as the wrong type, does not compile.
 * The engine checks, when deciding, that the loaded rule set of this id has exactly these types.
 * The rule set's policies are {@link PolicyKey}s made with {@link #policy(String)}.
 *
 * @param <C> the case type
 * @param <O> the outcome type
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class RuleSetKey<C extends CaseInput, O> {
    private final String id;
    private final Class<C> caseType;
    private final Class<O> outcomeType;
    private final PolicyKey<C, O> current;

    private RuleSetKey(String id, Class<C> caseType, Class<O> outcomeType) {
        this.id = Objects.requireNonNull(id, "id");
        this.caseType = Objects.requireNonNull(caseType, "caseType");
        this.outcomeType = Objects.requireNonNull(outcomeType, "outcomeType");
        this.current = new PolicyKey<>(this, Request.CURRENT);
    }

    /**
     * The handle of rule set {@code id}, deciding {@code caseType} cases with {@code outcomeType} outcomes.
     *
     * @throws NullPointerException if any argument is null
     */
    public static <C extends CaseInput, O> RuleSetKey<C, O> of(String id, Class<C> caseType, Class<O> outcomeType) {
        return new RuleSetKey<>(id, caseType, outcomeType);
    }

    /** The rule-set id of the JSON contract, such as {@code "sspp-top-up"}. */
    public String id() {
        return id;
    }

    /** The type of the cases it decides. */
    public Class<C> caseType() {
        return caseType;
    }

    /** The type of the outcomes it gives. */
    public Class<O> outcomeType() {
        return outcomeType;
    }

    /** The policy every rule set has, {@value Request#CURRENT}: the council's rules as they stand. */
    public PolicyKey<C, O> current() {
        return current;
    }

    /**
     * A policy of this rule set by name, such as {@code "dbv-option-3"}. Packs publish their
     * policies as constants made with this; a name the loaded rule set does not have is refused
     * when deciding, with the policies it has.
     *
     * @throws IllegalArgumentException if the name is blank
     */
    public PolicyKey<C, O> policy(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a policy name must not be blank");
        }
        return name.equals(Request.CURRENT) ? current : new PolicyKey<>(this, name);
    }

    /** Equal when the id and both types are the same. */
    @Override
    public boolean equals(Object o) {
        return o instanceof RuleSetKey<?, ?> k && k.id.equals(id) && k.caseType == caseType && k.outcomeType == outcomeType;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, caseType.getName(), outcomeType.getName());
    }

    @Override
    public String toString() {
        return "RuleSetKey[" + id + ": " + caseType.getSimpleName() + " -> " + outcomeType.getSimpleName() + "]";
    }
}
