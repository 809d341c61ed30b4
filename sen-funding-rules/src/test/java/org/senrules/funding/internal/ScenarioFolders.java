package org.senrules.funding.internal;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.senrules.core.SenRules;
import org.senrules.core.scenario.Scenarios;

/** Turns a rule set's scenario folder, {@code src/test/scenarios/<id>}, into JUnit dynamic tests. */
public final class ScenarioFolders {
    private ScenarioFolders() {
    }

    /** One dynamic test per scenario, named after it; a failure reports the field and the rules that fired. */
    public static Stream<DynamicTest> tests(SenRules engine, String ruleSetId) {
        Path folder = Path.of("src", "test", "scenarios", ruleSetId);
        var scenarios = Scenarios.load(folder);
        if (scenarios.isEmpty()) {
            throw new AssertionError("no scenarios in " + folder.toAbsolutePath());
        }
        return scenarios.stream().map(s -> DynamicTest.dynamicTest(s.file() + ": " + s.name(),
                () -> Scenarios.run(engine, s).assertPassed()));
    }
}
