package org.senrules.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.senrules.core.SenRules;
import org.senrules.core.domain.FinancialYear;
import org.senrules.core.domain.Money;

/**
 * The assumptions a sensitivity (or uncertainty) run moves, and the sensitivity run itself, by
 * hand over {@link TrajectoryTest}'s three SSPP requests (Support Unit £1,000, £1,025, £1,050).
 */
class SensitivityTest {
    private static final SenRules ENGINE = TrajectoryTest.engine("rates.parameters.json");
    private static final FinancialYear Y25 = FinancialYear.parse("2025-26");
    private static final FinancialYear Y27 = FinancialYear.parse("2027-28");

    @Test
    void moveable_fiveNamedAssumptions_withBaseSourceAndFlag_andWithMovesOnlyTheOne() {
        TrajectoryAssumptions a = TrajectoryTest.assumptions("3.68", "4");
        List<Assumption> all = a.moveable();
        assertEquals(List.of(Assumption.COHORT_GROWTH, Assumption.VALUE_UPLIFT, Assumption.RENEWAL_RATE, Assumption.LEAVERS,
                Assumption.BUDGET_GROWTH), all.stream().map(Assumption::name).toList());
        assertEquals(List.of("3.68", "0", "100", "4", "2.0"), all.stream().map(x -> x.base().toPlainString()).toList());
        assertEquals(List.of("1", "1", "10", "1", "1"), all.stream().map(x -> x.step().toPlainString()).toList());
        assertTrue(all.stream().allMatch(x -> !x.source().isBlank()));
        assertTrue(Assumption.named(a, Assumption.RENEWAL_RATE).illustrative(), "no source publishes a renewal rate");

        TrajectoryAssumptions moved = Assumption.named(a, Assumption.LEAVERS).with(a, new BigDecimal("5"));
        assertEquals(new BigDecimal("5"), moved.leaverPercent().value());
        assertEquals(a.netGrowthPercent(), moved.netGrowthPercent());
        assertEquals(a.budgetGrowth(), moved.budgetGrowth());
        TrajectoryAssumptions budget = Assumption.named(a, Assumption.BUDGET_GROWTH).with(a, new BigDecimal("3.5"));
        assertEquals(new BigDecimal("3.5"), budget.budgetGrowth().percentOn(LocalDate.of(2027, 4, 1)).stripTrailingZeros());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Assumption.named(a, Assumption.RENEWAL_RATE).with(a, new BigDecimal("101")));
        assertEquals("renewalRate is from 0 to 100 % of awards that end, not 101", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Assumption.named(a, "growth"));
        assertTrue(e.getMessage().contains("the assumptions are cohortGrowth, unitValueUplift, renewalRate, leavers, highNeedsBudgetGrowth"),
                e.getMessage());
    }

    @Test
    void renewalRate_zero_noPupilAsksAgain_soOptionFiveFundsNoRenewal() {
        TrajectoryAssumptions none = Assumption.named(TrajectoryTest.still(), Assumption.RENEWAL_RATE)
                .with(TrajectoryTest.still(), BigDecimal.ZERO);
        Trajectory.Result r = Trajectory.of(ENGINE, TrajectoryTest.sspp()).years(Y25, Y27).policies(List.of("dbv-option-5"))
                .assumptions(none).run();
        Trajectory.Policy five = TrajectoryTest.policy(r, "dbv-option-5");
        // B's first 12 months only: 1,250.00; 6,150 x 19/24 = 4,868.75; no renewal on 15 January 2027
        assertEquals(List.of("1250.00", "4868.75", "0.00"), five.years().stream().map(y -> y.cost().toString()).toList());
        assertEquals(List.of(0, 0, 0), five.years().stream().map(Trajectory.Year::renewalsFunded).toList());
        // current's awards never end, so the rate changes nothing there
        assertEquals(List.of("2291.67", "11275.00", "11550.00"), r.current().years().stream().map(y -> y.cost().toString()).toList());
    }

    @Test
    void valueUplift_raisesEachLaterYearCompounded_halfUpToThePenny() {
        TrajectoryAssumptions up = Assumption.named(TrajectoryTest.still(), Assumption.VALUE_UPLIFT)
                .with(TrajectoryTest.still(), BigDecimal.TEN);
        Trajectory.Result r = Trajectory.of(ENGINE, TrajectoryTest.sspp()).years(Y25, Y27).policies(List.of("dbv-option-4"))
                .assumptions(up).run();
        // 11,275.00 x 1.1 = 12,402.50; 11,550.00 x 1.21 = 13,975.50; the cohort's year as it is
        assertEquals(List.of("2291.67", "12402.50", "13975.50"), r.current().years().stream().map(y -> y.cost().toString()).toList());
        // option 4: 1,666.66; 8,200 x 1.1 = 9,020.00; 8,400 x 1.21 = 10,164.00; the change against current from the raised figures
        assertEquals(List.of("-625.01", "-3382.50", "-3811.50"), TrajectoryTest.policy(r, "dbv-option-4").years().stream()
                .map(y -> y.changeAgainstCurrent().toString()).toList());
    }

    @Test
    void sensitivity_eachAssumptionDownAndUp_reserveInTheLastYearAndFirstYearExhausted() {
        HighNeedsBlock hnb = HighNeedsBlock.fromFigures(ENGINE, LocalDate.of(2025, 11, 30), Money.parse("100000.00"),
                Money.parse("10000.00"), Money.parse("104000.00"));
        TrajectoryRunner runner = Trajectory.of(ENGINE, TrajectoryTest.sspp()).years(Y25, Y27).policies(List.of("dbv-option-3"))
                .assumptions(TrajectoryTest.still()).highNeedsBlock(hnb);
        Sensitivity.Result s = runner.sensitivity(Sensitivity.standard(TrajectoryTest.still()));
        assertEquals(10, s.runs().size(), "five assumptions, each down and up");
        assertTrue(s.measuresReserve());
        assertEquals(Y27, s.lastYear());
        assertEquals(List.of("current", "dbv-option-3"), s.policies());

        // the base run is TrajectoryTest's: current's reserve -20,344.85 at the end of 2027-28, first exhausted in 2026-27
        Sensitivity.Run budgetUp = s.runs().get(9);
        assertEquals(Assumption.BUDGET_GROWTH, budgetUp.assumption().name());
        assertTrue(budgetUp.up());
        assertEquals("3.0", budgetUp.value().toPlainString());
        Sensitivity.Effect e = s.effect(budgetUp, "current");
        // budgets 100,000, 103,000, 106,090; the rest 101,708.33 grows 3%: 104,759.58, 107,902.37;
        // reserve 6,000 - (104,759.58 + 11,275 - 103,000) = -7,034.58; then - (107,902.37 + 11,550 - 106,090) = -20,396.95
        assertEquals(Money.parse("-20344.85"), e.base());
        assertEquals(Money.parse("-20396.95"), e.value());
        assertEquals(Money.parse("-52.10"), e.change());
        assertEquals(FinancialYear.parse("2026-27"), e.exhausted());
        assertEquals(budgetUp.result().decisions(), s.base().decisions(), "the Block's growth moved: nothing decided again");

        // a renewal rate of 100% cannot go up: reported as the base run, at its limit
        Sensitivity.Run renewalUp = s.runs().get(5);
        assertEquals(Assumption.RENEWAL_RATE, renewalUp.assumption().name());
        assertTrue(renewalUp.atLimit());
        assertSame(s.base(), renewalUp.result());
        Sensitivity.Run renewalDown = s.runs().get(4);
        assertFalse(renewalDown.up());
        assertEquals("90", renewalDown.value().toPlainString());
        // cohort growth 0 cannot go down
        assertTrue(s.runs().get(0).atLimit());
        // the uplift up one point: current's 2027-28 cost 11,550 x 1.01^2 = 11,782.16 (half up), 2026-27 11,275 x 1.01 = 11,387.75
        Sensitivity.Run upliftUp = s.runs().get(3);
        assertEquals(Assumption.VALUE_UPLIFT, upliftUp.assumption().name());
        assertEquals(List.of("2291.67", "11387.75", "11782.16"), upliftUp.result().current().years().stream()
                .map(y -> y.cost().toString()).toList());
        // the runner keeps the base assumptions afterwards
        assertEquals(s.base(), runner.run());
    }

    @Test
    void reconciliation_theSnapshotsFullYearAndTheFinancialYearSideBySide_theAmountBetweenAndWhy() {
        HighNeedsBlock hnb = HighNeedsBlock.fromFigures(ENGINE, LocalDate.of(2025, 11, 30), Money.parse("100000.00"),
                Money.parse("10000.00"), Money.parse("104000.00"));
        Simulation.Result snapshot = Simulation.of(ENGINE, TrajectoryTest.sspp()).policies(List.of("dbv-option-4")).highNeedsBlock(hnb).run();
        Trajectory.Result years = Trajectory.of(ENGINE, TrajectoryTest.sspp()).years(Y25, Y27).policies(List.of("dbv-option-4"))
                .assumptions(TrajectoryTest.still()).highNeedsBlock(hnb).run();
        List<Reconciliation.Row> rows = Reconciliation.of(snapshot, years);
        assertEquals(List.of("current", "dbv-option-4"), rows.stream().map(Reconciliation.Row::policy).toList());
        Reconciliation.Row current = rows.get(0);
        // A 5 units and B 6 units at £1,000: £11,000 a full year; from 15 January 5/24 of it, £2,291.67, falls in 2025-26
        assertEquals(Money.parse("11000.00"), current.snapshot());
        assertEquals(Money.parse("2291.67"), current.yearByYear());
        assertEquals(Money.parse("8708.33"), current.reconcilingAmount());
        assertEquals(Money.parse("8708.33"), current.afterTheYearsEnd());
        assertEquals(Money.ZERO, current.other());
        assertTrue(current.why().startsWith("requests decided on 2026-01-15 are funded from then: 2.5 months of a year (5/24 of the "
                + "full-year figure) fall in 2025-26"), current.why());
        // the forecast: the snapshot lays option 4's full-year saving (-£3,000) against it, the year by year 5/24 of it
        Reconciliation.Row four = rows.get(1);
        assertEquals(Money.parse("8000.00"), four.snapshot());
        assertEquals(Money.parse("1666.66"), four.yearByYear());
        assertEquals(Money.parse("1000.00"), four.snapshotVariance(), "104,000 - 3,000 - 100,000");
        assertEquals(Money.parse("3374.99"), four.yearByYearVariance(), "104,000 - 625.01 - 100,000");
        String csv = Reconciliation.csv(rows);
        assertTrue(csv.startsWith(Reconciliation.HEADER + "\ncurrent,2025-26,11000.00,2291.67,8708.33,8708.33,0.00,"), csv);
    }
}
