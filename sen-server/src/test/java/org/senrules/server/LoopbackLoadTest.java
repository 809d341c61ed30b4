package org.senrules.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A bounded load on loopback: 20,000 mixed valid and invalid requests (set
 * {@code -Dsenrules.load.requests}) from 16 concurrent clients, with a reload of the rules in the
 * middle. No 5xx, no lost answer, and every answer is for its own request: each carries a unique
 * case id and the outcome its request was decided to before the load. No timing is asserted.
 */
class LoopbackLoadTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final int CLIENTS = 16;
    static final String[] NEEDS = {"ASD", "MLD", "SEMH", "HI", "OTH"};

    @Test
    void mixedRequestsFrom16Clients_withAReload_noServerErrorAndNoMixedUpAnswer() throws Exception {
        DecisionService s = Services.guarded();
        int total = Integer.getInteger("senrules.load.requests", 20_000);
        String auth = "Bearer " + Services.TOKEN;
        ObjectNode base = (ObjectNode) JSON.readTree(Http.example(DecisionServiceTest.SSPP));
        List<ObjectNode> templates = new ArrayList<>();
        List<JsonNode> expected = new ArrayList<>();
        for (String need : NEEDS) {
            for (int units = 1; units <= 10; units++) {
                for (boolean consent : new boolean[] {true, false}) {
                    ObjectNode t = base.deepCopy();
                    ObjectNode c = (ObjectNode) t.get("case");
                    c.put("primaryNeed", need).put("requestedSupportUnits", units).put("parentalConsent", consent);
                    t.put("policy", units % 3 == 0 ? "dbv-option-4" : "current");
                    Http.Response r = Http.post(s, "/v1/decisions", "application/json", t.toString(), "Authorization", auth);
                    assertEquals(200, r.status(), r::toString);
                    templates.add(t);
                    expected.add(JSON.readTree(r.body()).get("outcome"));
                }
            }
        }
        AtomicInteger next = new AtomicInteger();
        AtomicInteger reloads = new AtomicInteger();
        Map<String, Integer> statuses = new ConcurrentHashMap<>();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> clients = new ArrayList<>();
        for (int t = 0; t < CLIENTS; t++) {
            clients.add(pool.submit(() -> {
                for (int i; (i = next.getAndIncrement()) < total; ) {
                    try {
                        if (i == total / 2) {
                            Http.Response r = Http.post(s, "/v1/reload", "application/json", "", "Authorization", auth);
                            statuses.merge("reload " + r.status(), 1, Integer::sum);
                            reloads.incrementAndGet();
                        }
                        one(s, auth, i, templates, expected, statuses, failures);
                    } catch (Exception e) {
                        failures.add(i + ": " + e);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : clients) {
            f.get();
        }
        pool.shutdown();
        assertEquals(1, reloads.get());
        assertEquals(1, statuses.getOrDefault("reload 200", 0), statuses::toString);
        int answered = statuses.entrySet().stream().filter(e -> !e.getKey().startsWith("reload")).mapToInt(Map.Entry::getValue).sum();
        assertEquals(total, answered, () -> "every request answered: " + statuses);
        assertTrue(statuses.keySet().stream().noneMatch(k -> k.startsWith("5")), statuses::toString);
        List<String> shown = failures.subList(0, Math.min(10, failures.size()));
        assertTrue(failures.isEmpty(), () -> failures.size() + " failures, e.g. " + shown);
    }

    private static void one(DecisionService s, String auth, int i, List<ObjectNode> templates, List<JsonNode> expected,
                            Map<String, Integer> statuses, List<String> failures) throws Exception {
        int k = i % templates.size();
        ObjectNode request = templates.get(k).deepCopy();
        String caseId = "L-" + i;
        ((ObjectNode) request.get("case")).put("caseId", caseId);
        int kind = i % 10;
        String body;
        int want;
        if (kind == 7) {
            ((ObjectNode) request.get("case")).put("requestedSupportUnits", 0);
            body = request.toString();
            want = 422;
        } else if (kind == 8) {
            body = request.toString().substring(0, 40);
            want = 400;
        } else if (kind == 9) {
            ((ObjectNode) request.get("case")).put("surname", "Synthetic");
            body = request.toString();
            want = 422;
        } else {
            body = request.toString();
            want = 200;
        }
        Http.Response r = Http.post(s, "/v1/decisions", "application/json", body, "Authorization", auth);
        statuses.merge(String.valueOf(r.status()), 1, Integer::sum);
        if (r.status() != want) {
            failures.add(i + ": expected " + want + ", got " + r);
            return;
        }
        JsonNode answer = JSON.readTree(r.body());
        if (want == 200) {
            if (!caseId.equals(answer.get("caseId").asText()) || !expected.get(k).equals(answer.get("outcome"))) {
                failures.add(i + ": the answer is not for its request: " + r.body());
            }
        } else if (!"invalid-request".equals(answer.path("error").asText())) {
            failures.add(i + ": not the contract's error: " + r.body());
        }
    }
}
