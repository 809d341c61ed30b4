package org.senrules.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senrules.core.domain.Setting;
import org.senrules.core.testpack.TestPack;
import org.senrules.core.testpack.TestTopUpCase;

/**
 * Rule files are confined: every hostile rule file of the corpus ({@code src/test/hostile/rules},
 * listed with what each must be refused for in {@code corpus.tsv}) is refused by
 * {@code check()} (what {@code ./sen validate} runs) and by {@code build()}, naming the file, the
 * line and the name used; the shipped test rules pass; a runaway decision ends with a
 * {@link DecisionException} naming the rule set and the rule fired last, and the engine goes on
 * deciding; links and special files in a rules folder are never followed.
 */
class RuleFileConfinementTest {
    static final Path CORPUS = Path.of("src/test/hostile/rules");
    static int tried;
    static int refused;
    static int stopped;

    /** One hostile rule file of corpus.tsv; {@code compiled} is what the check of its compiled classes alone says. */
    record Entry(String file, String kind, String expected, String needle, int line, String compiled, String note) {
        /** Its text, as tried in this process: a runaway that never ends is bounded (see corpus.tsv). */
        String text() throws IOException {
            return Files.readString(CORPUS.resolve(file), StandardCharsets.UTF_8).replace("Long.MAX_VALUE", "3000000000L");
        }
    }

    static List<Entry> entries() throws IOException {
        List<Entry> out = new ArrayList<>();
        for (String l : Files.readAllLines(CORPUS.resolve("corpus.tsv"), StandardCharsets.UTF_8)) {
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            String[] f = l.split("\t", -1);
            if (f[0].equals("file")) {
                continue; // the header
            }
            out.add(new Entry(f[0], f[1], f[2], f[3], Integer.parseInt(f[4]), f[5], f[6]));
        }
        return out;
    }

    static int failed;
    static final String RULES_FOLDER = "links, folders and FIFOs in a rules folder";
    /** Per kind of attack: tried, refused at load, stopped by the budget, ended naming the rule. */
    static final java.util.Map<String, int[]> BY_KIND = new java.util.TreeMap<>();

    static void count(Entry e, int outcome) {
        count(e.kind(), outcome);
    }

    static synchronized void count(String kind, int outcome) {
        int[] c = BY_KIND.computeIfAbsent(kind, k -> new int[4]);
        c[0]++;
        c[outcome]++;
    }

    @AfterAll
    static void counts() {
        System.out.println("hostile rule files: " + tried + " tried, " + refused + " refused at load, " + stopped
                + " stopped by the time budget, " + failed + " ended with a DecisionException naming the rule, 0 escaped, 0 crashed, 0 hung");
        BY_KIND.forEach((kind, c) -> System.out.println("  " + kind + ": " + c[0] + " tried, " + c[1] + " refused, " + c[2]
                + " stopped by the budget, " + c[3] + " ended naming the rule, 0 escaped, 0 crashed, 0 hung"));
    }

    static SenRules.Builder withRules(Path dir) {
        return SenRules.builder().discoverPacks(false).addPack(new TestPack()).rulesDirectory(dir);
    }

    static Request valid() {
        return Request.of(TestPack.ID, LocalDate.of(2026, 1, 15), new TestTopUpCase("P-1", Setting.MAINSTREAM_SCHOOL, true, 3, null, null));
    }

