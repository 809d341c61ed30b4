package org.senrules.core;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The last day of a parameter's dated values, where they end: after it no value is in force, so
 * (with strict expiry, the default) a decision that needs the parameter is refused until the
 * council adds the next value. For operations' readiness checks and a council's CI
 * ({@code ./sen validate --expiring-within 90d}). Made by {@link SenRules#valueEnds()} only.
 *
 * @since 1.2
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class ValueEnd {
    private final String ruleSet;
    private final String policy;
    private final String parameter;
    private final LocalDate lastDay;
    private final String file;

    ValueEnd(String ruleSet, String policy, String parameter, LocalDate lastDay, String file) {
        this.ruleSet = ruleSet;
        this.policy = policy;
        this.parameter = parameter;
        this.lastDay = lastDay;
        this.file = file;
    }

    /** The rule set that reads the parameter (a shared value appears once for each). */
    public String ruleSet() {
        return ruleSet;
    }

    /** {@code current}, or the policy whose own values of the parameter end. */
    public String policy() {
        return policy;
    }

    /** The parameter's name. */
    public String parameter() {
        return parameter;
    }

    /** The last day a value is in force. */
    public LocalDate lastDay() {
        return lastDay;
    }

    /** The file that sets the last value: a packaged file's resource name, or the council's file. */
    public String file() {
        return file;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ValueEnd v && ruleSet.equals(v.ruleSet) && policy.equals(v.policy) && parameter.equals(v.parameter)
                && lastDay.equals(v.lastDay) && file.equals(v.file);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleSet, policy, parameter, lastDay, file);
    }

    @Override
    public String toString() {
        return parameter + " of " + ruleSet + (policy.equals(Request.CURRENT) ? "" : " under " + policy) + " ends on " + lastDay
                + " (" + file + ")";
    }
}
