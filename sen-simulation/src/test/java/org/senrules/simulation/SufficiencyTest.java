package org.senrules.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.senrules.core.Request;
import org.senrules.core.domain.FinancialYear;
import org.senrules.core.domain.Money;
import org.senrules.core.domain.Setting;

/**
 * Place sufficiency in the trajectory, every figure by hand. The Support Unit is £1,000 in 2025-26,
 * £1,025 in 2026-27 and £1,050 in 2027-28 ({@code rates.parameters.json}); the special-school band
 * top-ups are £4,000 (Band 2), £8,000 (Band 3) and £19,000 (Band 5) in every year; no pupil leaves
 * and none joins. A share is the annual amount × half months / 24, half up to the penny.
 */
class SufficiencyTest {
    private static final FinancialYear Y25 = FinancialYear.parse("2025-26");
    private static final FinancialYear Y27 = FinancialYear.parse("2027-28");

    /**
     * S1 special school, A level 3 (Band 3, £8,000), Year 3; S2 special school, B level 2 (Band 2, £4,000), Year 4; S3 special
     * school, C level 4 (Band 5, £19,000), Year 5 (Year 7, secondary, from September 2027); R1 resource base, 6 Support Units,
     * Year 8 (secondary). Plans in place, funded from 1 April 2025.
     */
    static List<Request> cohort() {
        return TrajectoryTest.engine("rates.parameters.json").json().read("""
                { "ruleSet": "ehcp-top-up", "asOf": "2026-01-15", "cases": [
                  { "caseId": "S1", "setting": "SPECIAL_SCHOOL", "phase": "SCHOOL_AGE", "primaryNeed": "ASD", "complexityLevel": 3,
                    "ncYear": 3, "locality": "North" },
                  { "caseId": "S2", "setting": "SPECIAL_SCHOOL", "phase": "SCHOOL_AGE", "primaryNeed": "SLD", "complexityLevel": 2,
                    "ncYear": 4, "locality": "North" },
                  { "caseId": "S3", "setting": "SPECIAL_SCHOOL", "phase": "SCHOOL_AGE", "primaryNeed": "SEMH", "complexityLevel": 4,
                    "ncYear": 5, "locality": "South" },
                  { "caseId": "R1", "setting": "RESOURCE_BASE", "phase": "SCHOOL_AGE", "primaryNeed": "ASD", "complexityLevel": 2,
                    "ncYear": 8, "locality": "East", "provision": [ { "description": "TA", "supportUnits": 6 } ] } ] }
                """);
    }

    /**
     * Two special-school places open (any phase, any need) and none in secondary resource bases; one more special-school place
     * planned for September 2026 and one secondary resource-base place for September 2027. Out of area: £50,000 a year for a
     * special-school place; a resource-base place £20,000 in 2025-26, £21,000 from 1 April 2026.
     */
    static String file(String population, String references) {
        return """
                { "title": "Test places", %s
                  "outOfAreaCost": {
                    "SPECIAL_SCHOOL": [ { "from": "2025-04-01", "value": "50000.00", "source": "test", "illustrative": true } ],
                    "RESOURCE_BASE": [ { "from": "2025-04-01", "until": "2026-03-31", "value": "20000.00", "source": "test", "illustrative": true },
                                       { "from": "2026-04-01", "value": "21000.00", "source": "test", "illustrative": true } ] },
                  "places": [
                    { "setting": "SPECIAL_SCHOOL", "places": 2, "opens": "2024-09-01", "planned": false, "source": "test", "illustrative": true },
                    { "setting": "RESOURCE_BASE", "phase": "SECONDARY", "places": 0, "opens": "2024-09-01", "planned": false, "source": "test",
                      "illustrative": true },
                    { "setting": "SPECIAL_SCHOOL", "places": 1, "opens": "2026-09-01", "planned": true, "source": "test", "illustrative": true },
                    { "setting": "RESOURCE_BASE", "phase": "SECONDARY", "places": 1, "opens": "2027-09-01", "planned": true, "source": "test",
                      "illustrative": false } ]%s }
                """.formatted(population, references);
    }

    static Sufficiency places() {
        return Sufficiency.fromJson(file("", ""), "test.json");
    }

    static TrajectoryRunner runner(Sufficiency s) {
        return Trajectory.of(TrajectoryTest.engine("rates.parameters.json"), cohort()).years(Y25, Y27)
                .policies(List.of("ws2-option-3")).assumptions(TrajectoryTest.still()).sufficiency(s);
    }

    static List<String> costs(Trajectory.Policy p) {
        return p.years().stream().map(y -> y.cost().toString()).toList();
    }

