package org.senrules.funding.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.senrules.core.Decision;
import org.senrules.core.Reason;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.core.domain.FinancialYear;
import org.senrules.core.domain.Money;
import org.senrules.funding.internal.PackDefinitions;
import org.senrules.funding.internal.TestEngines;

/** What high-needs-forecast says in words: deficits named as deficits, and the year checked against the date. */
class ForecastWordingTest {
    static final SenRules ENGINE = TestEngines.of(PackDefinitions.<ForecastCase, ForecastOutcome>of(HighNeedsForecast.ID));

    static Decision<?> decide(String asOf, String broughtForward, String budget, String outturn) {
        ForecastCase c = ForecastCase.builder()
                .caseId("HNB-W")
                .financialYear(FinancialYear.parse("2025-26"))
                .broughtForward(Money.parse(broughtForward))
                .budget(Money.parse(budget))
                .forecasts(List.of(new QuarterForecast(1, Money.parse(outturn))))
                .pressures(List.of())
                .build();
        return ENGINE.decide(Request.of(HighNeedsForecast.ID, LocalDate.parse(asOf), c));
    }

    static String text(Decision<?> d, String rule) {
        return d.reasons().stream().filter(r -> r.rule().equals(rule)).map(Reason::text).findFirst().orElseThrow(() ->
                new AssertionError(rule + " did not fire: " + d.reasons()));
    }

    @Test
    void deficitBroughtForwardWithAnUnderspend_readsAsADeficitReducedByTheUnderspend() {
        Decision<?> d = decide("2025-11-15", "-4000000.00", "50000000.00", "49000000.00");
        assertEquals("The forecast cumulative reserve is the deficit of £4,000,000.00 brought forward, reduced by the underspend of "
                + "£1,000,000.00: a deficit of £3,000,000.00.", text(d, "cumulative-reserve"));
        assertEquals("A deficit of £4,000,000.00 was brought forward; the underspend of £1,000,000.00 reduces it, leaving a deficit of "
                + "£3,000,000.00 at the end of the year: there is no reserve.", text(d, "deficit-brought-forward"));
        assertTrue(d.reasons().stream().noneMatch(r -> r.rule().equals("reserve-exhausted-warning")), d.reasons().toString());
        assertFalse(text(d, "cumulative-reserve").contains("-£"), "a deficit is named, not written with a minus sign");
    }

    @Test
    void reserveUsedUpByAnOverspend_isStillTheExhaustedWarning() {
        Decision<?> d = decide("2025-11-15", "1000000.00", "50000000.00", "52000000.00");
        assertTrue(text(d, "reserve-exhausted-warning").contains("leaves a deficit of £1,000,000.00"));
        assertEquals("The forecast cumulative reserve is the £1,000,000.00 brought forward, less the overspend of £2,000,000.00: "
                + "a deficit of £1,000,000.00.", text(d, "cumulative-reserve"));
    }

    @Test
    void forecastDecidedAfterItsYear_isWorkedOutWithAWarning() {
        Decision<?> d = decide("2027-01-15", "42583000.00", "268248000.00", "279858000.00");
        ForecastOutcome o = d.outcome(ForecastOutcome.class);
        assertFalse(o.isAsOfInFinancialYear());
        assertEquals(Money.parse("11610000.00"), o.getVariance(), "the figures are still worked out");
        assertTrue(text(d, "financial-year-not-as-of").contains("which runs from 1 April 2025 to 31 March 2026, but it is decided for 15 January 2027"),
                text(d, "financial-year-not-as-of"));
        assertTrue(d.warnings().stream().anyMatch(w -> w.contains("does not contain the decision date 15 January 2027")), d.warnings().toString());
        // once, not once per later step of the arithmetic (it re-fired on every change to the outcome when ordered by salience)
        assertEquals(1, d.reasons().stream().filter(r -> r.rule().equals("financial-year-not-as-of")).count(), d.reasons().toString());
        assertEquals(1, d.warnings().stream().filter(w -> w.contains("does not contain the decision date")).count(), d.warnings().toString());
    }

    @Test
    void forecastDecidedWithinItsYear_hasNoSuchWarning() {
        Decision<?> d = decide("2026-03-31", "42583000.00", "268248000.00", "279858000.00");
        assertTrue(d.outcome(ForecastOutcome.class).isAsOfInFinancialYear());
        assertTrue(d.reasons().stream().noneMatch(r -> r.rule().equals("financial-year-not-as-of")));
    }
}
