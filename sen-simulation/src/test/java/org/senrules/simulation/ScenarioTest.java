package org.senrules.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.core.domain.FinancialYear;
import org.senrules.core.domain.Money;

/**
 * A scenario in the trajectory, every figure by hand: the High Needs Block's budget rolled over, the
 * stability grant (a share of a deficit, behind a switch), the deficit when the statutory override
 * ends, pupils moved to Individual Support Plans on a path of shares, and national banding rates.
 * Support Units are £1,000, £1,025 and £1,050 in 2025-26 to 2027-28 ({@code rates.parameters.json});
 * the budget grows 2% a year from April 2026 and no pupil leaves or joins ({@link TrajectoryTest#still()}).
 */
class ScenarioTest {
    private static final SenRules ENGINE = TrajectoryTest.engine("rates.parameters.json");
    private static final FinancialYear Y25 = FinancialYear.parse("2025-26");
    private static final FinancialYear Y27 = FinancialYear.parse("2027-28");

    /** Rolled over in 2026-27; 90% of the deficit at the end of 2025-26 paid in 2026-27 when "approved"; the override ends after 2026-27. */
    static Scenario block(boolean approved) {
        return Scenario.fromJson("""
                { "name": "test-block", "title": "Test Block parts",
                  "switches": { "approved": { "value": %s, "description": "the plan is approved", "source": "test", "illustrative": true } },
                  "budgetRollover": { "financialYear": "2026-27", "source": "test", "illustrative": false },
                  "stabilityGrant": { "percentOfDeficit": "90", "deficitAtEndOf": "2025-26", "paidIn": "2026-27", "switch": "approved",
                                      "source": "test", "illustrative": false },
                  "statutoryOverride": { "lastYear": "2026-27", "source": "test", "illustrative": false } }
                """.formatted(approved), "test-block.json");
    }