    @Test
    void pupilsWithoutAPlace_arePricedOutOfArea_eachYear_byHand() {
        Trajectory.Result r = runner(places()).run();
        // 2025-26: S1 and S2 take the two places (cohort order); S3 and R1 are out of area all year:
        //   8,000 + 4,000 + 50,000 + 20,000 (two parts, cut on 1 September 2025: 8,333.33 + 11,666.67)
        // 2026-27: S3 out of area April to August, 50,000 x 10/24 = 20,833.33, then the place opened in September,
        //   19,000 x 14/24 = 11,083.33; R1 out of area all year at 21,000
        // 2027-28: R1 out of area April to August, 21,000 x 10/24 = 8,750.00, then placed, 6 x 1,050 x 14/24 = 3,675.00
        assertEquals(List.of("82000.00", "64916.66", "43425.00"), costs(r.current()));
        List<Trajectory.OutOfArea> away = r.current().years().stream().map(Trajectory.Year::outOfArea).toList();
        assertEquals(List.of(2, 2, 1), away.stream().map(Trajectory.OutOfArea::pupils).toList());
        assertEquals(List.of("70000.00", "41833.33", "8750.00"), away.stream().map(a -> a.cost().toString()).toList());
        // what the rules would have paid them in area: S3 19,000 and R1 6,000; S3 19,000 x 10/24 and R1 6,150; R1 6,300 x 10/24
        assertEquals(List.of("25000.00", "14066.67", "2625.00"), away.stream().map(a -> a.inAreaCost().toString()).toList());
        assertEquals(List.of("45000.00", "27766.66", "6125.00"), away.stream().map(a -> a.extraCost().toString()).toList());
        assertEquals(List.of("the out-of-area price"), r.current().years().get(0).illustrativeValuesUsed());
        assertTrue(r.current().illustrative());

        // the same pupils go out of area under every policy, at the same price; only what the rules would have paid differs
        Trajectory.Policy three = TrajectoryTest.policy(r, "ws2-option-3");
        assertEquals(List.of(2, 2, 1), three.years().stream().map(y -> y.outOfArea().pupils()).toList());
        assertEquals(away.get(0).cost(), three.years().get(0).outOfArea().cost());

        // who was placed, on each day places were given (all three special-school pupils are primary until S3 reaches Year 7)
        assertEquals("2025-04-01 SPECIAL_SCHOOL PRIMARY 3 2 1 0 0", row(r, "2025-04-01", Setting.SPECIAL_SCHOOL, "PRIMARY"));
        assertEquals("2025-04-01 RESOURCE_BASE SECONDARY 1 0 1 0 0", row(r, "2025-04-01", Setting.RESOURCE_BASE, "SECONDARY"));
        assertEquals("2025-09-01 SPECIAL_SCHOOL PRIMARY 3 2 1 0 0", row(r, "2025-09-01", Setting.SPECIAL_SCHOOL, "PRIMARY"),
                "S1 and S2 keep their places; S3 waits");
        assertEquals("2026-09-01 SPECIAL_SCHOOL PRIMARY 3 3 0 0 0", row(r, "2026-09-01", Setting.SPECIAL_SCHOOL, "PRIMARY"),
                "S1 and S2 keep their places and S3, waiting, takes the new one");
        assertEquals("2027-09-01 SPECIAL_SCHOOL PRIMARY 2 2 0 0 0", row(r, "2027-09-01", Setting.SPECIAL_SCHOOL, "PRIMARY"));
        assertEquals("2027-09-01 SPECIAL_SCHOOL SECONDARY 1 1 0 0 0", row(r, "2027-09-01", Setting.SPECIAL_SCHOOL, "SECONDARY"),
                "S3 moves up to Year 7 and keeps its place, for any phase");
        assertEquals(3, r.pools().stream().filter(p -> p.day().toString().equals("2026-09-01") && p.setting() == Setting.SPECIAL_SCHOOL)
                .mapToInt(Trajectory.PoolRow::places).sum());
        assertEquals(1, r.pools().stream().filter(p -> p.day().toString().equals("2026-09-01") && p.setting() == Setting.SPECIAL_SCHOOL)
                .mapToInt(Trajectory.PoolRow::opened).sum());
        assertEquals(BigDecimal.ONE, r.placesScale(), "no population: the places are the cohort's");
        assertEquals(TrajectoryFiles.SUFFICIENCY_HEADER, TrajectoryFiles.sufficiencyCsv(r).lines().findFirst().orElseThrow());
        assertTrue(TrajectoryFiles.csv(r).contains(",2,70000.00,25000.00,45000.00,"), "trajectory.csv carries the out-of-area columns");
    }

