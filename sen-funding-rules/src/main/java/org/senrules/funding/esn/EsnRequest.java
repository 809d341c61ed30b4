package org.senrules.funding.esn;

import org.senrules.core.ApiStatus;
import org.senrules.core.RuleSetKey;

/**
 * Rule set {@code esn-request} as a type: an Exceptional Special Needs request.
 * Decide through it for a decision typed by {@link EsnOutcome}:
 * {@code engine.decide(EsnRequest.RULE_SET, aCase, asOf)}.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class EsnRequest {
    /** The rule-set id of the JSON contract. */
    public static final String ID = "esn-request";
    /** The rule set: {@value #ID}, deciding {@link EsnCase} cases with {@link EsnOutcome} outcomes. */
    public static final RuleSetKey<EsnCase, EsnOutcome> RULE_SET = RuleSetKey.of(ID, EsnCase.class, EsnOutcome.class);

    private EsnRequest() {
    }
}
