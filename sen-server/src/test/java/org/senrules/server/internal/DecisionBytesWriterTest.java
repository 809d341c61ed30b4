package org.senrules.server.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.senrules.core.Decision;
import org.senrules.core.InvalidRequestException;
import org.senrules.core.PolicyVariant;
import org.senrules.core.Request;
import org.senrules.core.RuleSetInfo;
import org.senrules.core.SenRules;

/**
 * The service's byte writer of decisions gives exactly the engine's bytes ({@code DecisionJson}
 * encoded as UTF-8), pretty, as a cohort and compact, for every worked example of every shipped
 * rule set under every one of its policies, and for text that needs escaping or is not valid
 * UTF-16 (which the writer hands to the engine's).
 */
class DecisionBytesWriterTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static SenRules engine;

    @BeforeAll
    static void build() {
        engine = SenRules.builder().build();
    }

    @Test
    void everyExampleUnderEveryPolicy_isTheEnginesBytes() throws Exception {
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
                same(d);
                all.add(d);
            }
        }
        assertTrue(all.size() >= 30, "decisions compared: " + all.size());
        assertArrayEquals(engine.json().write(all).getBytes(StandardCharsets.UTF_8), DecisionBytes.pretty(engine, all));
    }

    @Test
    void textThatNeedsEscaping_andTextThatIsNotUtf16_isTheEnginesBytes() throws Exception {
        String example = Files.readString(root().resolve("examples/data/sspp-top-up/eligible-mainstream.json"));
        for (String id : List.of("Zoë \"Q\" \\ / \t\u0001\u001f \u2028 £ 😀", "half a pair \ud800 here", "\udc00")) {
            ObjectNode request = (ObjectNode) JSON.readTree(example);
            ((ObjectNode) request.get("case")).put("caseId", id);
            Request r;
            try {
                r = engine.json().read(request.toString()).get(0);
            } catch (InvalidRequestException e) {
                continue; // a case id the engine refuses is never written
            }
            same(engine.decide(r));
        }
    }

    private static void same(Decision<?> d) {
        assertArrayEquals(engine.json().write(d).getBytes(StandardCharsets.UTF_8), DecisionBytes.pretty(engine, d), d::caseId);
        DecisionBytes.Buffer line = new DecisionBytes.Buffer();
        line.write('x');
        DecisionBytes.compactLine(engine, d, line);
        assertArrayEquals(("x" + engine.json().writeCompact(d) + "\n").getBytes(StandardCharsets.UTF_8), line.toByteArray(),
                d::caseId);
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
