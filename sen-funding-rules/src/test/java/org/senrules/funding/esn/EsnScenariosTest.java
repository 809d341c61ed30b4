package org.senrules.funding.esn;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.senrules.core.SenRules;
import org.senrules.funding.internal.PackDefinitions;
import org.senrules.funding.internal.ScenarioFolders;
import org.senrules.funding.internal.TestEngines;

/** Runs the rule authors' scenarios in {@code src/test/scenarios/<id>} of {@code esn-request}. */
class EsnScenariosTest {
    static final SenRules ENGINE = TestEngines.of(PackDefinitions.<EsnCase, EsnOutcome>of(EsnRequest.ID));

    @TestFactory
    Stream<DynamicTest> scenarios() {
        return ScenarioFolders.tests(ENGINE, EsnRequest.ID);
    }
}
