package org.senrules.funding.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.core.domain.FinancialYear;
import org.senrules.core.domain.Money;
import org.senrules.funding.internal.PackDefinitions;
import org.senrules.funding.internal.TestEngines;

/** Invariants of high-needs-forecast over arbitrary forecasts. */
class ForecastPropertiesTest {
    static final SenRules ENGINE = TestEngines.of(PackDefinitions.<ForecastCase, ForecastOutcome>of(HighNeedsForecast.ID));
    static final long MAX_PENCE = 100_000_000_000L; // £1bn

    @Provide
    Arbitrary<ForecastCase> forecasts() {
        Arbitrary<Money> signed = Arbitraries.longs().between(-MAX_PENCE, MAX_PENCE).map(Money::ofPence);
        Arbitrary<Money> positive = Arbitraries.longs().between(0, MAX_PENCE).map(Money::ofPence);
        Arbitrary<List<Integer>> quarters = Arbitraries.integers().between(1, 4).set().ofMinSize(1).ofMaxSize(4)
                .map(s -> {
                    List<Integer> l = new ArrayList<>(s);
                    Collections.shuffle(l, new java.util.Random(s.hashCode()));
                    return l;
                });
        Arbitrary<List<Money>> outturns = positive.list().ofSize(4);
        return Combinators.combine(signed, positive, quarters, outturns).as((bf, budget, qs, out) -> {
            List<QuarterForecast> fs = new ArrayList<>();
            for (int i = 0; i < qs.size(); i++) {
                fs.add(new QuarterForecast(qs.get(i), out.get(i)));
            }
            return ForecastCase.builder()
                    .caseId(null)
                    .financialYear(FinancialYear.parse("2025-26"))
                    .broughtForward(bf)
                    .budget(budget)
                    .forecasts(fs)
                    .pressures(List.of())
                    .build();
        });
    }

    static ForecastOutcome decide(ForecastCase c) {
        return ENGINE.decide(Request.of(HighNeedsForecast.ID, LocalDate.of(2026, 1, 15), c)).outcome(ForecastOutcome.class);
    }

    @Property(tries = 200)
    void reservePlusVarianceEqualsBroughtForward(@ForAll("forecasts") ForecastCase c) {
        ForecastOutcome o = decide(c);
        assertEquals(c.broughtForward(), o.getCumulativeReserve().plus(o.getVariance()));
    }

    @Property(tries = 200)
    void overspendFlagExactlyWhenVarianceIsPositive(@ForAll("forecasts") ForecastCase c) {
        ForecastOutcome o = decide(c);
        assertEquals(o.getVariance().isPositive(), o.isOverspend());
        assertEquals(!o.getCumulativeReserve().isPositive(), o.isReserveExhausted());
    }

    @Property(tries = 200)
    void varianceIsTheLatestQuarterOutturnLessBudget(@ForAll("forecasts") ForecastCase c) {
        ForecastOutcome o = decide(c);
        QuarterForecast latest = c.forecasts().stream().max((a, b) -> Integer.compare(a.quarter(), b.quarter())).orElseThrow();
        assertEquals(latest.quarter(), o.getLatestQuarter());
        assertEquals(latest.outturn().minus(c.budget()), o.getVariance());
    }

    @Property(tries = 200)
    void movementIsAbsentOnlyForASingleQuarter(@ForAll("forecasts") ForecastCase c) {
        ForecastOutcome o = decide(c);
        if (c.forecasts().size() == 1) {
            assertNull(o.getMovementSinceLastQuarter());
            assertNull(o.getPreviousQuarter());
        } else {
            int previous = c.forecasts().stream().mapToInt(QuarterForecast::quarter).filter(q -> q < o.getLatestQuarter())
                    .max().orElseThrow();
            Money previousOutturn = c.forecasts().stream().filter(f -> f.quarter() == previous).findFirst().orElseThrow().outturn();
            assertEquals(previous, o.getPreviousQuarter());
            assertEquals(o.getLatestOutturn().minus(previousOutturn), o.getMovementSinceLastQuarter());
        }
    }
}
