package org.senrules.funding.sspp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.senrules.core.scenario.Scenario;
import org.senrules.core.scenario.Scenarios;

/** Runs the rule authors' scenario files of sspp-top-up: one dynamic test per scenario. */
class SsppScenarioTest {
    static final Path FOLDER = Path.of("src/test/scenarios/sspp-top-up");

    @TestFactory
    Stream<DynamicTest> scenarios() {
        return Scenarios.load(FOLDER).stream()
                .map(s -> DynamicTest.dynamicTest(s.file() + ": " + s.name(),
                        () -> Scenarios.run(SsppEngine.ENGINE, s).assertPassed()));
    }

    @Test
    void everyRuleHasAScenarioWhereItFiresAndOneWhereItDoesNot() {
        List<Scenario> all = Scenarios.load(FOLDER);
        for (var rule : SsppEngine.ENGINE.rules(SsppEngine.ID)) {
            boolean fires = all.stream().anyMatch(s -> contains(s, "reasons", rule.id()));
            boolean doesNot = all.stream().anyMatch(s -> contains(s, "notReasons", rule.id()));
            assertTrue(fires, "no scenario expects rule " + rule.id() + " to fire");
            assertTrue(doesNot, "no scenario expects rule " + rule.id() + " not to fire");
        }
    }

    @Test
    void everyPolicyHasScenarios() {
        List<Scenario> all = Scenarios.load(FOLDER);
        for (String policy : SsppEngine.POLICIES) {
            long n = all.stream().filter(s -> s.policy().equals(policy)).count();
            assertTrue(n >= 2, "policy " + policy + " has " + n + " scenarios; it needs one where it decides and one where it does not");
        }
    }

    private static boolean contains(Scenario s, String field, String ruleId) {
        return (field.equals("reasons") ? s.expectedReasons() : s.expectedNotReasons()).contains(ruleId);
    }
}
