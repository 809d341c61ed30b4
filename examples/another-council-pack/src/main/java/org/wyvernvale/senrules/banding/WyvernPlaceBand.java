package org.wyvernvale.senrules.banding;

import org.senrules.core.ApiStatus;
import org.senrules.core.PolicyKey;
import org.senrules.core.RuleSetKey;

/**
 * Rule set {@code wyvern-place-band} as a type: Wyvern Vale's place band (a third-party pack's handle).
 * Decide through it for a decision typed by {@link PlaceBandOutcome}:
 * {@code engine.decide(WyvernPlaceBand.RULE_SET, aCase, asOf)} or, under one of its policies,
 * {@code engine.decide(WyvernPlaceBand.FLAT_SPECIAL_BANDS, aCase, asOf)}.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class WyvernPlaceBand {
    /** The rule-set id of the JSON contract. */
    public static final String ID = "wyvern-place-band";
    /** The rule set: {@value #ID}, deciding {@link PlaceBandCase} cases with {@link PlaceBandOutcome} outcomes. */
    public static final RuleSetKey<PlaceBandCase, PlaceBandOutcome> RULE_SET = RuleSetKey.of(ID, PlaceBandCase.class, PlaceBandOutcome.class);

    /** Policy {@code flat-special-bands}: flat special bands. */
    public static final PolicyKey<PlaceBandCase, PlaceBandOutcome> FLAT_SPECIAL_BANDS = RULE_SET.policy("flat-special-bands");

    private WyvernPlaceBand() {
    }
}
