package org.senrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senrules.simulation.TrajectoryFiles;

/**
 * {@code simulate --years}: the library's trajectory through the command line, its files and its
 * refusals. The figures themselves are checked by hand in sen-simulation's TrajectoryTest.
 */
class TrajectoryCliTest {
    @TempDir
    Path dir;

    static String rates() {
        return "funding-shared=" + Sen.root().resolve(TrajectoryOptions.PROJECTED_RATES);
    }

    @Test
    void years_writeTrajectoryCsvAndTheReportSection_withTheForecastProjected() throws Exception {
        Path cohort = dir.resolve("cohort.json");
        assertEquals(0, Sen.inProcess("cohort", "--kind", "ehcp", "--size", "60", "--seed", "3", "--out", cohort.toString()).exit());
        Sen.Result r = Sen.inProcess("simulate", cohort.toString(), "--years", "2025-26:2029-30", "--policies", "ws2-option-3",
                "--parameters", rates(), "--hnb", CliTest.data("high-needs-forecast/2025-26-q2.json").toString(), "--out",
                dir.resolve("out").toString(), "--quiet");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("Year by year, 2025-26 to 2029-30: 60 cases of ehcp-top-up"), r::toString);
        assertTrue(r.out().contains("High Needs Block from the forecast for 2025-26 (the 2025-26 High Needs Block forecast, quarter 2), £m:"), r::toString);
        assertTrue(r.out().contains("trajectory.csv"), r::toString);
        List<String> csv = Files.readAllLines(dir.resolve("out/trajectory.csv"));
        assertEquals(TrajectoryFiles.HEADER, csv.get(0));
        assertEquals(1 + 2 * 5, csv.size(), "current and option 3, five years each");
        // the published forecast, as given, for current in its own year: variance 11.173m, reserve 31.410m
        assertTrue(csv.get(1).startsWith("current,2025-26,279421000.00,11173000.00,31410000.00,268248000.00,false,"), csv.get(1));
        String html = Files.readString(dir.resolve("out/report.html"));
        assertTrue(html.contains("<h2 id=\"year-by-year\">Year by year, 2025-26 to 2029-30</h2>"), "the section");
        assertTrue(html.contains("<title id=\"traj-title\">High Needs Block reserve at the end of each year, by policy</title>"));
        assertTrue(html.contains("<figcaption>") && html.contains("stroke-dasharray"), "captioned, told apart by dashes");
        assertTrue(html.contains("<caption>High Needs Block reserve at the end of each financial year (£m)</caption>"), "the data table");
        assertTrue(html.indexOf("year-by-year") < html.lastIndexOf("</body>"));
        Sen.Result again = Sen.inProcess("simulate", cohort.toString(), "--years", "2025-26:2029-30", "--policies", "ws2-option-3",
                "--parameters", rates(), "--hnb", CliTest.data("high-needs-forecast/2025-26-q2.json").toString(), "--out",
                dir.resolve("again").toString(), "--quiet");
        assertEquals(Files.readString(dir.resolve("out/trajectory.csv")), Files.readString(dir.resolve("again/trajectory.csv")),
                "deterministic");
    }

    @Test
    void yearsWithoutValues_profileOrSeedWithoutYears_andBadYears_areRefused() throws Exception {
        Path cohort = dir.resolve("cohort.json");
        assertEquals(0, Sen.inProcess("cohort", "--size", "20", "--seed", "3", "--out", cohort.toString()).exit());
        Sen.Result noValues = Sen.inProcess("simulate", cohort.toString(), "--years", "2025-26:2027-28", "--quiet");
        assertEquals(2, noValues.exit(), noValues::toString);
        assertTrue(noValues.err().contains("2027-28 cannot be decided under current: the value of parameter \"supportUnitValue\""),
                noValues::toString);
        assertTrue(noValues.err().contains("--parameters funding-shared=" + TrajectoryOptions.PROJECTED_RATES), noValues::toString);
        Sen.Result seed = Sen.inProcess("simulate", cohort.toString(), "--seed", "4");
        assertEquals(2, seed.exit());
        assertTrue(seed.err().contains("--seed is read only by a year-by-year run"), seed::toString);
        Sen.Result years = Sen.inProcess("simulate", cohort.toString(), "--years", "2025-27");
        assertEquals(2, years.exit());
        assertTrue(years.err().contains("--years must be financial years FIRST:LAST such as 2025-26:2029-30, not \"2025-27\""),
                years::toString);
        Path profile = dir.resolve("profile.json");
        Files.writeString(profile, "{}");
        Sen.Result bad = Sen.inProcess("simulate", cohort.toString(), "--years", "2025-26", "--profile", profile.toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("--profile: cohort profile profile.json, growth: is required for a year-by-year run"), bad::toString);
    }

    @Test
    void sensitivity_printsTheTableWritesSensitivityCsvAndTheTornado_andIsRefusedWithoutYears() throws Exception {
        Path cohort = dir.resolve("cohort.json");
        assertEquals(0, Sen.inProcess("cohort", "--size", "400", "--seed", "5", "--out", cohort.toString()).exit());
        Sen.Result r = Sen.inProcess("simulate", cohort.toString(), "--years", "2025-26:2027-28", "--policies", "dbv-option-5",
                "--parameters", rates(), "--hnb", CliTest.data("high-needs-forecast/2025-26-q2.json").toString(), "--out",
                dir.resolve("out").toString(), "--quiet", "--sensitivity");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("Sensitivity (--sensitivity): the years run again with one assumption moved down, then up"), r::toString);
        assertTrue(r.out().contains("the High Needs Block reserve at the end of 2027-28, £m, in the base run and the change (down / up):"),
                r::toString);
        assertTrue(r.out().contains("cohortGrowth") && r.out().contains("highNeedsBudgetGrowth") && r.out().contains("±10 points"), r::toString);
        List<String> csv = Files.readAllLines(dir.resolve("out/sensitivity.csv"));
        assertEquals(TrajectoryFiles.SENSITIVITY_HEADER, csv.get(0));
        assertEquals(1 + 2 * 10, csv.size(), "current and option 5, five assumptions down and up");
        // option 5 renews its targeted pupils' awards: fewer renewals asked for, less spent, a higher reserve
        String renewalDown = csv.stream().filter(l -> l.startsWith("dbv-option-5,renewalRate,down,100,90,")).findFirst().orElseThrow();
        String[] cells = renewalDown.split(",");
        assertTrue(new java.math.BigDecimal(cells[11]).signum() > 0, renewalDown);
        assertTrue(csv.stream().anyMatch(l -> l.startsWith("current,renewalRate,up,100,100,% of awards that end,true,reserve,2027-28,")),
                "a renewal rate of 100% cannot go up: run at its limit");
        String html = Files.readString(dir.resolve("out/report.html"));
        assertTrue(html.contains("<h2 id=\"sensitivity\">"), "the section");
        assertTrue(html.contains("How far each assumption moves the High Needs Block reserve at the end of 2027-28, by policy"), "the tornado");
        assertTrue(html.contains("url(#up-move)"), "up moves hatched as well as coloured");

        Sen.Result refused = Sen.inProcess("simulate", cohort.toString(), "--sensitivity");
        assertEquals(2, refused.exit());
        assertTrue(refused.err().contains("--sensitivity is read only by a year-by-year run"), refused::toString);
    }
}
