package org.senrules.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senrules.core.internal.CompiledRuleSet;
import org.senrules.core.testpack.TestBandCase;
import org.senrules.core.testpack.TestFirstUsePack;

/**
 * A packaged rule set whose rule files its pack's build compiled and checked is built on its first
 * decision, not when the engine is built: once, whichever threads ask at once; with every check on
 * its knowledge base made before that decision, a failure stopping it with the problem. A rules
 * folder's files, {@code buildEagerly(true)} and {@code check()} build at once.
 */
class FirstUseBuildTest {
    private static final Request REQUEST = Request.of(TestFirstUsePack.ID, LocalDate.of(2025, 9, 1), new TestBandCase("B-1", "B", 4));

    private static SenRules.Builder builder(String ruleSet) {
        return SenRules.builder().discoverPacks(false).addPack(new TestFirstUsePack()).ruleSets(ruleSet);
    }

    private static CompiledRuleSet ruleSet(SenRules engine, String id) {
        return engine.catalog().get(id);
    }

    @Test
    void aRuleSetTheBuildChecked_isBuiltOnItsFirstDecision_andDecidesAsOneBuiltAtOnce() {
        SenRules lazy = builder(TestFirstUsePack.ID).build();
        assertFalse(ruleSet(lazy, TestFirstUsePack.ID).isBuilt(), "built before its first decision");
        Decision<?> d = lazy.decide(REQUEST);
        assertTrue(ruleSet(lazy, TestFirstUsePack.ID).isBuilt());
        assertEquals(List.of("band-from-table"), d.reasons().stream().map(Reason::rule).toList());

        SenRules eager = builder(TestFirstUsePack.ID).buildEagerly(true).build();
        assertTrue(ruleSet(eager, TestFirstUsePack.ID).isBuilt(), "buildEagerly(true) leaves a rule set to its first decision");
        assertEquals(eager.json().write(eager.decide(REQUEST)), lazy.json().write(d));
        assertEquals(1, ruleSet(lazy, TestFirstUsePack.ID).timesBuilt());
    }

    @Test
    void threadsDecidingTheFirstCaseAtOnce_buildItOnce() throws Exception {
        SenRules engine = builder(TestFirstUsePack.ID).build();
        int threads = 8;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return engine.json().write(engine.decide(REQUEST));
                }));
            }
            String first = answers.get(0).get();
            for (Future<String> a : answers) {
                assertEquals(first, a.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, ruleSet(engine, TestFirstUsePack.ID).timesBuilt());
    }

    @Test
    void aFaultOnlyTheKnowledgeBaseShows_stopsEveryDecision_namingIt() {
        SenRules engine = builder(TestFirstUsePack.BROKEN).build();
        Request r = Request.of(TestFirstUsePack.BROKEN, LocalDate.of(2025, 9, 1), new TestBandCase("B-1", "B", 4));
        RuleSetException first = assertThrows(RuleSetException.class, () -> engine.decide(r));
        assertTrue(first.getMessage().contains("the rules declare global \"audit\", which rule set " + TestFirstUsePack.BROKEN
                + " does not provide"), first.getMessage());
        // not built again, and never a decision
        RuleSetException again = assertThrows(RuleSetException.class, () -> engine.decide(r));
        assertSame(first, again);
        assertEquals(1, ruleSet(engine, TestFirstUsePack.BROKEN).timesBuilt());
        assertThrows(RuleSetException.class, () -> engine.rules(TestFirstUsePack.BROKEN));

        // validate, and an engine built eagerly, report it at once
        List<RuleSetProblem> problems = builder(TestFirstUsePack.BROKEN).check();
        assertTrue(problems.stream().anyMatch(p -> p.severity() == RuleSetProblem.Severity.ERROR && p.message().contains("\"audit\"")),
                problems.toString());
        RuleSetException eager = assertThrows(RuleSetException.class, () -> builder(TestFirstUsePack.BROKEN).buildEagerly(true).build());
        assertTrue(eager.getMessage().contains("\"audit\""), eager.getMessage());
    }

    @Test
    void aRuleTheTextCheckRefuses_stopsTheFirstDecision_andValidateReportsItAtOnce() {
        SenRules engine = builder(TestFirstUsePack.CONFINED).build();
        Request r = Request.of(TestFirstUsePack.CONFINED, LocalDate.of(2025, 9, 1), new TestBandCase("B-1", "B", 4));
        RuleSetException e = assertThrows(RuleSetException.class, () -> engine.decide(r));
        assertTrue(e.getMessage().contains("java.io.File"), e.getMessage());
        List<RuleSetProblem> problems = builder(TestFirstUsePack.CONFINED).check();
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("java.io.File")), problems.toString());
    }

    @Test
    void listingTheRules_buildsTheRuleSet() {
        SenRules engine = builder(TestFirstUsePack.ID).build();
        assertEquals(List.of("band-from-table"), engine.rules(TestFirstUsePack.ID).stream().map(RuleInfo::id).toList());
        assertTrue(ruleSet(engine, TestFirstUsePack.ID).isBuilt());
    }

    @Test
    void aRulesFoldersCopy_isBuiltWhenTheEngineIs(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("test-first-use.drl"), packaged("test-first-use.drl"), StandardCharsets.UTF_8);
        SenRules engine = builder(TestFirstUsePack.ID).rulesDirectory(dir).build();
        assertTrue(ruleSet(engine, TestFirstUsePack.ID).isBuilt(), "a rules folder's file was left to the first decision");

        Files.writeString(dir.resolve("test-first-use.drl"), packaged("test-first-use.drl").replace("end\n", ""), StandardCharsets.UTF_8);
        assertThrows(RuleSetException.class, () -> builder(TestFirstUsePack.ID).rulesDirectory(dir).build());
    }

    @Test
    void theTestModelFiles_areOfTheCurrentRuleTexts() throws IOException {
        // otherwise the rule sets above would be compiled at start and the tests would say nothing
        for (String f : List.of("test-first-use.drl", "test-first-use-global.drl", "test-first-use-confined.drl")) {
            String model = packaged(f + ".model");
            String hash = java.util.HexFormat.of().formatHex(sha256(packaged(f)));
            assertEquals("drl sha256:" + hash, model.lines().toList().get(1), f + ".model: write the new hash after editing " + f);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String packaged(String name) throws IOException {
        try (InputStream in = FirstUseBuildTest.class.getResourceAsStream("/META-INF/senrules/test-first-use/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
