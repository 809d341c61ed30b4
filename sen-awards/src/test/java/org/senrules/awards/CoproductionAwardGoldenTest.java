package org.senrules.awards;

import org.senrules.testkit.PrebuiltRulesCheck;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.RandomGenerator;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.testkit.GoldenDecisions;

/**
 * 500 seeded synthetic organisations under both policies: any change of outcome fails with a
 * diff. Re-record after an intended change with {@code mvn -pl sen-awards -am test -Dsenrules.golden=record}.
 */
class CoproductionAwardGoldenTest {
    @Example // jqwik, because the seeded cases come from the properties' generators
    void decisionsMatchTheRecording() {
        RandomGenerator<AwardCase> organisations = new CoproductionAwardPropertiesTest().anyOrganisation().generator(1000);
        Random random = new Random(4L);
        List<Request> requests = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            AwardCase c = organisations.next(random).value();
            for (String policy : List.of("current", "every-supported-stage")) {
                requests.add(new Request("coproduction-award", LocalDate.of(2026, 1, 15), policy, c));
            }
        }
        SenRules engine = Cases.ENGINE;
        List<String> diff = GoldenDecisions.check(engine, GoldenDecisions.folder(Path.of("src/main/resources"), "coproduction-award"), requests);
        assertTrue(diff.isEmpty(), String.join("\n", diff));
        // every decision, reasons and all, is the same from the rules built with the pack as from the rule file compiled now
        PrebuiltRulesCheck.assertSameDecisions(engine, PrebuiltRulesCheck.compiledAtRunTime(() -> SenRules.builder().build()), requests);
    }
}
