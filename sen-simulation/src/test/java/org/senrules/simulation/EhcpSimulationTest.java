package org.senrules.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.core.domain.Money;

/**
 * The EHCP options of DBV workstream 2 over a six-pupil cohort, every total by hand (2025-26, see
 * {@code EhcpTopUpTest} in sen-funding-rules for the pupil-by-pupil figures):
 * P1 mainstream A3 12 units, P2 special B3, P3 special C1, P4 resource base E2 5 units, P5 post-16, P6 early years OTH 3 units.
 */
class EhcpSimulationTest {
    private static final SenRules ENGINE = SenRules.builder().build();

    private static List<Request> cohort() {
        return ENGINE.json().read("""
                { "ruleSet": "ehcp-top-up", "asOf": "2025-09-01", "cases": [
                  { "caseId": "P1", "setting": "MAINSTREAM_SCHOOL", "phase": "SCHOOL_AGE", "primaryNeed": "ASD", "complexityLevel": 3,
                    "ncYear": 5, "locality": "North", "provision": [ { "description": "TA", "supportUnits": 8 },
                    { "description": "SaLT", "supportUnits": 4 }, { "description": "Visual timetable", "supportUnits": 2,
                      "oagItem": "autism.visual-timetable" } ] },
                  { "caseId": "P2", "setting": "SPECIAL_SCHOOL", "phase": "SCHOOL_AGE", "primaryNeed": "SLD", "complexityLevel": 3,
                    "ncYear": 8, "locality": "South" },
                  { "caseId": "P3", "setting": "SPECIAL_SCHOOL", "phase": "SCHOOL_AGE", "needClassification": "C", "primaryNeed": "SEMH",
                    "complexityLevel": 1, "ncYear": 10, "locality": "South" },
                  { "caseId": "P4", "setting": "RESOURCE_BASE", "phase": "SCHOOL_AGE", "primaryNeed": "PD", "complexityLevel": 2,
                    "ncYear": 3, "locality": "East", "provision": [ { "description": "Physiotherapy", "supportUnits": 5 } ] },
                  { "caseId": "P5", "setting": "POST_16", "phase": "POST_16", "primaryNeed": "MLD", "complexityLevel": 2,
                    "ncYear": 12, "locality": "West" },
                  { "caseId": "P6", "setting": "EARLY_YEARS_SETTING", "phase": "EARLY_YEARS", "primaryNeed": "OTH", "complexityLevel": 2,
                    "ncYear": -1, "locality": "North", "provision": [ { "description": "Key person", "supportUnits": 3 } ] } ] }
                """);
    }

    @Test
    void everyOption_totalsAndChangesAgainstCurrent_byHand() {
        Simulation.Result r = Simulation.of(ENGINE, cohort()).run();
        Map<String, String> totals = new LinkedHashMap<>();
        r.policies().forEach(p -> totals.put(p.policy(), p.all().topUp().toString()));
        assertEquals(Map.of("current", "33000.00", "ws2-option-1", "33000.00", "ws2-option-2", "27860.00",
                "ws2-option-3", "20900.00", "ws2-option-3a", "23900.00", "ws2-option-4", "27000.00", "ws2-option-5", "53600.00"), totals);
        Simulation.PolicyResult two = r.policies().stream().filter(p -> p.policy().equals("ws2-option-2")).findFirst().orElseThrow();
        assertEquals(Money.parse("-5140.00"), two.change());
        assertEquals(2, two.lose(), "P1 loses £1,500 to the reviewed cap (10 units, then 5% shared back), P2 £4,040 to the aligned band (Band 3, then 12%)");
        assertEquals(2, two.gain(), "P4 and P6 gain the 5% shared back on their units");
        assertEquals(2, two.noFunding(), "P3 (Band 1) and P5 (post-16) have no funding either way");
        Simulation.PolicyResult current = r.current();
        // by framework, the decision group the rule set declares
        assertEquals(Money.parse("20000.00"), current.byGroup().get("SUPPORT_UNITS").topUp());
        assertEquals(Money.parse("13000.00"), current.byGroup().get("BANDS").topUp());
        assertEquals(1, current.byGroup().get("NONE").cases());
        assertEquals(Money.parse("3000.00"), current.byArea().get(Simulation.NO_AREA).topUp(), "P6, OTH");
        assertEquals(Money.parse("12000.00"), current.byLocality().get("North").topUp().minus(Money.parse("3000.00")));
        assertEquals(20L, current.all().units(), "12 + 5 + 3 Support Units counted");
    }

