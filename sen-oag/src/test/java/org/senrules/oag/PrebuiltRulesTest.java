package org.senrules.oag;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.oag.additionality.AdditionalityCase;
import org.senrules.testkit.PrebuiltRulesCheck;

/**
 * The OAG rule sets are built ahead of time (Drools' executable model, docs/performance.md):
 * each packaged rule file has a model of its current text with all its rules, and the worked
 * examples decide the same, byte for byte, from the models as from the rule files compiled at run
 * time. The golden tests compare the two engines over their seeded cohorts.
 */
class PrebuiltRulesTest {
    static final List<String> RULE_SETS = List.of("oag-additionality", "engagement-model");
    static final SenRules ENGINE = SenRules.builder().build();

    @Test
    void everyPackagedRuleFileHasAModelOfItsCurrentText() throws ReflectiveOperationException {
        for (String id : RULE_SETS) {
            PrebuiltRulesCheck.assertModelIsCurrent(java.lang.invoke.MethodHandles.lookup(), ENGINE, id);
        }
    }

    @Test
    void theWorkedExamplesDecideTheSameFromTheModels() throws IOException {
        List<Request> requests = new ArrayList<>();
        for (String id : RULE_SETS) {
            try (Stream<Path> files = Files.list(Path.of("../examples/data", id))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    requests.addAll(ENGINE.json().read(Files.readString(f)));
                }
            }
        }
        Assertions.assertFalse(requests.isEmpty(), "the worked examples were not found");
        PrebuiltRulesCheck.assertSameDecisions(ENGINE, PrebuiltRulesCheck.compiledAtRunTime(() -> SenRules.builder().build()), requests);
    }
}
