package org.senrules.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senrules.core.Decision;
import org.senrules.core.InvalidRequestException;
import org.senrules.core.ParameterUse;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.core.domain.Money;

/**
 * SSPP option 6's locality budgets bind, alone and combined with option 4, over a seven-request
 * cohort checked by hand. 2025-26: a Support Unit is £1,000; the council's budgets here are North
 * £10,000 and South £5,000. Each locality funds its eligible requests in cohort order while its
 * budget lasts; one that does not fit in what is left is unfunded and later, smaller ones may
 * still be funded.
 *
 * <pre>
 * case  locality  setting            need  units  current
 * N-1   North     mainstream school  ASD   6      £6,000
 * N-2   North     mainstream school  SEMH  6      £6,000
 * N-3   North     mainstream school  MLD   3      £3,000
 * N-4   North     mainstream school  OTH   1      £0 (no area of need: no central group; a locality takes it)
 * S-1   South     mainstream school  ASD   4      £4,000
 * S-2   South     nursery school     SLCN  2      £2,000
 * S-3   South     mainstream school  SEMH  5      £0 (no parental consent: not considered)
 * </pre>
 */
class LocalityBudgetsBindTest {
    @TempDir
    static Path dir;
    private static SenRules engine;
    private static List<Request> cohort;

    @BeforeAll
    static void engine() throws IOException {
        Path budgets = dir.resolve("budgets.json");
        Files.writeString(budgets, """
                { "localityBudgets": [ { "from": "2025-04-01", "value": { "North": "10000.00", "South": "5000.00" }, "illustrative": true } ] }
                """);
        engine = SenRules.builder().overrideParameters("sspp-top-up", budgets).build();
        StringBuilder cases = new StringBuilder();
        String[][] rows = {{"N-1", "North", "MAINSTREAM_SCHOOL", "ASD", "6", "true"}, {"N-2", "North", "MAINSTREAM_SCHOOL", "SEMH", "6", "true"},
            {"N-3", "North", "MAINSTREAM_SCHOOL", "MLD", "3", "true"}, {"N-4", "North", "MAINSTREAM_SCHOOL", "OTH", "1", "true"},
            {"S-1", "South", "MAINSTREAM_SCHOOL", "ASD", "4", "true"}, {"S-2", "South", "NURSERY_SCHOOL", "SLCN", "2", "true"},
            {"S-3", "South", "MAINSTREAM_SCHOOL", "SEMH", "5", "false"}};
        for (String[] r : rows) {
            cases.append(cases.length() == 0 ? "" : ",").append("""
                    { "caseId": "%s", "planStatus": "SEN_SUPPORT", "setting": "%s", "primaryNeed": "%s", "parentalConsent": %s,
                      "graduatedApproachCycles": 3, "coCreatedWithSupportServices": true, "outsideAgencySupport": true,
                      "discussedAtMapMeeting": true, "requestedSupportUnits": %s, "renewal": false, "cohorts": [], "locality": "%s" }
                    """.formatted(r[0], r[2], r[3], r[5], r[4], r[1]));
        }
        cohort = engine.json().read("{ \"ruleSet\": \"sspp-top-up\", \"asOf\": \"2026-01-15\", \"cases\": [" + cases + "] }");
    }

