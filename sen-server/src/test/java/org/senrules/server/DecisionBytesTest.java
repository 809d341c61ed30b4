package org.senrules.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.senrules.core.Decision;
import org.senrules.core.InvalidRequestException;
import org.senrules.core.PolicyVariant;
import org.senrules.core.Request;
import org.senrules.core.RuleSetInfo;
import org.senrules.core.SenRules;

/**
 * The service's decisions are the engine's bytes, as {@code ./sen decide} prints them: a single
 * request and a cohort (large enough to be decided in parallel) are the engine's JSON exactly,
 * and a stream of more lines than one batch, with bad lines among them, answers every line in
 * the input's order with the engine's compact JSON or the line's error. The engine's byte writer
 * (which the service uses) is its text's UTF-8, pretty, compact and as a cohort, for every worked
 * example of every shipped rule set under every one of its policies (here, where all the shipped
 * rule sets are on the class path; sen-core's {@code DecisionJsonBytesTest} covers escaping and
 * every kind of outcome value).
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
    void everyExampleUnderEveryPolicy_theEnginesBytesAreItsText() throws Exception {
        List<Decision<?>> all = new ArrayList<>();
        for (Request r : exampleRequests()) {
            RuleSetInfo info = engine.ruleSets().stream().filter(i -> i.id().equals(r.ruleSet())).findFirst().orElseThrow();
            for (PolicyVariant p : info.policies()) {
                Decision<?> d;
                try {
                    d = engine.decide(r.withPolicy(p.name()));
                } catch (InvalidRequestException e) {
                    continue; // a policy whose values are not in force on the example's date
                }
                assertArrayEquals(engine.json().write(d).getBytes(StandardCharsets.UTF_8), bytes(o -> engine.json().write(d, o)),
                        d::caseId);
                assertArrayEquals(engine.json().writeCompact(d).getBytes(StandardCharsets.UTF_8),
                        bytes(o -> engine.json().writeCompact(d, o)), d::caseId);
                all.add(d);
            }
        }
        assertTrue(all.size() >= 30, "decisions compared: " + all.size());
        assertTrue(all.stream().map(Decision::ruleSet).distinct().count() >= 8, "rule sets compared");
        assertArrayEquals(engine.json().write(all).getBytes(StandardCharsets.UTF_8), bytes(o -> engine.json().write(all, o)));
    }

    @Test
    void singleRequest_isTheEnginesJson_byteForByte() throws Exception {
        String request = Http.example(DecisionServiceTest.SSPP);
        Http.Response r = Http.post(s, "/v1/decisions", "application/json", request);
        assertEquals(200, r.status(), r::toString);
        assertEquals(engine.json().write(engine.decide(engine.json().read(request).get(0))), r.body());
        assertEquals(Integer.toString(r.raw().body().getBytes(StandardCharsets.UTF_8).length),
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

    /** Writes to a stream. */
    interface Writing {
        void to(ByteArrayOutputStream out) throws IOException;
    }

    private static byte[] bytes(Writing w) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        w.to(out);
        return out.toByteArray();
    }

    private static List<Request> exampleRequests() throws Exception {
        List<Request> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root().resolve("examples/data"))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".json")).sorted()::iterator) {
                try {
                    out.addAll(engine.json().read(Files.readString(f)));
                } catch (InvalidRequestException e) {
                    // a rule set of another council's pack (examples/another-council-pack), not loaded here
                }
            }
        }
        return out;
    }

    private static Path root() {
        return Path.of(System.getProperty("sen.projectRoot", ".."));
    }
}
