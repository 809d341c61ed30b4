package org.senrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senrules.simulation.UncertaintyFiles;

/**
 * {@code simulate --years --runs N}: the uncertainty runs through the command line, their files, the
 * fan charts in the report, and the refusals. The figures themselves are checked by hand in
 * sen-simulation's UncertaintyTest, and against a cluster's in sen-spark's SparkSimulateTest.
 */
class UncertaintyCliTest {
    @TempDir
    Path dir;

    @Test
    void runs_writeTheFilesAndAFanChartPerPolicy_andTheSameSeedGivesTheSameBytes() throws Exception {
        Path cohort = dir.resolve("cohort.json");
        assertEquals(0, Sen.inProcess("cohort", "--kind", "ehcp", "--size", "60", "--seed", "3", "--out", cohort.toString()).exit());
        String[] args = {"simulate", cohort.toString(), "--years", "2025-26:2027-28", "--policies", "ws2-option-3", "--parameters",
            TrajectoryCliTest.rates(), "--hnb", CliTest.data("high-needs-forecast/2025-26-q2.json").toString(), "--runs", "5", "--seed",
            "9", "--quiet", "--out", dir.resolve("out").toString()};
        Sen.Result r = Sen.inProcess(args);
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("How sure: 5 runs (seed 9, "), r::toString);
        assertTrue(r.out().contains("cohortGrowth           triangular 2.0, most likely 3.68 to 4.37 (illustrative)"), r::toString);
        assertTrue(r.out().contains("  exhausted"), "the runs whose reserve is exhausted, by year: " + r.out());
        assertTrue(r.out().contains("uncertainty.csv, uncertainty-runs.csv"), r::toString);
        List<String> csv = Files.readAllLines(dir.resolve("out/" + UncertaintyFiles.FILE));
        assertEquals(UncertaintyFiles.HEADER, csv.get(0));
        assertEquals(1 + 2 * 3, csv.size(), "current and option 3, three years each");
        assertTrue(csv.get(1).startsWith("current,2025-26,5,"), csv.get(1));
        List<String> runs = Files.readAllLines(dir.resolve("out/" + UncertaintyFiles.RUNS_FILE));
        assertEquals("run,seed,cohortGrowth,unitValueUplift,renewalRate,leavers,highNeedsBudgetGrowth", runs.get(0));
        assertEquals(6, runs.size());
        String html = Files.readString(dir.resolve("out/report.html"));
        assertTrue(html.contains("<h2 id=\"uncertainty\">How sure: 5 runs with drawn assumptions</h2>"), "the section");
        for (String policy : List.of("current", "ws2-option-3")) {
            assertTrue(html.contains("High Needs Block reserve at the end of each year, " + policy + ": 10th to 90th percentile of 5 runs"),
                    "a fan chart for " + policy);
            assertTrue(html.contains("<caption>Figures of the chart: " + policy + ", reserve at year end (£m)</caption>"),
                    "its data table");
        }
        assertTrue(html.contains("-hatch)") && html.contains(">median</text>") && html.contains(">10th percentile</text>"),
                "the band is hatched and each line labelled, not told by colour alone");
        assertTrue(html.contains("runs with the reserve exhausted by then"));
        args[args.length - 1] = dir.resolve("again").toString();
        assertEquals(0, Sen.inProcess(args).exit());
        for (String f : List.of(UncertaintyFiles.FILE, UncertaintyFiles.RUNS_FILE)) {
            assertEquals(Files.readString(dir.resolve("out/" + f)), Files.readString(dir.resolve("again/" + f)), f + " is reproducible");
        }
    }

    @Test
    void runsWithoutYears_outOfRange_orAProfileWithoutRanges_areRefused() throws Exception {
        Path cohort = dir.resolve("cohort.json");
        assertEquals(0, Sen.inProcess("cohort", "--size", "20", "--seed", "3", "--out", cohort.toString()).exit());
        Sen.Result noYears = Sen.inProcess("simulate", cohort.toString(), "--runs", "5", "--quiet");
        assertEquals(2, noYears.exit());
        assertTrue(noYears.err().contains("--runs is read only by a year-by-year run"), noYears::toString);
        Sen.Result tooMany = Sen.inProcess("simulate", cohort.toString(), "--years", "2025-26:2026-27", "--runs", "0", "--quiet");
        assertEquals(2, tooMany.exit());
        assertTrue(tooMany.err().contains("--runs must be from 1 to 10,000, not 0"), tooMany::toString);
        // a profile with no ranges: the bundled one without its uncertainty entry
        String bundled = new String(CohortProfile.class.getResourceAsStream(CohortProfile.BUNDLED).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        String without = bundled.substring(0, bundled.indexOf(",\n  \"uncertainty\"")) + "\n}\n";
        Path profile = Files.writeString(dir.resolve("no-ranges.json"), without);
        Sen.Result noRanges = Sen.inProcess("simulate", cohort.toString(), "--years", "2025-26:2026-27", "--runs", "3", "--profile",
                profile.toString(), "--quiet");
        assertEquals(2, noRanges.exit());
        assertTrue(noRanges.err().contains("--runs: cohort profile no-ranges.json, uncertainty: is required for uncertainty runs"),
                noRanges::toString);
    }
}
