package org.senrules.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.senrules.core.Decision;
import org.senrules.core.Request;
import org.senrules.core.SenRules;

/**
 * The service's decisions are the engine's bytes, as {@code ./sen decide} prints them: a single
 * request and a cohort (large enough to be decided in parallel) are the engine's JSON exactly,
 * and a stream of more lines than one batch, with bad lines among them, answers every line in
 * the input's order with the engine's compact JSON or the line's error.
 */
class DecisionBytesTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static DecisionService s;
    static SenRules engine;

    @BeforeAll
    static void start() throws Exception {
        s = DecisionService.builder().port(0).build().start();
        engine = SenRules.builder().build();
        assertTrue(s.awaitReady(Duration.ofMinutes(5)));
    }

    @AfterAll
    static void stop() {
        if (s != null) {
            s.close();
        }
    }

    @Test
    void singleRequest_isTheEnginesJson_byteForByte() throws Exception {
        String request = Http.example(DecisionServiceTest.SSPP);
        Http.Response r = Http.post(s, "/v1/decisions", "application/json", request);
        assertEquals(200, r.status(), r::toString);
        assertEquals(engine.json().write(engine.decide(engine.json().read(request).get(0))), r.body());
        assertEquals(Integer.toString(r.raw().body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length),
                r.header("Content-Length"), "sent whole, with its length");
    }

    @Test
    void cohortDecidedInParallel_isTheEnginesJson_byteForByte() throws Exception {
        ObjectNode cohort = (ObjectNode) JSON.readTree(Http.example(DecisionServiceTest.SSPP));
        JsonNode one = cohort.remove("case");
        ArrayNode cases = cohort.putArray("cases");
        for (int i = 0; i < 150; i++) {
            ObjectNode c = one.deepCopy();
            c.put("caseId", "C-" + i).put("requestedSupportUnits", 1 + i % 9).put("parentalConsent", i % 7 != 0);
            cases.add(c);
        }
        String body = cohort.toString();
        Http.Response r = Http.post(s, "/v1/decisions", "application/json", body);
        assertEquals(200, r.status(), r::toString);
        assertEquals(engine.json().write(engine.decideAll(engine.json().read(body))), r.body());
    }

    @Test
    void streamOfMoreThanABatch_answersEveryLineInOrder_withTheEnginesCompactJson() throws Exception {
        ObjectNode good = (ObjectNode) JSON.readTree(Http.example(DecisionServiceTest.SSPP));
        StringBuilder body = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 600; i++) {
            ObjectNode line = good.deepCopy();
            ((ObjectNode) line.get("case")).put("caseId", "S-" + i).put("requestedSupportUnits", i % 50 == 0 ? -1 : 1 + i % 9);
            String text = i % 97 == 0 ? "{not json" : line.toString();
            body.append(text).append('\n');
            if (i % 97 == 0 || i % 50 == 0) {
                expected.add("line " + i);
            } else {
                Request request = engine.json().read(text).get(0);
                Decision<?> d = engine.decide(request);
                expected.add(engine.json().writeCompact(d));
            }
        }
        Http.Response r = Http.post(s, "/v1/decisions", "application/x-ndjson", body.toString());
        assertEquals(200, r.status(), r::toString);
        String[] lines = r.body().split("\n");
        assertEquals(expected.size(), lines.length);
        for (int i = 0; i < lines.length; i++) {
            if (expected.get(i).startsWith("line ")) {
                JsonNode e = JSON.readTree(lines[i]);
                assertEquals("invalid-request", e.get("error").asText(), lines[i]);
                assertEquals(expected.get(i), "line " + e.get("line").asInt(), lines[i]);
            } else {
                assertEquals(expected.get(i), lines[i], "line " + (i + 1));
            }
        }
    }
}
