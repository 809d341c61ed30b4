package org.senrules.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.core.domain.Money;

/** The simulator as a library: totals, changes against current, files, and the High Needs Block. */
class SimulationTest {
    private static SenRules engine;
    private static List<Request> cohort;

    @BeforeAll
    static void engine() {
        engine = SenRules.builder().build();
        cohort = engine.json().read("""
                { "ruleSet": "sspp-top-up", "asOf": "2026-01-15", "cases": [
                  { "caseId": "S-1", "planStatus": "SEN_SUPPORT", "setting": "MAINSTREAM_SCHOOL", "primaryNeed": "ASD",
                    "parentalConsent": true, "graduatedApproachCycles": 3, "coCreatedWithSupportServices": true,
                    "outsideAgencySupport": true, "discussedAtMapMeeting": true, "requestedSupportUnits": 6,
                    "renewal": false, "cohorts": [], "locality": "North" },
                  { "caseId": "S-2", "planStatus": "SEN_SUPPORT", "setting": "MAINSTREAM_SCHOOL", "primaryNeed": "SEMH",
                    "parentalConsent": false, "graduatedApproachCycles": 3, "coCreatedWithSupportServices": true,
                    "outsideAgencySupport": true, "discussedAtMapMeeting": true, "requestedSupportUnits": 6,
                    "renewal": false, "cohorts": [], "locality": "South" },
                  { "caseId": "S-3", "planStatus": "SEN_SUPPORT", "setting": "MAINSTREAM_SCHOOL", "primaryNeed": "SEMH",
                    "parentalConsent": true, "graduatedApproachCycles": 3, "coCreatedWithSupportServices": true,
                    "outsideAgencySupport": true, "discussedAtMapMeeting": true, "requestedSupportUnits": 10,
                    "renewal": false, "cohorts": [], "locality": "South" } ] }
                """);
    }

    private static Simulation.Result run(String... policies) {
        return Simulation.of(engine, cohort).policies(List.of(policies)).run();
    }

    @Test
    void totals_countConsideredEligibleAndUnits_andOptionsCompareWithCurrent() {
        Simulation.Result r = run("dbv-option-1", "dbv-option-4");
        assertEquals(List.of("current", "dbv-option-1", "dbv-option-4"), r.policies().stream().map(Simulation.PolicyResult::policy).toList());
        Simulation.PolicyResult current = r.current();
        assertEquals(3, current.all().cases());
        assertEquals(2, current.all().considered(), "no consent, not considered");
        assertEquals(2, current.all().eligible());
        assertEquals(16, current.all().units());
        assertTrue(current.all().topUp().isPositive());

        Simulation.PolicyResult ceased = r.policies().get(1);
        assertEquals(Money.ZERO, ceased.all().topUp(), "option 1 funds nothing");
        assertEquals(Money.ZERO.minus(current.all().topUp()), ceased.change());
        assertEquals(2, ceased.lose());
        assertEquals(0, ceased.keep());
        assertEquals(1, ceased.noFunding(), "S-2, not considered, has no funding either way");

        Simulation.PolicyResult capped = r.policies().get(2);
        assertEquals(8, capped.all().units(), "4 units each under the cap");
        assertEquals(2, capped.lose());
        assertEquals(2, current.byLocality().get("South").cases());
        assertEquals(1, current.byLocality().get("North").eligible());
    }

    @Test
    void summary_isDeclaredByThePack_localityBudgetsAndGroupsComeFromIt() {
        Simulation.Result r = run("dbv-option-6");
        Simulation.Fields f = r.fields();
        assertEquals("support units", f.units());
        assertEquals("top-up", f.money());
        assertTrue(f.area() && f.locality());
        Simulation.PolicyResult current = r.current();
        assertTrue(!current.localityLed(), "current decides centrally");
        assertTrue(current.localityBudgets().isEmpty(), "current uses no locality budgets");
        Simulation.PolicyResult six = r.policies().get(1);
        assertTrue(six.localityLed());
        assertEquals(List.of("LOCALITY:North", "LOCALITY:South"), List.copyOf(six.byGroup().keySet()));
        assertTrue(six.localityBudgets().containsKey("North"), six.localityBudgets().toString());
    }

    @Test
    void aRuleSetWithoutASummary_isRefused() {
        List<Request> forecast = engine.json().read("""
                { "ruleSet": "high-needs-forecast", "asOf": "2026-01-15", "case": { "financialYear": "2025-26",
                  "broughtForward": "100.00", "budget": "1000.00", "forecasts": [ { "quarter": 3, "outturn": "1000.00" } ],
                  "pressures": [] } }
                """);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Simulation.ruleSet(engine, forecast));
        assertTrue(e.getMessage().contains("high-needs-forecast declares no summary"), e.getMessage());
    }

    @Test
    void unknownPolicy_isRefusedNamingTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Simulation.of(engine, cohort).policies(List.of("dbv-option-9")).policiesToRun());
        assertTrue(e.getMessage().contains("unknown policy \"dbv-option-9\""), e.getMessage());
        assertTrue(e.getMessage().contains("dbv-option-4a"), e.getMessage());
    }

    @Test
    void csvAndJson_holdTheSameFigures() throws Exception {
        Simulation.Result r = run("dbv-option-4");
        String summary = SimulationFiles.csv(r, SimulationFiles.Table.SUMMARY);
        String[] lines = summary.split("\n");
        assertEquals(3, lines.length);
        assertTrue(lines[0].startsWith("policy,title,cases,considered,eligible,units,totalTopUp"), lines[0]);
        assertTrue(lines[2].startsWith("dbv-option-4,"), lines[2]);
        assertTrue(lines[1].contains("," + r.current().all().topUp() + ","), lines[1]);
        assertThrows(IllegalArgumentException.class, () -> SimulationFiles.csv(r, SimulationFiles.Table.CHANGES));
        JsonNode json = new ObjectMapper().readTree(SimulationFiles.json(r));
        assertEquals(2, json.path("policies").size());
        assertEquals(r.policies().get(1).change().toString(), json.path("policies").path(1).path("changeAgainstCurrent").asText());
        assertEquals(3, json.path("cases").asInt());
    }

    @Test
    void highNeedsBlock_movesTheOutturnByTheChange() {
        HighNeedsBlock hnb = HighNeedsBlock.fromFigures(engine, LocalDate.of(2026, 1, 15), Money.parse("1000.00"),
                Money.parse("100.00"), Money.parse("1000.00"));
        HighNeedsBlock.Effect base = hnb.baseline();
        HighNeedsBlock.Effect more = hnb.withChange(Money.parse("150.00"));
        assertEquals(Money.parse("1150.00"), more.outturn());
        assertEquals(Money.parse("150.00"), more.variance().minus(base.variance()));
        assertTrue(more.overspend());
        assertEquals(Money.parse("150.00"), base.reserve().minus(more.reserve()));
        assertEquals(4, HighNeedsBlock.quarter(LocalDate.of(2026, 1, 15)));
    }
}
