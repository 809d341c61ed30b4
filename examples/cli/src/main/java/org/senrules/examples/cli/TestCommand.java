package org.senrules.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.senrules.core.RuleSetOrigin;
import org.senrules.core.SenRules;
import org.senrules.core.scenario.Scenario;
import org.senrules.core.scenario.ScenarioResult;
import org.senrules.core.scenario.Scenarios;

/**
 * {@code sen test [DIR] [--rules RULES]}: runs a folder of scenario files and prints PASS or FAIL
 * per scenario, with each difference, the rules that fired and the fingerprint of the values the
 * decision used. It says first which rules and values it runs against: the package's, or a rules
 * folder's files, with the rules' fingerprints. DIR is a folder of scenarios, a rules folder (its
 * {@code scenarios/} are run against it) or a pack's rule-set folder (its {@code scenarios/} are run
 * against the packaged rules, which must be its files); with {@code --rules} and no DIR, the rules
 * folder's {@code scenarios/}. A folder of scenarios inside a rules folder is run against that
 * rules folder unless {@code --rules} says otherwise: never against the packaged rules in silence.
 * Exit status 1 on any failure.
 */
final class TestCommand {
    static final String SCENARIOS = "scenarios";
    /** Files a rules folder holds (RulesFolder): a folder with one of these is a rules folder. */
    private static final List<String> RULE_FILES = List.of(".drl", ".rule-set.json", ".shared.json", ".parameters.json", ".policies.json",
            ".values.csv", ".sources.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TestCommand() {
    }

