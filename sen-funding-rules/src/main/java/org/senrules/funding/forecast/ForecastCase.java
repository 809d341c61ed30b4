package org.senrules.funding.forecast;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.senrules.core.ApiStatus;
import org.senrules.core.domain.FinancialYear;
import org.senrules.core.domain.Money;
import org.senrules.core.spi.CaseFields;
import org.senrules.core.spi.CaseInput;
import org.senrules.core.spi.Violations;

/**
 * A High Needs Block quarterly budget-monitoring forecast ({@code high-needs-forecast}).
 * Amounts are in pounds (the bulletins print £m or £'000; convert before sending).
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class ForecastCase implements CaseInput {
    private static final CaseFields<ForecastCase> FIELDS = CaseFields.declare(ForecastCase.class, Builder::new, ForecastCase::new)
            .field("caseId", String.class, ForecastCase::caseId, Builder::caseId).optional()
            .field("financialYear", FinancialYear.class, ForecastCase::financialYear, Builder::financialYear)
            .field("broughtForward", Money.class, ForecastCase::broughtForward, Builder::broughtForward)
            .field("budget", Money.class, ForecastCase::budget, Builder::budget).nonNegative()
            .list("forecasts", QuarterForecast.class, ForecastCase::forecasts, Builder::forecasts).maxLength(4)
            .list("pressures", Pressure.class, ForecastCase::pressures, Builder::pressures).optional().maxLength(50)
            .done();

    private final String caseId;
    private final FinancialYear financialYear;
    private final Money broughtForward;
    private final Money budget;
    private final List<QuarterForecast> forecasts;
    private final List<Pressure> pressures;

    private ForecastCase(Builder b) {
        String caseId = b.caseId;
        FinancialYear financialYear = b.financialYear;
        Money broughtForward = b.broughtForward;
        Money budget = b.budget;
        List<QuarterForecast> forecasts = b.forecasts;
        List<Pressure> pressures = b.pressures;
        if (caseId == null && financialYear != null) {
            caseId = financialYear.toString();
        }
        pressures = pressures == null ? List.of() : pressures;
        this.caseId = caseId;
        this.financialYear = financialYear;
        this.broughtForward = broughtForward;
        this.budget = budget;
        this.forecasts = forecasts;
        this.pressures = pressures;
    }

    /** The fields of the JSON case, in contract order, with their constraints: how the engine reads and checks the case. */
    public static CaseFields<ForecastCase> fields() {
        return FIELDS;
    }

    /** Optional id; when absent the financial year ({@code "2025-26"}) is the id. */
    public String caseId() {
        return caseId;
    }

    /** The financial year monitored, {@code "2025-26"}. */
    public FinancialYear financialYear() {
        return financialYear;
    }

    /** The DSG reserve brought forward into the year; negative for a deficit. */
    public Money broughtForward() {
        return broughtForward;
    }

    /** The year's High Needs Block budget; not negative. */
    public Money budget() {
        return budget;
    }

    /** The forecast outturn of each quarter so far, 1 to 4 items, each quarter at most once. */
    public List<QuarterForecast> forecasts() {
        return forecasts;
    }

    /** The cost pressures listed with the forecast; may be empty. */
    public List<Pressure> pressures() {
        return pressures;
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

    /** Equal when every field is equal, as for a record. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ForecastCase other
                && Objects.equals(caseId, other.caseId)
                && Objects.equals(financialYear, other.financialYear)
                && Objects.equals(broughtForward, other.broughtForward)
                && Objects.equals(budget, other.budget)
                && Objects.equals(forecasts, other.forecasts)
                && Objects.equals(pressures, other.pressures);
    }

    @Override
    public int hashCode() {
        return Objects.hash(caseId, financialYear, broughtForward, budget, forecasts, pressures);
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
            return org.senrules.core.spi.CaseChecks.checked(new ForecastCase(this), unset);
        }
    }}
