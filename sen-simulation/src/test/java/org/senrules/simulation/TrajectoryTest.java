package org.senrules.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.core.domain.FinancialYear;
import org.senrules.core.domain.Money;

/**
 * Year by year, every figure by hand. The Support Unit is £1,000 in 2025-26, £1,025 in 2026-27
 * and £1,050 in 2027-28 ({@code rates.parameters.json}); no pupil leaves early and none joins,
 * unless a test says so. A share is the annual amount × half months / 24, half up to the penny.
 */
class TrajectoryTest {
    private static final SenRules ENGINE = engine("rates.parameters.json");
    private static final FinancialYear Y25 = FinancialYear.parse("2025-26");
    private static final FinancialYear Y27 = FinancialYear.parse("2027-28");

    static SenRules engine(String rates) {
        try {
            Path file = Path.of(TrajectoryTest.class.getResource(rates).toURI());
            return SenRules.builder().overrideParameters("funding-shared", file).build();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static TrajectoryAssumptions still() {
        return assumptions("0", "0");
    }

    static TrajectoryAssumptions assumptions(String growth, String leavers) {
        return new TrajectoryAssumptions(new TrajectoryAssumptions.Figure(new BigDecimal(growth), "test", true),
                new TrajectoryAssumptions.Figure(new BigDecimal(leavers), "test", true),
                new TrajectoryAssumptions.BudgetGrowth(List.of(new TrajectoryAssumptions.Rate(LocalDate.of(2026, 4, 1),
                        new BigDecimal("2.0"))), "test", true), "test");
    }

    /**
     * A: 5 units, first request, in no targeted cohort; B: 6 units, a renewal, in the phase-transition cohort;
     * C: no parental consent. All decided on 15 January 2026.
     */
    static List<Request> sspp() {
        String yes = "\"planStatus\": \"SEN_SUPPORT\", \"setting\": \"MAINSTREAM_SCHOOL\", \"primaryNeed\": \"ASD\", "
                + "\"graduatedApproachCycles\": 3, \"coCreatedWithSupportServices\": true, \"outsideAgencySupport\": true, "
                + "\"discussedAtMapMeeting\": true, \"locality\": \"North\"";
        return ENGINE.json().read("{ \"ruleSet\": \"sspp-top-up\", \"asOf\": \"2026-01-15\", \"cases\": ["
                + "{ \"caseId\": \"A\", " + yes + ", \"parentalConsent\": true, \"requestedSupportUnits\": 5, \"renewal\": false },"
                + "{ \"caseId\": \"B\", " + yes + ", \"parentalConsent\": true, \"requestedSupportUnits\": 6, \"renewal\": true, "
                + "\"cohorts\": [\"phase-transition\"] },"
                + "{ \"caseId\": \"C\", " + yes + ", \"parentalConsent\": false, \"requestedSupportUnits\": 4, \"renewal\": false } ] }");
    }

    /**
     * E1 mainstream A3, Year 11, 10 units: post-16 (no framework) from September 2026. E2 special B3 (Band 4), Year 13:
     * past Year 14 it leaves on 1 September 2027. E3 early years A2, nursery (-1), 4 units: Reception in a mainstream
     * school from September 2026, still 4 units. Plans in place: funded from 1 April 2025. With no net growth, one new
     * pupil replaces E2 on 1 September 2027, drawn from the opening cohort (seed 1 draws E1: mainstream A3, Year 11, 10 units).
     */
    static List<Request> ehcp() {
        return ENGINE.json().read("""
                { "ruleSet": "ehcp-top-up", "asOf": "2026-01-15", "cases": [
                  { "caseId": "E1", "setting": "MAINSTREAM_SCHOOL", "phase": "SCHOOL_AGE", "primaryNeed": "ASD", "complexityLevel": 3,
                    "ncYear": 11, "locality": "North", "provision": [ { "description": "TA", "supportUnits": 10 } ] },
                  { "caseId": "E2", "setting": "SPECIAL_SCHOOL", "phase": "POST_16", "primaryNeed": "SLD", "complexityLevel": 3,
                    "ncYear": 13, "locality": "South" },
                  { "caseId": "E3", "setting": "EARLY_YEARS_SETTING", "phase": "EARLY_YEARS", "primaryNeed": "SLCN", "complexityLevel": 2,
                    "ncYear": -1, "locality": "East", "provision": [ { "description": "Key person", "supportUnits": 4 } ] } ] }
                """);
    }

    static Map<String, List<String>> costs(Trajectory.Result r) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Trajectory.Policy p : r.policies()) {
            List<String> years = new ArrayList<>();
            p.years().forEach(y -> years.add(y.cost().toString()));
            out.put(p.policy(), years);
        }
        return out;
    }

