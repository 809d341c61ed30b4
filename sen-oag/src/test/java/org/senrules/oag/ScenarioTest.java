package org.senrules.oag;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.senrules.core.SenRules;
import org.senrules.core.scenario.Scenarios;

/** Runs every scenario file under {@code src/test/scenarios}: one dynamic test per scenario. */
class ScenarioTest {
    /** The discovered OAG pack plus the test pack that uses the shared graduated-approach rules. */
    static final SenRules ENGINE = SenRules.builder().addPack(new GraduatedApproachCheckPack()).build();

    @TestFactory
    Stream<DynamicTest> scenarios() {
        return Scenarios.load(Path.of("src/test/scenarios")).stream()
                .map(s -> DynamicTest.dynamicTest(s.file() + ": " + s.name(), () -> Scenarios.run(ENGINE, s).assertPassed()));
    }
}
