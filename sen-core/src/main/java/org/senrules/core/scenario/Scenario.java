package org.senrules.core.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.senrules.core.ApiStatus;
import org.senrules.core.internal.Json;

/**
 * One rule author's scenario: a request and what its decision must show.
 *
 * <pre>{@code
 * { "name": "no consent, not considered",
 *   "request": { "ruleSet": "sspp-top-up", "asOf": "2026-01-15", "case": { ... } },
 *   "expect": { "considered": false, "reasons": ["parental-consent-required"] } }
 * }</pre>
 *
 * <p>{@code expect} holds outcome fields to match (objects match on the fields given, lists
 * item by item), and optionally {@code "reasons"} (rule ids that must have fired),
 * {@code "notReasons"} (rule ids that must not have fired), {@code "sources"} (an object from rule
 * id to text that rule's {@code @source} must contain), {@code "warnings"} (texts that some warning
 * must contain), {@code "illustrative"}, or
 * {@code "error": "invalid-request"} with {@code "violations"} (paths that must be reported)
 * for a request that must be refused.
 *
 * <p>The request and the expectations are held as JSON text, so a caller needs no JSON library
 * to build or read a scenario.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class Scenario {
    private final String name;
    private final String file;
    private final String request;
    private final String expect;
    private final JsonNode requestTree;
    private final JsonNode expectTree;

    /**
     * A scenario from its parts.
     *
     * @param name    the scenario's name
     * @param file    the file it came from (or a label, for a scenario made in code)
     * @param request the request, as a JSON object
     * @param expect  the expectations, as a JSON object
     * @throws IllegalArgumentException if {@code request} or {@code expect} is not a JSON object
     */
    public Scenario(String name, String file, String request, String expect) {
        this(name, file, object(file, "request", request), object(file, "expect", expect));
    }

    Scenario(String name, String file, JsonNode request, JsonNode expect) {
        this.name = Objects.requireNonNull(name, "name");
        this.file = Objects.requireNonNull(file, "file");
        this.requestTree = request;
        this.expectTree = expect;
        this.request = request.toString();
        this.expect = expect.toString();
    }

    private static JsonNode object(String file, String what, String json) {
        Objects.requireNonNull(json, what);
        try {
            JsonNode tree = Json.mapper().readTree(json);
            if (tree == null || !tree.isObject()) {
                throw new IllegalArgumentException(file + ": a scenario's \"" + what + "\" is a JSON object");
            }
            return tree;
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": a scenario's \"" + what + "\" is not valid JSON: " + e.getMessage(), e);
        }
    }

    /** The scenario's name. */
    public String name() {
        return name;
    }

    /** The file it came from, relative to the scenario folder. */
    public String file() {
        return file;
    }

    /** The request, as JSON text (one request in the contract's shape, or a cohort). */
    public String request() {
        return request;
    }

    /** The expectations, as JSON text. */
    public String expect() {
        return expect;
    }

    /** The rule set the request names, or {@code ""} when it names none. */
    public String ruleSet() {
        return requestTree.path("ruleSet").asText("");
    }

    /** The policy the request names; {@code current} when it names none. */
    public String policy() {
        return requestTree.path("policy").asText("current");
    }

    /** Whether the request is a cohort ({@code "cases"}) rather than one case. */
    public boolean isCohort() {
        return requestTree.has("cases");
    }

    /** Whether the scenario expects the request to be refused ({@code "error"}) rather than decided. */
    public boolean expectsRefusal() {
        return expectTree.has("error");
    }

    /** The rule ids that must fire ({@code "reasons"}), in the order written. */
    public List<String> expectedReasons() {
        return texts(expectTree.path("reasons"));
    }

    /** The rule ids that must not fire ({@code "notReasons"}), in the order written. */
    public List<String> expectedNotReasons() {
        return texts(expectTree.path("notReasons"));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode item : array) {
            out.add(item.asText());
        }
        return List.copyOf(out);
    }

    JsonNode requestTree() {
        return requestTree;
    }

    JsonNode expectTree() {
        return expectTree;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Scenario s && name.equals(s.name) && file.equals(s.file) && request.equals(s.request)
                && expect.equals(s.expect);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, file, request, expect);
    }

    @Override
    public String toString() {
        return name;
    }
}