    static int run(List<String> argv, PrintStream out, PrintStream err) {
        Args args = Args.parse("test", argv, Engines.withOptions(), Set.of());
        if (args.positional().size() > 1) {
            throw new UsageException("usage: sen test [DIR] [--rules RULES]: one folder of scenarios, a rules folder or a rule-set folder");
        }
        Path given = args.positional().isEmpty() ? null : Path.of(args.positional().get(0));
        Path rules = args.value("--rules").map(Engines::rulesDirectory).orElse(null);
        if (given == null && rules == null) {
            throw new UsageException("usage: sen test DIR [--rules RULES], or sen test --rules RULES to run the rules folder's scenarios/");
        }
        if (given != null && !Files.isDirectory(given)) {
            throw new UsageException(given + ": no such folder");
        }
        Path scenarios;
        String against;
        boolean packFolder = false;
        if (given == null) {
            scenarios = rules.resolve(SCENARIOS);
            if (!Files.isDirectory(scenarios)) {
                throw new UsageException(rules + " has no " + SCENARIOS + "/ folder; name the folder of scenarios: sen test DIR --rules " + rules);
            }
            against = "the rules folder " + rules;
        } else if (Files.isDirectory(given.resolve(SCENARIOS)) && holdsRuleFiles(given)) {
            scenarios = given.resolve(SCENARIOS);
            packFolder = Files.isDirectory(given.resolve("golden"));
            if (rules == null && !packFolder) {
                rules = given;
                against = "the rules folder " + given + " (the folder the scenarios are in)";
            } else if (rules == null) {
                against = "the packaged rules (" + given + " is a pack's rule-set folder; its files are compiled into the pack)";
            } else {
                against = "the rules folder " + rules + " (--rules)";
            }
        } else if (Files.isDirectory(given.resolve(SCENARIOS))) {
            scenarios = given.resolve(SCENARIOS);
            against = rules == null ? "the packaged rules" : "the rules folder " + rules + " (--rules)";
        } else {
            scenarios = given;
            Path parent = given.toAbsolutePath().normalize().getParent();
            if (rules == null && parent != null && holdsRuleFiles(parent) && !Files.isDirectory(parent.resolve("golden"))) {
                rules = given.getParent() == null ? Path.of("") : given.getParent();
                against = "the rules folder " + (rules.toString().isEmpty() ? "." : rules)
                        + " (the folder the scenarios are in; pass --rules to name another)";
            } else {
                against = rules == null ? "the packaged rules" : "the rules folder " + rules + " (--rules)";
            }
        }
        List<Scenario> loaded;
        try {
            loaded = Scenarios.load(scenarios);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (loaded.isEmpty()) {
            throw new UsageException(scenarios + ": no scenario files (*.json) in it");
        }
        SenRules.Builder builder = Engines.builder(args, "--parameters");
        if (rules != null) {
            builder.rulesDirectory(rules.toString().isEmpty() ? Path.of(".") : rules);
        }
        SenRules engine = builder.build();
        Set<String> ruleSets = new LinkedHashSet<>();
        loaded.forEach(s -> ruleSets.add(s.ruleSet()));
        out.println("Scenarios: " + scenarios + ", run against " + against + ":");
        for (String id : ruleSets) {
            if (engine.ruleSets().stream().noneMatch(r -> r.id().equals(id))) {
                continue; // the scenario fails, naming the unknown rule set
            }
            RuleSetOrigin o = engine.origin(id);
            out.println("  " + id + ": rules from the " + o.rulesFrom() + " (rules " + o.rulesFingerprint() + "), values from the "
                    + o.valuesFrom() + (o.councilFiles().isEmpty() ? "" : "; your files: " + String.join(", ", o.councilFiles())));
            if (packFolder && !o.rulesFrom().equals("council")) {
                List<String> differ = differsFromPackage(engine, id, given);
                if (!differ.isEmpty()) {
                    throw new UsageException(given + " is not what the pack was built from: " + String.join(", ", differ)
                            + " differ from the packaged files. Rebuild the pack (mvn -B install) to test it, or test a rules folder"
                            + " (./sen rules export " + id + " DIR, then ./sen test --rules DIR)");
                }
            }
        }
        out.println();
        int failed = 0;
        for (Scenario s : loaded) {
            ScenarioResult r;
            try {
                r = Scenarios.run(engine, s);
            } catch (RuntimeException e) {
                failed++;
                out.println("FAIL " + s.name() + "  (" + s.file() + ")");
                out.println("    no decision: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
                continue;
            }
            out.println(r.report());
            String values = valuesFingerprint(r.actual());
            if (r.passed()) {
                out.println("    rules that fired: " + (r.firedRules().isEmpty() ? "none" : String.join(", ", r.firedRules()))
                        + (values == null ? "" : "; values " + ValidateCommand.shortPrint(values)));
            } else {
                failed++;
                if (values != null) {
                    out.println("    values " + values);
                }
            }
        }
        out.println();
        out.println(loaded.size() + " scenarios: " + (loaded.size() - failed) + " passed, " + failed + " failed.");
        return failed == 0 ? Main.OK : Main.FAILED;
    }

    /** Whether a folder holds a file a rules folder holds (a rule, declaration, parameter, policy, values or sources file). */
    static boolean holdsRuleFiles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .anyMatch(n -> RULE_FILES.stream().anyMatch(n::endsWith) || n.equals("senrules-manifest.txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files of a rule-set folder that differ from the packaged files of the same name. */
    private static List<String> differsFromPackage(SenRules engine, String id, Path folder) {
        List<String> out = new ArrayList<>();
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("sen-test");
            for (Path p : engine.exportFiles(id, scratch)) {
                Path mine = folder.resolve(p.getFileName().toString());
                if (Files.isRegularFile(mine) && !Files.readString(mine).equals(Files.readString(p))) {
                    out.add(mine.getFileName().toString());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (scratch != null) {
                try (Stream<Path> s = Files.walk(scratch)) {
                    s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException e) {
                    // only a scratch folder
                }
            }
        }
    }

    private static String valuesFingerprint(String decision) {
        try {
            JsonNode n = MAPPER.readTree(decision).path("parametersFingerprint");
            return n.isTextual() ? n.textValue() : null;
        } catch (IOException e) {
            return null;
        }
    }
}