    private static String row(Trajectory.Result r, String day, Setting setting, String phase) {
        return r.places().stream().filter(p -> p.day().toString().equals(day) && p.setting() == setting && p.phase().name().equals(phase))
                .map(p -> day + " " + setting + " " + phase + " " + p.needing() + " " + p.placed() + " " + p.outOfArea() + " "
                        + p.joinedNeeding() + " " + p.joinedOutOfArea()).findFirst().orElse("none");
    }

    @Test
    void whatIfPlacesOpen_anOptionOfTheRun_byHand() {
        // one secondary resource-base place more from September 2026: R1 is placed a year earlier
        Trajectory.Result r = runner(places().withPlacesOpening(Setting.RESOURCE_BASE, 1, 2026, Sufficiency.SchoolPhase.SECONDARY, null)).run();
        // 2026-27: R1 out of area April to August, 21,000 x 10/24 = 8,750.00, then 6 x 1,025 x 14/24 = 3,587.50
        // 2027-28: 8,000 + 4,000 + 19,000 + 6 x 1,050 = 37,300.00
        assertEquals(List.of("82000.00", "56254.16", "37300.00"), costs(r.current()));
        assertTrue(r.sufficiency().places().get(r.sufficiency().places().size() - 1).whatIf());
        assertThrows(IllegalArgumentException.class, () -> places().withPlacesOpening(Setting.MAINSTREAM_SCHOOL, 1, 2026, null, null));
        assertThrows(IllegalArgumentException.class, () -> places().withPlacesOpening(Setting.SPECIAL_SCHOOL, 0, 2026, null, null));
    }

    @Test
    void slippage_isAnAssumptionTheRunsMove_byHand() {
        TrajectoryAssumptions base = TrajectoryTest.still();
        assertEquals(5, base.moveable().size(), "without a sufficiency file the slippage is not an assumption of the run");
        TrajectoryAssumptions with = base.withSufficiencySlippage(places().slippage());
        assertEquals(6, with.moveable().size());
        Assumption slip = Assumption.named(with, Assumption.SUFFICIENCY_SLIPPAGE);
        assertEquals(0, slip.base().signum(), "the file gives none: planned places open when planned");
        assertEquals(BigDecimal.TEN, slip.step());
        assertTrue(Sensitivity.standard(with).stream().anyMatch(m -> m.assumption().equals(Assumption.SUFFICIENCY_SLIPPAGE)));

        // all the planned places a year late: the special-school place opens in September 2027, the resource-base place after the run
        Trajectory.Result r = runner(places()).assumptions(slip.with(with, BigDecimal.valueOf(100))).run();
        // 2026-27: S3 and R1 out of area all year: 8,000 + 4,000 + 50,000 + 21,000
        // 2027-28: S3 out of area April to August (20,833.33), then 19,000 x 14/24 = 11,083.33; R1 out of area all year (21,000)
        assertEquals(List.of("82000.00", "83000.00", "64916.66"), costs(r.current()));

        // the sensitivity runs move it with the others: 50% of one place is one place (half up), so both open a year late; the
        // cost in 2027-28 (no forecast) goes from 43,425.00 to 64,916.66; down from 0 is held at its limit
        Sensitivity.Result s = runner(places()).assumptions(with).sensitivity(List.of(new Sensitivity.Move(Assumption.SUFFICIENCY_SLIPPAGE,
                BigDecimal.valueOf(50))));
        assertTrue(s.runs().get(0).atLimit());
        assertEquals(Money.parse("21491.66"), s.effect(s.runs().get(1), "current").change());
    }

