package org.senrules.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.senrules.core.InvalidRequestException;
import org.senrules.core.SenRules;
import org.senrules.core.Violation;
import org.senrules.core.domain.FinancialYear;
import org.senrules.simulation.Simulation;
import org.senrules.simulation.SimulationFiles;
import org.senrules.simulation.SimulationRunner;
import org.senrules.simulation.Reconciliation;
import org.senrules.simulation.Trajectory;
import org.senrules.simulation.TrajectoryFiles;
import org.senrules.simulation.Uncertainty;
import org.senrules.simulation.UncertaintyFiles;

/**
 * {@code ./sen simulate} on Apache Spark: the main class for {@code spark-submit} and a Databricks
 * JAR task. The same cohort, options and seed give the same {@code summary.csv} (and every other
 * table, {@code simulation.json} and the workbook) and {@code trajectory.csv} as {@code ./sen
 * simulate}, byte for byte, whatever the cluster; with {@code --runs N}, the same
 * {@code uncertainty.csv} and {@code uncertainty-runs.csv}, the runs spread over the cluster by
 * seed. The output folder is written whole or not at all. docs/scale.md has the commands.
 *
 * <pre>
 * COHORT.json | COHORT.jsonl | COHORT.csv | --table NAME --order-by COLUMN
 *   --out DIR [--policies P,...] [--rule-set ID --as-of DATE]
 *   [--hnb FILE | --budget £ --brought-forward £ [--outturn £]] [--cost-neutral-tolerance %]
 *   [--years FIRST:LAST --profile FILE [--seed N] [--runs N]]
 *   [--rules DIR] [--parameters [ID=]FILE ...] [--oag-catalogue FILE] [--slices N]
 * </pre>
 */
public final class SparkSimulate {
    /** Exit status of a run that failed on bad input or options (as {@code ./sen}'s). */
    public static final int BAD_INPUT = 2;
    private static final Set<String> OPTIONS = Set.of("--out", "--policies", "--rule-set", "--as-of", "--hnb", "--budget",
            "--brought-forward", "--outturn", "--cost-neutral-tolerance", "--years", "--profile", "--seed", "--rules", "--parameters",
            "--oag-catalogue", "--table", "--order-by", "--slices", "--compare-parameters", "--runs", "--columns");
    /** Options without a value. */
    private static final Set<String> SWITCHES = Set.of("--strict");
    private static final Set<String> REPEATABLE = Set.of("--parameters", "--policies");

    private SparkSimulate() {
    }

    /**
     * Runs the job on the session Spark provides ({@code spark-submit}, Databricks) and leaves the
     * session running, as a JAR task must. A job that cannot run throws, so that the cluster marks it failed.
     */
    public static void main(String[] args) {
        SparkSession spark = SparkSession.builder().appName("senrules simulate").getOrCreate();
        int status = run(spark, Arrays.asList(args), System.out, System.err);
        if (status != 0) {
            throw new IllegalStateException("senrules simulate failed (status " + status + "); the reason is printed above");
        }
    }

    /**
     * Runs the job with {@code args} on {@code spark}, printing what it wrote to {@code out} and
     * any problem to {@code err}.
     *
     * @return 0 when the files are written, {@link #BAD_INPUT} when the input or an option is refused
     *         (nothing is written)
     * @throws RuntimeException when the job itself fails (an executor's task, the file system):
     *                          nothing is written then either
     */
    public static int run(SparkSession spark, List<String> args, PrintStream out, PrintStream err) {
        try {
            return new SparkSimulate.Job(spark, parse(args), out).run();
        } catch (UsageException e) {
            err.println("sen-spark: " + e.getMessage());
            return BAD_INPUT;
        } catch (InvalidRequestException e) {
            err.println("sen-spark: the cohort is refused; nothing was simulated");
            for (Violation v : e.violations()) {
                err.println("  " + (v.path().isEmpty() ? "" : v.path() + ": ") + v.message());
            }
            return BAD_INPUT;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            // Spark's own failures (a task that failed as often as the cluster retries it) are checked
            // exceptions in Java's eyes, thrown from Scala undeclared; a task's failure is in the message, stack trace and all
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            String why = String.valueOf(root.getMessage()).lines().findFirst().orElse("");
            throw new IllegalStateException("the Spark job failed, and nothing was written: " + why, e);
        }
    }

