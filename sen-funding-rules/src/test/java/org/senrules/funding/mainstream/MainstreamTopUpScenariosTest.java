package org.senrules.funding.mainstream;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.senrules.core.SenRules;
import org.senrules.funding.internal.FundingDefinitions;
import org.senrules.funding.internal.ScenarioFolders;
import org.senrules.funding.internal.TestEngines;

/** Runs the rule authors' scenarios in {@code src/test/scenarios/mainstream-top-up}. */
class MainstreamTopUpScenariosTest {
    static final SenRules ENGINE = TestEngines.of(FundingDefinitions.mainstreamTopUp());

    @TestFactory
    Stream<DynamicTest> scenarios() {
        return ScenarioFolders.tests(ENGINE, MainstreamTopUp.ID);
    }
}
