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
import java.util.LinkedHashSet;
import java.util.List;
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

/**
 * What a rule author's edits change: the shipped scenarios, the showcase requests and (for
 * sspp-top-up) a synthetic cohort under every policy are decided with the packaged files and
 * with the author's, and every outcome that differs is counted, with a few examples.
 */
final class EditImpact {
    static final int EXAMPLES = 3;
    static final int COHORT_SIZE = 200;
    static final long COHORT_SEED = 13;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One request to re-decide, and where it came from. */
    record Sample(String label, Request request) {
    }

    /** The result for one rule set. */
    record Result(int decided, int changed, List<String> examples, String described) {
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

    static Result compare(SenRules packaged, SenRules edited, RuleSetInfo ruleSet, List<Sample> samples) {
        int changed = 0;
        List<String> examples = new ArrayList<>();
        for (Sample s : samples) {
            Answer before = decide(packaged, s.request());
            Answer after = decide(edited, s.request());
            List<String> fields = differences(before.outcome(), after.outcome());
            if (fields.isEmpty()) {
                continue;
            }
            changed++;
            if (examples.size() < EXAMPLES) {
                examples.add(s.label() + ", case " + s.request().caseData().caseId() + ", policy " + s.request().policy() + ", "
                        + s.request().asOf() + ": " + String.join("; ", fields) + "; rules that fired: " + after.rules());
            }
        }
        long scenarios = samples.stream().filter(s -> !s.label().equals("synthetic cohort")).count();
        String described = scenarios + " scenarios and showcase requests"
                + (samples.size() > scenarios ? ", a synthetic cohort of " + COHORT_SIZE + " under " + ruleSet.policies().size() + " policies" : "");
        return new Result(samples.size(), changed, examples, described);
    }

    private record Answer(JsonNode outcome, String rules) {
    }

    private static Answer decide(SenRules engine, Request r) {
        try {
            Decision<?> d = engine.decide(r);
            JsonNode outcome = MAPPER.readTree(engine.json().write(d)).path("outcome");
            List<String> rules = d.reasons().stream().map(Reason::rule).toList();
            return new Answer(outcome, rules.isEmpty() ? "none" : String.join(", ", rules));
        } catch (InvalidRequestException e) {
            return new Answer(MAPPER.createObjectNode().put("refused", e.getMessage()), "none (refused)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
