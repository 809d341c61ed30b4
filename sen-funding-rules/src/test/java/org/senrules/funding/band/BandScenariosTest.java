package org.senrules.funding.band;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.senrules.core.SenRules;
import org.senrules.funding.internal.FundingDefinitions;
import org.senrules.funding.internal.ScenarioFolders;
import org.senrules.funding.internal.TestEngines;

/** Runs the rule authors' scenarios in {@code src/test/scenarios/special-school-band}. */
class BandScenariosTest {
    static final SenRules ENGINE = TestEngines.of(FundingDefinitions.specialSchoolBand());

    @TestFactory
    Stream<DynamicTest> scenarios() {
        return ScenarioFolders.tests(ENGINE, SpecialSchoolBand.ID);
    }
}
