package org.senrules.awards;

import org.senrules.core.ApiStatus;
import org.senrules.core.PolicyKey;
import org.senrules.core.RuleSetKey;

/**
 * Rule set {@code coproduction-award} as a type: the co-production award stage an organisation's evidence supports.
 * Decide through it for a decision typed by {@link AwardOutcome}:
 * {@code engine.decide(CoproductionAward.RULE_SET, aCase, asOf)} or, under one of its policies,
 * {@code engine.decide(CoproductionAward.EVERY_SUPPORTED_STAGE, aCase, asOf)}.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class CoproductionAward {
    /** The rule-set id of the JSON contract. */
    public static final String ID = "coproduction-award";
    /** The rule set: {@value #ID}, deciding {@link AwardCase} cases with {@link AwardOutcome} outcomes. */
    public static final RuleSetKey<AwardCase, AwardOutcome> RULE_SET = RuleSetKey.of(ID, AwardCase.class, AwardOutcome.class);

    /** Policy {@code every-supported-stage}: every supported stage. */
    public static final PolicyKey<AwardCase, AwardOutcome> EVERY_SUPPORTED_STAGE = RULE_SET.policy("every-supported-stage");

    private CoproductionAward() {
    }
}
