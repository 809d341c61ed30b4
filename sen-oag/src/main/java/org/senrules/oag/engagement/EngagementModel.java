package org.senrules.oag.engagement;

import org.senrules.core.ApiStatus;
import org.senrules.core.RuleSetKey;

/**
 * Rule set {@code engagement-model} as a type: whether the Engagement Model applies to a pupil.
 * Decide through it for a decision typed by {@link EngagementModelOutcome}:
 * {@code engine.decide(EngagementModel.RULE_SET, aCase, asOf)}.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class EngagementModel {
    /** The rule-set id of the JSON contract. */
    public static final String ID = "engagement-model";
    /** The rule set: {@value #ID}, deciding {@link EngagementModelCase} cases with {@link EngagementModelOutcome} outcomes. */
    public static final RuleSetKey<EngagementModelCase, EngagementModelOutcome> RULE_SET = RuleSetKey.of(ID, EngagementModelCase.class, EngagementModelOutcome.class);

    private EngagementModel() {
    }
}