    private static Simulation.PolicyResult policy(Simulation.Result r, String name) {
        return r.policies().stream().filter(p -> p.policy().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void option6_eachLocalityFundsInCohortOrderUntilItsBudgetIsUsed() {
        Simulation.Result r = Simulation.of(engine, cohort).policies(List.of("dbv-option-6")).run();
        assertEquals(Money.parse("21000.00"), r.current().all().topUp(), "6,000 + 6,000 + 3,000 + 4,000 + 2,000");
        assertFalse(r.current().budgetsBind(), "central decisions: no locality budget binds");
        Simulation.PolicyResult six = policy(r, "dbv-option-6");
        assertTrue(six.budgetsBind());
        // North: N-1 £6,000 (4,000 left), N-2 £6,000 does not fit, N-3 £3,000 (1,000 left), N-4 £1,000 (0 left)
        // South: S-1 £4,000 (1,000 left), S-2 £2,000 does not fit
        assertEquals(List.of("N-2 North 6000.00 4000.00", "S-2 South 2000.00 1000.00"), six.unfunded().stream()
                .map(u -> u.caseId() + " " + u.locality() + " " + u.topUp() + " " + u.budgetLeft()).toList());
        Simulation.Totals north = six.byLocality().get("North");
        assertEquals(List.of(4, 3, 1), List.of(north.eligible(), north.funded(), north.unfunded()));
        assertEquals(Money.parse("10000.00"), north.topUp());
        assertEquals(Money.parse("6000.00"), north.unfundedTopUp());
        Simulation.Totals south = six.byLocality().get("South");
        assertEquals(List.of(2, 1, 1), List.of(south.eligible(), south.funded(), south.unfunded()));
        assertEquals(Money.parse("4000.00"), south.topUp());
        assertEquals(Money.parse("2000.00"), south.unfundedTopUp());
        assertEquals(Map.of("North", Money.ZERO, "South", Money.parse("1000.00")), six.budgetLeft());
        assertEquals(Money.parse("14000.00"), six.all().topUp());
        assertEquals(6 + 3 + 1 + 4, six.all().units(), "units of unfunded requests are not granted");
        assertEquals(Money.parse("-7000.00"), six.change());
        // against current: N-2 loses £6,000, S-2 £2,000; N-4 gains £1,000; N-1, N-3, S-1 keep; S-3 has none either way
        Simulation.Changes c = six.changes();
        assertEquals(List.of(1, 2, 2, 1, 3, 1), List.of(c.gain(), c.lose(), c.loseOver1000(), c.loseOver5000(), c.keep(), c.noFunding()));
        assertEquals(1, six.changesBySetting().get("nursery school").lose(), "S-2");
        Simulation.Changes mainstream = six.changesBySetting().get("mainstream school");
        assertEquals(List.of(1, 1, 1, 3, 1), List.of(mainstream.gain(), mainstream.lose(), mainstream.loseOver5000(), mainstream.keep(),
                mainstream.noFunding()));
    }

    @Test
    void option6WithOption4_option4sCapThenTheLocalityBudgets() {
        Simulation.Result r = Simulation.of(engine, cohort).policies(List.of("dbv-option-6/dbv-option-4")).run();
        Simulation.PolicyResult combined = policy(r, "dbv-option-6/dbv-option-4");
        assertTrue(combined.title().contains("with dbv-option-4: Current processes with reduced funding, capped at the equivalent of 4"),
                combined.title());
        // capped at 4 units: North N-1 £4,000 (6,000 left), N-2 £4,000 (2,000 left), N-3 £3,000 does not fit, N-4 £1,000 (1,000 left);
        // South S-1 £4,000 (1,000 left), S-2 £2,000 does not fit
        assertEquals(List.of("N-3", "S-2"), combined.unfunded().stream().map(Simulation.Unfunded::caseId).toList());
        assertEquals(Money.parse("13000.00"), combined.all().topUp());
        assertEquals(Map.of("North", Money.parse("1000.00"), "South", Money.parse("1000.00")), combined.budgetLeft());
        // N-1, N-2 lose £2,000, N-3 £3,000, S-2 £2,000; N-4 gains; S-1 keeps; S-3 none
        Simulation.Changes c = combined.changes();
        assertEquals(List.of(1, 4, 4, 0, 1, 1), List.of(c.gain(), c.lose(), c.loseOver1000(), c.loseOver5000(), c.keep(), c.noFunding()));
        // by the units each had under current, in number order: N-4 and S-3 had none, S-2 2, N-3 3, S-1 4, N-1 and N-2 6
        assertEquals(List.of("0", "2", "3", "4", "6"), List.copyOf(combined.changesByBand().keySet()));
        assertEquals(List.of(2, 2), List.of(combined.changesByBand().get("6").lose(), combined.changesByBand().get("6").loseOver1000()));
    }

    @Test
    void option6WithOption4_splitIntoOption4ThenTheLocalityBudgets_thePartsAddingUpToTheWhole() {
        // option 4 is not asked for: it is run for the breakdown, and not reported as a policy
        Simulation.Result r = Simulation.of(engine, cohort).policies(List.of("dbv-option-6/dbv-option-4")).run();
        assertEquals(List.of("current", "dbv-option-6/dbv-option-4"), r.policies().stream().map(Simulation.PolicyResult::policy).toList());
        Simulation.PolicyResult combined = policy(r, "dbv-option-6/dbv-option-4");
        List<Simulation.Part> parts = combined.breakdown();
        assertEquals(List.of("dbv-option-4", "dbv-option-6"), parts.stream().map(Simulation.Part::policy).toList(), "base option first");
        // option 4 alone, decided centrally: N-1 and N-2 capped at 4 units (-2,000 each), N-3 3,000, S-1 4,000, S-2 2,000 as before:
        // 17,000 against 21,000
        assertEquals(Money.parse("-4000.00"), parts.get(0).change());
        assertEquals(List.of(0, 2, 2, 0), List.of(parts.get(0).changes().gain(), parts.get(0).changes().lose(),
                parts.get(0).changes().loseOver1000(), parts.get(0).changes().loseOver5000()));
        assertEquals("current", parts.get(0).from());
        // then the locality budgets on top: N-3 (3,000) and S-2 (2,000) unfunded, N-4 funded by its locality (+1,000): 13,000
        assertEquals(Money.parse("-4000.00"), parts.get(1).change());
        assertEquals(List.of(1, 2, 2), List.of(parts.get(1).changes().gain(), parts.get(1).changes().lose(),
                parts.get(1).changes().loseOver1000()));
        assertEquals("dbv-option-4", parts.get(1).from());
        assertEquals(combined.change(), parts.get(0).change().plus(parts.get(1).change()), "the parts add up to the whole");
        assertTrue(parts.get(1).what().startsWith("Locality-led decisions"), parts.get(1).what());
        assertTrue(policy(r, "current").breakdown().isEmpty());

        String csv = SimulationFiles.csv(r, SimulationFiles.Table.BREAKDOWN);
        assertEquals(List.of("policy,step,part,what,measuredFrom,change,gain,lose,loseOver1000,loseOver5000",
                "dbv-option-6/dbv-option-4,1,dbv-option-4,", "dbv-option-6/dbv-option-4,2,dbv-option-6,",
                "dbv-option-6/dbv-option-4,,total,the whole change against current: the parts added up,current,-8000.00,1,4,4,0"),
                csv.lines().map(l -> l.startsWith("dbv") && !l.contains(",total,") ? l.substring(0, l.indexOf(',', 29) + 1)
                        .replaceAll("(,\\d,[^,]+,).*", "$1") : l).toList());
        String json = SimulationFiles.json(r);
        assertTrue(json.contains("\"breakdown\" : [ {"), json);
        assertTrue(json.contains("\"part\" : \"dbv-option-4\""), json);
    }

    @Test
    void aCombinedPolicy_isDecidedWithTheOtherPolicysValues_andNamesItAsTheBudgetBasis() {
        Request n1 = cohort.get(0);
        Decision<?> d = engine.decide(n1.withPolicy("dbv-option-6/dbv-option-4"));
        assertEquals("dbv-option-6/dbv-option-4", d.policy());
        assertEquals("dbv-option-4", d.parameters().stream().filter(p -> p.name().equals("localityBudgetBasis")).map(ParameterUse::value)
                .findFirst().orElseThrow());
        assertEquals("4", d.parameters().stream().filter(p -> p.name().equals("supportUnitCap")).map(ParameterUse::value)
                .findFirst().orElseThrow());
        assertEquals("dbv-option-2", engine.decide(n1.withPolicy("dbv-option-6")).parameters().stream()
                .filter(p -> p.name().equals("localityBudgetBasis")).map(ParameterUse::value).findFirst().orElseThrow(),
                "option 6 alone keeps its own basis");
        assertThrows(InvalidRequestException.class, () -> engine.decide(n1.withPolicy("dbv-option-6/dbv-option-1")));
    }

    @Test
    void unknownCombinations_areRefusedByName() {
        IllegalArgumentException notAllowed = assertThrows(IllegalArgumentException.class,
                () -> Simulation.of(engine, cohort).policies(List.of("dbv-option-6/dbv-option-1")).policiesToRun());
        assertTrue(notAllowed.getMessage().startsWith("unknown policy combination \"dbv-option-6/dbv-option-1\": dbv-option-6 combines only "
                + "with dbv-option-2, dbv-option-3, dbv-option-4, dbv-option-4a, dbv-option-5"), notAllowed.getMessage());
        IllegalArgumentException reversed = assertThrows(IllegalArgumentException.class,
                () -> Simulation.of(engine, cohort).policies(List.of("dbv-option-4/dbv-option-6")).policiesToRun());
        assertTrue(reversed.getMessage().contains("dbv-option-4 combines with no other policy"), reversed.getMessage());
        assertTrue(reversed.getMessage().contains("the combinations are dbv-option-6/dbv-option-2, "), reversed.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> Simulation.of(engine, cohort).policies(List.of("dbv-option-9/dbv-option-2")).policiesToRun());
        assertTrue(unknown.getMessage().contains("\"dbv-option-9\" is not a policy of sspp-top-up"), unknown.getMessage());
    }

    @Test
    void theTablesShowFundedUnfundedAndWhatIsLeft() {
        Simulation.Result r = Simulation.of(engine, cohort).policies(List.of("dbv-option-6")).run();
        String unfunded = SimulationFiles.csv(r, SimulationFiles.Table.UNFUNDED);
        assertEquals("policy,locality,caseId,topUpUnfunded,budgetLeftAtItsTurn\n"
                + "dbv-option-6,North,N-2,6000.00,4000.00\ndbv-option-6,South,S-2,2000.00,1000.00\n", unfunded);
        String localities = SimulationFiles.csv(r, SimulationFiles.Table.LOCALITIES);
        assertTrue(localities.contains("dbv-option-6,North,4,4,4,3,1,6000.00,10,10000.00,10000.00,0.00,0.00\n"), localities);
        assertTrue(localities.contains("dbv-option-6,South,3,2,2,1,1,2000.00,4,4000.00,5000.00,1000.00,-1000.00\n"), localities);
        Simulation.Result plain = Simulation.of(engine, cohort).policies(List.of("dbv-option-4")).run();
        assertFalse(SimulationFiles.tables(plain).contains(SimulationFiles.Table.UNFUNDED), "no budget bound, no unfunded table");
    }
    @Test
    void aLocalityWithNoBudget_isRefusedByTheRules_andTheSimulationRunsOn() {
        // a locality the budget table does not name (the benchmark's cohort writer has "Outer Fringe"):
        // the parameter use reads "none", which the simulator once tried to read as money and failed
        List<Request> withOuter = new java.util.ArrayList<>(cohort);
        withOuter.add(engine.json().read("""
                { "ruleSet": "sspp-top-up", "asOf": "2026-01-15", "cases": [
                  { "caseId": "O-1", "planStatus": "SEN_SUPPORT", "setting": "MAINSTREAM_SCHOOL", "primaryNeed": "ASD",
                    "parentalConsent": true, "graduatedApproachCycles": 3, "coCreatedWithSupportServices": true,
                    "outsideAgencySupport": true, "discussedAtMapMeeting": true, "requestedSupportUnits": 2, "renewal": false,
                    "cohorts": ["early-years"], "locality": "Outer Fringe" } ] }
                """).get(0));
        Simulation.Result r = Simulation.of(engine, withOuter).policies(List.of("dbv-option-6")).run();
        Simulation.PolicyResult six = policy(r, "dbv-option-6");
        assertEquals(Map.of("North", Money.parse("10000.00"), "South", Money.parse("5000.00")), six.localityBudgets());
        Simulation.Totals outer = six.byLocality().get("Outer Fringe");
        assertEquals(1, outer.cases());
        assertEquals(0, outer.eligible(), "the rules refuse it: no budget is set for the pupil's locality");
        assertEquals(Money.ZERO, outer.topUp());
        assertFalse(six.budgetLeft().containsKey("Outer Fringe"));
        assertTrue(SimulationFiles.json(r).contains("Outer Fringe"), "the report has its row");
    }
}
