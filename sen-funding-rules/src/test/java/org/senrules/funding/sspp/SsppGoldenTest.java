package org.senrules.funding.sspp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Example;
import org.senrules.core.Request;
import org.senrules.funding.internal.Golden;

/** 500 seeded synthetic requests under every policy on two dates: any change of outcome fails with a diff. */
class SsppGoldenTest {
    @Example // jqwik, because the seeded cases come from the properties' generators
    void decisionsMatchTheRecording() {
        List<SsppCase> cases = Golden.sample(new SsppPropertiesTest().cases(), 20260115L, 500);
        List<Request> requests = new ArrayList<>();
        for (LocalDate asOf : List.of(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 9, 1))) {
            for (String policy : SsppEngine.POLICIES) {
                for (int i = 0; i < cases.size(); i++) {
                    requests.add(new Request("sspp-top-up", asOf, policy, cases.get(i).toBuilder().caseId("G-" + i).build()));
                }
            }
        }
        Golden.assertMatchesRecording("sspp-top-up", requests);
    }
}
