package org.senrules.core;

import java.util.Objects;
import org.senrules.core.spi.CaseInput;

/**
 * One policy of one rule set as a type, such as {@code SsppTopUp.DBV_OPTION_3}: deciding through
 * it gives a decision typed by the rule set's outcome. Made with {@link RuleSetKey#policy(String)}
 * or {@link RuleSetKey#current()}.
 *
 * @param <C> the case type of the rule set
 * @param <O> the outcome type of the rule set
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class PolicyKey<C extends CaseInput, O> {
    private final RuleSetKey<C, O> ruleSet;
    private final String name;

    PolicyKey(RuleSetKey<C, O> ruleSet, String name) {
        this.ruleSet = ruleSet;
        this.name = name;
    }

    /** The rule set the policy belongs to. */
    public RuleSetKey<C, O> ruleSet() {
        return ruleSet;
    }

    /** The policy's name in the JSON contract, such as {@code "dbv-option-3"}. */
    public String name() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PolicyKey<?, ?> p && p.ruleSet.equals(ruleSet) && p.name.equals(name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleSet, name);
    }

    @Override
    public String toString() {
        return "PolicyKey[" + ruleSet.id() + " " + name + "]";
    }
}
