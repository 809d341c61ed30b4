package org.senrules.funding.band;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.senrules.core.Request;
import org.senrules.core.domain.PrimaryNeed;
import org.senrules.core.domain.Setting;
import org.senrules.funding.internal.Golden;

/** Every classification, census need, level and setting, on three dates: any change of outcome fails with a diff. */
class BandGoldenTest {
    @Test
    void decisionsMatchTheRecording() {
        List<Request> requests = new ArrayList<>();
        int n = 0;
        for (LocalDate asOf : List.of(LocalDate.of(2024, 9, 1), LocalDate.of(2025, 9, 1), LocalDate.of(2026, 9, 1))) {
            for (Setting setting : Setting.values()) {
                for (int level = 1; level <= 4; level++) {
                    for (NeedClassification c : NeedClassification.values()) {
                        requests.add(Request.of("special-school-band", asOf, new BandCase("G-" + n++, setting, c, null, level)));
                    }
                    for (PrimaryNeed p : PrimaryNeed.values()) {
                        requests.add(Request.of("special-school-band", asOf, new BandCase("G-" + n++, setting, null, p, level)));
                    }
                }
            }
        }
        Golden.assertMatchesRecording("special-school-band", requests);
    }
}
