package org.senrules.funding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.senrules.core.Request;
import org.senrules.funding.internal.Golden;
import org.senrules.testkit.PrebuiltRulesCheck;
import org.senrules.funding.sspp.SsppCase;

/**
 * The funding rule sets are built ahead of time (Drools' executable model, docs/performance.md):
 * each packaged rule file has a model of its current text with all its rules, and the worked
 * examples decide the same, byte for byte, from the models as from the rule files compiled at
 * run time. The golden tests compare the two engines over their whole seeded cohorts.
 */
class PrebuiltRulesTest {
    static final List<String> RULE_SETS = List.of("ehcp-top-up", "esn-request", "high-needs-forecast", "mainstream-top-up",
            "special-school-band", "sspp-top-up");

    @Test
    void everyPackagedRuleFileHasAModelOfItsCurrentText() throws ReflectiveOperationException {
        for (String id : RULE_SETS) {
            PrebuiltRulesCheck.assertModelIsCurrent(java.lang.invoke.MethodHandles.lookup(), Golden.ENGINE, id);
        }
    }

    @Test
    void theWorkedExamplesDecideTheSameFromTheModels() throws IOException {
        List<Request> requests = new ArrayList<>();
        for (String id : RULE_SETS) {
            Path dir = Path.of("../examples/data", id);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    requests.addAll(Golden.ENGINE.json().read(Files.readString(f)));
                }
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(requests.size() >= 5, "the worked examples were not found: " + requests.size());
        PrebuiltRulesCheck.assertSameDecisions(Golden.ENGINE, Golden.compiledAtRunTime(), requests);
    }
}