    static Map<String, List<String>> blocks(Trajectory.Result r) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Trajectory.Policy p : r.policies()) {
            out.put(p.policy(), p.years().stream().map(y -> y.block().budget() + " " + y.block().outturn() + " " + y.block().variance() + " "
                    + y.block().reserve() + (y.block().stabilityGrant() == null ? "" : " grant " + y.block().stabilityGrant())
                    + (y.block().deficitAtOverrideEnd() == null ? "" : " exposed " + y.block().deficitAtOverrideEnd())
                    + (y.block().budgetRolledOver() ? " rolled" : "")).toList());
        }
        return out;
    }

    /** A forecast with a deficit brought forward: budget 100,000, reserve brought forward −2,000, outturn 104,000. */
    static HighNeedsBlock deficit(String broughtForward) {
        return HighNeedsBlock.fromFigures(ENGINE, LocalDate.of(2025, 11, 30), Money.parse("100000.00"), Money.parse(broughtForward),
                Money.parse("104000.00"));
    }

    @Test
    void theBlocksParts_rolloverGrantAndOverride_byHand() {
        Trajectory.Result r = Trajectory.of(ENGINE, TrajectoryTest.sspp()).years(Y25, Y27).policies(List.of("dbv-option-1"))
                .assumptions(TrajectoryTest.still()).highNeedsBlock(deficit("-2000.00")).scenario(block(true)).run();
        // current costs 2,291.67, 11,275.00 and 11,550.00 (TrajectoryTest); option 1 nothing. The rest of the Block,
        // 104,000 - 2,291.67 = 101,708.33, grows 2% a year: 103,742.50, 105,817.35.
        Map<String, List<String>> expected = new LinkedHashMap<>();
        // 2025-26: reserve -2,000 - 4,000 = -6,000, a deficit: the grant is 90%, 5,400.00, paid in 2026-27.
        // 2026-27: budget rolled over (100,000, not 102,000); outturn 103,742.50 + 11,275.00; brought forward -6,000 + 5,400;
        //   reserve -600 - 15,017.50 = -15,617.50, the deficit when the override ends.
        // 2027-28: budget 102,000; outturn 105,817.35 + 11,550.00; reserve -15,617.50 - 15,367.35.
        expected.put("current", List.of("100000.00 104000.00 4000.00 -6000.00", "100000.00 115017.50 15017.50 -15617.50 grant 5400.00 "
                + "exposed 15617.50 rolled", "102000.00 117367.35 15367.35 -30984.85"));
        // option 1: 2025-26 outturn 101,708.33, reserve -3,708.33: grant 3,337.497 half up 3,337.50; 2026-27 brought forward -370.83
        expected.put("dbv-option-1", List.of("100000.00 101708.33 1708.33 -3708.33", "100000.00 103742.50 3742.50 -4113.33 grant 3337.50 "
                + "exposed 4113.33 rolled", "102000.00 105817.35 3817.35 -7930.68"));
        assertEquals(expected, blocks(r));
        assertTrue(r.notes().stream().anyMatch(n -> n.equals("Stability grant: the deficits held at the end of 2025-26 are current "
                + "£6,000.00 (grant £5,400.00); dbv-option-1 £3,708.33 (grant £3,337.50); each grant is paid in 2026-27 and carried into it "
                + "with the reserve.")), r.notes()::toString);
        assertTrue(TrajectoryFiles.csv(r).contains(",true,5400.00,15617.50,"), "trajectory.csv: rolled over, grant, exposure");

        // the plan not approved: no grant; the deficit carried in whole
        Trajectory.Result off = Trajectory.of(ENGINE, TrajectoryTest.sspp()).years(Y25, Y27).policies(List.of("dbv-option-1"))
                .assumptions(TrajectoryTest.still()).highNeedsBlock(deficit("-2000.00")).scenario(block(true).withSwitch("approved", false))
                .run();
        assertEquals("100000.00 115017.50 15017.50 -21017.50 grant 0.00 exposed 21017.50 rolled", blocks(off).get("current").get(1));
        assertTrue(off.notes().stream().anyMatch(n -> n.endsWith("approved is off in this run, so none is paid.")), off.notes()::toString);

        // a positive reserve (Birmingham's): no deficit, no grant
        Trajectory.Result positive = Trajectory.of(ENGINE, TrajectoryTest.sspp()).years(Y25, Y27).policies(List.of("dbv-option-1"))
                .assumptions(TrajectoryTest.still()).highNeedsBlock(deficit("10000.00")).scenario(block(true)).run();
        assertEquals("100000.00 115017.50 15017.50 -9017.50 grant 0.00 exposed 9017.50 rolled", blocks(positive).get("current").get(1));
        assertTrue(positive.notes().stream().anyMatch(n -> n.startsWith("Stability grant: no policy holds a deficit at the end of 2025-26 "
                + "(current's reserve is £6,000.00)")), positive.notes()::toString);
    }

    /** Four mainstream pupils in Year 3, levels 1 to 4, with 2, 4, 8 and 12 Support Units. */
    static List<Request> mainstream() {
        StringBuilder cases = new StringBuilder();
        int[] units = {2, 4, 8, 12};
        for (int level = 1; level <= 4; level++) {
            cases.append(level == 1 ? "" : ",").append("""
                    { "caseId": "M%d", "setting": "MAINSTREAM_SCHOOL", "phase": "SCHOOL_AGE", "primaryNeed": "ASD", "complexityLevel": %d,
                      "ncYear": 3, "locality": "North", "provision": [ { "description": "TA", "supportUnits": %d } ] }
                    """.formatted(level, level, units[level - 1]));
        }
        return ENGINE.json().read("{ \"ruleSet\": \"ehcp-top-up\", \"asOf\": \"2026-01-15\", \"cases\": [" + cases + "] }");
    }

    /** Tiers from 2026-27 on a path from 8% to 4% (half the plans by September 2027), support plans £500; national rates from September 2027. */
    static Scenario tiers() {
        return Scenario.fromJson("""
                { "name": "test-tiers", "title": "Test tiers",
                  "tiers": { "from": "2026-27",
                             "ehcpShare": [ { "academicYear": "2026-27", "percent": "8", "source": "test", "illustrative": true },
                                            { "academicYear": "2027-28", "percent": "4", "source": "test", "illustrative": true } ],
                             "movedFrom": [ "MAINSTREAM_SCHOOL" ],
                             "individualSupportPlanCost": [ { "from": "2026-09-01", "value": "500.00", "source": "test", "illustrative": true } ],
                             "source": "test" },
                  "specialistProvisionPackages": { "from": "2027-09-01", "source": "test",
                    "rates": { "MAINSTREAM_SCHOOL": {
                      "1": [ { "from": "2027-09-01", "value": "1000.00", "source": "test", "illustrative": true } ],
                      "2": [ { "from": "2027-09-01", "value": "2000.00", "source": "test", "illustrative": true } ],
                      "3": [ { "from": "2027-09-01", "value": "3000.00", "source": "test", "illustrative": true } ],
                      "4": [ { "from": "2027-09-01", "value": "4000.00", "source": "test", "illustrative": true } ] } } } }
                """, "test-tiers.json");
    }

    @Test
    void tiersAndNationalRates_moveAndPricePupils_byHand() {
        Trajectory.Result r = Trajectory.of(ENGINE, mainstream()).years(Y25, Y27).policies(List.of("ws2-option-1"))
                .assumptions(TrajectoryTest.still()).scenario(tiers()).run();
        // 2025-26: 26 units x 1,000; 2026-27: 26 x 1,025 (September 2026 is the path's base: 4 plans, none move).
        // 2027-28: April to August at the rules, 26 x 1,050 x 10/24 (875.00 + 1,750.00 + 3,500.00 + 5,250.00 = 11,375.00);
        //   on 1 September 2027 the path halves the plans: M1 and M2 (lowest levels) move to support plans at 500 x 14/24 = 291.67
        //   each; M3 and M4 are priced at the national rates for levels 3 and 4: 3,000 x 14/24 = 1,750.00, 4,000 x 14/24 = 2,333.33.
        assertEquals(List.of("26000.00", "26650.00", "16041.67"), r.current().years().stream().map(y -> y.cost().toString()).toList());
        Trajectory.ScenarioYear y = r.current().years().get(2).scenario();
        assertEquals(0, new BigDecimal("4").compareTo(y.projectedEhcpShare()));
        assertEquals(2, y.ehcpPupils());
        assertEquals(2, y.supportPlanPupils());
        assertEquals(Money.parse("583.34"), y.supportPlanCost());
        assertEquals(Money.parse("4083.33"), y.packageCost());
        // the rules' money those parts replaced: 2,100, 4,200, 8,400 and 12,600 a year x 14/24
        assertEquals(Money.parse("15925.00"), y.rulesCostReplaced());
        assertEquals(Money.parse("-11258.33"), y.change());
        assertEquals(List.of("the cost of an Individual Support Plan", "national banding rates"),
                r.current().years().get(2).illustrativeValuesUsed());
        Trajectory.ScenarioYear before = r.current().years().get(1).scenario();
        assertEquals(4, before.ehcpPupils());
        assertEquals(0, before.supportPlanPupils());
        assertNull(r.current().years().get(0).scenario().ehcpPupils(), "before the tiers");
        assertEquals(List.of("2026-09-01 8 4 4 0 0", "2027-09-01 4 2 4 2 2"), r.tiers().stream().map(t -> t.day() + " "
                + t.share().stripTrailingZeros().toPlainString() + " " + t.target() + " " + t.ehcpBefore() + " " + t.moved() + " "
                + t.onSupportPlans()).toList());
        // every policy prices the same pupils the same way once the scenario does
        assertEquals(r.current().years().get(2).scenario().packageCost(), TrajectoryTest.policy(r, "ws2-option-1").years().get(2)
                .scenario().packageCost());
    }

    @Test
    void theShippedReform_readsWithEveryFigureSourced() {
        Scenario s = Scenario.bundled("national-reform-2026");
        assertEquals("national-reform-2026", s.name());
        assertEquals(List.of("budgetRollover", "stabilityGrant", "statutoryOverride", "tiers", "specialistProvisionPackages"),
                s.items().stream().map(Scenario.Item::part).toList());
        s.items().forEach(i -> assertFalse(i.source().isBlank(), i.part()));
        assertTrue(s.items().get(0).source().contains("Dedicated Schools Grant 2026-27: technical note"));
        assertTrue(s.items().get(1).source().contains("Explanatory note on the government's approach to Dedicated Schools Grant deficits"));
        assertTrue(s.items().get(4).illustrative(), "no national banding rate is published: flagged illustrative");
        assertFalse(s.items().get(0).illustrative());
        assertEquals(FinancialYear.parse("2026-27"), s.rollover().year());
        assertEquals(0, BigDecimal.valueOf(90).compareTo(s.grant().percent()));
        assertEquals(FinancialYear.parse("2027-28"), s.statutoryOverride().lastYear());
        // DfE's reported path, straight lines between 2024-25, 2029-30 and 2034-35
        assertEquals(List.of("6.74", "7.7", "7.1", "6.5", "5.9", "5.3", "4.7", "4.7"), java.util.stream.IntStream.of(2027, 2029, 2030, 2031,
                2032, 2033, 2034, 2036).mapToObj(y -> s.tiers().shareIn(y).stripTrailingZeros().toPlainString()).toList());
        assertEquals(List.of("localPlanApproved"), s.switches().stream().map(Scenario.Switch::name).toList());
        assertFalse(s.withSwitch("localPlanApproved", false).on("localPlanApproved"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.withSwitch("planApproved", false));
        assertEquals("the scenario national-reform-2026 has no switch of that name; its switches are localPlanApproved", e.getMessage());
        assertTrue(Scenario.NONE.isNone());
        assertEquals(Scenario.NONE, Scenario.bundled("none"));
        assertThrows(IllegalArgumentException.class, () -> Scenario.bundled("national-reform-2030"));
    }

    @Test
    void theReformOnAnSsppCohort_appliesOnlyItsBlockParts_andSaysSo() {
        Trajectory.Result r = Trajectory.of(ENGINE, TrajectoryTest.sspp()).years(Y25, Y27).policies(List.of("dbv-option-1"))
                .assumptions(TrajectoryTest.still()).highNeedsBlock(deficit("10000.00")).scenario(Scenario.bundled("national-reform-2026"))
                .run();
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("apply to ehcp-top-up cohorts, not to this sspp-top-up cohort")), r.notes()::toString);
        assertTrue(r.current().years().get(1).block().budgetRolledOver());
        assertNull(r.current().years().get(2).scenario());
        Trajectory.Result noForecast = Trajectory.of(ENGINE, TrajectoryTest.sspp()).years(Y25, Y27).policies(List.of("dbv-option-1"))
                .assumptions(TrajectoryTest.still()).scenario(Scenario.bundled("national-reform-2026")).run();
        assertTrue(noForecast.notes().stream().anyMatch(n -> n.contains("High Needs Block parts (the budget rollover, the stability grant, "
                + "the statutory override) need a forecast")), noForecast.notes()::toString);
    }

    @Test
    void aScenarioFile_isReadStrictly_everyProblemWithItsLine() {
        String bad = """
                { "name": "Bad Name",
                  "title": "t",
                  "stabilityGrant": { "percentOfDeficit": "190", "deficitAtEndOf": "2026-27", "paidIn": "2025-26", "switch": "missing",
                                      "source": "x", "illustrative": false },
                  "tiers": { "from": "2030-31", "ehcpShare": [ { "academicYear": "2029-30", "percent": "7.7", "source": "x", "illustrative": true } ],
                             "movedFrom": [ "CLASSROOM" ], "individualSupportPlanCost": [], "source": "x" },
                  "reform": true }
                """;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Scenario.fromJson(bad, "mine.json"));
        List<String> lines = e.getMessage().lines().toList();
        assertTrue(lines.contains("mine.json, line 1, name: must be lower-case letters, digits and hyphens (up to 64), and not \"none\""),
                e::getMessage);
        assertTrue(lines.contains("mine.json, line 3, stabilityGrant.percentOfDeficit: must be a percentage from 0 to 100 with at most two "
                + "decimals, such as \"90\""), e::getMessage);
        assertTrue(lines.contains("mine.json, line 3, stabilityGrant.switch: names no switch of the scenario's \"switches\""), e::getMessage);
        assertTrue(lines.contains("mine.json, line 3, stabilityGrant.paidIn: must be after the year whose deficit it covers"), e::getMessage);
        assertTrue(lines.contains("mine.json, line 6, tiers.movedFrom[0]: must be one of EARLY_YEARS_SETTING, NURSERY_SCHOOL, "
                + "MAINSTREAM_SCHOOL, RESOURCE_BASE, SPECIAL_SCHOOL, POST_16"), e::getMessage);
        assertTrue(lines.contains("mine.json, line 7, reform: unknown; valid here: budgetRollover, name, specialistProvisionPackages, "
                + "stabilityGrant, statutoryOverride, switches, tiers, title"), e::getMessage);
        assertFalse(e.getMessage().contains("CLASSROOM") || e.getMessage().contains("Bad Name"), "the file's text is not repeated");
    }
}
