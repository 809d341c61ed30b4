package org.senrules.funding.sspp;

import org.senrules.core.ApiStatus;
import org.senrules.core.PolicyKey;
import org.senrules.core.RuleSetKey;

/**
 * Rule set {@code sspp-top-up} as a type: whether an SSPP top-up request can be considered and funded, for how many Support Units and until when.
 * Decide through it for a decision typed by {@link SsppOutcome}:
 * {@code engine.decide(SsppTopUp.RULE_SET, aCase, asOf)} or, under one of the DBV options of the first draft (S1),
 * {@code engine.decide(SsppTopUp.DBV_OPTION_1, aCase, asOf)}.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class SsppTopUp {
    /** The rule-set id of the JSON contract. */
    public static final String ID = "sspp-top-up";
    /** The rule set: {@value #ID}, deciding {@link SsppCase} cases with {@link SsppOutcome} outcomes. */
    public static final RuleSetKey<SsppCase, SsppOutcome> RULE_SET = RuleSetKey.of(ID, SsppCase.class, SsppOutcome.class);

    /** Policy {@code dbv-option-1}: DBV option 1. */
    public static final PolicyKey<SsppCase, SsppOutcome> DBV_OPTION_1 = RULE_SET.policy("dbv-option-1");

    /** Policy {@code dbv-option-2}: DBV option 2. */
    public static final PolicyKey<SsppCase, SsppOutcome> DBV_OPTION_2 = RULE_SET.policy("dbv-option-2");

    /** Policy {@code dbv-option-3}: DBV option 3. */
    public static final PolicyKey<SsppCase, SsppOutcome> DBV_OPTION_3 = RULE_SET.policy("dbv-option-3");

    /** Policy {@code dbv-option-4}: DBV option 4. */
    public static final PolicyKey<SsppCase, SsppOutcome> DBV_OPTION_4 = RULE_SET.policy("dbv-option-4");

    /** Policy {@code dbv-option-4a}: DBV option 4A. */
    public static final PolicyKey<SsppCase, SsppOutcome> DBV_OPTION_4A = RULE_SET.policy("dbv-option-4a");

    /** Policy {@code dbv-option-5}: DBV option 5. */
    public static final PolicyKey<SsppCase, SsppOutcome> DBV_OPTION_5 = RULE_SET.policy("dbv-option-5");

    /** Policy {@code dbv-option-6}: DBV option 6. */
    public static final PolicyKey<SsppCase, SsppOutcome> DBV_OPTION_6 = RULE_SET.policy("dbv-option-6");

    private SsppTopUp() {
    }
}
