package org.senrules.funding.forecast;

import org.senrules.core.ApiStatus;
import org.senrules.core.RuleSetKey;

/**
 * Rule set {@code high-needs-forecast} as a type: a high-needs budget forecast.
 * Decide through it for a decision typed by {@link ForecastOutcome}:
 * {@code engine.decide(HighNeedsForecast.RULE_SET, aCase, asOf)}.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class HighNeedsForecast {
    /** The rule-set id of the JSON contract. */
    public static final String ID = "high-needs-forecast";
    /** The rule set: {@value #ID}, deciding {@link ForecastCase} cases with {@link ForecastOutcome} outcomes. */
    public static final RuleSetKey<ForecastCase, ForecastOutcome> RULE_SET = RuleSetKey.of(ID, ForecastCase.class, ForecastOutcome.class);

    private HighNeedsForecast() {
    }
}
