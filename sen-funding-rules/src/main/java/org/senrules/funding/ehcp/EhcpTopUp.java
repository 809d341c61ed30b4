package org.senrules.funding.ehcp;

import org.senrules.core.ApiStatus;
import org.senrules.core.PolicyKey;
import org.senrules.core.RuleSetKey;

/**
 * Rule set {@code ehcp-top-up} as a type: an EHCP pupil's top-up in the framework of the setting.
 * Decide through it for a decision typed by {@link EhcpTopUpOutcome}:
 * {@code engine.decide(EhcpTopUp.RULE_SET, aCase, asOf)} or, under one of the DBV workstream 2 framework options (S1),
 * {@code engine.decide(EhcpTopUp.WS2_OPTION_1, aCase, asOf)}.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class EhcpTopUp {
    /** The rule-set id of the JSON contract. */
    public static final String ID = "ehcp-top-up";
    /** The rule set: {@value #ID}, deciding {@link EhcpTopUpCase} cases with {@link EhcpTopUpOutcome} outcomes. */
    public static final RuleSetKey<EhcpTopUpCase, EhcpTopUpOutcome> RULE_SET = RuleSetKey.of(ID, EhcpTopUpCase.class, EhcpTopUpOutcome.class);

    /** Policy {@code ws2-option-1}: WS2 option 1. */
    public static final PolicyKey<EhcpTopUpCase, EhcpTopUpOutcome> WS2_OPTION_1 = RULE_SET.policy("ws2-option-1");

    /** Policy {@code ws2-option-2}: WS2 option 2. */
    public static final PolicyKey<EhcpTopUpCase, EhcpTopUpOutcome> WS2_OPTION_2 = RULE_SET.policy("ws2-option-2");

    /** Policy {@code ws2-option-3}: WS2 option 3. */
    public static final PolicyKey<EhcpTopUpCase, EhcpTopUpOutcome> WS2_OPTION_3 = RULE_SET.policy("ws2-option-3");

    /** Policy {@code ws2-option-3a}: WS2 option 3A. */
    public static final PolicyKey<EhcpTopUpCase, EhcpTopUpOutcome> WS2_OPTION_3A = RULE_SET.policy("ws2-option-3a");

    /** Policy {@code ws2-option-4}: WS2 option 4. */
    public static final PolicyKey<EhcpTopUpCase, EhcpTopUpOutcome> WS2_OPTION_4 = RULE_SET.policy("ws2-option-4");

    /** Policy {@code ws2-option-5}: WS2 option 5. */
    public static final PolicyKey<EhcpTopUpCase, EhcpTopUpOutcome> WS2_OPTION_5 = RULE_SET.policy("ws2-option-5");

    private EhcpTopUp() {
    }
}
