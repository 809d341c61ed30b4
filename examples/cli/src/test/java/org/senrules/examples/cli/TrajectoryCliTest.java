package org.senrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    static String forecast() {
        return Sen.root().resolve("examples/high-needs-block/2025-26-q2.json").toString();
    }

    /** The places of each pool on a day, added up for a setting, from places.csv. */
    static int places(Path csv, String day, String setting) throws Exception {
        return Files.readAllLines(csv).stream().skip(1).map(l -> l.split(",")).filter(c -> c[0].equals(day) && c[1].equals(setting))
                .mapToInt(c -> Integer.parseInt(c[4])).sum();
    }

    @Test
    void sufficiency_andPlacesOpening_writeTheirFilesAndSections_theForecastStatesItsPressures() throws Exception {
        Path cohort = dir.resolve("ehcp.json");
        assertEquals(0, Sen.inProcess("cohort", "--kind", "ehcp", "--size", "200", "--seed", "3", "--out", cohort.toString()).exit());
        Sen.Result r = Sen.inProcess("simulate", cohort.toString(), "--years", "2025-26:2027-28", "--policies", "ws2-option-3",
                "--parameters", rates(), "--hnb", forecast(), "--sufficiency", "birmingham-2024-2030", "--out", dir.resolve("out").toString(),
                "--quiet");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("Place sufficiency (Birmingham's special-school and resource-base places"), r::toString);
        assertTrue(r.out().contains("Out of area by financial year"), r::toString);
        assertTrue(r.out().contains("other movements (variance less pressures)    -£0.443m"), r::toString);
        assertTrue(r.out().contains("S4 forecasts a potential shortfall of 1,133 special-school places by 2030"), r::toString);
        assertTrue(r.out().contains("Out of area against the forecast:"), r::toString);
        for (String f : List.of("sufficiency.csv", "places.csv", "high-needs-block.csv")) {
            assertTrue(Files.isRegularFile(dir.resolve("out").resolve(f)), f);
            assertTrue(r.out().contains(f), "named among the files written: " + f);
        }
        assertEquals(TrajectoryFiles.SUFFICIENCY_HEADER, Files.readAllLines(dir.resolve("out/sufficiency.csv")).get(0));
        String html = Files.readString(dir.resolve("out/report.html"));
        assertTrue(html.contains("<h2 id=\"place-sufficiency\">Place sufficiency</h2>") && html.contains("<h2 id=\"high-needs-block\">"));

        // what if 2,000 more special-school places (for the council) open in September 2026: scaled to 200 cases of 9,519, 42
        Sen.Result more = Sen.inProcess("simulate", cohort.toString(), "--years", "2025-26:2027-28", "--policies", "ws2-option-3",
                "--parameters", rates(), "--sufficiency", "birmingham-2024-2030", "--places-open", "special-school:2000:2026-27", "--out",
                dir.resolve("more").toString(), "--quiet");
        assertEquals(0, more.exit(), more::toString);
        assertEquals(42, places(dir.resolve("more/places.csv"), "2026-09-01", "SPECIAL_SCHOOL")
                - places(dir.resolve("out/places.csv"), "2026-09-01", "SPECIAL_SCHOOL"), "2,000 x 200 / 9,519 = 42.0, half up");
        assertEquals(places(dir.resolve("more/places.csv"), "2025-09-01", "SPECIAL_SCHOOL"),
                places(dir.resolve("out/places.csv"), "2025-09-01", "SPECIAL_SCHOOL"), "not before they open");
    }

    @Test
    void sufficiencyAndPlacesOpening_malformed_areRefusedWithoutRepeatingTheValue() throws Exception {
        Path cohort = dir.resolve("ehcp.json");
        assertEquals(0, Sen.inProcess("cohort", "--kind", "ehcp", "--size", "20", "--seed", "3", "--out", cohort.toString()).exit());
        String[][] refused = {
            {"--places-open", "special-school:forty:2026-27", "--places-open is SETTING:PLACES:YEAR[:PHASE[:NEED]], such as "
                    + "special-school:40:2027-28: PLACES is a whole number from 1 to 100,000", "forty"},
            {"--places-open", "swimming-pool:40:2026-27", "SETTING is special-school or resource-base", "swimming"},
            {"--places-open", "special-school:40:2026", "YEAR is the school year they open, written like 2027-28", "2026\""},
            {"--places-open", "resource-base:40:2026-27:nursery", "PHASE is primary, secondary, post-16 or any", "nursery"},
            {"--places-open", "resource-base:40:2026-27:secondary:autism", "NEED is communication-and-interaction", "autism"},
            {"--places-open", "special-school:40", "(three to five parts separated by colons)", "xx"},
            {"--places-open", "special-school:40:2031-32", "--places-open: places opening on 2031-09-01 fall outside the years run", "xx"},
        };
        for (String[] c : refused) {
            Sen.Result r = Sen.inProcess("simulate", cohort.toString(), "--years", "2025-26:2027-28", "--parameters", rates(),
                    "--sufficiency", "birmingham-2024-2030", c[0], c[1]);
            assertEquals(2, r.exit(), r::toString);
            assertTrue(r.err().contains(c[2]), r::toString);
            assertFalse(r.err().contains(c[3]), () -> "the value is not repeated: " + r);
        }
        Sen.Result alone = Sen.inProcess("simulate", cohort.toString(), "--years", "2025-26:2027-28", "--places-open", "special-school:40:2026-27");
        assertTrue(alone.exit() == 2 && alone.err().contains("--places-open adds places to a sufficiency file's"), alone::toString);
        Sen.Result noYears = Sen.inProcess("simulate", cohort.toString(), "--sufficiency", "birmingham-2024-2030");
        assertTrue(noYears.exit() == 2 && noYears.err().contains("--sufficiency is read only by a year-by-year run"), noYears::toString);
        Sen.Result name = Sen.inProcess("simulate", cohort.toString(), "--years", "2025-26:2027-28", "--sufficiency", "manchester");
        assertTrue(name.exit() == 2 && name.err().contains("--sufficiency is birmingham-2024-2030 (the places shipped) or a sufficiency "
                + "file ending .json"), name::toString);
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{ \"title\": \"x\",\n  \"places\": [] }");
        Sen.Result file = Sen.inProcess("simulate", cohort.toString(), "--years", "2025-26:2027-28", "--sufficiency", bad.toString());
        assertEquals(2, file.exit(), file::toString);
        assertTrue(file.err().contains("--sufficiency: bad.json, line 1, outOfAreaCost: is required"), file::toString);
        Path sspp = dir.resolve("sspp.json");
        assertEquals(0, Sen.inProcess("cohort", "--size", "20", "--seed", "3", "--out", sspp.toString()).exit());
        Sen.Result requests = Sen.inProcess("simulate", sspp.toString(), "--years", "2025-26:2027-28", "--parameters", rates(),
                "--sufficiency", "birmingham-2024-2030");
        assertEquals(2, requests.exit(), requests::toString);
        assertTrue(requests.err().contains("place sufficiency places pupils by the setting and year their cases give: it runs ehcp-top-up "
                + "cohorts, not sspp-top-up"), requests::toString);
    }

    @Test
    void theNationalReform_overTenYears_aScenarioOfTheRun_withItsSwitch() throws Exception {
        Path cohort = dir.resolve("ehcp.json");
        assertEquals(0, Sen.inProcess("cohort", "--kind", "ehcp", "--size", "80", "--seed", "3", "--out", cohort.toString()).exit());
        Sen.Result r = Sen.inProcess("simulate", cohort.toString(), "--years", "2025-26:2034-35", "--policies", "ws2-option-1",
                "--parameters", rates(), "--hnb", forecast(), "--scenario", "national-reform-2026", "--out", dir.resolve("out").toString(),
                "--quiet");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("Scenario national-reform-2026: The 2026 national SEND reform"), r::toString);
        assertTrue(r.out().contains("Dedicated Schools Grant 2026-27: technical note"), "each part with its source");
        // against none: the same run without the scenario; the rollover holds 2026-27's budget at 2025-26's £268.248m, 3% (£8.047m)
        // less than it would have grown, and costs move only when the tiers and national rates start in September 2029
        assertTrue(r.out().contains("Scenario national-reform-2026 against none (the same run without it), £m"), r::toString);
        assertTrue(java.util.regex.Pattern.compile("current, reserve, difference +0\\.000 +-8\\.047 ").matcher(r.out()).find(), r::toString);
        assertTrue(java.util.regex.Pattern.compile("current, cost, difference +0\\.000 +0\\.000 +0\\.000 +0\\.000 ").matcher(r.out())
                .find(), r::toString);
        List<String> csv = Files.readAllLines(dir.resolve("out/trajectory.csv"));
        assertEquals(1 + 2 * 10, csv.size(), "current and option 1, ten years each");
        java.util.function.Function<String, java.util.Map<String, String>> row = year -> {
            String line = csv.stream().filter(l -> l.startsWith("current," + year + ",")).findFirst().orElseThrow();
            List<String> keys = List.of(csv.get(0).split(","));
            List<String> cells = org.senrules.core.internal.csv.Csv.rows(line, false).get(0).cells();
            java.util.Map<String, String> m = new java.util.HashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                m.put(keys.get(i), cells.get(i));
            }
            return m;
        };
        assertEquals("true", row.apply("2026-27").get("budgetRolledOver"));
        assertEquals(row.apply("2025-26").get("budget"), row.apply("2026-27").get("budget"), "the 2025-26 allocation rolled over");
        assertEquals("0.00", row.apply("2026-27").get("stabilityGrant"), "Birmingham's reserve is positive: no grant");
        assertFalse(row.apply("2027-28").get("deficitAtOverrideEnd").isEmpty(), "the deficit when the override ends, reported");
        assertEquals("4.7", row.apply("2034-35").get("projectedEhcpShare"));
        assertTrue(Integer.parseInt(row.apply("2034-35").get("supportPlanPupils")) > 0, "pupils moved to support plans");
        assertTrue(row.apply("2034-35").get("illustrativeValuesUsed").contains("national banding rates"), "flagged in every figure");
        assertEquals("", row.apply("2028-29").get("illustrativeValuesUsed"), "not before the national rates start");
        assertTrue(Files.readString(dir.resolve("out/report.html")).contains("<h2 id=\"scenario\">Scenario: national-reform-2026</h2>"));

        Sen.Result off = Sen.inProcess("simulate", cohort.toString(), "--years", "2025-26:2027-28", "--parameters", rates(), "--hnb",
                forecast(), "--scenario", "national-reform-2026", "--scenario-switch", "localPlanApproved=off", "--quiet");
        assertEquals(0, off.exit(), off::toString);
        assertTrue(off.out().contains("when localPlanApproved is on (off in this run"), off::toString);
        Sen.Result none = Sen.inProcess("simulate", cohort.toString(), "--years", "2025-26:2027-28", "--parameters", rates(), "--scenario",
                "none", "--quiet");
        assertEquals(0, none.exit(), none::toString);
        assertFalse(none.out().contains("Scenario "), "none: the trajectory as it is");

        String[][] refused = {
            {"--scenario", "reform-2030", "--scenario: no scenario of that name is shipped; the scenarios are none, national-reform-2026"},
            {"--scenario-switch", "planApproved=off", "--scenario-switch: the scenario national-reform-2026 has no switch of that name; its "
                    + "switches are localPlanApproved"},
            {"--scenario-switch", "localPlanApproved=maybe", "--scenario-switch is NAME=on or NAME=off"},
        };
        for (String[] c : refused) {
            List<String> args = new java.util.ArrayList<>(List.of("simulate", cohort.toString(), "--years", "2025-26:2027-28", "--parameters",
                    rates()));
            if (!c[0].equals("--scenario")) {
                args.addAll(List.of("--scenario", "national-reform-2026"));
            }
            args.addAll(List.of(c[0], c[1]));
            Sen.Result bad = Sen.inProcess(args.toArray(String[]::new));
            assertEquals(2, bad.exit(), bad::toString);
            assertTrue(bad.err().contains(c[2]), bad::toString);
        }
        Sen.Result noYears = Sen.inProcess("simulate", cohort.toString(), "--scenario", "national-reform-2026");
        assertTrue(noYears.exit() == 2 && noYears.err().contains("--scenario is read only by a year-by-year run"), noYears::toString);
        Sen.Result switchAlone = Sen.inProcess("simulate", cohort.toString(), "--years", "2025-26:2027-28", "--scenario-switch", "a=on");
        assertTrue(switchAlone.exit() == 2 && switchAlone.err().contains("--scenario-switch sets a switch of a scenario"), switchAlone::toString);
    }
}
