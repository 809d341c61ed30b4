package org.senrules.core.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.senrules.core.ApiStatus;
import org.senrules.core.InvalidRequestException;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.core.internal.Json;

/**
 * Mutates valid requests into inputs whose validity is known, and checks that the engine
 * decides every valid one and refuses every invalid one with an {@code invalid-request} error,
 * never an exception. Rule-set authors use it to check that their case type refuses bad input:
 *
 * <pre>{@code
 * RequestFuzzer.Report r = RequestFuzzer.run(engine, List.of(validRequestJson), seed, 2_000);
 * assertTrue(r.failures().isEmpty(), r.failures().toString());
 * }</pre>
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class RequestFuzzer {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** Writes mutants without the engine's limits, so that over-deep inputs can be made at all. */
    private static final com.fasterxml.jackson.databind.ObjectMapper WRITER = new com.fasterxml.jackson.databind.ObjectMapper();

    private RequestFuzzer() {
    }

    /**
     * One mutated input.
     *
     * @param kind  what was done, such as {@code "wrong type at case.setting"}
     * @param bytes the input, UTF-8 (or deliberately not)
     * @param valid whether the engine must decide it (true) or refuse it (false)
     */
    public record Mutant(String kind, byte[] bytes, boolean valid) {
    }

    /**
     * What a fuzzing run found.
     *
     * @param inputs   how many inputs were tried
     * @param decided  how many were decided
     * @param refused  how many were refused as invalid requests
     * @param failures each input the engine got wrong: a decision for invalid input, a refusal of
     *                 valid input, or an exception
     */
    public record Report(int inputs, int decided, int refused, List<String> failures) {
    }

    /**
     * Tries {@code count} mutants of the requests in a scenario folder whose expectation is a
     * decision (not an error): a rule author's scenarios double as fuzzing seeds.
     */
    public static Report run(SenRules engine, java.nio.file.Path scenarioFolder, long seed, int count) {
        List<String> valid = new ArrayList<>();
        for (Scenario s : Scenarios.load(scenarioFolder)) {
            if (!s.expect().has("error") && !s.request().has("cases")) {
                valid.add(s.request().toString());
            }
        }
        if (valid.isEmpty()) {
            throw new IllegalArgumentException("no scenario in " + scenarioFolder + " expects a decision");
        }
        return run(engine, valid, seed, count);
    }

    /**
     * Fuzzes every scenario folder under {@code scenariosRoot} named after a rule set the engine
     * has loaded ({@code src/test/scenarios/sspp-top-up/...}), {@code perFolder} mutants each, and
     * adds up the reports; folders of test-only rule sets are skipped.
     */
    public static Report runLoadedRuleSets(SenRules engine, java.nio.file.Path scenariosRoot, long seed, int perFolder) {
        List<String> loaded = engine.ruleSets().stream().map(org.senrules.core.RuleSetInfo::id).toList();
        int inputs = 0;
        int decided = 0;
        int refused = 0;
        List<String> failures = new ArrayList<>();
        for (String id : loaded) {
            java.nio.file.Path folder = scenariosRoot.resolve(id);
            if (java.nio.file.Files.isDirectory(folder)) {
                Report r = run(engine, folder, seed, perFolder);
                inputs += r.inputs();
                decided += r.decided();
                refused += r.refused();
                r.failures().forEach(f -> failures.add(id + ": " + f));
            }
        }
        return new Report(inputs, decided, refused, failures);
    }

    /** Tries {@code count} mutants of the given valid requests against {@code engine}. */
    public static Report run(SenRules engine, List<String> validRequests, long seed, int count) {
        Random random = new Random(seed);
        int decided = 0;
        int refused = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String base = validRequests.get(random.nextInt(validRequests.size()));
            Mutant m = mutate(base, random);
            boolean wasDecided;
            try {
                List<Request> requests = engine.json().read(new ByteArrayInputStream(m.bytes()));
                engine.decideAll(requests).forEach(d -> engine.json().writeCompact(d));
                wasDecided = true;
            } catch (InvalidRequestException e) {
                wasDecided = false;
            } catch (RuntimeException e) {
                failures.add(m.kind() + ": " + e);
                continue;
            }
            if (wasDecided) {
                decided++;
            } else {
                refused++;
            }
            if (wasDecided != m.valid()) {
                failures.add(m.kind() + ": " + (wasDecided ? "decided, but the input is invalid" : "refused, but the input is valid")
                        + ": " + preview(m.bytes()));
            }
        }
        return new Report(count, decided, refused, failures);
    }

    /** One random mutant of a valid request. */
    public static Mutant mutate(String validRequest, Random random) {
        ObjectNode root;
        try {
            root = (ObjectNode) Json.mapper().readTree(validRequest);
        } catch (IOException | ClassCastException e) {
            throw new IllegalArgumentException("not a valid request object: " + e.getMessage(), e);
        }
        List<String> paths = new ArrayList<>();
        collect(root, "", paths);
        String path = paths.get(random.nextInt(paths.size()));
        switch (random.nextInt(12)) {
            case 0:
                return invalid("unknown field under " + label(path), edit(root, path, (parent, key) -> {
                    JsonNode target = get(parent, key);
                    if (target instanceof ObjectNode) {
                        ((ObjectNode) target).put("unexpected" + random.nextInt(100), "x");
                    } else {
                        addToParent(parent, "surname", F.textNode("Smith"));
                    }
                }));
            case 1: {
                String top = List.of("ruleSet", "asOf", root.has("cases") ? "cases" : "case").get(random.nextInt(3));
                ObjectNode copy = root.deepCopy();
                copy.remove(top);
                return invalid("required field " + top + " dropped", bytes(copy));
            }
            case 2: {
                String text = root.toString();
                int at = text.indexOf("\"caseId\"");
                if (at < 0) {
                    at = text.indexOf("\"asOf\"");
                }
                int end = text.indexOf(',', at);
                String dup = text.substring(at, end + 1);
                return invalid("duplicated field", (text.substring(0, at) + dup + text.substring(at)).getBytes(StandardCharsets.UTF_8));
            }
            case 3:
                return invalid("wrong type at " + label(path), edit(root, path, (parent, key) -> set(parent, key, wrongType(get(parent, key), random))));
            case 4:
                return wholeNumberMutant(root, paths, random);
            case 5: {
                JsonNode v = root.deepCopy();
                String textPath = pick(v, paths, JsonNode::isTextual, random);
                if (textPath == null) {
                    return truncated(root, random);
                }
                boolean empty = random.nextBoolean();
                return invalid((empty ? "empty" : "huge") + " string at " + label(textPath), edit((ObjectNode) v, textPath,
                        (parent, key) -> set(parent, key, F.textNode(empty ? "" : "x".repeat(100_001)))));
            }
            case 6: {
                JsonNode nested = F.textNode("deep");
                for (int i = 0; i < 80 + random.nextInt(100); i++) {
                    ArrayNode a = F.arrayNode();
                    a.add(nested);
                    nested = a;
                }
                JsonNode deep = nested;
                return invalid("deep nesting at " + label(path), edit(root, path, (parent, key) -> set(parent, key, deep)));
            }
            case 7: {
                ObjectNode copy = root.deepCopy();
                String bad = List.of("2026-02-30", "2026-13-01", "15/01/2026", "2026-1-5", "20260115", "2025-02-29").get(random.nextInt(6));
                copy.put("asOf", bad);
                return invalid("invalid date " + bad, bytes(copy));
            }
            case 8: {
                byte[] text = root.toString().getBytes(StandardCharsets.UTF_8);
                int quote = indexOf(text, (byte) '"', random.nextInt(Math.max(1, text.length / 2)));
                byte[] out = new byte[text.length + 2];
                System.arraycopy(text, 0, out, 0, quote + 1);
                out[quote + 1] = (byte) 0xC3;
                out[quote + 2] = (byte) 0x28;
                System.arraycopy(text, quote + 1, out, quote + 3, text.length - quote - 1);
                return invalid("invalid UTF-8", out);
            }
            case 9:
                return truncated(root, random);
            case 10:
                return new Mutant("fields reordered and reformatted", reorder(root, random), true);
            default:
                return new Mutant("unchanged, pretty-printed", root.toPrettyString().getBytes(StandardCharsets.UTF_8), true);
        }
    }

    private static Mutant wholeNumberMutant(ObjectNode root, List<String> paths, Random random) {
        ObjectNode copy = root.deepCopy();
        String numberPath = pick(copy, paths, JsonNode::isIntegralNumber, random);
        if (numberPath == null) {
            return truncated(root, random);
        }
        JsonNode bad = List.of(F.numberNode(1L << 40), F.numberNode(new java.math.BigDecimal("1.5")),
                F.numberNode(new java.math.BigInteger("1" + "0".repeat(39))), F.numberNode(-1_000_000)).get(random.nextInt(4));
        return invalid("out-of-range number " + bad + " at " + label(numberPath), edit(copy, numberPath, (p, k) -> set(p, k, bad)));
    }

    private static Mutant truncated(ObjectNode root, Random random) {
        byte[] text = root.toString().getBytes(StandardCharsets.UTF_8);
        int cut = random.nextInt(text.length - 1);
        byte[] out = new byte[cut];
        System.arraycopy(text, 0, out, 0, cut);
        return invalid("truncated at byte " + cut, out);
    }

    private static Mutant invalid(String kind, byte[] bytes) {
        return new Mutant(kind, bytes, false);
    }

    private static JsonNode wrongType(JsonNode value, Random random) {
        List<JsonNode> options = new ArrayList<>();
        if (!value.isTextual()) {
            options.add(F.textNode("7"));
        }
        if (!value.isNumber()) {
            options.add(F.numberNode(7));
        }
        if (!value.isBoolean()) {
            options.add(F.booleanNode(true));
        }
        if (!value.isArray()) {
            options.add(F.arrayNode().add("x"));
        }
        if (!value.isObject()) {
            options.add(F.objectNode().put("x", 1));
        }
        return options.get(random.nextInt(options.size()));
    }

    /** Paths of every field below the root, as "a", "case.b", "case.c[0].d". */
    private static void collect(JsonNode node, String path, List<String> out) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                if (e.getValue().isNull()) {
                    continue; // an optional field left empty: its type is unknown, so no mutation has a known outcome
                }
                out.add(p);
                collect(e.getValue(), p, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String p = path + "[" + i + "]";
                if (node.get(i).isContainerNode()) {
                    collect(node.get(i), p, out);
                }
            }
        }
    }

    private static String pick(JsonNode root, List<String> paths, java.util.function.Predicate<JsonNode> test, Random random) {
        List<String> matching = new ArrayList<>();
        for (String p : paths) {
            JsonNode n = at(root, p);
            // policy names are free text that happens to be valid only for some values; leave them alone
            if (n != null && test.test(n) && !p.equals("policy")) {
                matching.add(p);
            }
        }
        return matching.isEmpty() ? null : matching.get(random.nextInt(matching.size()));
    }

    private static JsonNode at(JsonNode root, String path) {
        JsonNode n = root;
        for (String part : path.split("\\.")) {
            String name = part.contains("[") ? part.substring(0, part.indexOf('[')) : part;
            n = n.get(name);
            String rest = part.contains("[") ? part.substring(part.indexOf('[')) : "";
            while (n != null && rest.startsWith("[")) {
                int close = rest.indexOf(']');
                n = n.get(Integer.parseInt(rest.substring(1, close)));
                rest = rest.substring(close + 1);
            }
            if (n == null) {
                return null;
            }
        }
        return n;
    }

    /** Where a mutation lands: the parent container and the key (a field name or an index). */
    @FunctionalInterface
    private interface Edit {
        void apply(JsonNode parent, Object key);
    }

    private static byte[] edit(ObjectNode root, String path, Edit edit) {
        ObjectNode copy = root.deepCopy();
        int dot = path.lastIndexOf('.');
        JsonNode parent = dot < 0 ? copy : at(copy, path.substring(0, dot));
        edit.apply(parent, dot < 0 ? path : path.substring(dot + 1));
        return bytes(copy);
    }

    private static JsonNode get(JsonNode parent, Object key) {
        return key instanceof Integer ? parent.get((Integer) key) : parent.get((String) key);
    }

    private static void set(JsonNode parent, Object key, JsonNode value) {
        if (key instanceof Integer) {
            ((ArrayNode) parent).set((Integer) key, value);
        } else {
            ((ObjectNode) parent).set((String) key, value);
        }
    }

    private static void addToParent(JsonNode parent, String name, JsonNode value) {
        if (parent instanceof ObjectNode) {
            ((ObjectNode) parent).set(name, value);
        } else {
            ((ArrayNode) parent).add(F.objectNode().set(name, value));
        }
    }

    private static byte[] reorder(JsonNode node, Random random) {
        return bytes(shuffled(node, random));
    }

    private static JsonNode shuffled(JsonNode node, Random random) {
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            fields.addAll(node.properties());
            java.util.Collections.shuffle(fields, random);
            ObjectNode out = F.objectNode();
            for (Map.Entry<String, JsonNode> e : fields) {
                out.set(e.getKey(), shuffled(e.getValue(), random));
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = F.arrayNode();
            node.forEach(item -> out.add(shuffled(item, random)));
            return out;
        }
        return node;
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return WRITER.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int indexOf(byte[] text, byte b, int from) {
        for (int i = from; i < text.length; i++) {
            if (text[i] == b) {
                return i;
            }
        }
        return text.length - 1;
    }

    private static String label(String path) {
        return path.isEmpty() ? "(root)" : path;
    }

    private static String preview(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
