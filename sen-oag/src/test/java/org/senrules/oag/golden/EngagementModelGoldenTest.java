package org.senrules.oag.golden;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.oag.engagement.EngagementModelCase;
import org.senrules.testkit.GoldenDecisions;

/** Every national-curriculum year, accessing subject-specific study or not: any change of outcome fails with a diff. */
class EngagementModelGoldenTest {
    @Test
    void decisionsMatchTheRecording() {
        List<Request> requests = new ArrayList<>();
        for (int year = -1; year <= 14; year++) {
            for (boolean accessing : new boolean[] {false, true}) {
                requests.add(Request.of("engagement-model", LocalDate.of(2026, 1, 15),
                        EngagementModelCase.builder()
                                .caseId("Y" + year + (accessing ? "-S" : "-N"))
                                .ncYear(year)
                                .accessingSubjectSpecificStudy(accessing)
                                .build()));
            }
        }
        SenRules engine = SenRules.builder().build();
        List<String> diff = GoldenDecisions.check(engine, GoldenDecisions.folder(Path.of("src/main/resources"), "engagement-model"), requests);
        assertTrue(diff.isEmpty(), String.join("\n", diff));
        // every decision, reasons and all, is the same from the rules built with the pack as from the rule file compiled now
        org.senrules.testkit.PrebuiltRulesCheck.assertSameDecisions(engine, org.senrules.testkit.PrebuiltRulesCheck.compiledAtRunTime(() -> SenRules.builder().build()), requests);
    }
}
