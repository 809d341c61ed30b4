package org.senrules.funding.band;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.senrules.core.Request;
import org.senrules.core.domain.PrimaryNeed;
import org.senrules.core.domain.Setting;
import org.senrules.funding.internal.Golden;

/**
 * Every classification, census need, level and setting, on three dates, and every special-school
 * place under each DBV workstream 2 option: any change of outcome fails with a diff.
 */
class BandGoldenTest {
    @Test
    void decisionsMatchTheRecording() {
        List<Request> requests = new ArrayList<>();
        int n = 0;
        for (LocalDate asOf : List.of(LocalDate.of(2024, 9, 1), LocalDate.of(2025, 9, 1), LocalDate.of(2026, 9, 1))) {
            for (Setting setting : Setting.values()) {
                for (int level = 1; level <= 4; level++) {
                    for (NeedClassification c : NeedClassification.values()) {
                        requests.add(Request.of("special-school-band", asOf, BandCase.builder()
                                .caseId("G-" + n++)
                                .setting(setting)
                                .needClassification(c)
                                .primaryNeed(null)
                                .complexityLevel(level)
                                .build()));
                    }
                    for (PrimaryNeed p : PrimaryNeed.values()) {
                        requests.add(Request.of("special-school-band", asOf, BandCase.builder()
                                .caseId("G-" + n++)
                                .setting(setting)
                                .needClassification(null)
                                .primaryNeed(p)
                                .complexityLevel(level)
                                .build()));
                    }
                }
            }
        }
        // every DBV workstream 2 option, for every special-school place
        List<Request> places = requests.stream().filter(r -> ((BandCase) r.caseData()).setting() == Setting.SPECIAL_SCHOOL).toList();
        for (String policy : List.of("ws2-option-1", "ws2-option-2", "ws2-option-3", "ws2-option-3a", "ws2-option-4", "ws2-option-5")) {
            for (Request r : places) {
                requests.add(r.withPolicy(policy));
            }
        }
        Golden.assertMatchesRecording("special-school-band", requests);
    }
}