    /** The options and the positional arguments. */
    private static Map<String, List<String>> parse(List<String> args) {
        Map<String, List<String>> o = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--")) {
                String name = a;
                String value = null;
                int eq = a.indexOf('=');
                if (eq > 0) {
                    name = a.substring(0, eq);
                    value = a.substring(eq + 1);
                }
                if (SWITCHES.contains(name) && value == null) {
                    o.put(name, List.of("true"));
                    continue;
                }
                if (!OPTIONS.contains(name)) {
                    TreeSet<String> known = new TreeSet<>(OPTIONS);
                    known.addAll(SWITCHES);
                    // the option is not repeated (it may be anything): its position instead
                    throw new UsageException("argument " + (i + 1) + " is not an option of this job; the options are " + String.join(" ", known));
                }
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException(name + " needs a value");
                    }
                    value = args.get(++i);
                }
                List<String> values = o.computeIfAbsent(name, k -> new ArrayList<>());
                if (!values.isEmpty() && !REPEATABLE.contains(name)) {
                    throw new UsageException(name + " is given twice");
                }
                values.add(value);
            } else {
                o.computeIfAbsent("", k -> new ArrayList<>()).add(a);
            }
        }
        return o;
    }

    /** One run of the job. */
    private static final class Job {
        private final SparkSession spark;
        private final Map<String, List<String>> o;
        private final PrintStream out;

        Job(SparkSession spark, Map<String, List<String>> options, PrintStream out) {
            this.spark = spark;
            this.o = options;
            this.out = out;
        }

        private String one(String name) {
            List<String> v = o.get(name);
            return v == null ? null : v.get(0);
        }

        private List<String> all(String name) {
            return o.getOrDefault(name, List.of());
        }

        int run() {
            if (o.containsKey("--compare-parameters")) {
                throw new UsageException("--compare-parameters lists every pupil whose funding would change, which a cluster does not "
                        + "gather: run it with ./sen simulate");
            }
            List<String> files = all("");
            if (files.size() > 1) {
                throw new UsageException("one cohort a job: give several cohorts to several jobs (each writes its own --out folder)");
            }
            String file = files.isEmpty() ? null : files.get(0);
            if (file == null && one("--table") == null) {
                throw new UsageException("give a cohort file (.json, .jsonl or .csv) or --table NAME --order-by COLUMN");
            }
            String outDir = one("--out");
            if (outDir == null) {
                throw new UsageException("--out DIR is needed: the folder the files are written to (it must not exist yet, or be empty)");
            }
            OutputFolder folder = OutputFolder.of(Path.of(outDir));
            if (!o.containsKey("--years")) {
                for (String t : List.of("--profile", "--seed", "--runs")) {
                    if (o.containsKey(t)) {
                        throw new UsageException(t + " is read only by a year-by-year run: add --years 2025-26:2029-30, or leave " + t
                                + " out");
                    }
                }
            }
            List<String> policies = new ArrayList<>();
            for (String p : all("--policies")) {
                Arrays.stream(p.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(policies::add);
            }
            SenRules engine = driverEngine();
            EngineSpec recipe = EngineSpec.of(one("--rules"), all("--parameters"), one("--oag-catalogue"));
            JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            Broadcast<EngineSpec> spec = sc.broadcast(recipe);

            CohortInput input = CohortInput.read(spark, engine, file, one("--table"), one("--order-by"), one("--rule-set"), date("--as-of"),
                    o.containsKey("--strict"), columns());
            if (!input.ignored.isEmpty()) {
                out.println("sen-spark: " + Path.of(file).getFileName() + ": columns that are not case fields, left out (--strict refuses "
                        + "them; --columns FILE maps a header to a field): " + String.join(", ", input.ignored));
            }
            input.texts.persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
            try {
                SnapshotJob.Checked checked = SnapshotJob.check(input, spec);
                if (checked.violationCount() > 0) {
                    List<Violation> shown = new ArrayList<>();
                    checked.violations().forEach(v -> shown.add(new Violation(v.path(), v.message())));
                    if (checked.violationCount() > shown.size()) {
                        shown.add(new Violation("", "and " + (checked.violationCount() - shown.size()) + " more"));
                    }
                    throw new InvalidRequestException(shown);
                }
                if (checked.cases() == 0) {
                    throw new UsageException("the cohort has no cases");
                }
                if (checked.last() != checked.cases() - 1) {
                    throw new IllegalStateException("the cohort's cases are numbered to " + checked.last() + " but there are " + checked.cases());
                }
                SimulationRunner runner = configure(Simulation.streamed(engine, input.ruleSet, input.asOf), engine, policies);
                HnbSpec hnb = HnbSpec.of(one("--hnb"), one("--budget"), one("--brought-forward"), one("--outturn"), input.asOf);
                if (hnb != null) {
                    try {
                        runner.highNeedsBlock(hnb.forecast(engine));
                    } catch (InvalidRequestException e) {
                        throw new UsageException("--hnb: the forecast is refused: " + e.violations().get(0).path() + " "
                                + e.violations().get(0).message());
                    }
                }
                TrajectoryJob.Spec trajectory = trajectory(policies, hnb);
                int runs = o.containsKey("--runs") ? runs() : 0;
                Uncertainty.Draws draws = runs > 0 ? draws(trajectory) : null;
                int slices = slices(sc, checked.cases());
                Simulation.Result result = SnapshotJob.run(input, spec, engine, runner, checked.cases(), slices);
                Trajectory.Result years = null;
                Uncertainty.Result uncertainty = null;
                if (trajectory != null) {
                    List<CohortInput.CaseText> texts = new ArrayList<>(input.texts.collect());
                    texts.sort(java.util.Comparator.comparingLong(CohortInput.CaseText::index));
                    Broadcast<List<CohortInput.CaseText>> cohort = sc.broadcast(texts);
                    try {
                        // the years as one run, on the driver: the report's workbook and reconciliation are made from it there
                        years = TrajectoryJob.base(engine, texts, input.parser, trajectory);
                        if (draws != null) {
                            uncertainty = TrajectoryJob.uncertainty(sc, spec, cohort, input.parser, trajectory, draws, runs, slices);
                        }
                    } catch (RuntimeException e) {
                        UsageException why = usageCause(e);
                        if (why != null) {
                            throw new UsageException("--years " + one("--years") + ": " + why.getMessage());
                        }
                        throw e;
                    } finally {
                        cohort.destroy();
                    }
                }
                Trajectory.Result written = years;
                Uncertainty.Result drawn = uncertainty;
                List<String> names = new ArrayList<>();
                Path dir = folder.write(tmp -> {
                    // the files ./sen simulate writes, by the same writers, in the same order
                    SimulationFiles.write(result, written, null, tmp);
                    SimulationFiles.tables(result).forEach(t -> names.add(t.fileName()));
                    if (written != null) {
                        TrajectoryFiles.write(written, tmp);
                        names.add(TrajectoryFiles.FILE);
                        List<Reconciliation.Row> rows = Reconciliation.of(result, written);
                        if (!rows.isEmpty()) {
                            Reconciliation.write(rows, tmp);
                            names.add(Reconciliation.FILE);
                        }
                    }
                    if (drawn != null) {
                        UncertaintyFiles.write(drawn, tmp);
                        names.add(UncertaintyFiles.FILE);
                        names.add(UncertaintyFiles.RUNS_FILE);
                    }
                    names.add("simulation.json");
                    names.add(SimulationFiles.WORKBOOK);
                });
                out.println("senrules on Spark: " + result.cases() + " cases of " + result.ruleSet() + " under "
                        + result.policies().size() + " policies, in " + slices + " slices");
                for (String w : result.warnings()) {
                    out.println("warning: " + w);
                }
                if (written != null) {
                    for (String w : written.warnings()) {
                        out.println("warning (year by year): " + w);
                    }
                }
                if (written != null) {
                    out.println("year by year, " + trajectory.first() + " to " + trajectory.last() + ": " + written.decisions() + " decisions");
                }
                if (drawn != null) {
                    out.println(drawn.runs() + " uncertainty runs in " + Math.min(slices, drawn.runs()) + " tasks, " + drawn.decisions()
                            + " decisions, seed " + drawn.seed() + ", drawing "
                            + String.join(", ", drawn.draws().distributions().stream().map(Uncertainty.Distribution::assumption).toList())
                            + " (" + drawn.draws().label() + ")");
                }
                out.println("Written to " + dir + ": " + String.join(", ", names));
                return 0;
            } finally {
                input.texts.unpersist(false);
                spec.destroy();
            }
        }

        /** The engine on the driver: built from the files where the user keeps them, so a bad folder or file is refused here. */
        private SenRules driverEngine() {
            SenRules.Builder b = SenRules.builder();
            String rules = one("--rules");
            if (rules != null) {
                if (!Files.isDirectory(Path.of(rules))) {
                    throw new UsageException("--rules " + rules + ": no such folder");
                }
                b.rulesDirectory(Path.of(rules));
            }
            String catalogue = one("--oag-catalogue");
            if (catalogue != null) {
                if (!Files.isRegularFile(Path.of(catalogue))) {
                    throw new UsageException("--oag-catalogue " + catalogue + ": no such file");
                }
                b.packSetting(EngineSpec.OAG_CATALOGUE, catalogue);
            }
            EngineSpec.of(null, all("--parameters"), null); // the same checks of each --parameters as the executors' recipe
            for (String p : all("--parameters")) {
                int eq = p.indexOf('=');
                boolean named = eq > 0 && p.substring(0, eq).matches("[a-z][a-z0-9]*(-[a-z0-9]+)*");
                Path f = Path.of(named ? p.substring(eq + 1) : p);
                String id = named ? p.substring(0, eq)
                        : f.getFileName().toString().substring(0, f.getFileName().toString().length() - EngineSpec.SUFFIX.length());
                b.overrideParameters(id, f);
            }
            try {
                return b.build();
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }

        private LocalDate date(String option) {
            String v = one(option);
            if (v == null) {
                return null;
            }
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw new UsageException(option + " is a date, yyyy-MM-dd, not " + v);
            }
        }

        /** The options every simulation takes, as {@code ./sen simulate} sets them. */
        private SimulationRunner configure(SimulationRunner simulation, SenRules engine, List<String> policies) {
            simulation.policies(policies).describedBy(one("--rules"), all("--parameters"), List.of());
            String tolerance = one("--cost-neutral-tolerance");
            if (tolerance != null) {
                try {
                    simulation.costNeutralTolerancePercent(new java.math.BigDecimal(tolerance));
                } catch (NumberFormatException e) {
                    throw new UsageException("--cost-neutral-tolerance is a percentage of current's cost, like 1 or 0.5, not " + tolerance);
                } catch (IllegalArgumentException e) {
                    throw new UsageException("--cost-neutral-tolerance: " + e.getMessage());
                }
            }
            try {
                simulation.policiesToRun();
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            return simulation;
        }

        /** The year-by-year run the options ask for, or {@code null}. */
        private TrajectoryJob.Spec trajectory(List<String> policies, HnbSpec hnb) {
            String years = one("--years");
            if (years == null) {
                return null;
            }
            String[] parts = years.split(":", -1);
            FinancialYear first;
            FinancialYear last;
            try {
                if (parts.length > 2) {
                    throw new IllegalArgumentException("");
                }
                first = FinancialYear.parse(parts[0]);
                last = parts.length == 2 ? FinancialYear.parse(parts[1]) : first;
            } catch (IllegalArgumentException e) {
                throw new UsageException("--years must be financial years FIRST:LAST such as 2025-26:2029-30, not \"" + years + "\"");
            }
            String profile = one("--profile");
            if (profile == null) {
                throw new UsageException("--years needs --profile FILE on Spark (the growth, leaver and budget growth figures): "
                        + "./sen's bundled profile is examples/cli/src/main/resources/org/senrules/examples/cli/cohort-profile.json");
            }
            String text;
            try {
                text = Files.readString(Path.of(profile), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UsageException("--profile " + profile + ": no such file");
            }
            String label = Path.of(profile).getFileName().toString();
            try {
                org.senrules.simulation.TrajectoryAssumptions.fromProfile(text, label);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--profile: " + e.getMessage());
            }
            long seed = 1;
            if (one("--seed") != null) {
                try {
                    seed = Integer.parseInt(one("--seed"));
                } catch (NumberFormatException e) {
                    throw new UsageException("--seed must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
                }
            }
            return new TrajectoryJob.Spec(first.toString(), last.toString(), policies, text, label, seed, hnb);
        }

        /** {@code --columns FILE}: a JSON object from a CSV's headers to case fields, as {@code ./sen simulate} reads it; empty without it. */
        private Map<String, String> columns() {
            String file = one("--columns");
            if (file == null) {
                return Map.of();
            }
            com.fasterxml.jackson.databind.JsonNode root;
            try {
                root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(Files.readAllBytes(Path.of(file)));
            } catch (IOException e) {
                throw new UsageException("--columns " + file + " is not valid JSON: give an object from the file's headers to case fields, "
                        + "such as {\"Pupil ID\": \"caseId\"}");
            }
            if (root == null || !root.isObject()) {
                throw new UsageException("--columns " + file + " must be a JSON object from the file's headers to case fields, such as "
                        + "{\"Pupil ID\": \"caseId\"}");
            }
            Map<String, String> out = new java.util.TreeMap<>();
            for (var e : root.properties()) {
                if (!e.getValue().isTextual()) {
                    throw new UsageException("--columns " + file + ": the header \"" + e.getKey() + "\" maps to a case field's name, as text");
                }
                out.put(e.getKey(), e.getValue().asText());
            }
            return out;
        }

        /** {@code --runs}: how many uncertainty runs. */
        private int runs() {
            String given = one("--runs");
            try {
                int n = Integer.parseInt(given);
                if (n >= 1 && n <= Uncertainty.MAX_RUNS) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // refused below
            }
            throw new UsageException("--runs is a whole number from 1 to " + Uncertainty.MAX_RUNS + ", not " + given);
        }

        /** The distributions of the profile's {@code uncertainty} entry. */
        private Uncertainty.Draws draws(TrajectoryJob.Spec spec) {
            try {
                return Uncertainty.Draws.fromProfile(spec.profile(), spec.assumptions(), spec.profileLabel());
            } catch (IllegalArgumentException e) {
                throw new UsageException("--runs: " + e.getMessage());
            }
        }

        /** How many slices the cohort is decided in: {@code --slices}, else a few per core, at least 256 cases each. */
        private int slices(JavaSparkContext sc, long cases) {
            String given = one("--slices");
            if (given != null) {
                try {
                    int n = Integer.parseInt(given);
                    if (n >= 1 && n <= 100_000) {
                        return n;
                    }
                } catch (NumberFormatException e) {
                    // refused below
                }
                throw new UsageException("--slices is a whole number from 1 to 100000, not " + given);
            }
            return (int) Math.max(1, Math.min(sc.defaultParallelism() * 4L, (cases + 255) / 256));
        }
    }

    /** The usage error a failed task carries, if that is why it failed: a year with no values, say. */
    private static UsageException usageCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException && t.getMessage() != null) {
                return new UsageException(t.getMessage());
            }
        }
        return null;
    }
}