    static Trajectory.Policy policy(Trajectory.Result r, String name) {
        return r.policies().stream().filter(p -> p.policy().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void partYear_fifteenJanuaryIsTwoAndAHalfMonths_aTwelveMonthGrantIsTwelve() {
        assertEquals(5, PartYear.halfMonths(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 3, 31)));
        assertEquals(19, PartYear.halfMonths(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 1, 14)));
        assertEquals(24, PartYear.halfMonths(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31)));
        assertEquals(1, PartYear.halfMonths(LocalDate.of(2027, 2, 15), LocalDate.of(2027, 2, 28)), "from the 16th");
        assertEquals(0, PartYear.halfMonths(LocalDate.of(2027, 1, 25), LocalDate.of(2027, 1, 31)), "no 1st or 16th");
        // 8 February to 7 February: 16 February, 1 and 16 March; April to January; 1 February: 3 + 20 + 1
        assertEquals(List.of(3, 20, 1), List.of(PartYear.halfMonths(LocalDate.of(2026, 2, 8), LocalDate.of(2026, 3, 31)),
                PartYear.halfMonths(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 1, 31)),
                PartYear.halfMonths(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 7))));
        assertEquals(Money.parse("1041.67"), PartYear.share(Money.parse("5000.00"), 5));
    }

    @Test
    void sspp_everyOption_costByFinancialYear_partYearAndRenewals_byHand() {
        Trajectory.Result r = Trajectory.of(ENGINE, sspp()).years(Y25, Y27).assumptions(still()).run();
        Map<String, List<String>> expected = new LinkedHashMap<>();
        // current: A 5 x 1,000 x 5/24 = 1,041.67, B 6,000 x 5/24 = 1,250.00; then a full year each at 1,025 and 1,050
        expected.put("current", List.of("2291.67", "11275.00", "11550.00"));
        expected.put("dbv-option-1", List.of("0.00", "0.00", "0.00"));
        expected.put("dbv-option-2", List.of("2291.67", "11275.00", "11550.00"));
        // A until 14 January 2027: 19/24 of 5,125 = 4,057.29; its renewal refused; B's renewal refused at once
        expected.put("dbv-option-3", List.of("1041.67", "4057.29", "0.00"));
        // both capped at 4 units: 4,000 x 5/24 = 833.33 each; 4,100 and 4,200 each
        expected.put("dbv-option-4", List.of("1666.66", "8200.00", "8400.00"));
        // A capped and limited: 833.33; 4,100 x 19/24 = 3,245.83
        expected.put("dbv-option-4a", List.of("833.33", "3245.83", "0.00"));
        // only B (targeted); 12 months at a time, renewed on 15 January 2027 and 2028: 1,250.00;
        // 6,150 x 19/24 + 6,150 x 5/24 = 4,868.75 + 1,281.25; 6,300 x 19/24 + 6,300 x 5/24 = 4,987.50 + 1,312.50
        expected.put("dbv-option-5", List.of("1250.00", "6150.00", "6300.00"));
        expected.put("dbv-option-6", List.of("2291.67", "11275.00", "11550.00"));
        assertEquals(expected, costs(r));

        Trajectory.Policy three = policy(r, "dbv-option-3");
        assertEquals(List.of(0, 1, 0), three.years().stream().map(Trajectory.Year::renewalsRefused).toList(), "A's, on 15 January 2027");
        assertEquals(Money.parse("-7217.71"), three.years().get(1).changeAgainstCurrent());
        assertEquals(List.of(1, 1, 0), three.years().stream().map(Trajectory.Year::funded).toList());
        Trajectory.Policy five = policy(r, "dbv-option-5");
        assertEquals(List.of(0, 1, 1), five.years().stream().map(Trajectory.Year::renewalsFunded).toList());
        assertTrue(policy(r, "dbv-option-2").decidedAsCurrent(), "option 2 changes no value");
        assertFalse(policy(r, "dbv-option-3").decidedAsCurrent());
        assertEquals(List.of(3, 3, 3), r.current().years().stream().map(Trajectory.Year::pupils).toList());
        assertNull(r.current().years().get(0).block());
    }

    @Test
    void ehcp_everyOption_ageingPhaseTransferAndLeaving_byHand() {
        Trajectory.Result r = Trajectory.of(ENGINE, ehcp()).years(Y25, Y27).assumptions(still()).run();
        Map<String, List<String>> expected = new LinkedHashMap<>();
        // 2025-26: E1 10 x 1,000, E2 Band 4 13,000, E3 4 x 1,000.
        // 2026-27: E1 10,250 x 10/24 = 4,270.83 then post-16, nothing; E2 5,416.67 + 7,583.33; E3 4,100 (1,708.33 + 2,391.67).
        // 2027-28: E2 13,000 x 10/24 = 5,416.67 until it leaves; E3 4,200; the new pupil 10,500 x 14/24 = 6,125.00.
        expected.put("current", List.of("27000.00", "21370.83", "15741.67"));
        expected.put("ws2-option-1", List.of("27000.00", "21370.83", "15741.67"));
        // aligned: E2 Band 3 on the aligned table, 8,000, and 12% shared back: 8,960; E1's 10 units and E3's 4 are within the
        // reviewed caps (10 and 6), and get the 5% shared back on units: 10,500 and 4,200.
        // 2026-27: E1 10,762.50 x 10/24 = 4,484.38; E2 3,733.33 + 5,226.67; E3 4,305.00. 2027-28: E2 3,733.33; E3 4,410.00;
        // the new pupil 11,025 x 14/24 = 6,431.25.
        expected.put("ws2-option-2", List.of("23660.00", "17749.38", "14574.58"));
        // one banded framework (its continuum values: Band 2 4,100, Band 3 8,400): E1 8,400, E2 8,400, E3 4,100.
        // 2026-27: E1 8,400 x 10/24 = 3,500.00; E2 3,500.00 + 4,900.00; E3 1,708.33 + 2,391.67.
        // 2027-28: E2 3,500.00; E3 4,100; the new pupil 4,900.00.
        expected.put("ws2-option-3", List.of("20900.00", "16000.00", "12500.00"));
        // 3A: as 3, and 1,500 for E2's special-school place: 9,900. 2026-27: 3,500.00 + 4,125.00 + 5,775.00 + 4,100.00.
        // 2027-28: E2 4,125.00; E3 4,100; the new pupil 4,900.00.
        expected.put("ws2-option-3a", List.of("22400.00", "17500.00", "13125.00"));
        // 4: E2 on the unit model, 9 units (B, level 3) x the year's value: 9,000, 9,225, 9,450; mainstream as 2.
        // 2026-27: 4,270.83 + 3,843.75 + 5,381.25 + 4,100.00. 2027-28: E2 9,450 x 10/24 = 3,937.50; E3 4,200; the new pupil 6,125.00.
        expected.put("ws2-option-4", List.of("23000.00", "17595.83", "14262.50"));
        // average spend: E1 MAINSTREAM_A 7,400, E2 SPECIAL_B 15,800, E3 EARLY_YEARS_A 5,200 then MAINSTREAM_A 7,400.
        // 2026-27: E1 3,083.33; E2 6,583.33 + 9,216.67; E3 5,200 x 10/24 = 2,166.67 + 7,400 x 14/24 = 4,316.67.
        // 2027-28: E2 6,583.33; E3 3,083.33 + 4,316.67; the new pupil 7,400 x 14/24 = 4,316.67.
        expected.put("ws2-option-5", List.of("28400.00", "25366.67", "18300.00"));
        assertEquals(expected, costs(r));
        assertEquals(List.of(3, 3, 4), r.current().years().stream().map(Trajectory.Year::pupils).toList(),
                "E1 stays (post-16, funded by neither framework); E2 leaves on 1 September 2027 and a new pupil joins");
        assertEquals(List.of(0, 0, 1), r.current().years().stream().map(Trajectory.Year::left).toList());
        assertEquals(List.of(0, 0, 1), r.current().years().stream().map(Trajectory.Year::joined).toList());
        assertEquals(List.of(3, 3, 3), r.current().years().stream().map(Trajectory.Year::funded).toList(), "E1 until August 2026");
        assertTrue(policy(r, "ws2-option-1").decidedAsCurrent());
    }

    @Test
    void highNeedsBlock_eachYearsBudgetOutturnVarianceReserve_andFirstYearExhausted_byHand() {
        HighNeedsBlock hnb = HighNeedsBlock.fromFigures(ENGINE, LocalDate.of(2025, 11, 30), Money.parse("100000.00"),
                Money.parse("10000.00"), Money.parse("104000.00"));
        Trajectory.Result r = Trajectory.of(ENGINE, sspp()).years(Y25, Y27).policies(List.of("dbv-option-1", "dbv-option-3"))
                .assumptions(still()).highNeedsBlock(hnb).run();
        // the rest of the Block: 104,000 - 2,291.67 = 101,708.33, grown 2% a year: 103,742.50, 105,817.35;
        // budgets 100,000, 102,000, 104,040
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("current", List.of("100000.00 104000.00 4000.00 6000.00", "102000.00 115017.50 13017.50 -7017.50",
                "104040.00 117367.35 13327.35 -20344.85"));
        expected.put("dbv-option-1", List.of("100000.00 101708.33 1708.33 8291.67", "102000.00 103742.50 1742.50 6549.17",
                "104040.00 105817.35 1777.35 4771.82"));
        expected.put("dbv-option-3", List.of("100000.00 102750.00 2750.00 7250.00", "102000.00 107799.79 5799.79 1450.21",
                "104040.00 105817.35 1777.35 -327.14"));
        Map<String, List<String>> actual = new LinkedHashMap<>();
        for (Trajectory.Policy p : r.policies()) {
            actual.put(p.policy(), p.years().stream().map(y -> y.block().budget() + " " + y.block().outturn() + " "
                    + y.block().variance() + " " + y.block().reserve()).toList());
        }
        assertEquals(expected, actual);
        assertEquals(FinancialYear.parse("2026-27"), r.current().firstExhausted());
        assertNull(policy(r, "dbv-option-1").firstExhausted());
        assertEquals(Y27, policy(r, "dbv-option-3").firstExhausted(), "option 3's refused renewals hold the reserve a year longer");
        assertTrue(r.notes().stream().anyMatch(w -> w.contains("(its cost in 2025-26, part years included), is set beside the whole "
                + "Block's forecast outturn, £104,000.00: 2.2%")), r.notes()::toString);
        String csv = TrajectoryFiles.csv(r);
        assertTrue(csv.startsWith(TrajectoryFiles.HEADER + "\n"), csv);
        assertTrue(csv.contains("\ndbv-option-3,2027-28,105817.35,1777.35,-327.14,104040.00,true,0.00,-11550.00,3,0,0,0,0,0,2027-28,"), csv);
    }

    @Test
    void yearsAfterTheCohortsYear_areRunFromTheCohortsYearAndReportedFromTheFirst() {
        Trajectory.Result r = Trajectory.of(ENGINE, sspp()).years(FinancialYear.parse("2026-27"), Y27)
                .policies(List.of("dbv-option-3")).assumptions(still()).run();
        assertEquals(List.of(FinancialYear.parse("2026-27"), Y27), r.years());
        assertEquals(Map.of("current", List.of("11275.00", "11550.00"), "dbv-option-3", List.of("4057.29", "0.00")), costs(r),
                "the same figures as from 2025-26: A's award still ends on 14 January 2027");
    }

    @Test
    void cohortAndForecastYearsDiffer_warns() {
        HighNeedsBlock hnb = HighNeedsBlock.fromFigures(ENGINE, LocalDate.of(2026, 11, 30), Money.parse("100000.00"),
                Money.parse("10000.00"), Money.parse("104000.00"));
        Trajectory.Result r = Trajectory.of(ENGINE, sspp()).years(Y25, Y27).policies(List.of("dbv-option-3"))
                .assumptions(still()).highNeedsBlock(hnb).run();
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("in 2025-26, but the High Needs Block forecast is for 2026-27")),
                r.warnings()::toString);
        assertNull(r.current().years().get(0).block(), "no projection before the forecast's year");
        assertEquals(Money.parse("100000.00"), r.current().years().get(1).block().budget());
    }

    @Test
    void aValueThatChangesMidYear_splitsTheYear() {
        Trajectory.Result r = Trajectory.of(engine("midyear.parameters.json"), sspp()).years(Y25, Y27)
                .policies(List.of()).assumptions(still()).run();
        // A: 5,125 x 12/24 + 5,500 x 12/24 = 2,562.50 + 2,750.00; B: 6,150 x 12/24 + 6,600 x 12/24 = 3,075.00 + 3,300.00
        assertEquals(Money.parse("11687.50"), r.current().years().get(1).cost());
    }

    @Test
    void growthAndLeavers_replaceLeaversAndAddTheNetGrowth_deterministically() {
        List<Request> cohort = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            cohort.addAll(ehcp());
        }
        Trajectory.Result a = Trajectory.of(ENGINE, cohort).years(Y25, Y27).policies(List.of("ws2-option-3"))
                .assumptions(assumptions("10", "20")).seed(7).run();
        Trajectory.Result b = Trajectory.of(ENGINE, cohort).years(Y25, Y27).policies(List.of("ws2-option-3"))
                .assumptions(assumptions("10", "20")).seed(7).run();
        assertEquals(TrajectoryFiles.csv(a), TrajectoryFiles.csv(b), "the same seed, the same trajectory");
        Trajectory.Year y26 = a.current().years().get(1);
        // 150 pupils; on 1 September 2026 those drawn at 20% leave (seed 7: 25 of them, none is past Year 14 yet).
        // 25 + 10% of 150 = 40 join through the school year, the k-th from the month 12k/40 after September:
        // k = 0 to 23 from September to March (2026-27), the other 16 from April to August (2027-28)
        assertEquals(25, y26.left());
        assertEquals(24, y26.joined());
        Trajectory.Result c = Trajectory.of(ENGINE, cohort).years(Y25, Y27).policies(List.of("ws2-option-3"))
                .assumptions(assumptions("10", "20")).seed(8).run();
        assertFalse(TrajectoryFiles.csv(a).equals(TrajectoryFiles.csv(c)), "another seed, another draw");
    }

    @Test
    void yearsTheCohortOrValuesCannotCover_areRefusedWithTheReason() {
        IllegalArgumentException before = assertThrows(IllegalArgumentException.class, () -> Trajectory.of(ENGINE, sspp())
                .years(FinancialYear.parse("2024-25"), Y27).assumptions(still()).run());
        assertTrue(before.getMessage().contains("in 2025-26: its years start there or later"), before.getMessage());
        IllegalArgumentException noValues = assertThrows(IllegalArgumentException.class, () -> Trajectory.of(SenRules.builder().build(),
                sspp()).years(Y25, Y27).assumptions(still()).run());
        assertTrue(noValues.getMessage().startsWith("2027-28 cannot be decided under current: the value of parameter \"supportUnitValue\""),
                noValues.getMessage());
    }

    @Test
    void profile_netGrowthFromS4_andEveryEntryChecked() {
        String profile = """
                { "growth": { "source": "S4", "illustrative": false, "threeYearGrowth": 1147, "threeYearGrowthPercent": "13.7",
                              "growthBy2030": 2100, "baseYear": 2024, "byYear": 2030 },
                  "leavers": { "source": "Illustrative", "illustrative": true, "percentPerYear": "4.0" },
                  "highNeedsBudgetGrowth": { "source": "Illustrative", "illustrative": true,
                                             "rates": [ { "from": "2026-04-01", "percent": "3.0" } ] },
                  "setting": { "anything": "the cohort generator's" } }
                """;
        TrajectoryAssumptions a = TrajectoryAssumptions.fromProfile(profile, "p.json");
        // 1,147 x 113.7 / 13.7 = 9,519.2 plans in 2024; 2,100 / 6 = 350 a year: 3.68%
        assertEquals(new BigDecimal("3.68"), a.netGrowthPercent().value());
        assertEquals(new BigDecimal("4"), a.leaverPercent().value());
        // a profile with no renewals entry: every pupil whose award ends asks again, an assumption no source gives
        assertEquals(List.of("leavers", "highNeedsBudgetGrowth", "renewals"), a.illustrativeEntries());
        assertEquals(new BigDecimal("100"), a.renewalPercent().value());
        TrajectoryAssumptions withRenewals = TrajectoryAssumptions.fromProfile(profile.replaceFirst("\\{", "{ \"renewals\": "
                + "{ \"percent\": \"85\", \"source\": \"the council's panel records\", \"illustrative\": false },"), "p.json");
        assertEquals(new BigDecimal("85"), withRenewals.renewalPercent().value());
        assertEquals(List.of("leavers", "highNeedsBudgetGrowth"), withRenewals.illustrativeEntries());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrajectoryAssumptions.fromProfile(profile.replace("\"percentPerYear\"", "\"perYear\""), "p.json"));
        assertEquals("cohort profile p.json, leavers.perYear: unknown; valid here: [$comment, illustrative, percentPerYear, source]",
                e.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> TrajectoryAssumptions.fromProfile("{}", "p.json"));
        assertTrue(missing.getMessage().startsWith("cohort profile p.json, growth: is required for a year-by-year run"), missing.getMessage());
    }
}
