package org.senrules.awards;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.senrules.core.scenario.Scenario;
import org.senrules.core.scenario.Scenarios;

/** Runs the rule authors' scenario files of {@code coproduction-award} through the JSON contract. */
class CoproductionAwardScenariosTest {
    private static final Path FOLDER = Path.of("src/test/scenarios", Cases.ID);

    @TestFactory
    Stream<DynamicTest> scenarios() {
        List<Scenario> scenarios = Scenarios.load(FOLDER);
        assertFalse(scenarios.isEmpty(), "no scenarios found in " + FOLDER.toAbsolutePath());
        return scenarios.stream().map(s -> DynamicTest.dynamicTest(s.file() + ": " + s.name(),
                () -> Scenarios.run(Cases.ENGINE, s).assertPassed()));
    }
}
