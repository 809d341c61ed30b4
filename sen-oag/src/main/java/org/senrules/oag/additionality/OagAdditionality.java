package org.senrules.oag.additionality;

import org.senrules.core.ApiStatus;
import org.senrules.core.RuleSetKey;

/**
 * Rule set {@code oag-additionality} as a type: whether provision lines are additional to the Ordinarily Available Guidance.
 * Decide through it for a decision typed by {@link AdditionalityOutcome}:
 * {@code engine.decide(OagAdditionality.RULE_SET, aCase, asOf)}.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class OagAdditionality {
    /** The rule-set id of the JSON contract. */
    public static final String ID = "oag-additionality";
    /** The rule set: {@value #ID}, deciding {@link AdditionalityCase} cases with {@link AdditionalityOutcome} outcomes. */
    public static final RuleSetKey<AdditionalityCase, AdditionalityOutcome> RULE_SET = RuleSetKey.of(ID, AdditionalityCase.class, AdditionalityOutcome.class);

    private OagAdditionality() {
    }
}
