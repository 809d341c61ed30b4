package org.senrules.core.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.senrules.core.ApiStatus;
import org.senrules.core.Decision;
import org.senrules.core.InvalidRequestException;
import org.senrules.core.Reason;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.core.Violation;
import org.senrules.core.internal.Json;

/**
 * Loads and runs rule authors' scenario files. From JUnit, turn each scenario into a dynamic
 * test:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> scenarios() {
 *     return Scenarios.load(Path.of("src/test/scenarios")).stream()
 *             .map(s -> DynamicTest.dynamicTest(s.name(), () -> Scenarios.run(engine, s).assertPassed()));
 * }
 * }</pre>
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class Scenarios {
    private static final Set<String> RESERVED = Set.of("reasons", "notReasons", "sources", "warnings", "illustrative", "error", "violations");

    private Scenarios() {
    }

    /**
     * Every scenario in the {@code .json} files under {@code folder}, in file-name order. A file
     * holds one scenario object or a list of them.
     *
     * @throws IllegalArgumentException naming the file, if a file is not a valid scenario file
     */
    public static List<Scenario> load(Path folder) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> p.toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read scenario folder " + folder, e);
        }
        List<Scenario> out = new ArrayList<>();
        for (Path file : files) {
            JsonNode root;
            try {
                root = Json.mapper().readTree(org.senrules.core.internal.DocumentInput.readFile(file));
            } catch (org.senrules.core.internal.DocumentInput.Refused e) {
                throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
            } catch (IOException e) {
                throw new IllegalArgumentException(file + ": not valid JSON: " + e.getMessage(), e);
            }
            List<JsonNode> items = new ArrayList<>();
            if (root.isArray()) {
                root.forEach(items::add);
            } else {
                items.add(root);
            }
            for (JsonNode s : items) {
                if (!s.path("name").isTextual() || !s.path("request").isObject() || !s.path("expect").isObject()) {
                    throw new IllegalArgumentException(file + ": a scenario is {\"name\", \"request\", \"expect\"}");
                }
                out.add(new Scenario(s.get("name").textValue(), folder.relativize(file).toString(), s.get("request"),
                        s.get("expect")));
            }
        }
        return out;
    }

    /** Runs one scenario. */
    public static ScenarioResult run(SenRules engine, Scenario scenario) {
        JsonNode expect = scenario.expectTree();
        List<String> differences = new ArrayList<>();
        List<Request> requests;
        try {
            requests = engine.json().read(scenario.request());
            if (requests.size() != 1) {
                throw new IllegalArgumentException(scenario.file() + ": a scenario request has one case");
            }
        } catch (InvalidRequestException e) {
            return rejected(scenario, e, differences);
        }
        Decision<?> decision;
        try {
            decision = engine.decide(requests.get(0));
        } catch (InvalidRequestException e) {
            return rejected(scenario, e, differences);
        }
        String actualJson = engine.json().write(decision);
        JsonNode actual;
        try {
            actual = Json.mapper().readTree(actualJson);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> fired = decision.reasons().stream().map(Reason::rule).distinct().toList();
        if (expect.has("error")) {
            differences.add("error: expected " + expect.get("error") + ", actual a decision");
        }
        for (Map.Entry<String, JsonNode> e : expect.properties()) {
            if (!RESERVED.contains(e.getKey())) {
                compare("outcome." + e.getKey(), e.getValue(), actual.path("outcome").get(e.getKey()), differences);
            }
        }
        for (JsonNode r : expect.path("reasons")) {
            if (!fired.contains(r.asText())) {
                differences.add("reasons: expected rule " + r.asText() + " to fire, it did not");
            }
        }
        for (JsonNode r : expect.path("notReasons")) {
            if (fired.contains(r.asText())) {
                differences.add("reasons: expected rule " + r.asText() + " not to fire, it did");
            }
        }
        // "sources": { rule id: text its @source must contain }, so a scenario can pin what a reason cites
        for (Map.Entry<String, JsonNode> e : expect.path("sources").properties()) {
            List<String> cited = decision.reasons().stream().filter(r -> r.rule().equals(e.getKey())).map(Reason::source).toList();
            if (cited.isEmpty()) {
                differences.add("sources: expected rule " + e.getKey() + " to fire, it did not");
            } else if (cited.stream().noneMatch(c -> c != null && c.contains(e.getValue().asText()))) {
                differences.add("sources: expected the source of " + e.getKey() + " to contain " + e.getValue() + ", actual " + cited.get(0));
            }
        }
        // "warnings": texts each of which some warning of the decision must contain
        for (JsonNode w : expect.path("warnings")) {
            if (decision.warnings().stream().noneMatch(x -> x.contains(w.asText()))) {
                differences.add("warnings: expected one containing " + w + ", actual " + decision.warnings());
            }
        }
        if (expect.has("illustrative")) {
            compare("illustrative", expect.get("illustrative"), actual.get("illustrative"), differences);
        }
        return new ScenarioResult(scenario, differences, fired, actualJson);
    }

    private static ScenarioResult rejected(Scenario scenario, InvalidRequestException e, List<String> differences) {
        JsonNode expect = scenario.expectTree();
        List<String> paths = e.violations().stream().map(Violation::path).toList();
        if (!"invalid-request".equals(expect.path("error").asText())) {
            for (Violation v : e.violations()) {
                differences.add("expected a decision, the request was refused: " + v.path() + ": " + v.message());
            }
        } else {
            for (JsonNode p : expect.path("violations")) {
                if (!paths.contains(p.asText())) {
                    differences.add("violations: expected one at " + p.asText() + ", actual " + paths);
                }
            }
        }
        return new ScenarioResult(scenario, differences, List.of(), e.getMessage());
    }

    /** Expected values match when equal; objects on the fields given; lists item by item. */
    private static void compare(String path, JsonNode expected, JsonNode actual, List<String> differences) {
        if (expected.isNull()) {
            if (actual != null && !actual.isNull()) {
                differences.add(path + ": expected null, actual " + actual);
            }
            return;
        }
        if (actual == null || actual.isNull()) {
            differences.add(path + ": expected " + expected + ", actual " + (actual == null ? "nothing" : "null"));
            return;
        }
        if (expected.isObject()) {
            for (Map.Entry<String, JsonNode> e : expected.properties()) {
                compare(path + "." + e.getKey(), e.getValue(), actual.get(e.getKey()), differences);
            }
        } else if (expected.isArray()) {
            if (!actual.isArray() || actual.size() != expected.size()) {
                differences.add(path + ": expected " + expected + ", actual " + actual);
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                compare(path + "[" + i + "]", expected.get(i), actual.get(i), differences);
            }
        } else if (expected.isNumber() && actual.isNumber()) {
            if (new BigDecimal(expected.asText()).compareTo(new BigDecimal(actual.asText())) != 0) {
                differences.add(path + ": expected " + expected + ", actual " + actual);
            }
        } else if (!expected.equals(actual)) {
            differences.add(path + ": expected " + expected + ", actual " + actual);
        }
    }
}
