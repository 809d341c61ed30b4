package org.senrules.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.senrules.core.DecisionException;
import org.senrules.core.Request;
import org.senrules.core.domain.Setting;
import org.senrules.core.spi.CaseInput;
import org.senrules.core.testpack.TestBandCase;
import org.senrules.core.testpack.TestBandPack;
import org.senrules.core.testpack.TestPack;
import org.senrules.core.testpack.TestTopUpCase;

/**
 * Decisions are taken in pooled Drools sessions that are reset between decisions. A reset
 * session must decide exactly as a new one: the same request gives the same decision JSON, byte
 * for byte, whatever the session decided before (including a decision whose rules failed), on
 * whichever thread.
 */
class PooledSessionsTest {
    private static final Catalog POOLED = catalog(EngineOptions.defaults());
    private static final Catalog FRESH = catalog(EngineOptions.defaults().withReuseSessions(false));

    private static Catalog catalog(EngineOptions options) {
        return Catalog.load(new Catalog.Config(false, List.of(new TestPack(), new TestBandPack()), null, Map.of(), options, null, List.of(), Map.of()));
    }

    /** A mix of both test rule sets, both policies, two rate years, and band cases whose rules fail. */
    private static List<Request> requests(int n, long seed) {
        Random r = new Random(seed);
        List<Request> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate asOf = r.nextBoolean() ? LocalDate.of(2025, 3, 31) : LocalDate.of(2025, 6, 1);
            CaseInput c;
            String ruleSet;
            String policy = Request.CURRENT;
            if (r.nextInt(3) == 0) {
                ruleSet = TestBandPack.ID;
                asOf = LocalDate.of(2025, 6, 1);
                // "C" is not in the band table: that decision's rules throw
                c = new TestBandCase("B-" + i, new String[] {"A", "B", "C"}[r.nextInt(3)], 1 + r.nextInt(4));
            } else {
                ruleSet = TestPack.ID;
                policy = r.nextBoolean() ? Request.CURRENT : "capped";
                Integer minimum = r.nextBoolean() ? null : 0;
                c = new TestTopUpCase("T-" + i, Setting.values()[r.nextInt(Setting.values().length)], r.nextInt(5) > 0,
                        r.nextInt(41), minimum, r.nextBoolean() ? null : "note " + i);
            }
            out.add(new Request(ruleSet, asOf, policy, c));
        }
        return out;
    }

    private static String decide(Catalog catalog, Request request) {
        try {
            return DecisionWriter.write(catalog.get(request.ruleSet()).decide(request), false);
        } catch (DecisionException e) {
            // not the message: once the JIT has seen an exception often, the JVM throws it without one
            return "failed: " + request.caseData().caseId();
        }
    }

    @Test
    void aResetSession_decidesByteForByteAsANewSession() {
        List<Request> requests = requests(600, 7);
        List<String> fresh = requests.stream().map(r -> decide(FRESH, r)).toList();
        List<String> pooled = requests.stream().map(r -> decide(POOLED, r)).toList();
        assertEquals(fresh, pooled);
        assertTrue(fresh.stream().anyMatch(s -> s.startsWith("failed: ")), "some decisions failed on the way");
        assertTrue(fresh.stream().anyMatch(s -> s.contains("\"capped\"")), "both policies were decided");
    }

    @Test
    void pooledDecisions_doNotDependOnOrderOrThread() {
        List<Request> requests = requests(600, 11);
        List<String> fresh = requests.stream().map(r -> decide(FRESH, r)).toList();
        List<Integer> order = new ArrayList<>(IntStream.range(0, requests.size()).boxed().toList());
        Collections.shuffle(order, new Random(3));
        String[] pooled = new String[requests.size()];
        order.parallelStream().forEach(i -> pooled[i] = decide(POOLED, requests.get(i)));
        assertEquals(fresh, List.of(pooled));
    }
}
