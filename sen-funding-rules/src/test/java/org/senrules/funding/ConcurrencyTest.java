package org.senrules.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Example;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.funding.internal.Golden;
import org.senrules.funding.sspp.SsppCase;

/**
 * Eight threads deciding the same 10,000 cases give byte-identical decision JSON to one thread:
 * the engine shares no mutable state between decisions.
 */
class ConcurrencyTest {
    static final String[] POLICIES = {"current", "dbv-option-1", "dbv-option-2", "dbv-option-3", "dbv-option-4", "dbv-option-4a",
        "dbv-option-5", "dbv-option-6"};

    @Example // jqwik, because the seeded cases come from the properties' generators
    void eightThreadsDecideExactlyAsOneThreadDoes() throws Exception {
        SenRules engine = Golden.ENGINE;
        List<SsppCase> cases = Golden.sample(new org.senrules.funding.sspp.SsppPropertiesTestAccess().cases(), 42L, 10_000);
        List<Request> requests = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            requests.add(new Request("sspp-top-up", LocalDate.of(2026, 1, 15), POLICIES[i % POLICIES.length],
                    cases.get(i).toBuilder().caseId("C-" + i).build()));
        }
        List<String> single = new ArrayList<>();
        for (Request r : requests) {
            single.add(engine.json().writeCompact(engine.decide(r)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t * 1_250;
                runs.add(pool.submit(() -> {
                    // each thread starts at a different place, so that the threads overlap on different cases
                    String[] out = new String[requests.size()];
                    for (int k = 0; k < requests.size(); k++) {
                        int i = (k + offset) % requests.size();
                        out[i] = engine.json().writeCompact(engine.decide(requests.get(i)));
                    }
                    return List.of(out);
                }));
            }
            for (Future<List<String>> run : runs) {
                List<String> multi = run.get();
                for (int i = 0; i < single.size(); i++) {
                    assertEquals(single.get(i), multi.get(i), "case " + i);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(single, engine.decideAllInParallel(requests).stream().map(d -> engine.json().writeCompact(d)).toList());
    }
}
