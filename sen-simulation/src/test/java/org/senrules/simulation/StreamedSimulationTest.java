package org.senrules.simulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.senrules.core.InvalidRequestException;
import org.senrules.core.Request;
import org.senrules.core.SenRules;

/**
 * A cohort simulated as it is read ({@link Simulation#streamed}, {@code DecisionJson.readCohort})
 * gives the very result of the same cohort held ({@link Simulation#of}): the same bytes in every
 * report file, whatever the chunks it is handed in.
 */
class StreamedSimulationTest {
    private static final String[] NEEDS = {"ASD", "SEMH", "SLCN", "MLD", "OTH", "SPLD", "HI", "NSA"};
    private static final String[] SETTINGS = {"MAINSTREAM_SCHOOL", "RESOURCE_BASE", "MAINSTREAM_SCHOOL", "EARLY_YEARS_SETTING"};
    private static final String[] LOCALITIES = {"North", "South", "Central", "East", "West", "Outer Fringe"};
    private static SenRules engine;
    private static String json;

    @BeforeAll
    static void cohort() {
        engine = SenRules.builder().build();
        StringBuilder b = new StringBuilder("{\"ruleSet\": \"sspp-top-up\", \"asOf\": \"2026-01-15\", \"cases\": [");
        for (int i = 0; i < 1300; i++) {
            b.append(i == 0 ? "" : ",\n").append("{\"caseId\": \"S-").append(i).append("\", \"planStatus\": \"")
                    .append(i % 17 == 0 ? "EHCP" : "SEN_SUPPORT").append("\", \"setting\": \"").append(SETTINGS[i % SETTINGS.length])
                    .append("\", \"primaryNeed\": \"").append(NEEDS[i % NEEDS.length]).append("\", \"parentalConsent\": ")
                    .append(i % 11 != 0).append(", \"graduatedApproachCycles\": ").append(1 + i % 4)
                    .append(", \"coCreatedWithSupportServices\": true, \"outsideAgencySupport\": ").append(i % 5 != 0)
                    .append(", \"discussedAtMapMeeting\": ").append(i % 3 != 0).append(", \"requestedSupportUnits\": ").append(1 + i % 12)
                    .append(", \"renewal\": ").append(i % 2 == 0).append(", \"cohorts\": [], \"locality\": \"")
                    .append(LOCALITIES[i % LOCALITIES.length]).append("\"}");
        }
        json = b.append("]}").toString();
    }

    private static Simulation.Result streamed(List<String> policies, int chunk) {
        SimulationRunner.Pass pass = Simulation.streamed(engine, "sspp-top-up", java.time.LocalDate.parse("2026-01-15"))
                .policies(policies).start();
        engine.json().readCohort(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), chunk, pass::add);
        return pass.finish();
    }

    private static void assertSameFiles(Simulation.Result held, Simulation.Result streamed) {
        assertEquals(SimulationFiles.json(held), SimulationFiles.json(streamed));
        for (SimulationFiles.Table t : SimulationFiles.tables(held)) {
            assertEquals(SimulationFiles.csv(held, t), SimulationFiles.csv(streamed, t), t.fileName());
        }
        assertArrayEquals(SimulationFiles.xlsx(held), SimulationFiles.xlsx(streamed));
        assertArrayEquals(held.caseIds(), streamed.caseIds());
    }

    @Test
    void aStreamedCohort_givesTheHeldCohortsResult_inAnyChunks() {
        List<Request> cohort = engine.json().read(json);
        for (List<String> policies : List.of(List.<String>of(), List.of("dbv-option-6"), List.of("dbv-option-6/dbv-option-4", "dbv-option-3"))) {
            Simulation.Result held = Simulation.of(engine, cohort).policies(policies).run();
            for (int chunk : new int[] {1, 97, 5000}) {
                assertSameFiles(held, streamed(policies, chunk));
            }
        }
    }

    @Test
    void aPassEndsOnce_andAnEmptyOneIsRefusedAsAnEmptyCohortIs() {
        SimulationRunner runner = Simulation.streamed(engine, "sspp-top-up", java.time.LocalDate.parse("2026-01-15"));
        assertThrows(IllegalStateException.class, runner::run, "a streamed cohort is run with start()");
        SimulationRunner.Pass pass = runner.start();
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, pass::finish);
        IllegalArgumentException held = assertThrows(IllegalArgumentException.class, () -> Simulation.of(engine, List.of()).run());
        assertEquals(held.getMessage(), empty.getMessage());
        assertThrows(IllegalStateException.class, () -> pass.add(List.of()));
    }

    @Test
    void aCaseOfAnotherRuleSet_isRefused() {
        SimulationRunner.Pass pass = Simulation.streamed(engine, "ehcp-top-up", java.time.LocalDate.parse("2026-01-15")).start();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> pass.add(engine.json().read(json).subList(0, 3)));
        assertEquals("a cohort to simulate has cases of one rule set, this one has [ehcp-top-up, sspp-top-up]", e.getMessage());
    }

    @Test
    void aBadCaseAfterSomeChunks_refusesTheCohort_withReadsViolations() {
        String bad = json.replace("\"caseId\": \"S-900\",", "\"caseId\": \"S-900\", \"favouriteColour\": \"blue\",");
        InvalidRequestException read = assertThrows(InvalidRequestException.class, () -> engine.json().read(bad));
        SimulationRunner.Pass pass = Simulation.streamed(engine, "sspp-top-up", java.time.LocalDate.parse("2026-01-15")).start();
        InvalidRequestException streamed = assertThrows(InvalidRequestException.class,
                () -> engine.json().readCohort(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), 100, pass::add));
        assertEquals(read.violations(), streamed.violations());
    }
}
