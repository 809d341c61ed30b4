package org.senrules.funding.forecast;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.senrules.core.SenRules;
import org.senrules.funding.internal.PackDefinitions;
import org.senrules.funding.internal.ScenarioFolders;
import org.senrules.funding.internal.TestEngines;

/** Runs the rule authors' scenarios in {@code src/test/scenarios/<id>} of {@code high-needs-forecast}. */
class ForecastScenariosTest {
    static final SenRules ENGINE = TestEngines.of(PackDefinitions.<ForecastCase, ForecastOutcome>of(HighNeedsForecast.ID));

    @TestFactory
    Stream<DynamicTest> scenarios() {
        return ScenarioFolders.tests(ENGINE, HighNeedsForecast.ID);
    }
}
