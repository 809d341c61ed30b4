package org.senrules.funding.mainstream;

import org.senrules.core.ApiStatus;
import org.senrules.core.RuleSetKey;

/**
 * Rule set {@code mainstream-top-up} as a type: a mainstream top-up request.
 * Decide through it for a decision typed by {@link MainstreamTopUpOutcome}:
 * {@code engine.decide(MainstreamTopUp.RULE_SET, aCase, asOf)}.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class MainstreamTopUp {
    /** The rule-set id of the JSON contract. */
    public static final String ID = "mainstream-top-up";
    /** The rule set: {@value #ID}, deciding {@link MainstreamTopUpCase} cases with {@link MainstreamTopUpOutcome} outcomes. */
    public static final RuleSetKey<MainstreamTopUpCase, MainstreamTopUpOutcome> RULE_SET = RuleSetKey.of(ID, MainstreamTopUpCase.class, MainstreamTopUpOutcome.class);

    private MainstreamTopUp() {
    }
}
