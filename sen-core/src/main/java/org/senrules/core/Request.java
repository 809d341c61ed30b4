package org.senrules.core;

import java.time.LocalDate;
import java.util.Objects;
import org.senrules.core.spi.CaseInput;

/**
 * One case to decide under one rule set: the JSON request envelope as a Java value.
 *
 * @param ruleSet the rule-set id, such as {@code "sspp-top-up"}
 * @param asOf    the date whose parameter values apply
 * @param policy  the policy variant, {@code "current"} unless a DBV option is being modelled
 * @param caseData the case, of the rule set's case type
 */
@ApiStatus(ApiStatus.Level.STABLE)
public record Request(String ruleSet, LocalDate asOf, String policy, CaseInput caseData) {

    /** The policy every rule set has: the council's rules as they stand. */
    public static final String CURRENT = "current";

    public Request {
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(caseData, "caseData");
        policy = policy == null ? CURRENT : policy;
    }

    /** A request under the {@code current} policy. */
    public static Request of(String ruleSet, LocalDate asOf, CaseInput caseData) {
        return new Request(ruleSet, asOf, CURRENT, caseData);
    }

    /** The same request under another policy. */
    public Request withPolicy(String otherPolicy) {
        return new Request(ruleSet, asOf, otherPolicy, caseData);
    }

    /** Prints ids and dates only: the case's own {@code toString} is redacted. */
    @Override
    public String toString() {
        return "Request[" + ruleSet + ", " + asOf + ", " + policy + ", case " + caseData.caseId() + "]";
    }
}
