package org.senrules.oag.golden;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.core.scenario.GoldenDecisions;
import org.senrules.oag.engagement.EngagementModelCase;

/** Every national-curriculum year, accessing subject-specific study or not: any change of outcome fails with a diff. */
class EngagementModelGoldenTest {
    @Test
    void decisionsMatchTheRecording() {
        List<Request> requests = new ArrayList<>();
        for (int year = -1; year <= 14; year++) {
            for (boolean accessing : new boolean[] {false, true}) {
                requests.add(Request.of("engagement-model", LocalDate.of(2026, 1, 15),
                        new EngagementModelCase("Y" + year + (accessing ? "-S" : "-N"), year, accessing)));
            }
        }
        SenRules engine = SenRules.builder().build();
        List<String> diff = GoldenDecisions.check(engine, Path.of("src/test/golden/engagement-model.jsonl.gz"), requests);
        assertTrue(diff.isEmpty(), String.join("\n", diff));
        // every decision, reasons and all, is the same from the rules built with the pack as from the rule file compiled now
        org.senrules.oag.internal.PrebuiltRulesCheck.assertSameDecisions(engine, org.senrules.oag.internal.PrebuiltRulesCheck.compiledAtRunTime(() -> SenRules.builder().build()), requests);
    }
}
