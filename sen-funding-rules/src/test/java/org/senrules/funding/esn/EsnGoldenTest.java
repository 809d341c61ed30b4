package org.senrules.funding.esn;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Example;
import org.senrules.core.Request;
import org.senrules.funding.internal.Golden;

/** 400 seeded synthetic ESN requests: any change of outcome fails with a diff. */
class EsnGoldenTest {
    @Example // jqwik, because the seeded cases come from the properties' generators
    void decisionsMatchTheRecording() {
        List<EsnCase> cases = Golden.sample(new EsnPropertiesTest().requests(), 6L, 400);
        List<Request> requests = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            requests.add(Request.of("esn-request", LocalDate.of(2026, 1, 15), cases.get(i).toBuilder().caseId("G-" + i).build()));
        }
        Golden.assertMatchesRecording("esn-request", requests);
    }
}
