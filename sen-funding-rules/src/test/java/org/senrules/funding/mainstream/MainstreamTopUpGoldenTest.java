package org.senrules.funding.mainstream;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import org.senrules.core.Request;
import org.senrules.core.domain.PlanStatus;
import org.senrules.funding.internal.Golden;

/** 400 seeded synthetic provision plans on two dates, refusals included: any change of outcome fails with a diff. */
class MainstreamTopUpGoldenTest {
    @Example // jqwik, because the seeded cases come from the properties' generators
    void decisionsMatchTheRecording() {
        MainstreamTopUpPropertiesTest properties = new MainstreamTopUpPropertiesTest();
        List<MainstreamTopUpCase> cases = Golden.sample(Combinators.combine(Arbitraries.of(PlanStatus.class), properties.placements(),
                properties.lines().list().ofMinSize(1).ofMaxSize(6))
                .as((plan, placement, lines) -> MainstreamTopUpCase.builder()
                        .caseId("G")
                        .planStatus(plan)
                        .setting(placement.setting())
                        .phase(placement.phase())
                        .provision(lines)
                        .build()), 11L, 400);
        List<Request> requests = new ArrayList<>();
        for (LocalDate asOf : List.of(LocalDate.of(2025, 1, 15), LocalDate.of(2026, 1, 15))) {
            for (MainstreamTopUpCase c : cases) {
                requests.add(Request.of("mainstream-top-up", asOf, c));
            }
        }
        Golden.assertMatchesRecording("mainstream-top-up", requests);
    }
}
