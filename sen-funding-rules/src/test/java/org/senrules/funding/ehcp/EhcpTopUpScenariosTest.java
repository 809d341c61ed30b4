package org.senrules.funding.ehcp;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.senrules.funding.internal.ScenarioFolders;

/** Runs the rule authors' scenarios in {@code src/test/scenarios/ehcp-top-up}. */
class EhcpTopUpScenariosTest {
    @TestFactory
    Stream<DynamicTest> scenarios() {
        return ScenarioFolders.tests(EhcpTopUpTest.ENGINE, EhcpTopUp.ID);
    }
}
