package org.senrules.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.senrules.core.ApiStatus;
import org.senrules.core.Decision;
import org.senrules.core.DecisionException;
import org.senrules.core.InvalidRequestException;
import org.senrules.core.Reason;
import org.senrules.core.Request;
import org.senrules.core.RuleSetInfo;
import org.senrules.core.SenRules;
import org.senrules.core.Violation;

/**
 * A recorded set of decisions that the test run re-checks, so that no change to the rules, the
 * parameters, Drools or Jackson changes an outcome silently; and, because the requests that made
 * them are recorded beside them, a set that can be replayed outside the tests: {@code sen validate
 * --rules DIR} re-decides it with a council's edited files and reports what changes.
 *
 * <p>A rule set's golden set is two text files in one folder (JSON lines, reviewable in a diff), which a pack ships in its jar at
 * {@code META-INF/senrules/<rule-set>/golden/} (so its tests write them under
 * {@code src/main/resources}): {@value #DECISIONS}, one line per decision (a key of rule set,
 * policy, date, index and case id; the outcome, the ids of the rules that fired and the
 * parameters' fingerprint), and {@value #REQUESTS}, the same keys with each request in the JSON
 * contract's shape. The test's generator (seeded cases, say) makes the requests; the recorded
 * files are what is checked and what is replayed.
 *
 * <p>Re-record after an intended change by running the tests with the system property
 * {@code senrules.golden=record} (for example
 * {@code mvn -pl sen-funding-rules -am test -Dsenrules.golden=record}); the commit then shows
 * which decisions changed.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class GoldenDecisions {
    /** The system property that switches from checking to recording. */
    public static final String RECORD_PROPERTY = "senrules.golden";
    /** The file of recorded decisions in a golden folder. */
    public static final String DECISIONS = "decisions.jsonl";
    /** The file of recorded requests in a golden folder. */
    public static final String REQUESTS = "requests.jsonl";
    private static final int SHOWN = 20;
    /** Reads decisions as the engine does: every number exact, so a line is rewritten byte for byte. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .build();

    private GoldenDecisions() {
    }

    /**
     * Where a pack ships the golden set of a rule set, inside its jar:
     * {@code META-INF/senrules/<rule-set>/golden/}.
     */
    public static String resourceFolder(String ruleSetId) {
        return "META-INF/senrules/" + ruleSetId + "/golden/";
    }

    /**
     * The golden folder of a rule set under a module's resources folder, such as
     * {@code folder(Path.of("src/main/resources"), "sspp-top-up")}.
     */
    public static Path folder(Path resources, String ruleSetId) {
        return resources.resolve(resourceFolder(ruleSetId));
    }

    /**
     * Decides every request and compares with the recorded files in {@code folder}, or records
     * them when {@code -Dsenrules.golden=record}. Each request must read back from its recorded
     * JSON as the same request (or be refused at the same paths), so that replaying the recorded
     * requests gives the recorded decisions.
     *
     * @param folder   the golden folder, as {@link #folder(Path, String)} gives it
     * @param requests the requests, in a fixed order (the order is part of each key)
     * @return the differences, each "key: recorded …, now …"; empty when all match (or when recording)
     */
    public static List<String> check(SenRules engine, Path folder, List<Request> requests) {
        Objects.requireNonNull(engine, "engine");
        Path decisionsFile = folder.resolve(DECISIONS);
        Path requestsFile = folder.resolve(REQUESTS);
        Map<String, String> actual = new LinkedHashMap<>();
        Map<String, String> json = new LinkedHashMap<>();
        List<String> unreadable = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            Request r = requests.get(i);
            String key = String.format("%s/%s/%s/#%05d/%s", r.ruleSet(), r.policy(), r.asOf(), i, r.caseData().caseId());
            String line = line(engine, r, false);
            String text = engine.json().write(r);
            actual.put(key, line);
            json.put(key, text);
            String problem = roundTrip(engine, r, text, line);
            if (problem != null && unreadable.size() < SHOWN) {
                unreadable.add(key + ": " + problem);
            }
        }
        if (!unreadable.isEmpty()) {
            unreadable.add(0, "some requests cannot be replayed from their JSON, so the golden set could not be replayed outside the tests:");
            return unreadable;
        }
        if ("record".equals(System.getProperty(RECORD_PROPERTY))) {
            record(decisionsFile, actual);
            record(requestsFile, json);
            return List.of();
        }
        if (!Files.exists(decisionsFile)) {
            return List.of("no recorded decisions at " + decisionsFile + "; record them with -D" + RECORD_PROPERTY + "=record and commit the file");
        }
        List<String> differences = compare(read(decisionsFile), actual, decisionsFile, "recorded decisions");
        if (differences.isEmpty()) {
            differences = Files.exists(requestsFile) ? compare(read(requestsFile), json, requestsFile, "recorded requests")
                    : List.of("no recorded requests at " + requestsFile + "; record them with -D" + RECORD_PROPERTY + "=record and commit the file");
        }
        return differences;
    }

    private static List<String> compare(Map<String, String> expected, Map<String, String> actual, Path file, String what) {
        List<String> differences = new ArrayList<>();
        int changed = 0;
        for (Map.Entry<String, String> e : expected.entrySet()) {
            String now = actual.get(e.getKey());
            if (!e.getValue().equals(now)) {
                changed++;
                if (differences.size() < SHOWN) {
                    differences.add(e.getKey() + ":\n    recorded " + e.getValue() + "\n    now      " + (now == null ? "(no such decision)" : now));
                }
            }
        }
        for (String k : actual.keySet()) {
            if (!expected.containsKey(k)) {
                changed++;
                if (differences.size() < SHOWN) {
                    differences.add(k + ": not recorded");
                }
            }
        }
        if (changed > SHOWN) {
            differences.add("… and " + (changed - SHOWN) + " more");
        }
        if (changed > 0) {
            differences.add(0, changed + " of " + expected.size() + " " + what + " differ from " + file
                    + "; if the change is intended, re-record with -D" + RECORD_PROPERTY + "=record");
        }
        return differences;
    }

    /** Null if the request's JSON reads back as the same request, or is refused at the same paths. */
    private static String roundTrip(SenRules engine, Request r, String text, String line) {
        try {
            List<Request> back = engine.json().read(text);
            if (back.size() != 1 || !back.get(0).equals(r)) {
                return "its JSON reads back as another request: " + text;
            }
            return null;
        } catch (InvalidRequestException e) {
            String refused = refusal(e);
            return refused.equals(line) ? null : "its JSON is " + refused + ", but the request itself is " + line;
        }
    }

    /**
     * Re-decides the golden set a rule set's pack ships with {@code engine} (a council's edited
     * files, say) and compares each outcome with the recorded one.
     *
     * @param examples how many changed decisions to describe at most
     * @return the comparison, or {@code null} when the rule set's pack ships no golden set
     * @throws IllegalArgumentException for a rule set the engine has not loaded
     */
    public static Replay replay(SenRules engine, String ruleSetId, int examples) {
        RuleSetInfo info = engine.ruleSets().stream().filter(r -> r.id().equals(ruleSetId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the engine has no rule set \"" + ruleSetId + "\""));
        Class<?> anchor = info.caseType();
        String folder = resourceFolder(ruleSetId);
        try (InputStream r = open(anchor, folder + REQUESTS); InputStream d = open(anchor, folder + DECISIONS)) {
            if (r == null || d == null) {
                return null;
            }
            return replay(engine, ruleSetId, read(r, folder + REQUESTS), read(d, folder + DECISIONS), examples);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * As {@link #replay(SenRules, String, int)}, from a golden folder on disk (a pack's
     * {@code src/main/resources/META-INF/senrules/<rule-set>/golden}, say).
     *
     * @return the comparison, or {@code null} when the folder holds no golden set
     */
    public static Replay replay(SenRules engine, Path folder, String ruleSetId, int examples) {
        Path requests = folder.resolve(REQUESTS);
        Path decisions = folder.resolve(DECISIONS);
        if (!Files.isRegularFile(requests) || !Files.isRegularFile(decisions)) {
            return null;
        }
        return replay(engine, ruleSetId, read(requests), read(decisions), examples);
    }

    private static Replay replay(SenRules engine, String ruleSetId, Map<String, String> requests, Map<String, String> recorded,
                                 int examples) {
        int changed = 0;
        int otherRules = 0;
        List<Change> shown = new ArrayList<>();
        for (Map.Entry<String, String> e : requests.entrySet()) {
            String before = recorded.get(e.getKey());
            String now;
            Request request = null;
            try {
                request = engine.json().read(e.getValue()).get(0);
                now = line(engine, request, true);
            } catch (InvalidRequestException refused) {
                now = refusal(refused);
            }
            Answer was = Answer.of(before);
            Answer is = Answer.of(now);
            List<String> fields = differences(was.outcome(), is.outcome());
            if (fields.isEmpty()) {
                if (!was.rules().equals(is.rules())) {
                    otherRules++;
                }
                continue;
            }
            changed++;
            if (shown.size() < examples) {
                String caseId = request != null ? request.caseData().caseId() : e.getKey().substring(e.getKey().lastIndexOf('/') + 1);
                shown.add(new Change(e.getKey(), caseId, fields, was.rules(), is.rules()));
            }
        }
        return new Replay(ruleSetId, requests.size(), changed, otherRules, shown);
    }

    /**
     * What replaying a golden set with other files changed. Immutable, compared by value; made by
     * {@link #replay(SenRules, String, int)}.
     */
    public static final class Replay {
        private final String ruleSet;
        private final int decided;
        private final int changed;
        private final int otherRules;
        private final List<Change> examples;

        private Replay(String ruleSet, int decided, int changed, int otherRules, List<Change> examples) {
            this.ruleSet = ruleSet;
            this.decided = decided;
            this.changed = changed;
            this.otherRules = otherRules;
            this.examples = List.copyOf(examples);
        }

        /** The rule-set id. */
        public String ruleSet() {
            return ruleSet;
        }

        /** How many recorded requests were decided again. */
        public int decided() {
            return decided;
        }

        /** How many of them have another outcome (or are refused, or decided, where they were not). */
        public int changed() {
            return changed;
        }

        /** How many have the same outcome but fired other rules. */
        public int otherRules() {
            return otherRules;
        }

        /** The first changed decisions, in recorded order. */
        public List<Change> examples() {
            return examples;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Replay r && Objects.equals(ruleSet, r.ruleSet) && decided == r.decided && changed == r.changed
                    && otherRules == r.otherRules && examples.equals(r.examples);
        }

        @Override
        public int hashCode() {
            return Objects.hash(ruleSet, decided, changed, otherRules, examples);
        }

        @Override
        public String toString() {
            return "Replay[ruleSet=" + ruleSet + ", decided=" + decided + ", changed=" + changed + ", otherRules=" + otherRules
                    + ", examples=" + examples + "]";
        }
    }

    /** One decision whose outcome changed, in a {@link Replay}. Immutable, compared by value. */
    public static final class Change {
        private final String key;
        private final String caseId;
        private final List<String> fields;
        private final List<String> rulesBefore;
        private final List<String> rulesAfter;

        private Change(String key, String caseId, List<String> fields, List<String> rulesBefore, List<String> rulesAfter) {
            this.key = key;
            this.caseId = caseId;
            this.fields = List.copyOf(fields);
            this.rulesBefore = List.copyOf(rulesBefore);
            this.rulesAfter = List.copyOf(rulesAfter);
        }

        /** Its key in the golden set: rule set, policy, date, index and case id. */
        public String key() {
            return key;
        }

        /** The case id. */
        public String caseId() {
            return caseId;
        }

        /** Each outcome field that differs, as {@code "field before → after"}. */
        public List<String> fields() {
            return fields;
        }

        /** The ids of the rules that fired in the recorded decision. */
        public List<String> rulesBefore() {
            return rulesBefore;
        }

        /** The ids of the rules that fired now. */
        public List<String> rulesAfter() {
            return rulesAfter;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Change c && Objects.equals(key, c.key) && Objects.equals(caseId, c.caseId) && fields.equals(c.fields)
                    && rulesBefore.equals(c.rulesBefore) && rulesAfter.equals(c.rulesAfter);
        }

        @Override
        public int hashCode() {
            return Objects.hash(key, caseId, fields, rulesBefore, rulesAfter);
        }

        @Override
        public String toString() {
            return "Change[key=" + key + ", caseId=" + caseId + ", fields=" + fields + ", rulesBefore=" + rulesBefore
                    + ", rulesAfter=" + rulesAfter + "]";
        }
    }

    /** A recorded or new line read back: the outcome (or the refusal) and the rules that fired. */
    private record Answer(JsonNode outcome, List<String> rules) {
        static Answer of(String line) {
            if (line == null) {
                return new Answer(JSON.createObjectNode().put("decision", "not recorded"), List.of());
            }
            if (!line.startsWith("{")) {
                // a refusal ("refused [paths]") or a failure: the whole line is what came out
                return new Answer(JSON.createObjectNode().put("decision", line), List.of());
            }
            try {
                JsonNode n = JSON.readTree(line);
                List<String> rules = new ArrayList<>();
                n.path("rules").forEach(r -> rules.add(r.asText()));
                return new Answer(n.path("outcome"), rules);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** "field before → after" for each outcome field that differs; a refusal is the field {@code decision}. */
    private static List<String> differences(JsonNode before, JsonNode after) {
        Set<String> names = new LinkedHashSet<>();
        before.fieldNames().forEachRemaining(names::add);
        after.fieldNames().forEachRemaining(names::add);
        List<String> out = new ArrayList<>();
        for (String n : names) {
            JsonNode a = before.get(n);
            JsonNode b = after.get(n);
            if (a == null ? b != null : !a.equals(b)) {
                out.add(n + " " + text(a) + " → " + text(b));
            }
        }
        return out;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? "none" : n.toString();
    }

    /** A decision's line; a decision that fails is a line too when replaying edited files, and an error in a test. */
    private static String line(SenRules engine, Request r, boolean failureIsAnAnswer) {
        Decision<?> d;
        try {
            d = engine.decide(r);
        } catch (InvalidRequestException e) {
            // which inputs are refused, and where, is behaviour worth pinning too
            return refusal(e);
        } catch (DecisionException e) {
            if (!failureIsAnAnswer) {
                throw e;
            }
            return "failed: " + e.getMessage();
        }
        try {
            ObjectNode outcome = (ObjectNode) JSON.readTree(engine.json().writeCompact(d)).get("outcome");
            ObjectNode n = JSON.createObjectNode();
            n.set("outcome", outcome);
            var rules = n.putArray("rules");
            for (Reason reason : d.reasons()) {
                rules.add(reason.rule());
            }
            n.put("parameters", d.parametersFingerprint().substring(0, Math.min(23, d.parametersFingerprint().length())));
            return JSON.writeValueAsString(n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String refusal(InvalidRequestException e) {
        return "refused " + e.violations().stream().map(Violation::path).toList();
    }

    private static InputStream open(Class<?> anchor, String path) {
        // META-INF/... is not a package, so a named module's copy is readable from here
        Module module = anchor.getModule();
        InputStream in = null;
        try {
            in = module.isNamed() ? module.getResourceAsStream(path) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (in == null && anchor.getClassLoader() != null) {
            in = anchor.getClassLoader().getResourceAsStream(path);
        }
        return in;
    }

    private static void record(Path file, Map<String, String> lines) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
                    StandardCharsets.UTF_8))) {
                for (Map.Entry<String, String> e : lines.entrySet()) {
                    w.write(e.getKey());
                    w.write('\t');
                    w.write(e.getValue());
                    w.write('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record " + file, e);
        }
    }

    private static Map<String, String> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Map<String, String> read(InputStream gzip, String name) {
        Map<String, String> out = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(gzip, StandardCharsets.UTF_8))) {
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                int tab = l.indexOf('\t');
                if (tab < 0) {
                    throw new IllegalStateException(name + " has a line without a key: it is not a golden file");
                }
                out.put(l.substring(0, tab), l.substring(tab + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return out;
    }
}
