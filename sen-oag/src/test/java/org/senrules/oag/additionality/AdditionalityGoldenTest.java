package org.senrules.oag.additionality;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Example;
import net.jqwik.api.RandomGenerator;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.core.domain.Phase;
import org.senrules.oag.ProvisionLine;
import org.senrules.testkit.GoldenDecisions;

/**
 * 300 seeded synthetic provision plans in every phase on three dates: any change of outcome
 * fails with a diff. Re-record after an intended change with
 * {@code mvn -pl sen-oag -am test -Dsenrules.golden=record}.
 */
class AdditionalityGoldenTest {
    @Example // jqwik, because the seeded cases come from the properties' generators
    void decisionsMatchTheRecording() {
        RandomGenerator<List<ProvisionLine>> plans = new AdditionalityProperties().lines().list().ofMinSize(1).ofMaxSize(6).generator(1000);
        RandomGenerator<Phase> phases = Arbitraries.of(Phase.class).generator(1000);
        Random random = new Random(5L);
        List<Request> requests = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            AdditionalityCase c = AdditionalityCase.builder()
                    .caseId("G-" + i)
                    .phase(phases.next(random).value())
                    .provision(plans.next(random).value())
                    .build();
            for (LocalDate asOf : List.of(LocalDate.of(2025, 1, 15), LocalDate.of(2025, 9, 1), LocalDate.of(2026, 9, 1))) {
                requests.add(Request.of("oag-additionality", asOf, c));
            }
        }
        SenRules engine = SenRules.builder().build();
        List<String> diff = GoldenDecisions.check(engine, GoldenDecisions.folder(Path.of("src/main/resources"), "oag-additionality"), requests);
        assertTrue(diff.isEmpty(), String.join("\n", diff));
        // every decision, reasons and all, is the same from the rules built with the pack as from the rule file compiled now
        org.senrules.testkit.PrebuiltRulesCheck.assertSameDecisions(engine, org.senrules.testkit.PrebuiltRulesCheck.compiledAtRunTime(() -> SenRules.builder().build()), requests);
    }
}
