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
import org.senrules.simulation.Trajectory;

/**
 * {@code sen simulate COHORT.json --policies current,dbv-option-3,... [--out DIR]}: every case
 * under every policy, with a table per policy; with {@code --out}, the same as CSV and JSON
 * and a self-contained HTML report. {@code --compare-parameters FILE} runs the cohort under
 * {@code current} with a second parameter file and reports the cost and the pupils whose band
 * or funding would change. {@code --years 2025-26:2029-30} also moves the cohort through the years
 * ({@link TrajectoryOptions}), with {@code trajectory.csv} and its section of the report.
 */
final class SimulateCommand {
    static final Set<String> OPTIONS = Set.of("--rules", "--parameters", "--policies", "--out", "--compare-parameters",
            "--hnb", "--budget", "--brought-forward", "--outturn", "--years", "--profile", "--seed");

    /** A run: the one-snapshot simulation and, with {@code --years}, the trajectory (else {@code null}). */
    record Run(Simulation.Result result, Trajectory.Result trajectory) {
    }

    private SimulateCommand() {
    }

    static int run(List<String> argv, PrintStream out, PrintStream err) {
        Args args = Args.parse("simulate", argv, OPTIONS, Set.of("--quiet"));
        String file = args.single("cohort file");
        Run run = simulateAll(args, file, args.has("--quiet") ? null : err);
        Simulation.Result result = run.result();
        TextReport.print(result, out);
        if (run.trajectory() != null) {
            TrajectoryReport.print(run.trajectory(), out);
        }
        args.value("--out").ifPresent(dir -> {
            Path written = ReportFiles.write(result, run.trajectory(), Path.of(dir));
            out.println();
            out.println("Report: " + written.toAbsolutePath().normalize()
                    + "  (also summary.csv, areas.csv, localities.csv" + (result.comparison() != null ? ", changes.csv" : "")
                    + (run.trajectory() != null ? ", trajectory.csv" : "") + ", simulation.json)");
        });
        return Main.OK;
    }

    static Simulation.Result simulate(Args args, String file, PrintStream progressTo) {
        return simulateAll(args, file, progressTo).result();
    }

    static Run simulateAll(Args args, String file, PrintStream progressTo) {
        TrajectoryOptions.check(args);
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
        Simulation.Result result;
        try {
            result = simulation.progress(progress::advance).run();
        } finally {
            progress.finish();
        }
        return new Run(result, TrajectoryOptions.run(args, engine, cohort, policyNames, hnb));
    }
}
