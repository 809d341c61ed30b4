package org.senrules.examples.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.simulation.HighNeedsBlock;
import org.senrules.simulation.Simulation;
import org.senrules.simulation.SimulationRunner;

/**
 * {@code sen simulate COHORT.json --policies current,dbv-option-3,... [--out DIR]}: every case
 * under every policy, with a table per policy; with {@code --out}, the same as CSV and JSON
 * and a self-contained HTML report. {@code --compare-parameters FILE} runs the cohort under
 * {@code current} with a second parameter file and reports the cost and the pupils whose band
 * or funding would change.
 */
final class SimulateCommand {
    static final Set<String> OPTIONS = Set.of("--rules", "--parameters", "--policies", "--out", "--compare-parameters",
            "--hnb", "--budget", "--brought-forward", "--outturn");

    private SimulateCommand() {
    }

    static int run(List<String> argv, PrintStream out, PrintStream err) {
        Args args = Args.parse("simulate", argv, OPTIONS, Set.of("--quiet"));
        String file = args.single("cohort file");
        Simulation.Result result = simulate(args, file, args.has("--quiet") ? null : err);
        TextReport.print(result, out);
        args.value("--out").ifPresent(dir -> {
            Path written = ReportFiles.write(result, Path.of(dir));
            out.println();
            out.println("Report: " + written.toAbsolutePath().normalize()
                    + "  (also summary.csv, areas.csv, localities.csv" + (result.comparison() != null ? ", changes.csv" : "")
                    + ", simulation.json)");
        });
        return Main.OK;
    }

    static Simulation.Result simulate(Args args, String file, PrintStream progressTo) {
        if (!file.equals("-") && !Files.isRegularFile(Path.of(file))) {
            throw new UsageException(file + ": no such file");
        }
        List<String> policyNames = new ArrayList<>();
        for (String p : args.values("--policies")) {
            Arrays.stream(p.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(policyNames::add);
        }
        SenRules engine = Engines.build(args, "--parameters");
        List<Request> cohort;
        try (InputStream in = file.equals("-") ? System.in : Files.newInputStream(Path.of(file))) {
            cohort = engine.json().read(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        SimulationRunner simulation = Simulation.of(engine, cohort).policies(policyNames)
                .describedBy(args.value("--rules").orElse(null), args.values("--parameters"), args.values("--compare-parameters"));
        try {
            simulation.policiesToRun(); // a mixed cohort or an unknown policy is a usage error, before any other work
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (args.has("--compare-parameters")) {
            simulation.compareParameters(Engines.build(args, "--parameters", "--compare-parameters"),
                    String.join(", ", args.values("--compare-parameters")));
        }
        HighNeedsBlock hnb = HnbOptions.from(args, engine, cohort.get(0).asOf());
        if (hnb != null) {
            simulation.highNeedsBlock(hnb);
        }
        Progress progress = progressTo == null ? Progress.silent() : new Progress(progressTo, simulation.decisions());
        try {
            return simulation.progress(progress::advance).run();
        } finally {
            progress.finish();
        }
    }
}
