package org.senrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senrules.simulation.CsvCells;

/**
 * Hostile input through the command line: a cohort is found by parsing (an escaped key or a long
 * run of spaces no longer drops decisions), bad requests are an {@code invalid-request} with exit
 * 2, a hostile rule file is refused by {@code validate} and {@code decide} (the process does not
 * die), and every CSV cell the simulation writes is safe to open in a spreadsheet.
 */
class HostileInputCliTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static String cohort() throws Exception {
        return Files.readString(Sen.resource("wyvern/cohort.json"));
    }

    @Test
    void decide_aCohortWithAnEscapedKey_isAnsweredAsACohort() throws Exception {
        Path file = Files.writeString(dir.resolve("escaped.json"), cohort().replace("\"cases\"", "\"\\u0063ases\""));
        Sen.Result r = Sen.inProcess("decide", file.toString());
        assertEquals(0, r.exit(), r::toString);
        assertEquals(40, JSON.readTree(r.out()).get("decisions").size(), "every decision is printed, not one");
    }

    @Test
    void decide_aCohortAfterFiveKilobytesOfSpaces_isAnsweredAsACohort() throws Exception {
        Path file = Files.writeString(dir.resolve("padded.json"), "{" + " ".repeat(5 * 1024) + cohort().strip().substring(1));
        Sen.Result r = Sen.inProcess("decide", file.toString());
        assertEquals(0, r.exit(), r::toString);
        assertEquals(40, JSON.readTree(r.out()).get("decisions").size());
    }

    @Test
    void decide_aSingleRequestWhoseCaseIdIsCases_isOneDecision() throws Exception {
        Path file = Files.writeString(dir.resolve("one.json"), "{\"ruleSet\": \"wyvern-place-band\", \"asOf\": \"2026-06-01\", "
                + "\"case\": {\"caseId\": \"cases\", \"setting\": \"MAINSTREAM_SCHOOL\", \"primaryNeed\": \"ASD\", \"needLevel\": 3}}");
        Sen.Result r = Sen.inProcess("decide", file.toString());
        assertEquals(0, r.exit(), r::toString);
        JsonNode d = JSON.readTree(r.out());
        assertFalse(d.has("decisions"), r::toString);
        assertEquals("cases", d.get("caseId").asText());
    }

    @Test
    void decide_aDateOutOfRange_isAnInvalidRequest_notAFailure() throws Exception {
        for (String asOf : List.of("0001-01-01", "9999-12-31")) {
            Path file = Files.writeString(dir.resolve("d.json"), "{\"ruleSet\": \"wyvern-place-band\", \"asOf\": \"" + asOf + "\", "
                    + "\"case\": {\"caseId\": \"P\", \"setting\": \"MAINSTREAM_SCHOOL\", \"primaryNeed\": \"ASD\", \"needLevel\": 3}}");
            Sen.Result r = Sen.inProcess("decide", file.toString());
            assertEquals(2, r.exit(), r::toString);
            assertEquals("invalid-request", JSON.readTree(r.out()).get("error").asText(), r::toString);
            assertEquals("asOf", JSON.readTree(r.out()).at("/violations/0/path").asText(), r::toString);
            assertFalse(r.err().contains("failed"), r::toString);
        }
    }

    @Test
    void decide_aRequestWithALeadingByteOrderMark_isDecidedAsOneWithout() throws Exception {
        byte[] text = cohort().getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[text.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bom, 3, text.length);
        Sen.Result r = Sen.inProcess("decide", Files.write(dir.resolve("bom.json"), bom).toString());
        Sen.Result plain = Sen.inProcess("decide", Files.write(dir.resolve("plain.json"), text).toString());
        assertEquals(0, r.exit(), r::toString);
        assertEquals(plain.out(), r.out(), "a BOM, as Windows tools write UTF-8, is skipped");
    }

    @Test
    void validateAndDecide_refuseARuleFileThatCallsSystemExit_andTheProcessGoesOn() throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Path packaged = Sen.root().resolve(
                "examples/another-council-pack/src/main/resources/META-INF/senrules/wyvern-place-band/wyvern-place-band.drl");
        String drl = Files.readString(packaged);
        int then = drl.indexOf("then\n");
        Files.writeString(rules.resolve("wyvern-place-band.drl"), drl.substring(0, then + 5) + "    System.exit(42);\n" + drl.substring(then + 5));
        Sen.Result v = Sen.inProcess("validate", "--rules", rules.toString());
        assertEquals(1, v.exit(), v::toString);
        assertTrue((v.out() + v.err()).contains("wyvern-place-band.drl:"), v::toString);
        assertTrue((v.out() + v.err()).contains("uses System"), v::toString);
        Sen.Result d = Sen.inProcess("decide", Sen.resource("wyvern/cohort.json").toString(), "--rules", rules.toString());
        assertEquals(2, d.exit(), d::toString);
        assertTrue(d.err().contains("uses System"), d::toString);
    }

    /** The packaged Wyvern rule file with {@code edit} applied, in a rules folder. */
    Path wyvernRules(java.util.function.UnaryOperator<String> edit) throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        String drl = Files.readString(Sen.root().resolve(
                "examples/another-council-pack/src/main/resources/META-INF/senrules/wyvern-place-band/wyvern-place-band.drl"));
        String edited = edit.apply(drl);
        assertFalse(edited.equals(drl), "the edit changed nothing");
        Files.writeString(rules.resolve("wyvern-place-band.drl"), edited);
        return rules;
    }

    /**
     * The first consequence of the Wyvern rules that fires, "Band from the need level on the banding
     * table" (line 46; the criterion rules before it are counted, never fired), starts with {@code code}.
     */
    static java.util.function.UnaryOperator<String> firstConsequence(String code) {
        return drl -> {
            int then = drl.indexOf("then\n", drl.indexOf("rule \"Band from the need level on the banding table\""));
            return drl.substring(0, then + 5) + code + drl.substring(then + 5);
        };
    }

    /**
     * A method reference passed the text check (issue 29: {@code java .lang .System::exit} ended
     * the process with status 42 and no message); the check of the compiled rules refuses it, from
     * validate, decide and serve alike, naming the file, the rule and the name used.
     */
    @Test
    void validateDecideAndServe_refuseAMethodReferenceToSystemExit_namingTheFileTheRuleAndTheName() throws Exception {
        Path rules = wyvernRules(firstConsequence("    java.util.function.IntConsumer c = java .lang .System::exit;\n    c.accept(42);\n"));
        String named = "wyvern-place-band.drl:46: rule \"Band from the need level on the banding table\" calls java.lang.System.exit";
        Sen.Result v = Sen.inProcess("validate", "--rules", rules.toString());
        assertEquals(1, v.exit(), v::toString);
        assertTrue((v.out() + v.err()).contains(named), v::toString);
        Sen.Result d = Sen.inProcess("decide", Sen.resource("wyvern/cohort.json").toString(), "--rules", rules.toString());
        assertEquals(2, d.exit(), d::toString);
        assertTrue(d.err().contains(named), d::toString);
        Sen.Result serve = Sen.process(dir, "serve", "--rules", rules.toString(), "--port", "0");
        assertEquals(2, serve.exit(), serve::toString);
        assertTrue(serve.err().contains(named), serve::toString);
        assertFalse(serve.err().contains("\tat "), serve::toString);
    }

    /**
     * Recursion through a lambda ended in a raw StackOverflowError with a Java stack trace (exit
     * 1); now the decision, and a simulation, end with the rule set and the rule named (exit 2).
     */
    @Test
    void decideAndSimulate_aRuleThatOverflowsTheStack_nameTheRule_withNoStackTrace() throws Exception {
        Path rules = wyvernRules(firstConsequence("    java.util.Map<String, java.util.function.IntUnaryOperator> f = new java.util.HashMap<>();\n"
                + "    f.put(\"down\", n -> f.get(\"down\").applyAsInt(n + 1) + 1);\n    f.get(\"down\").applyAsInt(0);\n"));
        for (String verb : List.of("decide", "simulate")) {
            List<String> args = new ArrayList<>(List.of(verb, Sen.resource("wyvern/cohort.json").toString(), "--rules", rules.toString()));
            if (verb.equals("simulate")) {
                args.addAll(List.of("--out", dir.resolve("report").toString()));
            }
            Sen.Result r = Sen.inProcess(args.toArray(String[]::new));
            assertEquals(2, r.exit(), r::toString);
            assertTrue(r.err().contains("the rules of wyvern-place-band"), r::toString);
            // the stack overflows within a few milliseconds; on a machine so loaded that the 2 s budget comes
            // first, the decision still ends naming the rule it was running
            assertTrue(r.err().contains("in rule \"Band from the need level on the banding table\": StackOverflowError")
                    || r.err().contains("it was running rule \"Band from the need level on the banding table\""), r::toString);
            assertFalse(r.err().contains("\tat ") || r.out().contains("\tat "), r::toString);
        }
    }

    /**
     * The service ran the same rule code on an ordinary {@code POST /v1/decisions}: recursion
     * through a lambda gave Jetty's HTML error page, and a condition that never ends held the
     * request past the service's 60 s limit. Now each is answered with the fixed problem+json
     * error (no stack trace, no HTML, nothing of the request), the log names the exception's class
     * and place but not the case, and the service goes on answering.
     */
    @Test
    void serve_aRuleThatOverflowsTheStack_orAConditionThatNeverEnds_isAProblemNotAPage_andTheServiceGoesOn() throws Exception {
        String request = """
                {"ruleSet": "wyvern-place-band", "asOf": "2026-06-01", "case": %s}""".formatted(
                JSON.readTree(Files.readString(Sen.resource("wyvern/cohort.json"))).get("cases").get(0).toString());
        String caseId = JSON.readTree(request).at("/case/caseId").asText();
        // wyvernRules writes to one folder: the first is moved aside before the second is written
        Path overflow = Files.move(wyvernRules(firstConsequence("    java.util.Map<String, java.util.function.IntUnaryOperator> f = new java.util.HashMap<>();\n"
                + "    f.put(\"down\", n -> f.get(\"down\").applyAsInt(n + 1) + 1);\n    f.get(\"down\").applyAsInt(0);\n")), dir.resolve("overflow"));
        Path runaway = wyvernRules(drl -> drl.replace("PlaceBandCase( primaryNeed != PrimaryNeed.NSA )",
                "PlaceBandCase( primaryNeed != PrimaryNeed.NSA, java.util.stream.LongStream.range(0, Long.MAX_VALUE).sum() == 7 )"));
        for (Path rules : List.of(overflow, runaway)) {
            String javaCommand = ProcessHandle.current().info().command().orElse("java");
            Process server = new ProcessBuilder(javaCommand, "-Dsen.home=" + Sen.root(), "-p", Sen.modulePath(), "--add-modules",
                    "ALL-MODULE-PATH", "-m", "org.senrules.examples.cli/org.senrules.examples.cli.Main", "serve", "--port", "0",
                    "--rules", rules.toString()).redirectErrorStream(true).start();
            List<String> log = Collections.synchronizedList(new ArrayList<>());
            try {
                BufferedReader lines = new BufferedReader(new InputStreamReader(server.getInputStream(),
                        StandardCharsets.UTF_8));
                String url = null;
                Pattern listening = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+/)");
                for (String line; (line = lines.readLine()) != null && !line.contains("sen serve: ready."); ) {
                    log.add(line);
                    Matcher m = listening.matcher(line);
                    if (m.find()) {
                        url = m.group(1);
                    }
                }
                assertTrue(url != null, () -> "the service did not start: " + log);
                Thread drain = new Thread(() -> lines.lines().forEach(log::add));
                drain.setDaemon(true);
                drain.start();
                // HttpURLConnection, in java.base: this module does not read java.net.http
                HttpURLConnection post = (HttpURLConnection) URI.create(url + "v1/decisions").toURL().openConnection();
                post.setConnectTimeout(50_000);
                post.setReadTimeout(50_000);
                post.setRequestMethod("POST");
                post.setRequestProperty("Content-Type", "application/json");
                post.setDoOutput(true);
                post.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
                assertEquals(500, post.getResponseCode());
                assertEquals("application/problem+json", String.valueOf(post.getContentType()).split(";")[0]);
                String body = new String(post.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                assertEquals("internal", JSON.readTree(body).path("error").asText(), body);
                assertFalse(body.contains("<html") || body.contains("\tat ") || body.contains(caseId), body);
                HttpURLConnection live = (HttpURLConnection) URI.create(url + "health/live").toURL().openConnection();
                live.setConnectTimeout(50_000);
                live.setReadTimeout(50_000);
                assertEquals(200, live.getResponseCode(), "the service goes on answering");
                Thread.sleep(300);
                String written;
                synchronized (log) {
                    written = String.join("\n", log);
                }
                assertTrue(written.contains("request failed: org.senrules.core.DecisionException"), written);
                assertFalse(written.contains("\tat ") || written.contains(caseId), written);
            } finally {
                server.destroyForcibly();
                server.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    /**
     * The runaway condition, exactly: {@code LongStream.range(0, Long.MAX_VALUE).sum()} in
     * a pattern, evaluated when the case is inserted, hung a decision past its budget. In a
     * process of its own (the worker given up on would spin for ever in a test JVM): the decision
     * ends at the budget with the rule named, and the process exits.
     */
    @Test
    void decide_aConditionThatNeverEnds_stopsAtTheTimeBudget_andTheProcessExits() throws Exception {
        Path rules = wyvernRules(drl -> drl.replace("PlaceBandCase( primaryNeed != PrimaryNeed.NSA )",
                "PlaceBandCase( primaryNeed != PrimaryNeed.NSA, java.util.stream.LongStream.range(0, Long.MAX_VALUE).sum() == 7 )"));
        Path one = Files.writeString(dir.resolve("one.json"), """
                {"ruleSet": "wyvern-place-band", "asOf": "2026-06-01", "case": %s}""".formatted(
                JSON.readTree(Files.readString(Sen.resource("wyvern/cohort.json"))).get("cases").get(0).toString()));
        Sen.Result r = Sen.process(dir, "decide", one.toString(), "--rules", rules.toString());
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("the rules of wyvern-place-band ran past the decision's time budget of 2 s"), r::toString);
        assertTrue(r.err().contains("it was evaluating the conditions of rule \"The type of need has been assessed\""), r::toString);
        assertFalse(r.err().contains("\tat "), r::toString);
    }

    @Test
    void everyCsvCell_isSafeToOpenInASpreadsheet() throws Exception {
        String[] hostile = {"=HYPERLINK(\"http://example.invalid\",\"x\")", "+1+1", "-2+3", "@SUM(A1:A9)", "=cmd|' /C calc'!A0"};
        String c = cohort();
        for (int i = 1; i <= 40; i++) {
            c = c.replace(String.format("\"WV-%03d\"", i), JSON.writeValueAsString(hostile[i % hostile.length] + i));
        }
        Path cohort = Files.writeString(dir.resolve("hostile-cohort.json"), c);
        Path out = dir.resolve("report");
        Sen.Result r = Sen.inProcess("simulate", cohort.toString(), "--out", out.toString(), "--compare-parameters",
                Sen.root().resolve("examples/another-council-pack/council-parameters/wyvern-place-band.parameters.json").toString());
        assertEquals(0, r.exit(), r::toString);
        int cells = 0;
        int neutralised = 0;
        try (var files = Files.list(out)) {
            for (Path csv : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                for (List<String> row : parse(Files.readString(csv))) {
                    for (String cell : row) {
                        cells++;
                        assertFalse(wouldEvaluate(cell), csv.getFileName() + ": " + cell);
                        if (cell.startsWith("'")) {
                            neutralised++;
                        }
                    }
                }
            }
        }
        List<List<String>> changes = parse(Files.readString(out.resolve("changes.csv")));
        assertTrue(changes.size() > 1, "the comparison changed some pupils' funding");
        assertTrue(neutralised >= changes.size() - 1, "every hostile case id was neutralised: " + neutralised);
        assertTrue(changes.get(1).get(0).startsWith("'"), changes.get(1).toString());
        assertTrue(cells > 100);
    }

    @Test
    void csvCells_neutraliseEveryFormulaLeadingCharacter() {
        for (String s : List.of("=1+1", "+1", "-1+1", "@A1", "\tx", "\rx", "\uFF1D1")) {
            String cell = CsvCells.cell(s);
            List<String> read = parse(cell + "\n").get(0);
            assertEquals(1, read.size(), cell);
            assertFalse(wouldEvaluate(read.get(0)), cell);
        }
        assertEquals("-11.17", CsvCells.cell(org.senrules.core.domain.Money.parse("-11.17")), "negative money stays a number");
        assertEquals("-3", CsvCells.cell(-3), "negative counts stay numbers");
    }

    /** True if a spreadsheet would take the cell for a formula: it starts with = + - @ tab or CR and is not a plain number. */
    static boolean wouldEvaluate(String cell) {
        if (cell.isEmpty()) {
            return false;
        }
        char first = cell.charAt(0);
        boolean leading = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '\uFF1D' || first == '\uFF0B' || first == '\uFF0D' || first == '\uFF20';
        if (!leading) {
            return false;
        }
        try {
            new BigDecimal(cell);
            return false; // a number such as -11.17
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /** RFC 4180, read as the engine reads it: a malformed file fails the test. */
    static List<List<String>> parse(String csv) {
        return org.senrules.core.internal.csv.Csv.rows(csv, false).stream().map(org.senrules.core.internal.csv.Csv.Row::cells).toList();
    }
}
