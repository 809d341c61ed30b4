package org.senrules.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.senrules.core.spi.RuleResource;
import org.senrules.core.testpack.TestEligibilityPack;
import org.senrules.core.testpack.TestGrantOutcome;
import org.senrules.core.testpack.TestTopUpCase;

/**
 * Declared criteria, named phases and sources cited by key: a criterion is a rule whose
 * {@code when} is the criterion; a grant needs every declared criterion's rule to match, and
 * anything less is refused with the criterion's reason or stops the engine with file and line.
 */
class FailClosedCriteriaTest {
    private static final String DIR = "META-INF/senrules/test-eligibility/";
    private static final String DRL = RuleResource.of(TestEligibilityPack.class, DIR + "test-eligibility.drl").read();
    private static final String DECLARATION = RuleResource.of(TestEligibilityPack.class, DIR + "test-eligibility.rule-set.json").read();
    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);

    private static SenRules.Builder engine(Path rules) {
        SenRules.Builder b = SenRules.builder().discoverPacks(false).addPack(new TestEligibilityPack());
        return rules == null ? b : b.rulesDirectory(rules);
    }

    private static TestTopUpCase pupil(Setting setting, boolean consent, int units) {
        return new TestTopUpCase("T-1", setting, consent, units, null, null);
    }

    private static Decision<?> decide(SenRules engine, String policy, TestTopUpCase c) {
        return engine.decide(new Request(TestEligibilityPack.ID, AS_OF, policy, c));
    }

    private static List<String> rules(Decision<?> d) {
        return d.reasons().stream().map(Reason::rule).toList();
    }

    @Test
    void everyCriterionMet_grants_andCitesTheSourceWrittenOut() {
        Decision<?> d = decide(engine(null).build(), "current", pupil(Setting.MAINSTREAM_SCHOOL, true, 4));
        TestGrantOutcome o = d.outcome(TestGrantOutcome.class);
        assertTrue(o.isEligible());
        assertEquals(4, o.getUnits());
        assertEquals(List.of("units-granted"), rules(d));
        assertEquals("sen-core test handbook \"Part 1\" / \"Grants\", \"a grant needs every criterion met\", the grant", d.reasons().get(0).source());
    }

    @Test
    void policySource_isWrittenOut() {
        SenRules e = engine(null).build();
        PolicyVariant small = e.ruleSets().get(0).policies().stream().filter(p -> p.name().equals("small-cap")).findFirst().orElseThrow();
        assertEquals("sen-core test handbook \"Part 1\" / \"Grants\", \"a grant needs every criterion met\", the small cap", small.source());
        assertEquals(2, decide(e, "small-cap", pupil(Setting.MAINSTREAM_SCHOOL, true, 4)).outcome(TestGrantOutcome.class).getUnits());
    }

    @Test
    void failedCriterion_refuses_withItsReason() {
        Decision<?> d = decide(engine(null).build(), "current", pupil(Setting.SPECIAL_SCHOOL, true, 4));
        assertFalse(d.outcome(TestGrantOutcome.class).isEligible());
        assertEquals(0, d.outcome(TestGrantOutcome.class).getUnits());
        assertEquals(List.of("mainstream-setting"), rules(d));
        assertEquals("The setting is not a mainstream school.", d.reasons().get(0).text());
    }

    @Test
    void notConsidered_stopsTheDecision_withNoCriterionReasons() {
        SenRules e = engine(null).build();
        Decision<?> d = decide(e, "current", pupil(Setting.SPECIAL_SCHOOL, false, 4));
        assertFalse(d.outcome(TestGrantOutcome.class).isConsidered());
        assertEquals(List.of("consent-required"), rules(d));
        assertTrue(d.parameters().isEmpty(), "nothing read after the gate");
        // the pooled session that was stopped decides the next request as a fresh one would
        assertTrue(decide(e, "current", pupil(Setting.MAINSTREAM_SCHOOL, true, 4)).outcome(TestGrantOutcome.class).isEligible());
    }

    @Test
    void deletedCriterionRule_isALoadError_atTheDeclaration(@TempDir Path dir) throws IOException {
        int start = DRL.indexOf("rule \"At least one unit is requested\"");
        Files.writeString(dir.resolve("test-eligibility.drl"), DRL.substring(0, start) + DRL.substring(DRL.indexOf("rule \"Units granted", start)));
        // the author confirms the deletion (otherwise the rules folder refuses a rule set that lost a rule)
        Files.writeString(dir.resolve("senrules-manifest.txt"), "removes test-eligibility units-requested\n");
        SenRules.Builder b = engine(dir);
        RuleSetProblem error = b.check().stream().filter(p -> p.message().contains("units-requested")).findFirst().orElseThrow();
        assertEquals(RuleSetProblem.Severity.ERROR, error.severity());
        assertTrue(error.message().contains("criterion \"units-requested\" is declared but no rule of test-eligibility states it"), error.message());
        assertTrue(error.file().endsWith("test-eligibility.rule-set.json"), error.toString());
        assertEquals(lineOf(DECLARATION, "\"units-requested\": {"), error.line());
        // so no decision is ever made without it
        assertThrows(RuleSetException.class, b::build);
    }

    @Test
    void criterionRuleThatDoesNotMatch_refusesWithTheCriterionsReason(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("test-eligibility.drl"), DRL.replace("TestTopUpCase( requestedUnits > 0 )", "TestTopUpCase( requestedUnits > 5 )"));
        SenRules e = engine(dir).build();
        Decision<?> d = decide(e, "current", pupil(Setting.MAINSTREAM_SCHOOL, true, 4));
        assertFalse(d.outcome(TestGrantOutcome.class).isEligible());
        assertEquals(List.of("units-requested"), rules(d));
        assertEquals("No unit is requested.", d.reasons().get(0).text());
        assertTrue(decide(e, "current", pupil(Setting.MAINSTREAM_SCHOOL, true, 8)).outcome(TestGrantOutcome.class).isEligible());
    }

    @Test
    void misnamedCriterionRule_isALoadErrorNamingBoth(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("test-eligibility.drl"), DRL.replace("@criterion(\"units-requested\")", "@criterion(\"units-asked\")"));
        SenRules.Builder b = engine(dir);
        List<RuleSetProblem> problems = b.check();
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("criterion \"units-requested\" is declared but no rule")), problems.toString());
        // the misnamed rule states a criterion the rule set does not declare: refused when the rules load, never at a decision
        RuleSetException x = assertThrows(RuleSetException.class, b::build);
        RuleSetProblem p = x.problems().stream().filter(q -> q.message().contains("\"units-asked\"")).findFirst().orElseThrow();
        assertTrue(p.message().contains("states criterion \"units-asked\", which test-eligibility.rule-set.json does not declare"), p.message());
        assertEquals(lineOf(DRL, "rule \"At least one unit is requested\""), p.line());
        assertEquals(1, x.problems().stream().filter(q -> q.message().contains("\"units-asked\"")).count(), x.problems().toString());
    }

    @Test
    void aRuleThatRecordsACriterionInJava_isALoadErrorNamingTheDeclarationAndTheLineToAdd(@TempDir Path dir) throws IOException {
        String extra = """
                rule "No more than five units in a mainstream school"
                    @id("mainstream-unit-limit")
                    @source("{test-handbook}, criterion 1a")
                    ruleflow-group "criteria"
                when
                    $c : TestTopUpCase()
                then
                    criteria.assess($c.requestedUnits() <= 5, "More than five units are asked for in a mainstream school.");
                end

                """;
        int grant = DRL.indexOf("rule \"Units granted up to the cap\"");
        Files.writeString(dir.resolve("test-eligibility.drl"), DRL.substring(0, grant) + extra + DRL.substring(grant));
        RuleSetException x = assertThrows(RuleSetException.class, () -> engine(dir).build());
        RuleSetProblem p = x.problems().get(0);
        assertTrue(p.message().contains("records a criterion with criteria.assess(...)")
                && p.message().contains("Declare the criterion in \"criteria\" of test-eligibility.rule-set.json (after line "
                + lineOf(DECLARATION, "\"units-requested\": {") + "): \"mainstream-unit-limit\""), p.message());
        assertEquals(lineOf(DRL, "rule \"Units granted up to the cap\""), p.line());
        // said once, not once per check that notices it
        assertEquals(1, x.problems().stream().filter(q -> q.message().contains("mainstream-unit-limit")).count(), x.problems().toString());
    }

    @Test
    void unknownSourceKey_isALoadErrorWithFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("test-eligibility.drl"), DRL.replace("{test-handbook}, criterion 2", "{test-handbok}, criterion 2"));
        RuleSetException x = assertThrows(RuleSetException.class, () -> engine(dir).build());
        RuleSetProblem p = x.problems().get(0);
        assertTrue(p.file().endsWith("test-eligibility.drl"), p.toString());
        assertEquals(lineOf(DRL, "rule \"At least one unit is requested\""), p.line());
        assertTrue(p.message().contains("unknown source key {test-handbok}; the keys in META-INF/senrules/test.sources.json are [test-handbook, test-notes]"), p.message());
    }

    @Test
    void unknownSourceKeyInAPolicy_isALoadErrorWithFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("test-eligibility.rule-set.json"), DECLARATION.replace("\"{test-handbook}, the small cap\"",
                "\"{handbook}, the small cap\""));
        RuleSetException x = assertThrows(RuleSetException.class, () -> engine(dir).build());
        RuleSetProblem p = x.problems().get(0);
        assertTrue(p.file().endsWith("test-eligibility.rule-set.json"), p.toString());
        assertEquals(lineOf(DECLARATION, "\"small-cap\": {"), p.line());
        assertTrue(p.message().contains("{handbook}"), p.message());
    }

    @Test
    void badSourcesFile_isALoadError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("test.sources.json"), "{ \"test-notes\": { \"document\": \"notes\", \"page\": 3 } }");
        RuleSetException x = assertThrows(RuleSetException.class, () -> engine(dir).build());
        assertTrue(x.getMessage().contains("source test-notes: unknown field \"page\""), x.getMessage());
    }

    @Test
    void ruleInNoPhase_isALoadError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("test-eligibility.drl"), DRL.replace("    ruleflow-group \"grant\"\n", ""));
        RuleSetException x = assertThrows(RuleSetException.class, () -> engine(dir).build());
        assertTrue(x.getMessage().contains("rule \"Units granted up to the cap\" is in no phase of test-eligibility"), x.getMessage());
        assertEquals(lineOf(DRL, "rule \"Units granted up to the cap\""), x.problems().get(0).line());
    }

    @Test
    void ruleThatMakesEveryCriterionMetItself_isRefused(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("test-eligibility.drl"), DRL.replace("$o.setEligible(true);", "insert(new EveryCriterionMet());"));
        RuleSetException x = assertThrows(RuleSetException.class, () -> engine(dir).build());
        assertTrue(x.getMessage().contains("only the engine inserts it"), x.getMessage());
    }

    private static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        return 1 + (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
    }
}
