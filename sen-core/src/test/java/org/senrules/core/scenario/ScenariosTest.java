package org.senrules.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.senrules.core.SenRules;
import org.senrules.core.testpack.TestPack;

/** The rule authors' scenario files, run as JUnit dynamic tests, and what a failure reports. */
class ScenariosTest {
    static final SenRules ENGINE = SenRules.builder().discoverPacks(false).addPack(new TestPack()).build();

    @TestFactory
    Stream<DynamicTest> testPackScenarios() {
        return Scenarios.load(Path.of("src/test/scenarios")).stream()
                .map(s -> DynamicTest.dynamicTest(s.name(), () -> Scenarios.run(ENGINE, s).assertPassed()));
    }

    @Test
    void aFailingScenario_reportsNameFieldExpectedActualAndRulesFired() throws Exception {
        Scenario wrong = new Scenario("wrong expectation", "inline.json",
                "{\"ruleSet\":\"test-top-up\",\"asOf\":\"2026-01-15\",\"case\":{\"caseId\":\"S-9\","
                        + "\"setting\":\"MAINSTREAM_SCHOOL\",\"parentalConsent\":true,\"requestedUnits\":2}}",
                "{\"units\":3,\"topUp\":\"241.00\",\"reasons\":[\"consent-required\"]}");
        ScenarioResult result = Scenarios.run(ENGINE, wrong);
        assertFalse(result.passed());
        assertEquals(2, result.differences().size(), result.report());
        String report = result.report();
        assertTrue(report.startsWith("FAIL wrong expectation"), report);
        assertTrue(report.contains("outcome.units: expected 3, actual 2"), report);
        assertTrue(report.contains("expected rule consent-required to fire"), report);
        assertTrue(report.contains("rules that fired: units-granted"), report);
    }

    @Test
    void anUnexpectedRejection_isAFailureNamingTheViolation() throws Exception {
        Scenario s = new Scenario("refused", "inline.json",
                "{\"ruleSet\":\"test-top-up\",\"asOf\":\"2026-01-15\",\"case\":{\"caseId\":\"S-9\"}}",
                "{\"units\":2}");
        ScenarioResult result = Scenarios.run(ENGINE, s);
        assertFalse(result.passed());
        assertTrue(result.report().contains("case.setting: is required"), result.report());
    }
}
