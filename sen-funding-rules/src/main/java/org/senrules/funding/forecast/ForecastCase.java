package org.senrules.funding.forecast;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.senrules.core.ApiStatus;
import org.senrules.core.domain.FinancialYear;
import org.senrules.core.domain.Money;
import org.senrules.core.spi.CaseInput;
import org.senrules.core.spi.MaxLength;
import org.senrules.core.spi.NonNegative;
import org.senrules.core.spi.OptionalField;
import org.senrules.core.spi.Violations;

/**
 * A High Needs Block quarterly budget-monitoring forecast ({@code high-needs-forecast}).
 * Amounts are in pounds (the bulletins print £m or £'000; convert before sending).
 *
 * @param caseId         optional id; when absent the financial year ({@code "2025-26"}) is the id
 * @param financialYear  the financial year monitored, {@code "2025-26"}
 * @param broughtForward the DSG reserve brought forward into the year; negative for a deficit
 * @param budget         the year's High Needs Block budget; not negative
 * @param forecasts      the forecast outturn of each quarter so far, 1 to 4 items, each quarter at most once
 * @param pressures      the cost pressures listed with the forecast; may be empty
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public record ForecastCase(@OptionalField String caseId, FinancialYear financialYear, Money broughtForward,
                           @NonNegative Money budget, @MaxLength(4) List<QuarterForecast> forecasts,
                           @OptionalField @MaxLength(50) List<Pressure> pressures) implements CaseInput {

    /** Defaults the id to the financial year, since a forecast is one per year. */
    public ForecastCase {
        if (caseId == null && financialYear != null) {
            caseId = financialYear.toString();
        }
        pressures = pressures == null ? List.of() : pressures;
    }

    @Override
    public void checkConsistency(Violations violations) {
        if (forecasts.isEmpty()) {
            violations.add("forecasts", "must give at least one quarter's forecast outturn");
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < forecasts.size(); i++) {
            if (!seen.add(forecasts.get(i).quarter())) {
                violations.add("forecasts[" + i + "].quarter", "quarter " + forecasts.get(i).quarter() + " is given twice");
            }
        }
    }

    @Override
    public String toString() {
        return "ForecastCase[" + caseId + "]";
    }

    /** Starts a ForecastCase with no field set; {@link Builder#build()} checks it as the engine checks a JSON case. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of this case, to build a changed copy. */
    public Builder toBuilder() {
        return new Builder()
                .caseId(caseId)
                .financialYear(financialYear)
                .broughtForward(broughtForward)
                .budget(budget)
                .forecasts(forecasts)
                .pressures(pressures);
    }

    /**
     * Builds a {@link ForecastCase} by named fields, the names of the JSON contract. {@link #build()} refuses a
     * required field never set, and checks the rest exactly as the engine checks a JSON case.
     */
    public static final class Builder {
        private String caseId;
        private FinancialYear financialYear;
        private Money broughtForward;
        private Money budget;
        private List<QuarterForecast> forecasts;
        private List<Pressure> pressures;

        private Builder() {
        }

        /** Optional id; when absent the financial year ({@code "2025-26"}) is the id. */
        public Builder caseId(String caseId) {
            this.caseId = caseId;
            return this;
        }

        /** The financial year monitored, {@code "2025-26"}. */
        public Builder financialYear(FinancialYear financialYear) {
            this.financialYear = financialYear;
            return this;
        }

        /** The DSG reserve brought forward into the year; negative for a deficit. */
        public Builder broughtForward(Money broughtForward) {
            this.broughtForward = broughtForward;
            return this;
        }

        /** The year's High Needs Block budget; not negative. */
        public Builder budget(Money budget) {
            this.budget = budget;
            return this;
        }

        /** The forecast outturn of each quarter so far, 1 to 4 items, each quarter at most once. */
        public Builder forecasts(List<QuarterForecast> forecasts) {
            this.forecasts = forecasts;
            return this;
        }

        /** The cost pressures listed with the forecast; may be empty. */
        public Builder pressures(List<Pressure> pressures) {
            this.pressures = pressures;
            return this;
        }

        /**
         * The case, checked.
         *
         * @throws org.senrules.core.InvalidRequestException naming every violation (paths {@code case.<field>}),
         *                                                   as deciding the same case from JSON would
         */
        public ForecastCase build() {
            java.util.List<String> unset = new java.util.ArrayList<>();
            return org.senrules.core.spi.CaseChecks.checked(new ForecastCase(caseId,
                    financialYear,
                    broughtForward,
                    budget,
                    forecasts,
                    pressures), unset);
        }
    }
}