    @Test
    void everyHostileRuleFile_isRefusedByValidateAndByTheEngine_withFileLineAndName(@TempDir Path dir) throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Entry e : entries()) {
            if (!e.expected().equals("refused")) {
                continue;
            }
            tried++;
            Path drl = dir.resolve("test-top-up.drl");
            Files.writeString(drl, e.text(), StandardCharsets.UTF_8);
            List<RuleSetProblem> problems = withRules(dir).check().stream()
                    .filter(p -> p.severity() == RuleSetProblem.Severity.ERROR).toList();
            boolean named = problems.stream().anyMatch(p -> p.file().equals(drl.toString()) && p.line() == e.line()
                    && p.message().contains(e.needle()));
            if (!named) {
                wrong.add(e.file() + " (" + e.note() + "): expected line " + e.line() + " \"" + e.needle() + "\", got " + problems);
                continue;
            }
            RuleSetException thrown = assertThrows(RuleSetException.class, () -> withRules(dir).build(), e.file());
            assertTrue(thrown.getMessage().contains(e.needle()), thrown.getMessage());
            refused++;
            count(e, 1);
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertTrue(tried >= 43, "the corpus lost rule files: " + tried);
        // and nothing escaped: no file was made, no property set (the process is still here to look)
        assertFalse(Files.exists(Path.of("pwned")) || Files.exists(dir.resolve("pwned")), "a rule file made a file");
        assertEquals(null, System.getProperty("senrules.pwned"), "a rule file set a system property");
    }

    /**
     * A hostile rule file that loads (nothing in it is off the allow-list: a loop, recursion, an
     * allocation) ends its decision with a DecisionException naming the rule set: at the time
     * budget, while a condition or a consequence runs, or when rule code throws an Error; the
     * process goes on deciding.
     */
    @Test
    void everyHostileRuleFileThatLoads_endsItsDecisionWithADecisionException_namingTheRuleSetAndTheRule(@TempDir Path dir) throws Exception {
        List<String> wrong = new ArrayList<>();
        int loads = 0;
        for (Entry e : entries()) {
            if (e.expected().equals("refused")) {
                continue;
            }
            loads++;
            tried++;
            Path drl = dir.resolve("test-top-up.drl");
            Files.writeString(drl, e.text(), StandardCharsets.UTF_8);
            // a rules folder turns isolation on by default; no firing limit, so only the budget stops a re-triggering rule;
            // a rule that throws has a budget no loaded machine reaches first
            Duration budget = e.expected().equals("runs away") ? Duration.ofMillis(500) : Duration.ofMinutes(2);
            SenRules engine = withRules(dir).decisionTimeBudget(budget).maxRuleFirings(Integer.MAX_VALUE).build();
            DecisionException thrown;
            try {
                engine.decide(runaway());
                wrong.add(e.file() + ": decided");
                continue;
            } catch (DecisionException d) {
                thrown = d;
            }
            String m = thrown.getMessage();
            boolean named = m.contains("the rules of test-top-up") && m.contains(e.needle()) && m.contains("P-40");
            if (e.expected().equals("fails")) {
                named &= m.contains("in rule \"Units granted as requested\"");
            }
            if (!named) {
                wrong.add(e.file() + ": " + m);
                continue;
            }
            assertFalse(m.contains("\tat ") || m.contains("Exception in thread"), m);
            if (e.expected().equals("runs away")) {
                stopped++;
                count(e, 2);
            } else {
                failed++;
                count(e, 3);
            }
            // and the process goes on: another engine decides
            assertEquals(3, EngineTest.ENGINE.decide(valid()).outcome(org.senrules.core.testpack.TestTopUpOutcome.class).getUnits());
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertTrue(loads >= 6, "the corpus lost rule files that load: " + loads);
    }

    @Test
    void thePackagedRules_keepToTheAllowList() {
        List<RuleSetProblem> problems = SenRules.builder().discoverPacks(false).addPack(new TestPack()).check();
        assertTrue(problems.stream().noneMatch(p -> p.severity() == RuleSetProblem.Severity.ERROR), problems.toString());
    }

    /** The decision without the lines that say which rule files made it (a rules folder's differ from the package's). */
    static String sameRulesAside(String decisionJson) {
        return decisionJson.lines().filter(l -> !l.contains("\"rulesFingerprint\"") && !l.contains("\"rulesFrom\"")
                && !l.contains("\"valuesFrom\"")).collect(java.util.stream.Collectors.joining("\n"));
    }

    static Request runaway() {
        return Request.of(TestPack.ID, LocalDate.of(2026, 1, 15), new TestTopUpCase("P-40", Setting.MAINSTREAM_SCHOOL, true, 40, null, null));
    }

    @Test
    void rulesThatReTriggerWithoutEnd_stopAtTheTimeBudget_namingTheRuleSetAndTheLastRule(@TempDir Path dir) throws IOException {
        Files.copy(CORPUS.resolve("runaway-retriggering.drl"), dir.resolve("test-top-up.drl"));
        SenRules engine = withRules(dir).maxRuleFirings(Integer.MAX_VALUE).decisionTimeBudget(Duration.ofMillis(300))
                .isolateDecisions(false).build();
        tried++;
        DecisionException e = assertThrows(DecisionException.class, () -> engine.decide(runaway()));
        stopped++;
        count("runaways", 2);
        assertTrue(e.getMessage().contains("the rules of test-top-up ran past the decision's time budget of 300 ms"), e.getMessage());
        assertTrue(e.getMessage().contains("the rule fired last was \"Units keep being counted\""), e.getMessage());
        // the session that was halted went back to the pool: the next decision is the one a fresh engine makes
        String expected = sameRulesAside(EngineTest.ENGINE.json().write(EngineTest.ENGINE.decide(valid())));
        for (int i = 0; i < 3; i++) {
            assertEquals(expected, sameRulesAside(engine.json().write(engine.decide(valid()))));
        }
        // and a second runaway is stopped the same way
        assertThrows(DecisionException.class, () -> engine.decide(runaway()));
    }

    @Test
    void theFiringLimit_stillStopsReTriggeringRulesFirst(@TempDir Path dir) throws IOException {
        Files.copy(CORPUS.resolve("runaway-retriggering.drl"), dir.resolve("test-top-up.drl"));
        // a budget no loaded machine reaches, so that the firing limit comes first however slow the 10,000 firings are
        SenRules engine = withRules(dir).isolateDecisions(true).decisionTimeBudget(Duration.ofMinutes(5)).build();
        DecisionException e = assertThrows(DecisionException.class, () -> engine.decide(runaway()));
        assertTrue(e.getMessage().contains("times for case P-40 without settling"), e.getMessage());
        assertEquals(sameRulesAside(EngineTest.ENGINE.json().write(EngineTest.ENGINE.decide(valid()))),
                sameRulesAside(engine.json().write(engine.decide(valid()))));
    }

    @Test
    void aConsequenceThatRunsLong_isGivenUpOnAtTheBudget_andTheProcessGoesOn(@TempDir Path dir) throws Exception {
        Files.copy(CORPUS.resolve("runaway-long-consequence.drl"), dir.resolve("test-top-up.drl"));
        // a rules folder turns isolation on by default
        SenRules engine = withRules(dir).decisionTimeBudget(Duration.ofMillis(100)).build();
        tried++;
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            DecisionException e = assertThrows(DecisionException.class, () -> engine.decide(valid()));
            stopped++;
            count("runaways", 2);
            assertTrue(e.getMessage().contains("the rules of test-top-up ran past the decision's time budget of 100 ms"), e.getMessage());
            // another thread decides while the abandoned consequence may still be running
            Future<Decision<?>> d = other.submit(() -> EngineTest.ENGINE.decide(valid()));
            assertEquals(3, d.get(60, TimeUnit.SECONDS).outcome(org.senrules.core.testpack.TestTopUpOutcome.class).getUnits());
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void aLinkInTheRulesFolder_isRefusedNotFollowed(@TempDir Path dir) throws IOException {
        Path outside = dir.resolve("outside.txt");
        Files.writeString(outside, "Dorothea secret");
        Path rules = Files.createDirectory(dir.resolve("rules"));
        Files.createSymbolicLink(rules.resolve("test-top-up.drl"), outside);
        tried++;
        List<RuleSetProblem> problems = withRules(rules).check();
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("is a symbolic link")), problems.toString());
        assertFalse(problems.toString().contains("Dorothea"), problems.toString());
        assertThrows(RuleSetException.class, () -> withRules(rules).build());
        refused++;
        count(RULES_FOLDER, 1);
    }

    @Test
    void aFolderOrFifoWithARuleFilesName_isRefused(@TempDir Path dir) throws Exception {
        Files.createDirectory(dir.resolve("test-top-up.drl"));
        tried++;
        assertTrue(withRules(dir).check().stream().anyMatch(p -> p.message().contains("is a folder")));
        refused++;
        count(RULES_FOLDER, 1);
        Path fifoDir = Files.createDirectory(dir.resolve("fifo"));
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifoDir.resolve("test-top-up.drl").toString()).start();
        } catch (IOException noMkfifo) {
            return; // not on this system
        }
        if (mkfifo.waitFor() == 0) {
            tried++;
            // reading a FIFO would block for ever; it is refused without being opened
            assertTrue(withRules(fifoDir).check().stream().anyMatch(p -> p.message().contains("is not a regular file")));
            refused++;
            count(RULES_FOLDER, 1);
        }
    }

    @Test
    void aRuleFileWithALeadingByteOrderMark_isReadAsEveryOtherFileKindIs(@TempDir Path dir) throws IOException {
        byte[] drl = Files.readAllBytes(CORPUS.resolve("system-exit.drl"));
        byte[] clean = RuleSetFaultsTest.DRL.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[clean.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(clean, 0, withBom, 3, clean.length);
        assertTrue(drl.length > 0);
        Files.write(dir.resolve("test-top-up.drl"), withBom);
        List<RuleSetProblem> problems = withRules(dir).check();
        assertTrue(problems.isEmpty(), "the BOM is skipped, as in every other kind of file: " + problems);
    }
}
