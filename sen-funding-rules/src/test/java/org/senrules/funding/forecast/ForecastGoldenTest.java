package org.senrules.funding.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Example;
import org.senrules.core.Request;
import org.senrules.funding.internal.Golden;

/** 200 seeded synthetic High Needs Block forecasts: any change of outcome fails with a diff. */
class ForecastGoldenTest {
    @Example // jqwik, because the seeded cases come from the properties' generators
    void decisionsMatchTheRecording() {
        List<ForecastCase> cases = Golden.sample(new ForecastPropertiesTest().forecasts(), 7L, 200);
        List<Request> requests = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            requests.add(Request.of("high-needs-forecast", LocalDate.of(2026, 1, 15), cases.get(i).toBuilder().caseId("G-" + i).build()));
        }
        Golden.assertMatchesRecording("high-needs-forecast", requests);
    }
}
