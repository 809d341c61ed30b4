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
import org.senrules.simulation.CohortCsv;
import org.senrules.simulation.HighNeedsBlock;
import org.senrules.simulation.Simulation;
import org.senrules.simulation.SimulationFiles;
import org.senrules.simulation.Sensitivity;
import org.senrules.simulation.SimulationRunner;
import org.senrules.simulation.Trajectory;
import org.senrules.simulation.Uncertainty;
import org.senrules.simulation.UncertaintyFiles;

/**
 * {@code sen simulate COHORT.json|COHORT.csv --policies current,dbv-option-3,... [--out DIR]}: every case
 * under every policy, with a table per policy; with {@code --out}, the same as CSV, JSON and an
 * XLSX workbook, and a self-contained HTML report. A policy may be a combination its policy file
 * allows, such as {@code dbv-option-6/dbv-option-4}. {@code --compare-parameters FILE} runs the cohort under
 * {@code current} with a second parameter file and reports the cost and the pupils whose band
 * or funding would change. {@code --years 2025-26:2029-30} also moves the cohort through the years
 * ({@link TrajectoryOptions}), with {@code trajectory.csv} and its section of the report.
 */
final class SimulateCommand {
    static final Set<String> OPTIONS = Engines.withOptions("--policies", "--out", "--compare-parameters",
            "--hnb", "--budget", "--brought-forward", "--outturn", "--rule-set", "--as-of", "--cost-neutral-tolerance",
            "--years", "--profile", "--seed", "--columns", "--sufficiency", "--places-open", "--scenario", "--scenario-switch", "--runs");
    /** The largest cohort CSV read: far more than a council's whole SEND census. */
    static final int MAX_CSV_BYTES = 256 * 1024 * 1024;

    /**
     * A run: the one-snapshot simulation and, with {@code --years}, the trajectory (else
     * {@code null}), with {@code --sensitivity} its sensitivity runs and with {@code --runs} its
     * uncertainty runs (else {@code null}).
     */
    record Run(Simulation.Result result, Trajectory.Result trajectory, Sensitivity.Result sensitivity, Uncertainty.Result uncertainty,
            Trajectory.Result withoutScenario) {
        Run(Simulation.Result result, TrajectoryOptions.Years years) {
            this(result, years == null ? null : years.trajectory(), years == null ? null : years.sensitivity(),
                    years == null ? null : years.uncertainty(), years == null ? null : years.withoutScenario());
        }
    }

    /** The switches (options without a value) simulate takes. */
    static final Set<String> SWITCHES = Set.of("--quiet", "--sensitivity", "--strict");

    private SimulateCommand() {
    }

    static int run(List<String> argv, PrintStream out, PrintStream err) {
        Args args = Args.parse("simulate", argv, OPTIONS, SWITCHES);
        if (args.positional().size() > 1) {
            return several(args, args.positional(), out, err);
        }
        String file = args.single("cohort file");
        Run run = simulateAll(args, file, args.has("--quiet") ? null : err, err);
        print(run, out);
        args.value("--out").ifPresent(dir -> written(run, Path.of(dir), out));
        return Main.OK;
    }

    private static void print(Run run, PrintStream out) {
        print(run, out, true);
    }

    /** The run on the terminal: the simulation's tables (in full, or in short as the demo prints them), the years, the sensitivity. */
    static void print(Run run, PrintStream out, boolean full) {
        if (!full) {
            // the demo opens with the written summary, as the report does
            out.println("Summary (also summary.md, each figure linked to its table in report.html):");
            for (List<WrittenSummary.Piece> p : WrittenSummary.of(run.result(), run.trajectory(), run.sensitivity())) {
                StringBuilder line = new StringBuilder();
                p.forEach(piece -> line.append(piece.text()));
                out.println();
                wrap(line.toString(), 110).forEach(l -> out.println("  " + l));
            }
            out.println();
        }
        TextReport.print(run.result(), out, full);
        if (run.result().hnbStatement() != null) {
            TextReport.printStatement(run.result().hnbStatement(), out);
        }
        if (run.trajectory() != null) {
            TrajectoryReport.print(run.trajectory(), out);
            if (run.withoutScenario() != null) {
                TrajectoryReport.printAgainstNone(run.trajectory(), run.withoutScenario(), out);
            }
            TrajectoryReport.printReconciliation(org.senrules.simulation.Reconciliation.of(run.result(), run.trajectory()), out);
        }
        if (run.sensitivity() != null) {
            TrajectoryReport.printSensitivity(run.sensitivity(), out);
        }
        if (run.uncertainty() != null) {
            UncertaintyReport.print(run.uncertainty(), out);
        }
    }

