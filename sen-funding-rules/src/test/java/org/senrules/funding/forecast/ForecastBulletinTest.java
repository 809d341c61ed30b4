package org.senrules.funding.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.senrules.core.Decision;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.core.domain.FinancialYear;
import org.senrules.core.domain.Money;
import org.senrules.funding.internal.PackDefinitions;
import org.senrules.funding.internal.TestEngines;

/**
 * The High Needs Block table of the November 2025 bulletin (S1, "High Needs Block Dedicated
 * Schools Grant", 2025-26 Quarter 2), reproduced from its inputs.
 */
class ForecastBulletinTest {
    static final SenRules ENGINE = TestEngines.of(PackDefinitions.<ForecastCase, ForecastOutcome>of(HighNeedsForecast.ID));

    static Money millions(String m) {
        return Money.parse(new java.math.BigDecimal(m).movePointRight(6).setScale(2).toPlainString());
    }

    @Test
    void quarter2Of2025_26_matchesTheBulletin() {
        ForecastCase q2 = ForecastCase.builder()
                .caseId(null)
                .financialYear(FinancialYear.parse("2025-26"))
                .broughtForward(millions("42.583"))
                .budget(millions("268.248"))
                .forecasts(List.of(new QuarterForecast(1, millions("279.858")), new QuarterForecast(2, millions("279.421"))))
                .pressures(List.of(new Pressure("Mainstream and resource-base growth", millions("6.804")),
                        new Pressure("Out-of-area placements", millions("1.812")),
                        new Pressure("Early-years inclusion", millions("3.000"))))
                .build();
        Decision<?> d = ENGINE.decide(Request.of(HighNeedsForecast.ID, LocalDate.of(2025, 11, 15), q2));
        ForecastOutcome o = d.outcome(ForecastOutcome.class);

        assertEquals(2, o.getLatestQuarter());
        assertEquals(millions("11.173"), o.getVariance());
        assertEquals(millions("31.410"), o.getCumulativeReserve());
        assertEquals(millions("-0.437"), o.getMovementSinceLastQuarter());
        assertEquals(1, o.getPreviousQuarter());
        assertTrue(o.isOverspend());
        assertFalse(o.isReserveExhausted());
        assertEquals(millions("11.616"), o.getPressuresTotal());

        assertEquals("2025-26", d.caseId(), "with no caseId the financial year is the id");
        assertFalse(d.illustrative(), "every figure comes from the case");
        assertTrue(d.parameters().isEmpty());
        assertEquals(List.of("The High Needs Block is forecast to overspend by £11,173,000.00."), d.warnings());
        assertTrue(d.reasons().stream().anyMatch(r -> r.text().equals("Since quarter 1's forecast of £279,858,000.00, "
                + "the forecast has fallen by £437,000.00.")), d.reasons().toString());
        assertTrue(d.reasons().stream().noneMatch(r -> r.text().contains("Out-of-area")), "pressure names are free text, never in reasons");
        String json = ENGINE.json().write(d);
        assertTrue(json.contains("\"caseId\" : \"2025-26\""), json);
        assertTrue(json.contains("\"movementSinceLastQuarter\" : \"-437000.00\""), json);
    }

    @Test
    void givenCaseId_isKept() {
        ForecastCase c = ForecastCase.builder()
                .caseId("HNB-2025-Q1")
                .financialYear(FinancialYear.parse("2025-26"))
                .broughtForward(millions("42.583"))
                .budget(millions("268.248"))
                .forecasts(List.of(new QuarterForecast(1, millions("279.858"))))
                .pressures(List.of())
                .build();
        Decision<?> d = ENGINE.decide(Request.of(HighNeedsForecast.ID, LocalDate.of(2025, 8, 1), c));
        assertEquals("HNB-2025-Q1", d.caseId());
        assertEquals(null, d.outcome(ForecastOutcome.class).getMovementSinceLastQuarter());
        assertEquals("ForecastCase[HNB-2025-Q1]", c.toString());
    }
}
