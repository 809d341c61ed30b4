package org.senrules.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senrules.core.domain.Setting;
import org.senrules.core.spi.DeclaredTypes;
import org.senrules.core.spi.RulePack;
import org.senrules.core.spi.RulePackContext;
import org.senrules.core.spi.RuleResource;
import org.senrules.core.spi.RuleSetDefinition;
import org.senrules.core.testpack.TestPack;
import org.senrules.core.testpack.TestTopUpCase;
import org.senrules.core.testpack.TestTopUpOutcome;
import org.senrules.core.testpack.TestTopUpValues;

/** A faulty pack or rule file stops the engine from starting, naming the file and line. */
class RuleSetFaultsTest {
    static final String DRL = new TestPack().getClass().getModule().isNamed()
            ? read("META-INF/senrules/test-top-up/test-top-up.drl") : read("META-INF/senrules/test-top-up/test-top-up.drl");

    static String read(String path) {
        return RuleResource.of(TestPack.class, path).read();
    }

    static SenRules.Builder withRules(Path dir) {
        return SenRules.builder().discoverPacks(false).addPack(new TestPack()).rulesDirectory(dir);
    }

    @Test
    void syntaxError_namesTheFileAndLine(@TempDir Path dir) throws IOException {
        Path drl = dir.resolve("test-top-up.drl");
        Files.writeString(drl, DRL.replace("modify($o) { setConsidered(false) }", "modify($o) { setConsidered(false) "));
        RuleSetException e = assertThrows(RuleSetException.class, () -> withRules(dir).build());
        RuleSetProblem p = e.problems().get(0);
        assertEquals(drl.toString(), p.file());
        assertTrue(p.line() > 0, e.getMessage());
        assertTrue(e.getMessage().contains(drl.toString()), e.getMessage());
    }

