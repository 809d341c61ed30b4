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
}