    @Test
    void placesForAnotherPopulation_areScaledToTheCohort_andLaidBesideTheCouncilsForecasts() {
        String references = """
                , "references": [ { "setting": "SPECIAL_SCHOOL", "academicYear": "2025-26", "shortfall": 5, "withPlannedPlaces": false,
                                    "statement": "A test forecast of 5 places short", "source": "test" } ]""";
        Sufficiency s = Sufficiency.fromJson(file("\"population\": { \"ehcpPupils\": 8, \"source\": \"test\", \"illustrative\": true },",
                references), "test.json");
        Trajectory.Result r = runner(s).run();
        assertEquals(new BigDecimal("0.500000"), r.placesScale(), "4 cases against 8 plans");
        // 2 special-school places scaled by 0.5: 1; the planned one, 0.5 half up: 1
        assertEquals(1, r.pools().stream().filter(p -> p.day().toString().equals("2025-04-01") && p.setting() == Setting.SPECIAL_SCHOOL)
                .mapToInt(Trajectory.PoolRow::places).sum());
        assertEquals(2, r.pools().stream().filter(p -> p.day().toString().equals("2026-09-01") && p.setting() == Setting.SPECIAL_SCHOOL)
                .mapToInt(Trajectory.PoolRow::places).sum());
        // on 1 September 2025, one place for three pupils: S2 and S3 short, 4 at the council's scale
        assertTrue(r.notes().stream().anyMatch(n -> n.equals("A test forecast of 5 places short (test). This run, without the planned "
                + "places, has 2 pupils without a special-school place on 1 September 2025, 4 at the council's scale.")), r.notes()::toString);
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("Places: Test places, scaled to this cohort: 4 cases against the 8 plans")));
    }

    @Test
    void theFile_isReadStrictly_everyProblemWithItsLine_neverRepeatingTheText() {
        String bad = """
                { "title": "Bad",
                  "outOfAreaCost": { "SPECIAL_SCHOOL": [ { "from": "2025-04-01", "value": "63,000", "source": "x", "illustrative": true } ],
                                     "RESOURCE_BASE": [] },
                  "places": [
                    { "setting": "SECRET-VALUE", "places": 2, "opens": "2024-09-01", "planned": false, "source": "x", "illustrative": true },
                    { "setting": "SPECIAL_SCHOOL", "places": -1, "opens": "2024-10-01", "planned": false, "illustrative": true },
                    { "setting": "RESOURCE_BASE", "places": 1, "opens": "2024-09-01", "planned": false, "source": "x", "illustrative": true,
                      "capacity": 3 } ],
                  "extra": true }
                """;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Sufficiency.fromJson(bad, "places.json"));
        List<String> lines = e.getMessage().lines().toList();
        assertTrue(lines.contains("places.json, line 9, extra: unknown; valid here: outOfAreaCost, places, population, references, "
                + "slippage, title"), e::getMessage);
        assertTrue(lines.contains("places.json, line 2, outOfAreaCost.SPECIAL_SCHOOL[0].value: must be an amount in pounds with two "
                + "decimals, not negative, such as \"63000.00\""), e::getMessage);
        assertTrue(lines.contains("places.json, line 5, places[0].setting: must be one of RESOURCE_BASE, SPECIAL_SCHOOL"), e::getMessage);
        assertTrue(lines.contains("places.json, line 6, places[1].places: must be a whole number from 0 to 100,000"), e::getMessage);
        assertTrue(lines.contains("places.json, line 6, places[1].opens: must be a 1 September: places open with a school year"), e::getMessage);
        assertTrue(lines.contains("places.json, line 6, places[1].source: is required: where the figures come from, or why they are "
                + "illustrative"), e::getMessage);
        assertTrue(lines.contains("places.json, line 8, places[2].capacity: unknown; valid here: illustrative, need, note, opens, phase, "
                + "places, planned, setting, source"), e::getMessage);
        assertFalse(e.getMessage().contains("SECRET"), "the file's text is not repeated");
        assertEquals(7, lines.size(), e::getMessage);
        IllegalArgumentException json = assertThrows(IllegalArgumentException.class, () -> Sufficiency.fromJson("{\n \"title\": ,\n}",
                "places.json"));
        assertEquals("places.json, line 2: not valid JSON", json.getMessage());
    }

    @Test
    void aPriceMissingOnADayTheRunCovers_andACohortWithNoSetting_areRefusedBeforeAnyWork() {
        Sufficiency gap = Sufficiency.fromJson(file("", "").replace("\"from\": \"2026-04-01\", \"value\": \"21000.00\"",
                "\"from\": \"2026-05-01\", \"value\": \"21000.00\""), "gap.json");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> runner(gap).run());
        assertEquals("gap.json: outOfAreaCost.RESOURCE_BASE has no value in force on 2026-04-01: the out-of-area price needs a value for "
                + "every day the run covers", e.getMessage());
        IllegalArgumentException sspp = assertThrows(IllegalArgumentException.class, () -> Trajectory.of(TrajectoryTest.engine(
                "rates.parameters.json"), TrajectoryTest.sspp()).years(Y25, Y27).assumptions(TrajectoryTest.still()).sufficiency(places()).run());
        assertTrue(sspp.getMessage().startsWith("place sufficiency places pupils by the setting and year their cases give"), sspp::getMessage);
        assertNull(Trajectory.of(TrajectoryTest.engine("rates.parameters.json"), cohort()).years(Y25, Y27)
                .assumptions(TrajectoryTest.still()).run().current().years().get(0).outOfArea(), "no file, no out-of-area figures");
    }
}
