package org.senrules.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senrules.examples.cli.Main;

/**
 * The Spark job as users run it, on Spark in local mode with two cores: every file it writes is
 * compared, byte for byte, with what {@code ./sen simulate} writes for the same cohort and options;
 * a refused cohort and a failing executor task write nothing.
 */
class SparkSimulateTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /**
     * What ./sen simulate writes that the Spark job does not: the HTML report, made for a browser, and
     * the written summary pasted from it into a paper (both the command line's own, not the simulator's).
     */
    private static final Set<String> COMMAND_LINE_ONLY = Set.of("report.html", "summary.md");

    @TempDir
    static Path dir;
    static SparkSession spark;
    static Path ehcp;
    static Path sspp;

    @BeforeAll
    static void start() {
        spark = Spark.local();
        ehcp = dir.resolve("send.json");
        sspp = dir.resolve("send-sspp.json");
        Run r = sen("cohort", "--kind", "send", "--size", "300", "--seed", "7", "--out", ehcp.toString());
        assertEquals(0, r.exit(), r.toString());
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    static Path root() {
        return Path.of(System.getProperty("sen.projectRoot", "..")).toAbsolutePath().normalize();
    }

    static String file(String relative) {
        return root().resolve(relative).toString();
    }

    record Run(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- out\n" + out + "\n--- err\n" + err;
        }
    }

    /** ./sen ARGS in this JVM. */
    static Run sen(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = Main.run(args, o, e);
        }
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The Spark job with ARGS on the test's local session. */
    static Run onSpark(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = SparkSimulate.run(spark, List.of(args), o, e);
        }
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static List<String> with(List<String> args, String... more) {
        List<String> out = new ArrayList<>(args);
        out.addAll(List.of(more));
        return out;
    }

    /** Every file the Spark job wrote is the command line's, byte for byte, and it wrote every one but the HTML report. */
    static void sameFiles(Path commandLine, Path cluster) throws IOException {
        Set<String> expected = names(commandLine);
        expected.removeAll(COMMAND_LINE_ONLY);
        assertEquals(expected, names(cluster), "the files written");
        for (String name : expected) {
            assertArrayEquals(Files.readAllBytes(commandLine.resolve(name)), Files.readAllBytes(cluster.resolve(name)),
                    () -> name + " differs:\n--- ./sen simulate\n" + text(commandLine.resolve(name)) + "\n--- Spark\n"
                            + text(cluster.resolve(name)));
        }
    }

    private static String text(Path p) {
        try {
            String s = Files.readString(p, StandardCharsets.ISO_8859_1);
            return s.length() > 4000 ? s.substring(0, 4000) + "..." : s;
        } catch (IOException e) {
            return e.toString();
        }
    }

    static Set<String> names(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return new TreeSet<>(s.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void ssppRequests_everyOptionFiveYearsAndSixUncertaintyRuns_sameBytesAsTheCommandLine() throws IOException {
        List<String> options = List.of("--hnb", file("examples/data/high-needs-forecast/2025-26-q2.json"), "--years", "2025-26:2029-30",
                "--profile", file("examples/cli/src/main/resources/org/senrules/examples/cli/cohort-profile.json"), "--seed", "3",
                "--runs", "6",
                "--parameters", "funding-shared=" + file("examples/projected-rates/funding-shared.parameters.json"));
        Path cli = dir.resolve("sspp-cli");
        Path cluster = dir.resolve("sspp-spark");
        Run c = sen(with(List.of("simulate", sspp.toString(), "--out", cli.toString()), options.toArray(String[]::new))
                .toArray(String[]::new));
        assertEquals(0, c.exit(), c.toString());
        // the runs spread over three tasks, two runs each
        Run s = onSpark(with(List.of(sspp.toString(), "--out", cluster.toString(), "--slices", "3"), options.toArray(String[]::new))
                .toArray(String[]::new));
        assertEquals(0, s.exit(), s.toString());
        assertTrue(Files.exists(cluster.resolve("unfunded.csv")), "option 6's locality budgets bind in this cohort");
        assertTrue(Files.exists(cluster.resolve("trajectory.csv")));
        assertTrue(Files.readString(cluster.resolve("uncertainty.csv")).lines().count() == 1 + 8 * 5, "8 policies, 5 years");
        assertTrue(Files.readString(cluster.resolve("uncertainty-runs.csv")).startsWith("run,seed,cohortGrowth,unitValueUplift,"
                + "renewalRate,leavers,highNeedsBudgetGrowth\n0,"));
        sameFiles(cli, cluster);
    }

    @Test
    void ehcpPupils_inOneSliceOrSeven_sameBytesAsTheCommandLine() throws IOException {
        Path cli = dir.resolve("ehcp-cli");
        Run c = sen("simulate", ehcp.toString(), "--out", cli.toString(), "--budget", "£268.248m", "--brought-forward", "£42.583m");
        assertEquals(0, c.exit(), c.toString());
        for (String slices : List.of("1", "7")) {
            Path cluster = dir.resolve("ehcp-spark-" + slices);
            Run s = onSpark(ehcp.toString(), "--out", cluster.toString(), "--slices", slices, "--budget", "£268.248m",
                    "--brought-forward", "£42.583m");
            assertEquals(0, s.exit(), s.toString());
            assertTrue(s.out().contains("in " + slices + " slices"), s.out());
            sameFiles(cli, cluster);
        }
    }

    @Test
    void jsonLinesAndCsv_giveWhatTheDocumentGives() throws IOException {
        JsonNode doc = MAPPER.readTree(sspp.toFile());
        StringBuilder lines = new StringBuilder();
        Set<String> columns = new java.util.LinkedHashSet<>();
        for (JsonNode c : doc.get("cases")) {
            lines.append(c.toString()).append('\n');
            c.fieldNames().forEachRemaining(columns::add);
        }
        Path jsonl = Files.writeString(dir.resolve("sspp.jsonl"), lines);
        StringBuilder csv = new StringBuilder(String.join(",", columns)).append('\n');
        for (JsonNode c : doc.get("cases")) {
            List<String> cells = new ArrayList<>();
            for (String col : columns) {
                JsonNode v = c.get(col);
                String cell = v == null || v.isNull() ? "" : v.isArray() ? join(v) : v.asText();
                cells.add(cell.contains(",") || cell.contains("\"") ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
            }
            csv.append(String.join(",", cells)).append('\n');
        }
        Path csvFile = Files.writeString(dir.resolve("sspp.csv"), csv);
        String ruleSet = doc.get("ruleSet").asText();
        String asOf = doc.get("asOf").asText();
        Path cli = dir.resolve("sspp-doc-cli");
        Run c = sen("simulate", sspp.toString(), "--out", cli.toString(), "--policies", "dbv-option-3,dbv-option-6/dbv-option-4");
        assertEquals(0, c.exit(), c.toString());
        Path fromLines = dir.resolve("sspp-jsonl-spark");
        Run l = onSpark(jsonl.toString(), "--rule-set", ruleSet, "--as-of", asOf, "--out", fromLines.toString(), "--policies",
                "dbv-option-3,dbv-option-6/dbv-option-4");
        assertEquals(0, l.exit(), l.toString());
        sameFiles(cli, fromLines);
        Path cliCsv = dir.resolve("sspp-csv-cli");
        Run cc = sen("simulate", csvFile.toString(), "--rule-set", ruleSet, "--as-of", asOf, "--out", cliCsv.toString(), "--policies",
                "dbv-option-3,dbv-option-6/dbv-option-4");
        assertEquals(0, cc.exit(), cc.toString());
        Path fromCsv = dir.resolve("sspp-csv-spark");
        Run s = onSpark(csvFile.toString(), "--rule-set", ruleSet, "--as-of", asOf, "--out", fromCsv.toString(), "--slices", "3",
                "--policies", "dbv-option-3,dbv-option-6/dbv-option-4");
        assertEquals(0, s.exit(), s.toString());
        sameFiles(cliCsv, fromCsv);
    }

    private static String join(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
            out.add(it.next().asText());
        }
        return String.join(";", out);
    }

    @Test
    void aRefusedCohort_namesEachViolationByLine_andWritesNothing() throws IOException {
        JsonNode doc = MAPPER.readTree(sspp.toFile());
        StringBuilder lines = new StringBuilder();
        int n = 0;
        for (JsonNode c : doc.get("cases")) {
            String text = c.toString();
            if (n == 2) {
                text = text.replaceFirst("\"requestedSupportUnits\":\\d+", "\"requestedSupportUnits\":0");
            }
            if (n == 4) {
                text = "{not json";
            }
            lines.append(text).append('\n');
            n++;
        }
        Path jsonl = Files.writeString(dir.resolve("refused.jsonl"), lines);
        Path out = dir.resolve("refused-out");
        Run r = onSpark(jsonl.toString(), "--rule-set", "sspp-top-up", "--as-of", "2026-01-15", "--out", out.toString());
        assertEquals(SparkSimulate.BAD_INPUT, r.exit(), r.toString());
        assertTrue(r.err().contains("line 3, requestedSupportUnits: must be from 1 to 40, not 0"), r.err());
        assertTrue(r.err().contains("line 5: is not valid JSON"), r.err());
        assertFalse(r.err().contains("{not json"), "the input is not echoed: " + r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aFailingExecutorTask_failsTheJob_andLeavesNoFolder() throws IOException {
        // a council's rules folder whose extra rule throws when a request is decided: the executors' tasks fail
        // (the driver decides no request of a snapshot, so it is the executors that meet the failure)
        Path rules = Files.createDirectories(dir.resolve("failing-rules"));
        String drl;
        try (var in = SparkSimulateTest.class.getResourceAsStream("/META-INF/senrules/sspp-top-up/sspp-top-up.drl")) {
            drl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Files.writeString(rules.resolve("sspp-top-up.drl"), drl + """

                rule "Fails on purpose"
                    @id("fails-on-purpose")
                    @source("{council-sspp-process}: a test of a rule that fails")
                    ruleflow-group "consider"
                when
                    $c : SsppCase( requestedSupportUnits > 0 )
                then
                    int nothing = 0;
                    int fails = 1 / nothing;
                end
                """);
        Path out = dir.resolve("failing-out");
        RuntimeException e = assertThrows(RuntimeException.class, () -> {
            Run r = onSpark(sspp.toString(), "--out", out.toString(), "--rules", rules.toString());
            throw new AssertionError("the job did not fail:\n" + r);
        });
        assertTrue(e.getMessage().startsWith("the Spark job failed, and nothing was written: "), e.getMessage());
        assertTrue(e.getMessage().contains("ArithmeticException: / by zero"), e.getMessage());
        assertFalse(Files.exists(out), "no output folder after a failed job");
        try (Stream<Path> left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(".failing-out")), "no partial folder is left");
        }
    }

    @Test
    void optionsItCannotHonour_areRefusedByName() throws IOException {
        Run compare = onSpark(sspp.toString(), "--out", dir.resolve("x").toString(), "--compare-parameters", "whatever.json");
        assertEquals(SparkSimulate.BAD_INPUT, compare.exit());
        assertTrue(compare.err().contains("--compare-parameters"), compare.err());
        Run unknown = onSpark(sspp.toString(), "--out", dir.resolve("x").toString(), "--explain", "x");
        assertEquals(SparkSimulate.BAD_INPUT, unknown.exit());
        assertTrue(unknown.err().matches("(?s).*argument \\d+ is not an option of this job; the options are .*"), unknown.err());
        assertFalse(unknown.err().contains("--explain"), "what was given is not repeated: " + unknown.err());
        Path full = Files.createDirectories(dir.resolve("full"));
        Files.writeString(full.resolve("summary.csv"), "another run's\n");
        Run notEmpty = onSpark(sspp.toString(), "--out", full.toString());
        assertEquals(SparkSimulate.BAD_INPUT, notEmpty.exit());
        assertTrue(notEmpty.err().contains("is not empty"), notEmpty.err());
        assertEquals("another run's\n", Files.readString(full.resolve("summary.csv")));
        Run noProfile = onSpark(sspp.toString(), "--out", dir.resolve("y").toString(), "--years", "2025-26:2026-27");
        assertEquals(SparkSimulate.BAD_INPUT, noProfile.exit());
        assertTrue(noProfile.err().contains("--profile"), noProfile.err());
    }
}
