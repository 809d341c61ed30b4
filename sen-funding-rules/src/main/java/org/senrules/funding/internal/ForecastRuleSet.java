package org.senrules.funding.internal;

import org.senrules.core.spi.OutcomeFields;
import org.senrules.core.spi.RuleResource;
import org.senrules.core.spi.RuleSetDefinition;
import org.senrules.funding.forecast.ForecastCase;
import org.senrules.funding.forecast.ForecastOutcome;
import org.senrules.funding.forecast.HighNeedsForecast;

/**
 * The {@code high-needs-forecast} rule set: variance, reserve and movement of a High Needs Block
 * quarterly forecast. It has no parameters: every figure comes from the case.
 */
public final class ForecastRuleSet {
    /** The rule-set id of the contract. */
    public static final String ID = HighNeedsForecast.ID;
    private static final String DIR = "META-INF/senrules/" + ID + "/";

    private ForecastRuleSet() {
    }

    /** The definition the funding pack registers. */
    public static RuleSetDefinition<ForecastCase, ForecastOutcome> definition() {
        return RuleSetDefinition.builder(HighNeedsForecast.RULE_SET, "1.1.0")
                .title("Variance, reserve and movement for a High Needs Block quarterly forecast, with warnings")
                .outcome(ForecastOutcome::new)
                .outcomeFields(OutcomeFields.of(ForecastOutcome.class)
                        .field("latestQuarter", ForecastOutcome::getLatestQuarter)
                        .field("latestOutturn", ForecastOutcome::getLatestOutturn)
                        .field("variance", ForecastOutcome::getVariance)
                        .field("cumulativeReserve", ForecastOutcome::getCumulativeReserve)
                        .field("previousQuarter", ForecastOutcome::getPreviousQuarter)
                        .field("movementSinceLastQuarter", ForecastOutcome::getMovementSinceLastQuarter)
                        .field("overspend", ForecastOutcome::isOverspend)
                        .field("reserveExhausted", ForecastOutcome::isReserveExhausted)
                        .field("pressuresTotal", ForecastOutcome::getPressuresTotal)
                        .field("asOfInFinancialYear", ForecastOutcome::isAsOfInFinancialYear))
                .rules(RuleResource.of(ForecastRuleSet.class, DIR + ID + ".drl"))
                // arithmetic in the order a finance officer works it; no criteria: it decides no eligibility
                .phases("year-check", "latest-quarter", "variance", "reserve", "movement", "warnings", "pressures")
                .sources(FundingRulePack.SOURCES)
                // each quarter's forecast is a fact of its own, so the rules can compare quarters
                .facts(ForecastCase::forecasts)
                .build();
    }
}
