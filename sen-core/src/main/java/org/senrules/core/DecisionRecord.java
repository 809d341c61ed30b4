package org.senrules.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.senrules.core.internal.Json;
import org.senrules.core.internal.RequestJson;

/**
 * A decision record, for reviewing a decision years later (a panel, a tribunal): the request as
 * the contract's JSON, the decision made, the fingerprints of the rule files and values it was
 * made with, and the council's files among them. {@link #replay(SenRules)} re-decides the request
 * with an engine's rules and values and says whether the decision is the same, or what differs.
 *
 * <p>A record is one JSON object, written with fields in a fixed order (the same decision always
 * gives the same bytes):
 * <pre>{@code
 * { "record": "senrules-decision-record/1",
 *   "ruleSet": "sspp-top-up", "ruleSetVersion": "1.0.0", "caseId": "P-0001", "asOf": "2026-01-15", "policy": "current",
 *   "rulesFingerprint": "sha256:…", "parametersFingerprint": "sha256:…", "rulesFrom": "package", "valuesFrom": "package",
 *   "councilFiles": [],
 *   "request": { "ruleSet": …, "asOf": …, "policy": …, "case": { … } },
 *   "decision": { … the contract's decision … } }
 * }</pre>
 * Several records are {@code {"records": [ … ]}}. The fields before {@code request} repeat what
 * the request and decision say, so that a record can be filed and found without reading the case.
 *
 * @since 1.2
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class DecisionRecord {
    /** The value of a record's {@code record} field: its format and version. */
    public static final String FORMAT = "senrules-decision-record/1";
    private static final List<String> HEADER = List.of("ruleSet", "ruleSetVersion", "caseId", "asOf", "policy", "rulesFingerprint",
            "parametersFingerprint", "rulesFrom", "valuesFrom");
    private static final Set<String> FIELDS;

    static {
        Set<String> f = new LinkedHashSet<>(List.of("record"));
        f.addAll(HEADER);
        f.addAll(List.of("councilFiles", "request", "decision"));
        FIELDS = Set.copyOf(f);
    }

    private final ObjectNode node;

    private DecisionRecord(ObjectNode node) {
        this.node = node;
    }

    /**
     * The record of one decision, as JSON text.
     *
     * @param engine   the engine that made the decision (it names the council's files)
     * @param request  the request decided
     * @param decision the decision the engine made for it
     * @throws IllegalArgumentException if the decision is not the request's (another case, rule set, date or policy)
     */
    public static String write(SenRules engine, Request request, Decision<?> decision) {
        return pretty(node(engine, request, decision));
    }

    /**
     * The records of a cohort's decisions, in order, as {@code {"records": [ … ]}}.
     *
     * @throws IllegalArgumentException if the lists differ in length, or a decision is not its request's
     */
    public static String write(SenRules engine, List<Request> requests, List<? extends Decision<?>> decisions) {
        if (requests.size() != decisions.size()) {
            throw new IllegalArgumentException(requests.size() + " requests but " + decisions.size() + " decisions");
        }
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode list = root.putArray("records");
        for (int i = 0; i < requests.size(); i++) {
            list.add(node(engine, requests.get(i), decisions.get(i)));
        }
        return pretty(root);
    }

    private static ObjectNode node(SenRules engine, Request request, Decision<?> d) {
        Objects.requireNonNull(engine, "engine");
        if (!request.ruleSet().equals(d.ruleSet()) || !request.asOf().equals(d.asOf()) || !request.policy().equals(d.policy())
                || !Objects.equals(request.caseData().caseId(), d.caseId())) {
            throw new IllegalArgumentException("the decision is not the request's: a record keeps a request with its own decision");
        }
        JsonNode decision;
        try {
            decision = Json.mapper().readTree(engine.json().write(d));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("record", FORMAT);
        for (String f : HEADER) {
            o.set(f, decision.get(f));
        }
        ArrayNode files = o.putArray("councilFiles");
        engine.origin(d.ruleSet()).councilFiles().forEach(files::add);
        o.set("request", RequestJson.tree(request));
        o.set("decision", decision);
        return o;
    }

    /**
     * Reads one record, or several ({@code {"records": [ … ]}}). The request in each is not read
     * as a case here: that is the replaying engine's work, with its own rule sets.
     *
     * @throws InvalidRequestException naming, by path, everything that is not a record's shape
     */
    public static List<DecisionRecord> read(String json) {
        Objects.requireNonNull(json, "json");
        JsonNode root;
        try {
            root = Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException(List.of(new Violation("", "not valid JSON"
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()))));
        }
        List<Violation> violations = new ArrayList<>();
        List<DecisionRecord> out = new ArrayList<>();
        if (root != null && root.isObject() && root.has("records")) {
            if (root.size() != 1 || !root.get("records").isArray() || root.get("records").isEmpty()) {
                violations.add(new Violation("records", "several records are {\"records\": [record, …]}, with at least one record and nothing else"));
            } else {
                for (int i = 0; i < root.get("records").size(); i++) {
                    check(root.get("records").get(i), "records[" + i + "].", violations, out);
                }
            }
        } else {
            check(root, "", violations, out);
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return List.copyOf(out);
    }

    private static void check(JsonNode r, String path, List<Violation> violations, List<DecisionRecord> out) {
        int before = violations.size();
        if (r == null || !r.isObject()) {
            violations.add(new Violation(path.isEmpty() ? "" : path.substring(0, path.length() - 1),
                    "a decision record is an object with \"record\": \"" + FORMAT + "\", \"request\" and \"decision\""));
            return;
        }
        if (!FORMAT.equals(r.path("record").textValue())) {
            violations.add(new Violation(path + "record", "must be \"" + FORMAT + "\" (the records ./sen decide --record writes)"));
        }
        for (Iterator<String> names = r.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                violations.add(new Violation(path + name, "unknown field; the fields of a record are " + fieldList()));
            }
        }
        for (String f : HEADER) {
            if (!r.path(f).isTextual()) {
                violations.add(new Violation(path + f, "is required, as text"));
            }
        }
        if (!r.path("request").isObject()) {
            violations.add(new Violation(path + "request", "is required: the request as the contract's JSON"));
        }
        JsonNode d = r.path("decision");
        if (!d.isObject()) {
            violations.add(new Violation(path + "decision", "is required: the decision as the contract's JSON"));
        } else {
            for (String f : HEADER) {
                if (r.path(f).isTextual() && !r.get(f).equals(d.get(f))) {
                    violations.add(new Violation(path + f, "differs from the decision's " + f + "; the record has been changed"));
                }
            }
        }
        if (violations.size() == before) {
            out.add(new DecisionRecord((ObjectNode) r));
        }
    }

    private static String fieldList() {
        List<String> names = new ArrayList<>(List.of("record"));
        names.addAll(HEADER);
        names.addAll(List.of("councilFiles", "request", "decision"));
        return names.toString();
    }

    /** The rule set the decision was made by. */
    public String ruleSet() {
        return node.get("ruleSet").textValue();
    }

    /** The rule set's version then. */
    public String ruleSetVersion() {
        return node.get("ruleSetVersion").textValue();
    }

    /** The case's id. */
    public String caseId() {
        return node.get("caseId").textValue();
    }

    /** The day whose values the decision used, as the record writes it ({@code yyyy-MM-dd}). */
    public String asOf() {
        return node.get("asOf").textValue();
    }

    /** The fingerprint of the rule files the decision was made with. */
    public String rulesFingerprint() {
        return node.get("rulesFingerprint").textValue();
    }

    /** The fingerprint of the values in force for the decision. */
    public String parametersFingerprint() {
        return node.get("parametersFingerprint").textValue();
    }

    /** The record as JSON text, as it was read (fields in the written order). */
    @Override
    public String toString() {
        return pretty(node);
    }

    /**
     * Re-decides the recorded request with {@code engine}'s rules and values and compares the
     * decision with the recorded one: outcome field by field, reasons rule by rule, each value
     * used (its value, dates and whether it is illustrative; not where the file was, so that the
     * same values from an archive compare equal), the warnings and the fingerprints. A request the
     * engine now refuses is one difference, {@code request}, with the engine's reasons.
     */
    public Replay replay(SenRules engine) {
        Objects.requireNonNull(engine, "engine");
        List<Replay.Difference> diffs = new ArrayList<>();
        JsonNode now;
        try {
            List<Request> requests = engine.json().read(compact(node.get("request")));
            if (requests.size() != 1) {
                throw new InvalidRequestException(List.of(new Violation("request", "a record holds one request, not a cohort")));
            }
            now = Json.mapper().readTree(engine.json().write(engine.decide(requests.get(0))));
        } catch (InvalidRequestException e) {
            diffs.add(new Replay.Difference("request", "decided", "refused: " + String.join("; ",
                    e.violations().stream().map(v -> v.path() + " " + v.message()).toList())));
            return new Replay(caseId(), ruleSet(), false, diffs);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        compare(node.get("decision"), now, diffs);
        return new Replay(caseId(), ruleSet(), diffs.isEmpty(), diffs);
    }

    private static void compare(JsonNode then, JsonNode now, List<Replay.Difference> diffs) {
        for (String f : List.of("ruleSet", "ruleSetVersion", "caseId", "asOf", "policy")) {
            scalar(f, then.get(f), now.get(f), diffs);
        }
        tree("outcome", then.get("outcome"), now.get("outcome"), diffs);
        reasons(then.path("reasons"), now.path("reasons"), diffs);
        parameters(then.path("parameters"), now.path("parameters"), diffs);
        scalar("illustrative", then.get("illustrative"), now.get("illustrative"), diffs);
        Set<String> before = texts(then.path("warnings"));
        Set<String> after = texts(now.path("warnings"));
        for (String w : before) {
            if (!after.contains(w)) {
                diffs.add(new Replay.Difference("warning", quote(w), null));
            }
        }
        for (String w : after) {
            if (!before.contains(w)) {
                diffs.add(new Replay.Difference("warning", null, quote(w)));
            }
        }
        scalar("parametersFingerprint", then.get("parametersFingerprint"), now.get("parametersFingerprint"), diffs);
        scalar("rulesFingerprint", then.get("rulesFingerprint"), now.get("rulesFingerprint"), diffs);
    }

    private static Set<String> texts(JsonNode list) {
        Set<String> out = new LinkedHashSet<>();
        list.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static void scalar(String path, JsonNode then, JsonNode now, List<Replay.Difference> diffs) {
        if (!Objects.equals(then, now)) {
            diffs.add(new Replay.Difference(path, show(then), show(now)));
        }
    }

    /** Field by field: objects by name, lists by index, anything else as a value. */
    private static void tree(String path, JsonNode then, JsonNode now, List<Replay.Difference> diffs) {
        if (then != null && now != null && then.isObject() && now.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            then.fieldNames().forEachRemaining(names::add);
            now.fieldNames().forEachRemaining(names::add);
            for (String n : names) {
                tree(path + "." + n, then.get(n), now.get(n), diffs);
            }
        } else if (then != null && now != null && then.isArray() && now.isArray()) {
            for (int i = 0; i < Math.max(then.size(), now.size()); i++) {
                tree(path + "[" + i + "]", then.get(i), now.get(i), diffs);
            }
        } else {
            scalar(path, then, now, diffs);
        }
    }

    /** Rule by rule: a rule that gave a reason then and not now, or now and not then, or another text or source. */
    private static void reasons(JsonNode then, JsonNode now, List<Replay.Difference> diffs) {
        Map<String, JsonNode> before = byKey(then, "rule");
        Map<String, JsonNode> after = byKey(now, "rule");
        for (Map.Entry<String, JsonNode> e : before.entrySet()) {
            JsonNode n = after.get(e.getKey());
            String where = "rule " + e.getKey();
            if (n == null) {
                diffs.add(new Replay.Difference(where, "gave the reason " + quote(e.getValue().path("text").asText()), "gives no reason"));
            } else {
                for (String f : List.of("text", "source")) {
                    if (!e.getValue().path(f).equals(n.path(f))) {
                        diffs.add(new Replay.Difference(where + " " + f, quote(e.getValue().path(f).asText()), quote(n.path(f).asText())));
                    }
                }
            }
        }
        for (Map.Entry<String, JsonNode> e : after.entrySet()) {
            if (!before.containsKey(e.getKey())) {
                diffs.add(new Replay.Difference("rule " + e.getKey(), "gave no reason", "gives the reason "
                        + quote(e.getValue().path("text").asText())));
            }
        }
        List<String> orderThen = new ArrayList<>(before.keySet());
        List<String> orderNow = new ArrayList<>(after.keySet());
        orderThen.retainAll(after.keySet());
        orderNow.retainAll(before.keySet());
        if (!orderThen.equals(orderNow)) {
            diffs.add(new Replay.Difference("reasons (order)", String.join(", ", orderThen), String.join(", ", orderNow)));
        }
    }

    /** Value by value: what each value used was; where its file was kept is not compared. */
    private static void parameters(JsonNode then, JsonNode now, List<Replay.Difference> diffs) {
        Map<String, JsonNode> before = byKey(then, "name");
        Map<String, JsonNode> after = byKey(now, "name");
        for (Map.Entry<String, JsonNode> e : before.entrySet()) {
            JsonNode n = after.get(e.getKey());
            String where = "parameter " + e.getKey();
            if (n == null) {
                diffs.add(new Replay.Difference(where, "used (" + show(e.getValue().get("value")) + ")", "not used"));
                continue;
            }
            for (String f : List.of("value", "effectiveFrom", "until", "illustrative")) {
                if (!Objects.equals(e.getValue().get(f), n.get(f))) {
                    diffs.add(new Replay.Difference(where + " " + f, show(e.getValue().get(f)), show(n.get(f))));
                }
            }
        }
        for (Map.Entry<String, JsonNode> e : after.entrySet()) {
            if (!before.containsKey(e.getKey())) {
                diffs.add(new Replay.Difference("parameter " + e.getKey(), "not used", "used (" + show(e.getValue().get("value")) + ")"));
            }
        }
    }

    private static Map<String, JsonNode> byKey(JsonNode list, String key) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (JsonNode n : list) {
            out.putIfAbsent(n.path(key).asText(), n);
        }
        return out;
    }

    private static String show(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return null;
        }
        return n.isTextual() ? quote(n.textValue()) : compact(n);
    }

    private static String pretty(JsonNode n) {
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String compact(JsonNode n) {
        try {
            return Json.mapper().writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String quote(String s) {
        return "\"" + s + "\"";
    }
}
