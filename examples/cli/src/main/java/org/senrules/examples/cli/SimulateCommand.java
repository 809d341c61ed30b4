package org.senrules.examples.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.senrules.core.PolicyVariant;
import org.senrules.core.Request;
import org.senrules.core.RuleSetInfo;
import org.senrules.core.SenRules;

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
        RuleSetInfo info = Simulation.ruleSet(engine, cohort);
        Simulation.Fields fields = Simulation.Fields.of(info);
        List<PolicyVariant> policies = Simulation.policies(info, policyNames);
        SenRules compareEngine = null;
        String compareFile = null;
        if (args.has("--compare-parameters")) {
            compareFile = String.join(", ", args.values("--compare-parameters"));
            compareEngine = Engines.build(args, "--parameters", "--compare-parameters");
        }
        Hnb hnb = Hnb.from(args, engine, cohort.get(0).asOf());

        long total = (long) cohort.size() * (policies.size() + (compareEngine == null ? 0 : 1));
        Progress progress = progressTo == null ? Progress.silent() : new Progress(progressTo, total);
        List<Simulation.PolicyResult> results = new ArrayList<>();
        Simulation.PolicyResult compared = null;
        try {
            for (PolicyVariant p : policies) {
                results.add(Simulation.run(engine, cohort, p, fields, progress));
            }
            if (compareEngine != null) {
                compared = Simulation.run(compareEngine, cohort, policies.get(0), fields, progress);
            }
        } finally {
            progress.finish();
        }
        Simulation.PolicyResult current = results.get(0);
        for (Simulation.PolicyResult p : results) {
            Simulation.compareWithCurrent(current, p);
        }
        String[] ids = new String[cohort.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = cohort.get(i).caseData().caseId();
        }
        Simulation.Comparison comparison = compared == null ? null
                : Simulation.compareParameters(compareFile, fields, ids, current, compared);
        Hnb.Effect baseline = null;
        if (hnb != null) {
            baseline = hnb.baseline();
            for (Simulation.PolicyResult p : results) {
                p.hnb = hnb.withChange(p.change);
            }
        }
        org.senrules.core.RuleSetOrigin origin = engine.origin(info.id());
        RunSources sources = new RunSources(args.value("--rules").orElse(null), args.values("--parameters"),
                args.values("--compare-parameters"), origin.councilFiles(), origin.rulesFrom(), origin.valuesFrom());
        return new Simulation.Result(info.id(), info.version(), cohort.get(0).asOf(), cohort.size(), ids, fields, results,
                comparison, baseline, hnb == null ? null : hnb.describe, sources);
    }
}
