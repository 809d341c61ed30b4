package org.senrules.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.senrules.core.Decision;
import org.senrules.core.InvalidRequestException;
import org.senrules.core.PolicyVariant;
import org.senrules.core.Reason;
import org.senrules.core.Request;
import org.senrules.core.RuleSetInfo;
import org.senrules.core.SenRules;
import org.senrules.core.scenario.Scenario;
import org.senrules.core.scenario.Scenarios;
import org.senrules.testkit.GoldenDecisions;

/**
 * What a rule author's edits change: the shipped scenarios, the showcase requests, (for
 * sspp-top-up) a synthetic cohort under every policy and the golden decisions are decided with
 * the packaged files and with another engine's (the author's, or the packaged files with one of
 * the author's edits), and every outcome that differs is kept, with where it came from and its
 * policy, so that {@code validate} can count and show them by edit and by policy.
 */
final class EditImpact {
    static final int EXAMPLES = 3;
    static final int COHORT_SIZE = 200;
    static final long COHORT_SEED = 13;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One request to re-decide, and where it came from. */
    record Sample(String label, Request request) {
    }

    private EditImpact() {
    }

    /** The requests of one rule set that {@code validate} re-decides. */
    static List<Sample> samples(SenRules engine, RuleSetInfo ruleSet, Path rulesFolder) {
        List<Sample> out = new ArrayList<>();
        // an exported folder holds copies of the shipped scenarios: each is decided once
        Set<String> seen = new java.util.HashSet<>();
        for (Path folder : scenarioFolders(ruleSet.id(), rulesFolder)) {
            for (Scenario s : Scenarios.load(folder)) {
                if (!ruleSet.id().equals(s.ruleSet()) || !seen.add(s.name() + "\u0000" + s.request())) {
                    continue;
                }
                for (Request r : read(engine, s.request())) {
                    out.add(new Sample("scenario \"" + s.name() + "\"", r));
                }
            }
        }
        Path data = home().resolve("examples/data").resolve(ruleSet.id());
        for (Path f : jsonFiles(data)) {
            try {
                for (Request r : read(engine, Files.readString(f))) {
                    out.add(new Sample("showcase " + f.getFileName(), r));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (ruleSet.id().equals("sspp-top-up")) {
            StringWriter w = new StringWriter();
            try {
                CohortGenerator.write(w, COHORT_SIZE, COHORT_SEED, LocalDate.of(2026, 1, 15));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            List<Request> cohort = read(engine, w.toString());
            for (PolicyVariant p : ruleSet.policies()) {
                for (Request r : cohort) {
                    out.add(new Sample("synthetic cohort", new Request(r.ruleSet(), r.asOf(), p.name(), r.caseData())));
                }
            }
        }
        return out;
    }

    /** One request whose outcome differs from the packaged one: where it came from, its policy and what changed. */
    record Change(String id, String label, String policy, List<String> fields, String rules) {
        /** As an example is printed. */
        String example() {
            return brief() + "; rules that fired: " + rules;
        }

        /** Where it came from and what changed, without the rules. */
        String brief() {
            return label + ": " + String.join("; ", fields);
        }
    }

    /** The packaged decisions of one rule set's requests, to compare other engines' with. */
    record Baseline(RuleSetInfo ruleSet, List<Sample> samples, List<Answer> answers) {
    }

    /**
     * What one engine changes for one rule set: the requests re-decided whose outcome differs
     * (by an id that is the same for every engine), the golden decisions that differ, and
     * decisions that could not be made at all.
     */
    record Impact(String ruleSet, int decided, Map<String, Change> changes, GoldenDecisions.Replay golden, Map<String, Change> goldenChanges,
                  List<String> failures) {
        /** Every change, requests and golden decisions alike. */
        Map<String, Change> all() {
            Map<String, Change> out = new LinkedHashMap<>(changes);
            out.putAll(goldenChanges);
            return out;
        }
    }

    static Baseline baseline(SenRules packaged, RuleSetInfo ruleSet, List<Sample> samples) {
        List<Answer> answers = new ArrayList<>(samples.size());
        for (Sample s : samples) {
            answers.add(decide(packaged, s.request()));
        }
        return new Baseline(ruleSet, samples, answers);
    }

    /** Decides the baseline's requests and the rule set's golden requests with {@code engine}. */
    static Impact impact(SenRules engine, Baseline base) {
        Map<String, Change> changes = new LinkedHashMap<>();
        Set<String> failures = new LinkedHashSet<>();
        for (int i = 0; i < base.samples().size(); i++) {
            Sample s = base.samples().get(i);
            Answer after = decide(engine, s.request());
            if (after.failure() != null) {
                failures.add(after.failure());
            }
            List<String> fields = differences(base.answers().get(i).outcome(), after.outcome());
            if (!fields.isEmpty()) {
                Request r = s.request();
                changes.put("#" + i, new Change("#" + i, s.label() + ", case " + r.caseData().caseId() + ", policy " + r.policy() + ", "
                        + r.asOf(), r.policy(), fields, after.rules()));
            }
        }
        GoldenDecisions.Replay golden = null;
        Map<String, Change> goldenChanges = new LinkedHashMap<>();
        try {
            golden = GoldenDecisions.replay(engine, base.ruleSet().id(), Integer.MAX_VALUE);
        } catch (RuntimeException e) {
            failures.add(failure(e));
        }
        if (golden != null) {
            for (GoldenDecisions.Change c : golden.examples()) {
                goldenChanges.put(c.key(), new Change(c.key(), "golden case " + c.caseId() + " (" + c.key() + ")", policyOf(c.key()),
                        c.fields(), list(c.rulesAfter()) + " (were " + list(c.rulesBefore()) + ")"));
            }
        }
        return new Impact(base.ruleSet().id(), base.samples().size(), changes, golden, goldenChanges, List.copyOf(failures));
    }

    /** The policy of a golden key, {@code rule-set/policy/date/#n/case}; a combined policy holds a slash itself. */
    static String policyOf(String key) {
        String[] parts = key.split("/");
        int date = 2;
        while (date < parts.length && !parts[date].matches("\\d{4}-\\d{2}-\\d{2}")) {
            date++;
        }
        return String.join("/", java.util.Arrays.copyOfRange(parts, 1, Math.min(date, parts.length)));
    }

    static String list(List<String> ids) {
        return ids.isEmpty() ? "none" : String.join(", ", ids);
    }

    /** How the requests re-decided are described: how many scenarios and showcase requests, and the synthetic cohort. */
    static String described(Baseline base) {
        long scenarios = base.samples().stream().filter(s -> !s.label().equals("synthetic cohort")).count();
        return scenarios + " scenarios and showcase requests" + (base.samples().size() > scenarios
                ? ", a synthetic cohort of " + COHORT_SIZE + " under " + base.ruleSet().policies().size() + " policies" : "");
    }

    /** An answer: the outcome (or the refusal), the rules that fired, and why the decision could not be made, if it could not. */
    record Answer(JsonNode outcome, String rules, String failure) {
    }

    private static Answer decide(SenRules engine, Request r) {
        try {
            Decision<?> d = engine.decide(r);
            JsonNode outcome = MAPPER.readTree(engine.json().write(d)).path("outcome");
            List<String> rules = d.reasons().stream().map(Reason::rule).toList();
            return new Answer(outcome, rules.isEmpty() ? "none" : String.join(", ", rules), null);
        } catch (InvalidRequestException e) {
            return new Answer(MAPPER.createObjectNode().put("refused", e.getMessage()), "none (refused)", null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            // a rule that throws, or one stopped by its budget: what the author must see, never a stack trace
            String why = failure(e);
            return new Answer(MAPPER.createObjectNode().put("failed", why), "none (failed)", why);
        }
    }

    private static String failure(RuntimeException e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }

    /** "field before → after" for each outcome field that differs. */
    static List<String> differences(JsonNode before, JsonNode after) {
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

    private static List<Request> read(SenRules engine, String json) {
        try {
            return engine.json().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        } catch (InvalidRequestException e) {
            return List.of(); // a scenario that pins a refusal: refused before and after alike
        }
    }

    private static List<Path> scenarioFolders(String ruleSetId, Path rulesFolder) {
        List<Path> out = new ArrayList<>();
        Path home = home();
        try (Stream<Path> modules = Stream.concat(list(home), list(home.resolve("examples")))) {
            // a rule set's scenarios are in its folder; a rule set not yet declared keeps them with the tests
            modules.flatMap(m -> Stream.of(m.resolve("src/main/resources/META-INF/senrules").resolve(ruleSetId).resolve("scenarios"),
                    m.resolve("src/test/scenarios").resolve(ruleSetId))).filter(Files::isDirectory).sorted().forEach(out::add);
        }
        if (rulesFolder != null && Files.isDirectory(rulesFolder.resolve("scenarios"))) {
            out.add(rulesFolder.resolve("scenarios"));
        }
        return out;
    }

    /** The checkout the launcher runs from ({@code -Dsen.home}), or the working folder. */
    static Path home() {
        String home = System.getProperty("sen.home");
        return home == null ? Path.of("") : Path.of(home);
    }

    private static Stream<Path> list(Path dir) {
        try {
            return Files.isDirectory(dir) ? Files.list(dir).filter(Files::isDirectory).toList().stream() : Stream.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> jsonFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
