package org.senrules.funding.internal;

import org.senrules.core.spi.RuleResource;
import org.senrules.core.spi.RuleSetDefinition;
import org.senrules.funding.forecast.ForecastCase;
import org.senrules.funding.forecast.ForecastOutcome;

/**
 * The {@code high-needs-forecast} rule set: variance, reserve and movement of a High Needs Block
 * quarterly forecast. It has no parameters: every figure comes from the case.
 */
public final class ForecastRuleSet {
    /** The rule-set id of the contract. */
    public static final String ID = "high-needs-forecast";
    private static final String DIR = "META-INF/senrules/" + ID + "/";

    private ForecastRuleSet() {
    }

    /** The definition the funding pack registers. */
    public static RuleSetDefinition<ForecastCase, ForecastOutcome> definition() {
        return RuleSetDefinition.builder(ID, "1.1.0", ForecastCase.class, ForecastOutcome.class)
                .title("Variance, reserve and movement for a High Needs Block quarterly forecast, with warnings")
                .outcome(ForecastOutcome::new)
                .rules(RuleResource.of(ForecastRuleSet.class, DIR + ID + ".drl"))
                // arithmetic in the order a finance officer works it; no criteria: it decides no eligibility
                .phases("year-check", "latest-quarter", "variance", "reserve", "movement", "warnings", "pressures")
                .sources(FundingRulePack.SOURCES)
                // each quarter's forecast is a fact of its own, so the rules can compare quarters
                .facts(ForecastCase::forecasts)
                .build();
    }
}
