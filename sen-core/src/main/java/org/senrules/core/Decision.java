package org.senrules.core;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer to one {@link Request}: the outcome and everything a reviewer needs to check it.
 *
 * @param ruleSet               the rule-set id
 * @param ruleSetVersion        the rule-set version that decided
 * @param asOf                  the date whose parameter values applied
 * @param policy                the policy variant
 * @param caseId                the pseudonymous case id
 * @param outcome               the rule set's outcome object
 * @param reasons               the rules that fired and mattered, in firing order
 * @param parameters            the parameter values used, in first-use order
 * @param illustrative          true if any value used is an illustrative default
 * @param warnings              things a reviewer should know, such as a stale rate
 * @param parametersFingerprint a SHA-256 over every parameter value in force for this rule set,
 *                              policy and date, so the decision can be reproduced later
 * @param rulesFingerprint      a SHA-256 over the names and contents of the rule files the decision was
 *                              made with: {@code ruleSetVersion} alone never stands for edited rules
 * @param rulesFrom             {@value #PACKAGE} when every rule file is the package's, {@value #COUNCIL}
 *                              when any came from a rule author's folder
 * @param valuesFrom            {@value #PACKAGE} when every parameter and policy file is the package's,
 *                              {@value #COUNCIL} when any is the council's (a rules folder or an override)
 */
@ApiStatus(ApiStatus.Level.STABLE)
public record Decision(String ruleSet, String ruleSetVersion, LocalDate asOf, String policy, String caseId,
                       Object outcome, List<Reason> reasons, List<ParameterUse> parameters,
                       boolean illustrative, List<String> warnings, String parametersFingerprint,
                       String rulesFingerprint, String rulesFrom, String valuesFrom) {
    /** {@link #rulesFrom} or {@link #valuesFrom}: the files packaged with the rule set. */
    public static final String PACKAGE = "package";
    /** {@link #rulesFrom} or {@link #valuesFrom}: at least one file is the council's own. */
    public static final String COUNCIL = "council";

    public Decision {
        reasons = List.copyOf(reasons);
        parameters = List.copyOf(parameters);
        warnings = List.copyOf(warnings);
    }

    /** The outcome as its type. */
    public <O> O outcome(Class<O> type) {
        return type.cast(outcome);
    }

    /** True if a rule with this id gave a reason. */
    public boolean firedRule(String ruleId) {
        for (Reason r : reasons) {
            if (r.rule().equals(ruleId)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "Decision[" + ruleSet + " " + ruleSetVersion + ", " + policy + ", " + asOf + ", case " + caseId + "]";
    }
}