    @Test
    void staffordshireCheck_losersOver1000And5000_byBandAndArea() {
        Simulation.Result r = Simulation.of(ENGINE, cohort()).policies(List.of("ws2-option-2", "ws2-option-3", "ws2-option-5")).run();
        // option 2: P1 -£1,500, P2 -£4,040; P4 +£250 and P6 +£150 from the funds shared back
        Simulation.Changes two = r.policies().get(1).changes();
        assertEquals(List.of(2, 2, 0, 2, 0, 2), List.of(two.lose(), two.loseOver1000(), two.loseOver5000(), two.gain(), two.keep(),
                two.noFunding()));
        assertEquals(Money.parse("5540.00"), two.lost());
        assertEquals(1, r.policies().get(1).changesByBand().get("4").lose(), "P2 was Band 4 under current");
        assertEquals(1, r.policies().get(1).changesByBand().get("none").lose(), "P1 was in Support Units, no band");
        // option 3: P1 -£3,600, P2 -£4,600, P4 -£900, P6 -£3,000
        Simulation.Changes three = r.policies().get(2).changes();
        assertEquals(List.of(4, 3, 0), List.of(three.lose(), three.loseOver1000(), three.loseOver5000()));
        assertEquals(2, r.policies().get(2).changesByArea().get("Communication and Interaction").lose() + r.policies().get(2)
                .changesByArea().get(Simulation.NO_AREA).lose(), "P1 (ASD) and P6 (OTH)");
        // option 5: P1 -£4,600 and P6 -£3,000 lose; P2 +£2,800, P3 +£17,600, P4 +£7,800 gain
        Simulation.Changes five = r.policies().get(3).changes();
        assertEquals(List.of(2, 2, 3, 0, 1), List.of(five.lose(), five.loseOver1000(), five.gain(), five.keep(), five.noFunding()));
        assertEquals(Money.parse("28200.00"), five.gained(), "2,800 + 17,600 + 7,800");
        // no forecast, so no forecast warning; option 2 is declared cost-neutral and is not (see CostNeutralTest)
        assertEquals(1, r.warnings().size(), r.warnings().toString());
    }

    @Test
    void staffordshireCheck_warnsWhenCurrentIsFarFromTheForecast_orTheYearsDiffer() {
        HighNeedsBlock near = HighNeedsBlock.fromFigures(ENGINE, LocalDate.of(2025, 10, 1), Money.parse("34000.00"),
                Money.parse("1000.00"), Money.parse("34000.00"));
        assertEquals(List.of(), Simulation.of(ENGINE, cohort()).policies(List.of("ws2-option-1")).highNeedsBlock(near).run().warnings(),
                "£33,000 is within 10% of £34,000, and both are 2025-26");
        HighNeedsBlock real = HighNeedsBlock.fromFigures(ENGINE, LocalDate.of(2026, 10, 1), Money.parse("268248000.00"),
                Money.parse("42583000.00"), Money.parse("279421000.00"));
        Simulation.Result realRun = Simulation.of(ENGINE, cohort()).policies(List.of("ws2-option-1")).highNeedsBlock(real).run();
        List<String> w = realRun.warnings();
        // the forecast names no line for the cohort: set beside the whole Block, not like for like, so a note and no warning
        assertEquals(1, w.size(), w.toString());
        assertTrue(w.get(0).contains("2025-26 values") && w.get(0).contains("forecast is for 2026-27"), w.get(0));
        assertEquals(1, realRun.notes().size(), realRun.notes().toString());
        assertTrue(realRun.notes().get(0).startsWith("The forecast names no line of the High Needs Block for ehcp-top-up"),
                realRun.notes().get(0));
        assertTrue(realRun.notes().get(0).contains("£279,421,000.00: 0.0%. That is not like for like, so there is no warning"),
                realRun.notes().get(0));
    }

    @Test
    void calibration_likeForLike_againstTheLineTheForecastNames_percentagesToOneDecimal() {
        String request = """
                { "ruleSet": "high-needs-forecast", "asOf": "2025-11-30",
                  "case": { "financialYear": "2025-26", "broughtForward": "1000.00", "budget": "40000.00",
                            "forecasts": [ { "quarter": 2, "outturn": "%s" } ], "pressures": [] },
                  "lines": [ { "name": "EHCP top-up, mainstream and special", "ruleSets": ["ehcp-top-up"], "outturn": "%s",
                               "source": "test", "illustrative": true } ] }
                """;
        HighNeedsBlock within = HighNeedsBlock.fromRequest(ENGINE, request.formatted("90000.00", "34000.00"), "q2.json");
        assertEquals("EHCP top-up, mainstream and special", within.lineFor("ehcp-top-up").name());
        Simulation.Result ok = Simulation.of(ENGINE, cohort()).policies(List.of("ws2-option-1")).highNeedsBlock(within).run();
        assertEquals(List.of(), ok.warnings());
        assertTrue(ok.notes().get(0).contains("is 97.1% of the forecast outturn of the line it belongs to, \"EHCP top-up, mainstream and "
                + "special\" (£34,000.00, illustrative), within the 10% tolerance."), ok.notes().toString());
        // the same cohort against a line whose forecast is half again: like for like and beyond the tolerance, so a warning
        HighNeedsBlock beyond = HighNeedsBlock.fromRequest(ENGINE, request.formatted("90000.00", "50000.00"), "q2.json");
        List<String> w = Simulation.of(ENGINE, cohort()).policies(List.of("ws2-option-1")).highNeedsBlock(beyond).run().warnings();
        assertEquals(1, w.size(), w.toString());
        assertTrue(w.get(0).contains("is 66.0% of the forecast outturn of the line it belongs to"), w.get(0));
        // the lines are checked like the rest of the file
        org.senrules.core.InvalidRequestException bad = org.junit.jupiter.api.Assertions.assertThrows(
                org.senrules.core.InvalidRequestException.class, () -> HighNeedsBlock.fromRequest(ENGINE,
                        request.formatted("90000.00", "lots"), "q2.json"));
        assertEquals("lines[0].outturn", bad.violations().get(0).path());
    }
}
