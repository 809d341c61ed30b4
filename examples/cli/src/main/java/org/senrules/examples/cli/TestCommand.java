package org.senrules.examples.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.senrules.core.SenRules;
import org.senrules.core.scenario.Scenario;
import org.senrules.core.scenario.ScenarioResult;
import org.senrules.core.scenario.Scenarios;

/**
 * {@code sen test DIR}: runs a folder of scenario files and prints PASS or FAIL per scenario,
 * with each difference and the rules that fired. Exit status 1 on any failure.
 */
final class TestCommand {
    private TestCommand() {
    }

    static int run(List<String> argv, PrintStream out, PrintStream err) {
        Args args = Args.parse("test", argv, Engines.withOptions(), Set.of());
        Path dir = Path.of(args.single("scenario folder"));
        if (!Files.isDirectory(dir)) {
            throw new UsageException(dir + ": no such folder");
        }
        List<Scenario> scenarios;
        try {
            scenarios = Scenarios.load(dir);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (scenarios.isEmpty()) {
            throw new UsageException(dir + ": no scenario files (*.json) in it");
        }
        SenRules engine = Engines.build(args, "--parameters");
        int failed = 0;
        for (Scenario s : scenarios) {
            ScenarioResult r = Scenarios.run(engine, s);
            out.println(r.report());
            if (r.passed()) {
                out.println("    rules that fired: " + (r.firedRules().isEmpty() ? "none" : String.join(", ", r.firedRules())));
            } else {
                failed++;
            }
        }
        out.println();
        out.println(scenarios.size() + " scenarios: " + (scenarios.size() - failed) + " passed, " + failed + " failed.");
        return failed == 0 ? Main.OK : Main.FAILED;
    }
}