    private static void written(Run run, Path dir, PrintStream out) {
        Simulation.Result result = run.result();
        Path written = ReportFiles.write(run, dir);
        out.println();
        out.println("Report: " + written.toAbsolutePath().normalize()
                + "  (also " + String.join(", ", SimulationFiles.tables(result).stream().map(SimulationFiles.Table::fileName).toList())
                + (result.hnbStatement() != null ? ", " + SimulationFiles.STATEMENT_FILE : "")
                + (run.trajectory() != null ? ", trajectory.csv" : "")
                + (run.trajectory() != null && run.trajectory().sufficiency() != null ? ", sufficiency.csv, places.csv" : "")
                + (run.sensitivity() != null ? ", sensitivity.csv" : "")
                + (run.uncertainty() != null ? ", " + UncertaintyFiles.FILE + ", " + UncertaintyFiles.RUNS_FILE : "")
                + ", simulation.json and " + SimulationFiles.WORKBOOK + ")");
    }

    /** {@code text} in lines of at most {@code width} characters, broken at spaces. */
    static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                out.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
        return out;
    }

    /** The options that name one rule set's policies, cases or values, refused with several cohorts. */
    static final List<String> ONE_COHORT_ONLY = List.of("--policies", "--compare-parameters", "--rule-set", "--as-of");

    /**
     * {@code sen simulate EHCP.json SSPP.json ...}: several cohorts (such as the two files of
     * {@code sen cohort --kind send}) in one process, with one engine: each is simulated with the
     * same options as it would be alone, in the order given, and the reports are printed in that
     * order once every cohort has been simulated, so a cohort that is refused leaves nothing
     * printed or written. With {@code --out DIR}, each cohort's files go to {@code DIR/NAME}, NAME
     * being its file name without the extension. Each cohort is read whole before it is simulated.
     */
    private static int several(Args args, List<String> files, PrintStream out, PrintStream err) {
        for (String o : ONE_COHORT_ONLY) {
            if (args.has(o)) {
                throw new UsageException(o + " is for one cohort (its rule set's policies, cases or values); with " + files.size()
                        + " cohort files give it to a run of one cohort, or leave it out");
            }
        }
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        for (String file : files) {
            if (file.equals("-")) {
                throw new UsageException("a cohort from standard input (-) is read alone: give the " + files.size() + " cohorts as files");
            }
            if (!Files.isRegularFile(Path.of(file))) {
                throw new UsageException(file + ": no such file");
            }
            String name = outputName(file);
            String other = names.putIfAbsent(name, file);
            if (other != null) {
                throw new UsageException(other + " and " + file + " would write their reports to the same folder, " + name
                        + ": give the cohorts files of different names");
            }
        }
        TrajectoryOptions.check(args);
        SenRules engine = Engines.batch(args, "--parameters");
        // every cohort read, checked and configured before any is simulated
        List<Prepared> prepared = new ArrayList<>();
        long decisions = 0;
        for (int i = 0; i < files.size(); i++) {
            try {
                Prepared p = prepare(args, files.get(i), engine, List.of(), err);
                prepared.add(p);
                decisions += p.simulation().decisions();
            } catch (org.senrules.core.InvalidRequestException e) {
                // the violations' paths are within the cohort: say which one, before they are printed
                err.println("sen: cohort " + (i + 1) + " of " + files.size() + ", " + files.get(i) + ", is refused; nothing was simulated");
                throw e;
            }
        }
        // Then simulated one after the other, in the order given. (Side by side, a thread each, was
        // measured slower on two cores: 12.3-14.5 s against 11.7-11.9 s for the Birmingham-scale pair,
        // docs/performance.md.)
        Progress progress = args.has("--quiet") ? Progress.silent() : new Progress(err, decisions);
        List<Run> runs = new ArrayList<>();
        try {
            for (Prepared p : prepared) {
                runs.add(execute(args, engine, p, progress));
            }
        } finally {
            progress.finish();
        }
        for (int i = 0; i < files.size(); i++) {
            if (i > 0) {
                out.println();
            }
            out.println("==== Cohort " + (i + 1) + " of " + files.size() + ": " + files.get(i) + " ====");
            out.println();
            print(runs.get(i), out);
            int at = i;
            args.value("--out").ifPresent(dir -> written(runs.get(at), Path.of(dir).resolve(outputName(files.get(at))), out));
        }
        return Main.OK;
    }

    /** The folder a cohort's report goes to when several are simulated: its file name without the extension. */
    static String outputName(String file) {
        String name = Path.of(file).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /**
     * The cohort: JSON as the contract gives it, or CSV (a file ending {@code .csv}) read by
     * {@link CohortCsv}, its rule set and date from its columns or {@code --rule-set} and {@code --as-of}.
     */
    static List<Request> cohort(Args args, String file, SenRules engine, PrintStream notes) {
        boolean csv = file.toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
        if (!csv) {
            for (String o : List.of("--rule-set", "--as-of", "--columns", "--strict")) {
                if (args.has(o)) {
                    throw new UsageException(o + " is for a CSV cohort (a file ending .csv); a JSON cohort names its ruleSet and asOf");
                }
            }
            try (InputStream in = file.equals("-") ? System.in : Files.newInputStream(Path.of(file))) {
                return engine.json().read(in);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        java.time.LocalDate asOf = null;
        if (args.has("--as-of")) {
            try {
                asOf = java.time.LocalDate.parse(args.value("--as-of").orElseThrow());
            } catch (java.time.format.DateTimeParseException e) {
                throw new UsageException("--as-of is a date, yyyy-MM-dd, not " + args.value("--as-of").orElseThrow());
            }
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            bytes = in.readNBytes(MAX_CSV_BYTES + 1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (bytes.length > MAX_CSV_BYTES) {
            throw new UsageException(file + " is larger than " + (MAX_CSV_BYTES / (1024 * 1024)) + " MiB");
        }
        String text;
        try {
            // a spreadsheet's "CSV UTF-8" starts with a byte-order mark, which CohortCsv skips
            text = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new UsageException(file + " is not valid UTF-8; save it from the spreadsheet as \"CSV UTF-8\"");
        }
        CohortCsv.Extract extract = CohortCsv.read(engine, text, args.value("--rule-set").orElse(null), asOf, args.has("--strict"),
                columnMap(args));
        if (!extract.ignored().isEmpty()) {
            // said on every run, --quiet or not: a column the council meant as a case field would otherwise go unnoticed
            notes.println("sen: " + Path.of(file).getFileName() + ": columns that are not case fields, left out (--strict refuses "
                    + "them; --columns FILE maps a header to a field): " + String.join(", ", extract.ignored()));
        }
        return extract.cases();
    }

    /**
     * {@code --columns FILE}: a JSON object from the council's headers to case fields, such as
     * {@code {"Pupil ID": "caseId", "Consent": "parentalConsent"}}; empty without the option.
     */
    static java.util.Map<String, String> columnMap(Args args) {
        if (!args.has("--columns")) {
            return java.util.Map.of();
        }
        String file = args.value("--columns").orElseThrow();
        com.fasterxml.jackson.databind.JsonNode root;
        try {
            root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(Main.read(file));
        } catch (java.io.IOException e) {
            throw new UsageException("--columns " + file + " is not valid JSON: give an object from the file's headers to case fields, "
                    + "such as {\"Pupil ID\": \"caseId\"}");
        }
        if (root == null || !root.isObject()) {
            throw new UsageException("--columns " + file + " must be a JSON object from the file's headers to case fields, such as "
                    + "{\"Pupil ID\": \"caseId\"}");
        }
        java.util.Map<String, String> map = new java.util.LinkedHashMap<>();
        for (var e : root.properties()) {
            if (!e.getValue().isTextual() || e.getValue().asText().isBlank()) {
                throw new UsageException("--columns " + file + ": the header \"" + e.getKey() + "\" maps to a case field's name, as text");
            }
            map.put(e.getKey(), e.getValue().asText());
        }
        return map;
    }

    static Simulation.Result simulate(Args args, String file, PrintStream progressTo) {
        return simulateAll(args, file, progressTo).result();
    }

    static Run simulateAll(Args args, String file, PrintStream progressTo) {
        return simulateAll(args, file, progressTo, progressTo == null ? System.err : progressTo);
    }

    /** As above, with the notes on reading a council's extract (the columns left out) to {@code notes}. */
    static Run simulateAll(Args args, String file, PrintStream progressTo, PrintStream notes) {
        TrajectoryOptions.check(args);
        if (!file.equals("-") && !Files.isRegularFile(Path.of(file))) {
            throw new UsageException(file + ": no such file");
        }
        List<String> policyNames = new ArrayList<>();
        for (String p : args.values("--policies")) {
            Arrays.stream(p.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(policyNames::add);
        }
        SenRules engine = Engines.batch(args, "--parameters");
        if (streams(args, file)) {
            return streamed(args, file, progressTo, engine, policyNames);
        }
        return held(args, file, progressTo, engine, policyNames, notes);
    }

    /** A cohort read whole, then simulated (and with {@code --years} moved through the years). */
    private static Run held(Args args, String file, PrintStream progressTo, SenRules engine, List<String> policyNames,
                            PrintStream notes) {
        Prepared p = prepare(args, file, engine, policyNames, notes);
        Progress progress = progressTo == null ? Progress.silent() : new Progress(progressTo, p.simulation().decisions());
        try {
            return execute(args, engine, p, progress);
        } finally {
            progress.finish();
        }
    }

    /** A cohort read and checked, its simulation configured: everything that can be refused before the work. */
    private record Prepared(List<Request> cohort, SimulationRunner simulation, HighNeedsBlock hnb, List<String> policyNames) {
    }

    private static Prepared prepare(Args args, String file, SenRules engine, List<String> policyNames, PrintStream notes) {
        List<Request> cohort = cohort(args, file, engine, notes);
        SimulationRunner simulation = configure(Simulation.of(engine, cohort), args, engine, policyNames);
        HighNeedsBlock hnb = HnbOptions.from(args, engine, cohort.get(0).asOf());
        if (hnb != null) {
            simulation.highNeedsBlock(hnb);
        }
        return new Prepared(cohort, simulation, hnb, policyNames);
    }

    private static Run execute(Args args, SenRules engine, Prepared p, Progress progress) {
        Simulation.Result result = p.simulation().progress(progress::advance).run();
        return new Run(result, TrajectoryOptions.run(args, engine, p.cohort(), p.policyNames(), p.hnb()));
    }

    /**
     * Whether the cohort is read as it is simulated, case by case, rather than held: a JSON
     * cohort without {@code --years} (the trajectory moves the whole cohort year by year, so it
     * holds it). A streamed cohort has no case-count limit and no document cap.
     */
    private static boolean streams(Args args, String file) {
        return !file.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") && !args.has("--years");
    }

    /**
     * The snapshot of a JSON cohort read case by case: the simulation is configured once the
     * cohort's envelope is read (its rule set and date known), then each chunk of cases is
     * decided as it is read and dropped. The same checks in the same order as the held route:
     * a cohort with violations is refused with them (nothing is reported), and only then a
     * usage error of the options.
     */
    private static Run streamed(Args args, String file, PrintStream progressTo, SenRules engine, List<String> policyNames) {
        for (String o : List.of("--rule-set", "--as-of")) {
            if (args.has(o)) {
                throw new UsageException(o + " is for a CSV cohort (a file ending .csv); a JSON cohort names its ruleSet and asOf");
            }
        }
        long size = file.equals("-") ? -1 : Path.of(file).toFile().length();
        Streaming run = new Streaming(args, engine, policyNames, progressTo, size);
        long cases;
        try (CountingInput in = new CountingInput(file.equals("-") ? System.in : Files.newInputStream(Path.of(file)))) {
            run.in = in;
            cases = engine.json().readCohort(in, READ_CHUNK, run::add);
            run.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            run.progress.finish();
        }
        if (run.refused != null) {
            throw run.refused;
        }
        if (cases == 0) {
            // no case to configure from: the held route refuses it as it always has
            configure(Simulation.of(engine, List.of()), args, engine, policyNames).run();
            throw new IllegalStateException("an empty cohort was not refused");
        }
        return new Run(run.pass.finish(), (TrajectoryOptions.Years) null);
    }

    /** Cases read at a time from a streamed cohort; the simulation decides them in its own chunks. */
    private static final int READ_CHUNK = 256;

    /** A streamed simulation: set up on its first chunk, then fed chunk by chunk. */
    private static final class Streaming {
        private final Args args;
        private final SenRules engine;
        private final List<String> policyNames;
        private final PrintStream progressTo;
        private final long size;
        CountingInput in;
        Progress progress = Progress.silent();
        SimulationRunner.Pass pass;
        private long perCase;
        private long read;
        private List<Request> pending = new ArrayList<>();
        /** A usage error met setting up: raised once the cohort is known to be valid. */
        RuntimeException refused;

        Streaming(Args args, SenRules engine, List<String> policyNames, PrintStream progressTo, long size) {
            this.args = args;
            this.engine = engine;
            this.policyNames = policyNames;
            this.progressTo = progressTo;
            this.size = size;
        }

        void add(List<Request> chunk) {
            if (refused != null) {
                return;
            }
            if (pass == null) {
                try {
                    Request first = chunk.get(0);
                    SimulationRunner simulation = configure(Simulation.streamed(engine, first.ruleSet(), first.asOf()), args, engine,
                            policyNames);
                    HighNeedsBlock hnb = HnbOptions.from(args, engine, first.asOf());
                    if (hnb != null) {
                        simulation.highNeedsBlock(hnb);
                    }
                    perCase = simulation.decisions();
                    progress = progressTo == null ? Progress.silent() : new Progress(progressTo, perCase);
                    pass = simulation.progress(progress::advance).start();
                } catch (RuntimeException e) {
                    refused = e;
                    return;
                }
            }
            read += chunk.size();
            if (size > 0 && in.count() > 0) {
                // the cohort's size is not known until it is read: estimated from the bytes read so far
                progress.total(Math.max(read, read * size / in.count()) * perCase);
            }
            pending.addAll(chunk);
            if (pending.size() >= pass.chunkSize()) {
                flush();
            }
        }

        /** Hands the cases read so far to the simulation. */
        void flush() {
            if (pass != null && refused == null && !pending.isEmpty()) {
                pass.add(pending);
                pending = new ArrayList<>();
            }
        }
    }

    /** An input stream that counts the bytes read through it, for the progress bar's estimate. */
    private static final class CountingInput extends java.io.FilterInputStream {
        private long count;

        CountingInput(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws java.io.IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws java.io.IOException {
            int n = super.read(b, off, len);
            count += Math.max(0, n);
            return n;
        }

        long count() {
            return count;
        }
    }

    /** The options every simulation takes, checked in the order the held route has always checked them. */
    private static SimulationRunner configure(SimulationRunner simulation, Args args, SenRules engine, List<String> policyNames) {
        simulation.policies(policyNames)
                .describedBy(args.value("--rules").orElse(null), args.values("--parameters"), args.values("--compare-parameters"));
        args.value("--cost-neutral-tolerance").ifPresent(t -> {
            try {
                simulation.costNeutralTolerancePercent(new java.math.BigDecimal(t));
            } catch (NumberFormatException e) {
                throw new UsageException("--cost-neutral-tolerance is a percentage of current's cost, like 1 or 0.5, not " + t);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--cost-neutral-tolerance: " + e.getMessage());
            }
        });
        try {
            simulation.policiesToRun(); // a mixed cohort or an unknown policy is a usage error, before any other work
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (args.has("--compare-parameters")) {
            simulation.compareParameters(Engines.batch(args, "--parameters", "--compare-parameters"),
                    String.join(", ", args.values("--compare-parameters")));
        }
        return simulation;
    }
}
