package org.senrules.funding.ehcp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.senrules.core.Request;
import org.senrules.core.domain.Phase;
import org.senrules.core.domain.PrimaryNeed;
import org.senrules.core.domain.Setting;
import org.senrules.funding.band.NeedClassification;
import org.senrules.funding.internal.Golden;
import org.senrules.oag.ProvisionLine;

/**
 * Every setting, classification, census need and level, with section F provision that the
 * reviewed descriptors cap at some levels and one ordinarily available line, under every DBV
 * workstream 2 option (and the current frameworks on two more dates): any change of outcome
 * fails with a diff.
 */
class EhcpGoldenTest {
    @Test
    void decisionsMatchTheRecording() {
        List<EhcpTopUpCase> cases = new ArrayList<>();
        int n = 0;
        for (Setting setting : Setting.values()) {
            Phase phase = setting == Setting.EARLY_YEARS_SETTING || setting == Setting.NURSERY_SCHOOL ? Phase.EARLY_YEARS
                    : setting == Setting.POST_16 ? Phase.POST_16 : Phase.SCHOOL_AGE;
            for (int level = 1; level <= 4; level++) {
                List<ProvisionLine> provision = List.of(new ProvisionLine("Teaching assistant support", 3 * level + 3, null),
                        new ProvisionLine("Visual timetable", 2, "autism.visual-timetable"));
                for (NeedClassification c : NeedClassification.values()) {
                    cases.add(EhcpTopUpCase.builder().caseId("G-" + n++).setting(setting).phase(phase).needClassification(c).primaryNeed(null).complexityLevel(level).provision(provision).ncYear(5).locality("North").build());
                }
                for (PrimaryNeed p : PrimaryNeed.values()) {
                    cases.add(EhcpTopUpCase.builder().caseId("G-" + n++).setting(setting).phase(phase).needClassification(null).primaryNeed(p).complexityLevel(level).provision(provision).ncYear(5).locality("North").build());
                }
            }
        }
        List<Request> requests = new ArrayList<>();
        for (String policy : EhcpFailClosedProperties.POLICIES) {
            for (EhcpTopUpCase c : cases) {
                requests.add(new Request(EhcpTopUp.ID, LocalDate.of(2025, 9, 1), policy, c));
            }
        }
        for (LocalDate asOf : List.of(LocalDate.of(2024, 9, 1), LocalDate.of(2026, 9, 1))) {
            for (EhcpTopUpCase c : cases) {
                requests.add(new Request(EhcpTopUp.ID, asOf, "current", c));
            }
        }
        Golden.assertMatchesRecording(EhcpTopUp.ID, requests);
    }
}