    @Test
    void unknownFactType_namesTheFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("test-top-up.drl"), DRL.replace("TestTopUpCase( parentalConsent == false )",
                "TestTopUpCaze( parentalConsent == false )"));
        RuleSetException e = assertThrows(RuleSetException.class, () -> withRules(dir).build());
        assertTrue(e.getMessage().contains("TestTopUpCaze"), e.getMessage());
        assertTrue(e.problems().get(0).line() > 0, e.getMessage());
    }

    @Test
    void ruleWithoutSource_isRefused(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("test-top-up.drl"), DRL.replace("    @source(\"sen-core test pack, section 2\")\n", ""));
        RuleSetException e = assertThrows(RuleSetException.class, () -> withRules(dir).build());
        assertTrue(e.getMessage().contains("\"Units granted as requested\" has no @source"), e.getMessage());
        assertTrue(e.problems().get(0).file().endsWith("test-top-up.drl"));
    }

    @Test
    void undeclaredGlobal_isRefused(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("test-top-up.drl"), DRL.replace("global org.senrules.core.spi.Explanation explain",
                "global org.senrules.core.spi.Explanation explain\nglobal java.util.List catalogue"));
        RuleSetException e = assertThrows(RuleSetException.class, () -> withRules(dir).build());
        assertTrue(e.getMessage().contains("global \"catalogue\""), e.getMessage());
    }

    @Test
    void duplicateRuleSetId_isRefused() {
        RulePack copy = new RulePack() {
            @Override
            public int apiVersion() {
                return API_VERSION;
            }

            @Override
            public String name() {
                return "a copy";
            }

            @Override
            public void register(RulePackContext context) {
                new TestPack().register(context);
            }
        };
        RuleSetException e = assertThrows(RuleSetException.class,
                () -> SenRules.builder().discoverPacks(false).addPack(new TestPack()).addPack(copy).build());
        assertTrue(e.getMessage().contains("rule set \"test-top-up\" is already provided by sen-core test pack"), e.getMessage());
    }

    @Test
    void missingResource_isRefused() {
        RulePack broken = new RulePack() {
            @Override
            public int apiVersion() {
                return API_VERSION;
            }

            @Override
            public String name() {
                return "broken";
            }

            @Override
            public void register(RulePackContext context) {
                // its declaration names the default rule file, broken.drl, which the pack lacks
                context.add(RuleSetDefinition.declared(RuleResource.of(TestPack.class, "META-INF/senrules/broken/broken.rule-set.json"),
                        DeclaredTypes.of(RuleSetKey.of("broken", TestTopUpCase.class, TestTopUpOutcome.class), TestTopUpCase.fields(),
                                TestTopUpOutcome.fields(), TestTopUpOutcome::new, TestTopUpValues.class, TestTopUpValues::new, List.of(Setting.class))).build());
            }
        };
        RuleSetException e = assertThrows(RuleSetException.class,
                () -> SenRules.builder().discoverPacks(false).addPack(broken).build());
        assertEquals("META-INF/senrules/broken/broken.drl", e.problems().get(0).file());
        assertTrue(e.getMessage().contains("missing resource"), e.getMessage());
    }

    @Test
    void packForAnotherApiVersion_isRefused() {
        RulePack future = new RulePack() {
            @Override
            public String name() {
                return "from the future";
            }

            @Override
            public void register(RulePackContext context) {
                new TestPack().register(context);
            }

            @Override
            public int apiVersion() {
                return 2;
            }
        };
        RuleSetException e = assertThrows(RuleSetException.class,
                () -> SenRules.builder().discoverPacks(false).addPack(future).build());
        assertTrue(e.getMessage().contains("API version 2"), e.getMessage());
        assertTrue(e.getMessage().contains("\"from the future\""), "names the pack: " + e.getMessage());
    }

    @Test
    void noPack_isAClearError() {
        RuleSetException e = assertThrows(RuleSetException.class, () -> SenRules.builder().discoverPacks(false).build());
        assertTrue(e.getMessage().contains("no rule pack was found"), e.getMessage());
    }

    @Test
    void ruleThatLoops_isStoppedWithAClearError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("test-top-up.drl"), DRL + "\nrule \"Echo\" @source(\"a faulty edit\") when $s : String() then insert($s + \"!\"); end\n"
                + "rule \"Start\" @source(\"a faulty edit\") when TestTopUpCase() then insert(\"go\"); end\n");
        SenRules engine = withRules(dir).maxRuleFirings(500).build();
        DecisionException e = assertThrows(DecisionException.class, () -> engine.decide(Request.of(TestPack.ID,
                LocalDate.of(2026, 1, 1), EngineTest.aCase(true, 2))));
        assertTrue(e.getMessage().contains("without settling"), e.getMessage());
        assertTrue(e.getMessage().contains("T-1"), "names the case id: " + e.getMessage());
    }

    @Test
    void reload_swapsAtomically_andKeepsServingOnABrokenEdit(@TempDir Path dir) throws IOException {
        Path drl = dir.resolve("test-top-up.drl");
        Files.writeString(drl, DRL);
        SenRules engine = withRules(dir).build();
        Request r = Request.of(TestPack.ID, LocalDate.of(2026, 1, 1), EngineTest.aCase(true, 2));
        assertEquals(2, engine.decide(r).outcome(TestTopUpOutcome.class).getUnits());

        Files.writeString(drl, DRL.replace("int units = $c.requestedUnits();", "int units = $c.requestedUnits() * 2;"));
        engine.reload();
        assertEquals(4, engine.decide(r).outcome(TestTopUpOutcome.class).getUnits(), "the edit is live after reload");

        Files.writeString(drl, DRL.replace("then\n    int units", "then\n    int units = ;\n    int unused"));
        assertThrows(RuleSetException.class, engine::reload);
        assertEquals(4, engine.decide(r).outcome(TestTopUpOutcome.class).getUnits(), "the previous rules keep serving");
    }

    @Test
    void check_reportsProblemsWithoutThrowing(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("test-top-up.drl"), "package x\nrule \"r\" when then end end");
        List<RuleSetProblem> problems = withRules(dir).check();
        assertTrue(problems.stream().anyMatch(p -> p.severity() == RuleSetProblem.Severity.ERROR && p.line() == 2), problems.toString());
    }
}
