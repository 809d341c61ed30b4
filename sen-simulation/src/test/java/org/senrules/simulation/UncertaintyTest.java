package org.senrules.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.core.domain.FinancialYear;
import org.senrules.core.domain.Money;

/**
 * Uncertainty runs over 60 SSPP requests ({@link TrajectoryTest}'s three, twenty times each): the
 * runs are reproducible from the seed alone, in one go or in pieces (as a cluster runs them), each
 * run is the trajectory its drawn assumptions give, and the summary's percentiles and
 * probabilities are those of the runs, by hand.
 */
class UncertaintyTest {
    private static final SenRules ENGINE = TrajectoryTest.engine("rates.parameters.json");
    private static final FinancialYear Y25 = FinancialYear.parse("2025-26");
    private static final FinancialYear Y27 = FinancialYear.parse("2027-28");

    static List<Request> cohort() {
        List<Request> three = TrajectoryTest.sspp();
        List<Request> out = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            for (Request r : three) {
                org.senrules.funding.sspp.SsppCase c = (org.senrules.funding.sspp.SsppCase) r.caseData();
                out.add(new Request(r.ruleSet(), r.asOf(), r.policy(), c.toBuilder().caseId(c.caseId() + i).build()));
            }
        }
        return out;
    }

    static Uncertainty.Draws draws() {
        return new Uncertainty.Draws(List.of(
                Uncertainty.Distribution.triangular(Assumption.COHORT_GROWTH, new BigDecimal("0"), new BigDecimal("5"),
                        new BigDecimal("15"), "test", true),
                Uncertainty.Distribution.uniform(Assumption.RENEWAL_RATE, new BigDecimal("40"), new BigDecimal("100"), "test", true),
                Uncertainty.Distribution.uniform(Assumption.LEAVERS, new BigDecimal("0"), new BigDecimal("20"), "test", true)),
                "test");
    }

    static TrajectoryRunner runner() {
        // a forecast for 2026-27 on budget with a small reserve: the cohort's growth exhausts it by 2027-28 in some runs only
        HighNeedsBlock hnb = HighNeedsBlock.fromFigures(ENGINE, LocalDate.of(2026, 11, 30), Money.parse("400000.00"),
                Money.parse("10000.00"), Money.parse("400000.00"));
        return Trajectory.of(ENGINE, cohort()).years(Y25, Y27).policies(List.of("dbv-option-3", "dbv-option-5"))
                .assumptions(TrajectoryTest.assumptions("3.68", "4")).seed(11).highNeedsBlock(hnb);
    }

    @Test
    void sameSeed_sameBytes_inOneGoOrInPieces_andEachRunIsTheTrajectoryItDrew() {
        Uncertainty.Result whole = runner().uncertainty(draws(), 8);
        List<Uncertainty.Outcome> pieces = new ArrayList<>(runner().uncertaintyRuns(draws(), 5, 8));
        pieces.addAll(runner().uncertaintyRuns(draws(), 0, 5));
        Uncertainty.Result joined = Uncertainty.Result.of(draws(), 11, pieces);
        assertEquals(UncertaintyFiles.csv(whole), UncertaintyFiles.csv(joined));
        assertEquals(UncertaintyFiles.runsCsv(whole), UncertaintyFiles.runsCsv(joined));
        assertEquals(UncertaintyFiles.csv(whole), UncertaintyFiles.csv(runner().uncertainty(draws(), 8)));
        assertNotEquals(UncertaintyFiles.csv(whole), UncertaintyFiles.csv(runner().seed(12).uncertainty(draws(), 8)));

        // run 6 alone: its drawn assumptions and seed, run as a plain trajectory
        Uncertainty.Drawn six = draws().draw(TrajectoryTest.assumptions("3.68", "4"), 11, 6);
        Trajectory.Result alone = runner().assumptions(six.assumptions()).seed(six.seed()).run();
        assertEquals(whole.drawn().get(6).values(), six.values());
        for (Uncertainty.Row row : whole.rows()) {
            Trajectory.Year y = TrajectoryTest.policy(alone, row.policy()).years().get(row.financialYear().startYear() - 2025);
            assertTrue(row.cost().get(0).compareTo(y.cost()) <= 0 && y.cost().compareTo(row.cost().get(2)) <= 0,
                    row.policy() + " " + row.financialYear() + ": run 6's cost " + y.cost() + " is within the 10th and 90th percentiles of 8 runs "
                            + "only if it is one of them: " + row.cost());
        }
        // the runs differ: growth, renewals and leavers were drawn
        assertTrue(whole.drawn().stream().map(d -> d.values().get(Assumption.COHORT_GROWTH)).distinct().count() > 4);
        assertTrue(whole.rows(Request.CURRENT).stream().anyMatch(r -> !r.cost().get(0).equals(r.cost().get(2))));
    }

    @Test
    void sameSeed_sameBytes_onOneThreadOrFour() throws Exception {
        java.util.concurrent.ForkJoinPool one = new java.util.concurrent.ForkJoinPool(1);
        java.util.concurrent.ForkJoinPool four = new java.util.concurrent.ForkJoinPool(4);
        try {
            // a parallel stream started inside a pool's task runs on that pool's threads
            String a = one.submit(() -> UncertaintyFiles.csv(runner().uncertainty(draws(), 4))).get();
            String b = four.submit(() -> UncertaintyFiles.csv(runner().uncertainty(draws(), 4))).get();
            assertEquals(a, b);
        } finally {
            one.shutdown();
            four.shutdown();
        }
    }

    @Test
    void summary_isTheRunsPercentilesAndExhaustionCounts_byHand() {
        TrajectoryRunner runner = runner();
        List<Uncertainty.Outcome> outcomes = runner.uncertaintyRuns(draws(), 0, 10);
        Uncertainty.Result r = Uncertainty.Result.of(draws(), 11, outcomes);
        TrajectoryAssumptions base = TrajectoryTest.assumptions("3.68", "4");
        List<Trajectory.Result> runs = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
            Uncertainty.Drawn d = draws().draw(base, 11, k);
            runs.add(runner().assumptions(d.assumptions()).seed(d.seed()).run());
        }
        for (Uncertainty.Row row : r.rows()) {
            int y = row.financialYear().startYear() - 2025;
            List<Long> cost = new ArrayList<>();
            List<Long> reserve = new ArrayList<>();
            int exhausted = 0;
            for (Trajectory.Result t : runs) {
                Trajectory.Policy p = TrajectoryTest.policy(t, row.policy());
                cost.add(p.years().get(y).cost().pence());
                if (p.years().get(y).block() != null) {
                    reserve.add(p.years().get(y).block().reserve().pence());
                }
                exhausted += p.firstExhausted() != null && p.firstExhausted().compareTo(row.financialYear()) <= 0 ? 1 : 0;
            }
            cost.sort(null);
            reserve.sort(null);
            // nearest rank of 10 runs: the 1st, 5th and 9th in order
            assertEquals(List.of(cost.get(0), cost.get(4), cost.get(8)), row.cost().stream().map(Money::pence).toList(), row.toString());
            if (reserve.isEmpty()) {
                // before the forecast's year the Block has no figures, and the summary none
                assertEquals(List.of(), row.reserve());
                assertEquals(List.of(), row.variance());
            } else {
                assertEquals(List.of(reserve.get(0), reserve.get(4), reserve.get(8)), row.reserve().stream().map(Money::pence).toList());
            }
            assertEquals(exhausted, row.runsExhausted());
            assertEquals(BigDecimal.valueOf(exhausted).divide(BigDecimal.TEN, 4, java.math.RoundingMode.HALF_UP), row.probabilityExhausted());
        }
        assertTrue(r.rows().stream().anyMatch(x -> x.runsExhausted() > 0 && x.runsExhausted() < 10),
                "the Block is exhausted in some runs and not in others: " + UncertaintyFiles.csv(r));
        String csv = UncertaintyFiles.csv(r);
        assertTrue(csv.startsWith(UncertaintyFiles.HEADER + "\ncurrent,2025-26,10,"), csv);
    }

    @Test
    void percentiles_nearestRank() {
        assertEquals(List.of(Money.ofPence(1), Money.ofPence(1), Money.ofPence(1)),
                Uncertainty.Result.percentiles(new long[] {1}));
        assertEquals(List.of(Money.ofPence(2), Money.ofPence(10), Money.ofPence(18)),
                Uncertainty.Result.percentiles(new long[] {20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1}));
        assertEquals(List.of(Money.ofPence(-3), Money.ofPence(0), Money.ofPence(5)),
                Uncertainty.Result.percentiles(new long[] {5, 0, -3}));
    }

    @Test
    void runSeeds_dependOnSeedAndRunOnly_andRunsOfNeighbouringSeedsDiffer() {
        assertEquals(Uncertainty.runSeed(7, 3), Uncertainty.runSeed(7, 3));
        Set<Long> seeds = new HashSet<>();
        for (long s = 0; s < 20; s++) {
            for (int k = 0; k < 50; k++) {
                seeds.add(Uncertainty.runSeed(s, k));
            }
        }
        assertEquals(1000, seeds.size(), "no two (seed, run) pairs share a stream");
    }

    @Test
    void draws_stayInTheirRange_twoDecimals_andATriangularOneLeansToItsMode() {
        Uncertainty.Distribution tri = Uncertainty.Distribution.triangular(Assumption.LEAVERS, new BigDecimal("2"),
                new BigDecimal("3"), new BigDecimal("10"), "test", true);
        Uncertainty.Distribution flat = Uncertainty.Distribution.uniform(Assumption.LEAVERS, new BigDecimal("2"),
                new BigDecimal("10"), "test", true);
        SplittableRandom random = new SplittableRandom(5);
        int triBelow5 = 0;
        int flatBelow5 = 0;
        for (int i = 0; i < 4000; i++) {
            BigDecimal t = tri.draw(random);
            BigDecimal f = flat.draw(random);
            for (BigDecimal v : List.of(t, f)) {
                assertTrue(v.compareTo(new BigDecimal("2")) >= 0 && v.compareTo(BigDecimal.TEN) <= 0 && v.scale() == 2, v.toPlainString());
            }
            triBelow5 += t.compareTo(new BigDecimal(5)) < 0 ? 1 : 0;
            flatBelow5 += f.compareTo(new BigDecimal(5)) < 0 ? 1 : 0;
        }
        // P(x < 5) is 1 - (10-5)^2 / ((10-2)(10-3)) = 0.554 for the triangle, 3/8 = 0.375 for the flat one
        assertTrue(triBelow5 > 2050 && triBelow5 < 2380, "triangular below 5: " + triBelow5);
        assertTrue(flatBelow5 > 1350 && flatBelow5 < 1650, "uniform below 5: " + flatBelow5);
        assertEquals(tri.draw(new SplittableRandom(9)), tri.draw(new SplittableRandom(9)));
    }

    @Test
    void profileEntry_readWithBase_andRefusedByNameAndKey() {
        TrajectoryAssumptions base = TrajectoryTest.assumptions("3.68", "4");
        String ok = """
                { "uncertainty": {
                    "$comment": "x",
                    "leavers": { "distribution": "uniform", "low": "2", "high": "6.5", "source": "a range", "illustrative": true },
                    "cohortGrowth": { "distribution": "triangular", "low": "1", "mode": "base", "high": "6", "source": "S4", "illustrative": false }
                } }""";
        Uncertainty.Draws d = Uncertainty.Draws.fromProfile(ok, base, "p.json");
        // in Assumption's order, whatever the file's
        assertEquals(List.of(Assumption.COHORT_GROWTH, Assumption.LEAVERS), d.distributions().stream().map(Uncertainty.Distribution::assumption).toList());
        assertEquals(new BigDecimal("3.68"), d.distributions().get(0).mode());
        assertEquals("cohort profile p.json, uncertainty: is required for uncertainty runs: an object naming each assumption to draw "
                        + "(cohortGrowth, unitValueUplift, renewalRate, leavers, highNeedsBudgetGrowth) with its distribution",
                assertThrows(IllegalArgumentException.class, () -> Uncertainty.Draws.fromProfile("{}", base, "p.json")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Uncertainty.Draws.fromProfile(
                ok.replace("\"leavers\"", "\"leaving\""), base, "p.json")).getMessage()
                .startsWith("cohort profile p.json, uncertainty.leaving: unknown assumption \"leaving\""));
        assertEquals("cohort profile p.json, uncertainty.leavers.high: must be from 0 to 100 (% a year)",
                assertThrows(IllegalArgumentException.class, () -> Uncertainty.Draws.fromProfile(
                        ok.replace("\"high\": \"6.5\"", "\"high\": \"160\""), base, "p.json")).getMessage());
        assertEquals("cohort profile p.json, uncertainty.leavers.source: is required: where the range comes from, or why it is assumed",
                assertThrows(IllegalArgumentException.class, () -> Uncertainty.Draws.fromProfile(
                        ok.replace("\"source\": \"a range\", ", ""), base, "p.json")).getMessage());
        assertEquals("cohort profile p.json, uncertainty.leavers.spread: unknown; valid here: [$comment, distribution, high, illustrative, "
                        + "low, mode, source]",
                assertThrows(IllegalArgumentException.class, () -> Uncertainty.Draws.fromProfile(
                        ok.replace("\"low\": \"2\"", "\"spread\": \"2\", \"low\": \"2\""), base, "p.json")).getMessage());
        assertEquals("cohort profile p.json, uncertainty.leavers: low <= high, not 7, 6.5",
                assertThrows(IllegalArgumentException.class, () -> Uncertainty.Draws.fromProfile(
                        ok.replace("\"low\": \"2\"", "\"low\": \"7\""), base, "p.json")).getMessage());
    }
}
