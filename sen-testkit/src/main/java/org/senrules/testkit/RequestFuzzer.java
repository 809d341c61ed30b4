package org.senrules.testkit;

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
import org.senrules.core.scenario.Scenario;
import org.senrules.core.scenario.Scenarios;

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
    /** Reads the valid requests as the engine does: every number exact, so a mutant changes only what it means to. */
    private static final com.fasterxml.jackson.databind.ObjectMapper READER = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .build();

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
        /** The kind of mutation, without where it landed: {@code "wrong types"}, {@code "Unicode classes"}, ... */
        public String category() {
            for (String[] c : CATEGORIES) {
                if (kind.startsWith(c[0])) {
                    return c[1];
                }
            }
            return kind;
        }
    }

    private static final String[][] CATEGORIES = {
        {"unknown field", "unknown fields"}, {"required field", "missing fields"}, {"duplicated field", "duplicated fields"},
        {"wrong type", "wrong types"}, {"out-of-range number", "out-of-range numbers"}, {"empty string", "empty and huge strings"},
        {"huge string", "empty and huge strings"}, {"deep nesting", "deep nesting"}, {"invalid date", "invalid dates"},
        {"invalid UTF-8", "invalid UTF-8"}, {"truncated", "truncation"}, {"fields reordered", "harmless rewrites"},
        {"unchanged", "harmless rewrites"}, {"date extreme", "date extremes"}, {"numeric extreme", "numeric extremes"},
        {"Unicode", "Unicode classes"}, {"key escape", "key escapes"}, {"padding", "padding"}};

    /** Characters no text field may hold, one of each class the engine refuses. */
    private static final List<Integer> REFUSED_CHARACTERS = List.of(0x202E, 0x200B, 0x2028, 0x2029, 0x0085, 0xFEFF, 0x0000,
            0x001B, 0x009B, 0xD800, 0x1F600, 0xE000, 0x061C, 0x2066);
    private static final List<String> EXTREME_DATES = List.of("0001-01-01", "0000-01-01", "9999-12-31", "1949-12-31", "2150-01-01",
            "+10000-01-01", "-0001-01-01", "+999999999-12-31");

    /**
     * What a fuzzing run found. Immutable, compared by value; made by the fuzzer's {@code run} methods.
     */
    public static final class Report {
        private final int inputs;
        private final int decided;
        private final int refused;
        private final List<String> failures;
        private final int crashed;
        private final Map<String, Integer> byKind;

        private Report(int inputs, int decided, int refused, List<String> failures, int crashed, Map<String, Integer> byKind) {
            this.inputs = inputs;
            this.decided = decided;
            this.refused = refused;
            this.failures = List.copyOf(failures);
            this.crashed = crashed;
            this.byKind = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(byKind));
        }

        /** How many inputs were tried. */
        public int inputs() {
            return inputs;
        }

        /** How many were decided. */
        public int decided() {
            return decided;
        }

        /** How many were refused as invalid requests. */
        public int refused() {
            return refused;
        }

        /**
         * Each input the engine got wrong: a decision for invalid input, a refusal of valid input,
         * a cohort not read as one, or an exception.
         */
        public List<String> failures() {
            return failures;
        }

        /** How many of the failures were exceptions other than an {@code invalid-request}. */
        public int crashed() {
            return crashed;
        }

        /** Inputs tried per kind of mutation ({@link Mutant#category()}), sorted by kind. */
        public Map<String, Integer> byKind() {
            return byKind;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Report r && inputs == r.inputs && decided == r.decided && refused == r.refused
                    && failures.equals(r.failures) && crashed == r.crashed && byKind.equals(r.byKind);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(inputs, decided, refused, failures, crashed, byKind);
        }

        @Override
        public String toString() {
            return "Report[inputs=" + inputs + ", decided=" + decided + ", refused=" + refused + ", failures=" + failures
                    + ", crashed=" + crashed + ", byKind=" + byKind + "]";
        }
    }

    /**
     * Tries {@code count} mutants of the requests in a scenario folder whose expectation is a
     * decision (not an error): a rule author's scenarios double as fuzzing seeds.
     */
    public static Report run(SenRules engine, java.nio.file.Path scenarioFolder, long seed, int count) {
        List<String> valid = new ArrayList<>();
        for (Scenario s : Scenarios.load(scenarioFolder)) {
            if (!s.expectsRefusal() && !s.isCohort()) {
                valid.add(s.request());
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
        int crashed = 0;
        Map<String, Integer> byKind = new java.util.TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (String id : loaded) {
            java.nio.file.Path folder = scenariosRoot.resolve(id);
            if (java.nio.file.Files.isDirectory(folder)) {
                Report r = run(engine, folder, seed, perFolder);
                inputs += r.inputs();
                decided += r.decided();
                refused += r.refused();
                crashed += r.crashed();
                r.byKind().forEach((k, n) -> byKind.merge(k, n, Integer::sum));
                r.failures().forEach(f -> failures.add(id + ": " + f));
            }
        }
        return new Report(inputs, decided, refused, failures, crashed, byKind);
    }

    /** Tries {@code count} mutants of the given valid requests against {@code engine}. */
    public static Report run(SenRules engine, List<String> validRequests, long seed, int count) {
        Random random = new Random(seed);
        int decided = 0;
        int refused = 0;
        int crashed = 0;
        Map<String, Integer> byKind = new java.util.TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String base = validRequests.get(random.nextInt(validRequests.size()));
            Mutant m = mutate(base, random);
            byKind.merge(m.category(), 1, Integer::sum);
            boolean wasDecided;
            try {
                org.senrules.core.DecisionJson.Document document = engine.json().readDocument(new ByteArrayInputStream(m.bytes()));
                engine.decideAll(document.requests()).forEach(d -> engine.json().writeCompact(d));
                wasDecided = true;
                if (document.cohort() != isCohort(base)) {
                    failures.add(m.kind() + ": " + (document.cohort() ? "read as a cohort, but it is one request" : "a cohort not read as one")
                            + ": " + preview(m.bytes()));
                }
            } catch (InvalidRequestException e) {
                wasDecided = false;
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                crashed++;
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
        return new Report(count, decided, refused, failures, crashed, byKind);
    }

    /** Whether a valid request is a cohort, by parsing it: its top-level object has "cases". */
    private static boolean isCohort(String validRequest) {
        try {
            return READER.readTree(validRequest).has("cases");
        } catch (IOException e) {
            throw new IllegalArgumentException("not a valid request object", e);
        }
    }

    /** One random mutant of a valid request. */
    public static Mutant mutate(String validRequest, Random random) {
        ObjectNode root;
        try {
            root = (ObjectNode) READER.readTree(validRequest);
        } catch (IOException | ClassCastException e) {
            throw new IllegalArgumentException("not a valid request object: " + e.getMessage(), e);
        }
        List<String> paths = new ArrayList<>();
        collect(root, "", paths);
        String path = paths.get(random.nextInt(paths.size()));
        switch (random.nextInt(17)) {
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
            case 12:
                return dateExtreme(root, paths, random);
            case 13:
                return numericExtreme(root, paths, random);
            case 14:
                return unicodeClass(root, paths, random);
            case 15:
                return keyEscape(root, random);
            case 16:
                return padding(root, random);
            default:
                return new Mutant("unchanged, pretty-printed", root.toPrettyString().getBytes(StandardCharsets.UTF_8), true);
        }
    }

    /** A date at or past the ends of the declared range (1950-01-01 to 2149-12-31), or not ISO at all. */
    private static Mutant dateExtreme(ObjectNode root, List<String> paths, Random random) {
        ObjectNode copy = root.deepCopy();
        String extreme = EXTREME_DATES.get(random.nextInt(EXTREME_DATES.size()));
        String datePath = pick(copy, paths, n -> n.isTextual() && n.textValue().matches("\\d{4}-\\d{2}-\\d{2}"), random);
        if (datePath == null) {
            datePath = "asOf";
        }
        return invalid("date extreme " + extreme + " at " + label(datePath), edit(copy, datePath, (p, k) -> set(p, k, F.textNode(extreme))));
    }

    /** The largest and smallest whole numbers and amounts, and one past them. */
    private static Mutant numericExtreme(ObjectNode root, List<String> paths, Random random) {
        ObjectNode copy = root.deepCopy();
        boolean money = random.nextBoolean();
        String moneyPath = money ? pick(copy, paths, n -> n.isTextual() && n.textValue().matches("-?\\d{1,15}\\.\\d{2}"), random) : null;
        if (moneyPath != null) {
            String amount = random.nextBoolean() ? "999999999999999.99" : "-999999999999999.99";
            return invalid("numeric extreme " + amount + " at " + label(moneyPath), edit(copy, moneyPath, (p, k) -> set(p, k, F.textNode(amount))));
        }
        String numberPath = pick(copy, paths, JsonNode::isIntegralNumber, random);
        if (numberPath == null) {
            return dateExtreme(root, paths, random);
        }
        List<JsonNode> extremes = List.of(F.numberNode(Integer.MAX_VALUE), F.numberNode(Integer.MIN_VALUE), F.numberNode(Long.MAX_VALUE),
                F.numberNode(Long.MIN_VALUE), F.numberNode(1L << 31), F.numberNode(new java.math.BigInteger("18446744073709551616")));
        JsonNode bad = extremes.get(random.nextInt(extremes.size()));
        return invalid("numeric extreme " + bad + " at " + label(numberPath), edit(copy, numberPath, (p, k) -> set(p, k, bad)));
    }

    /**
     * A character of a refused class (format, separator, control, surrogate, private use) put
     * into a text value, raw or as a JSON escape: refused wherever it lands, since every text a
     * request holds is an id, a name, a date, an amount, an enumeration or free text.
     */
    private static Mutant unicodeClass(ObjectNode root, List<String> paths, Random random) {
        ObjectNode copy = root.deepCopy();
        String textPath = pick(copy, paths, JsonNode::isTextual, random);
        if (textPath == null) {
            return dateExtreme(root, paths, random);
        }
        int cp = REFUSED_CHARACTERS.get(random.nextInt(REFUSED_CHARACTERS.size()));
        boolean escaped = cp == 0xD800 || cp < 0x20 || random.nextBoolean();
        String marker = "zqzq" + random.nextInt(1000) + "qzqz";
        JsonNode at = at(copy, textPath);
        String old = at.textValue();
        int where = old.isEmpty() ? 0 : random.nextInt(old.length() + 1);
        String marked = old.substring(0, where) + marker + old.substring(where);
        String text = new String(edit(copy, textPath, (p, k) -> set(p, k, F.textNode(marked))), StandardCharsets.UTF_8);
        String inserted = escaped ? escape(cp) : new String(Character.toChars(cp));
        return invalid("Unicode U+" + String.format("%04X", cp) + (escaped ? " (escaped)" : " (raw)") + " at " + label(textPath),
                text.replace(marker, inserted).getBytes(StandardCharsets.UTF_8));
    }

    private static String escape(int cp) {
        StringBuilder sb = new StringBuilder();
        for (char c : Character.toChars(cp)) {
            sb.append(String.format("\\u%04x", (int) c));
        }
        return sb.toString();
    }

    /** A field name written with JSON escapes ({@code "\u0063ases"}): the same name, so the same answer. */
    private static Mutant keyEscape(ObjectNode root, Random random) {
        String text = root.toString();
        List<Integer> keys = new ArrayList<>();
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && inString) {
                i++;
            } else if (c == '"') {
                if (!inString && i > 0 && (text.charAt(i - 1) == '{' || text.charAt(i - 1) == ',')) {
                    keys.add(i);
                }
                inString = !inString;
            }
        }
        int start = keys.get(random.nextInt(keys.size()));
        int end = text.indexOf('"', start + 1);
        String name = text.substring(start + 1, end);
        StringBuilder escaped = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            escaped.append(random.nextBoolean() || i == 0 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return new Mutant("key escape of " + name, (text.substring(0, start + 1) + escaped + text.substring(end))
                .getBytes(StandardCharsets.UTF_8), true);
    }

    /**
     * Whitespace between tokens, before and after the document, up to several kilobytes of it
     * (the command line once looked for "cases" in the first 4 KB only): still the same request.
     * One time in four the padding is a space JSON does not allow (U+00A0, U+3000), and the
     * document is refused.
     */
    private static Mutant padding(ObjectNode root, Random random) {
        String text = root.toString();
        boolean foreign = random.nextInt(4) == 0;
        StringBuilder out = new StringBuilder(pad(random, random.nextInt(6000), false));
        boolean inString = false;
        boolean placedForeign = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c);
            if (c == '\\' && inString) {
                out.append(text.charAt(++i));
                continue;
            }
            if (c == '"') {
                inString = !inString;
            } else if (!inString && (c == '{' || c == '[' || c == ',' || c == ':') && random.nextInt(3) == 0) {
                boolean here = foreign && !placedForeign;
                out.append(pad(random, 1 + random.nextInt(here ? 3 : 200), here));
                placedForeign |= here;
            }
        }
        if (foreign && !placedForeign) {
            out.insert(out.indexOf("{") + 1, '\u00a0');
        }
        out.append(pad(random, random.nextInt(200), false));
        String kind = "padding with " + (foreign ? "a space JSON does not allow" : "whitespace");
        return new Mutant(kind, out.toString().getBytes(StandardCharsets.UTF_8), !foreign);
    }

    private static String pad(Random random, int length, boolean foreign) {
        String chars = foreign ? "\u00a0\u3000" : " \t\n\r";
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(chars.charAt(random.nextInt(chars.length())));
        }
        if (foreign && length == 0) {
            sb.append('\u00a0');
        }
        return sb.toString();
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
