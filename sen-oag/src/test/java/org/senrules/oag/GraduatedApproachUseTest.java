package org.senrules.oag;

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
import org.senrules.core.Decision;
import org.senrules.core.Reason;
import org.senrules.core.Request;
import org.senrules.core.RuleSetException;
import org.senrules.core.RuleSetProblem;
import org.senrules.core.SenRules;
import org.senrules.core.spi.RulePack;
import org.senrules.core.spi.RulePackContext;
import org.senrules.core.spi.RuleResource;

/**
 * Using the shared graduated-approach rules fails closed: a rule set that does not declare their
 * criteria, names no phase for them, or lacks one of the shared rules is refused when it loads;
 * one whose evidence falls short gets each unmet criterion's reason and is not evidenced.
 */
class GraduatedApproachUseTest {
    private static final LocalDate ON = LocalDate.of(2026, 1, 15);
    private static final String DECLARATION = RuleResource.of(GraduatedApproachCheckPack.class, GraduatedApproachCheckPack.DECLARATION).read();

    private static Request request(int cycles, boolean reviewed) {
        return Request.of(GraduatedApproachCheckPack.ID, ON, new GraduatedApproachCheckCase("G-1", cycles, reviewed));
    }

    private static SenRules.Builder engine(Path rules) {
        SenRules.Builder b = SenRules.builder().discoverPacks(false).addPack(new GraduatedApproachCheckPack());
        return rules == null ? b : b.rulesDirectory(rules);
    }

    @Test
    void aShortfall_isNotEvidenced_withTheCriterionsReasonAndTheFinding() {
        SenRules engine = engine(null).build();
        Decision<?> d = engine.decide(request(1, true));
        GraduatedApproachCheckOutcome o = d.outcome(GraduatedApproachCheckOutcome.class);
        assertFalse(o.isEvidenced());
        assertEquals(List.of(GraduatedApproachFinding.Shortfall.TOO_FEW_CYCLES), o.getShortfalls());
        assertEquals(List.of(GraduatedApproach.CYCLES), d.reasons().stream().map(Reason::rule).toList());
        assertEquals("A graduated approach is not yet evidenced: 1 assess-plan-do-review cycle(s) were completed, and at least 2 are needed.",
                d.reasons().get(0).text());
        assertTrue(d.parameters().stream().anyMatch(p -> p.name().equals(GraduatedApproach.MINIMUM_CYCLES)), "the shared value is listed as used");
        Decision<?> evidenced = engine.decide(request(2, true));
        assertTrue(evidenced.outcome(GraduatedApproachCheckOutcome.class).isEvidenced());
        assertEquals(List.of("check-evidenced"), evidenced.reasons().stream().map(Reason::rule).toList());
    }

    @Test
    void aRuleSetThatDoesNotDeclareTheSharedCriteria_isRefusedNamingTheRule(@TempDir Path dir) throws IOException {
        int start = DECLARATION.indexOf("    \"graduated-approach-reviewed-with-parents\": {");
        int end = DECLARATION.indexOf("  }\n}", start);
        String withoutIt = DECLARATION.substring(0, start).replaceAll(",\\s*$", "\n") + DECLARATION.substring(end);
        Files.writeString(dir.resolve("graduated-approach-check.rule-set.json"), withoutIt);
        RuleSetException x = assertThrows(RuleSetException.class, () -> engine(dir).build());
        assertTrue(x.getMessage().contains("states criterion \"graduated-approach-reviewed-with-parents\", which graduated-approach-check.rule-set.json"
                + " does not declare"), x.getMessage());
        assertTrue(x.problems().stream().anyMatch(p -> p.file().endsWith("graduated-approach.drl") && p.line() > 1), x.problems().toString());
    }

    @Test
    void aRuleSetThatNamesNoCriteriaPhase_isRefused_forTheSharedRulesWouldNeverBeCounted() {
        String noPhases = "META-INF/senrules/graduated-approach-no-phases/graduated-approach-check.rule-set.json";
        for (boolean eagerly : new boolean[] {true, false}) {
            RulePack pack = new RulePack() {
                @Override
                public int apiVersion() {
                    return API_VERSION;
                }

                @Override
                public String name() {
                    return "no phases";
                }

                @Override
                public void register(RulePackContext context) {
                    context.add(GraduatedApproachCheckPack.definition(noPhases).build());
                }
            };
            RuleSetException x = assertThrows(RuleSetException.class,
                    () -> SenRules.builder().discoverPacks(false).addPack(pack).buildEagerly(eagerly).build());
            assertTrue(x.getMessage().contains("rule set graduated-approach-check declares criteria but no phase \"criteria\""), x.getMessage());
        }
    }

    @Test
    void withoutTheSharedCycleRule_theRuleSetIsRefused_namingTheCriterion(@TempDir Path dir) throws IOException {
        String shared = GraduatedApproach.rules().read();
        int start = shared.indexOf("rule \"Enough assess-plan-do-review cycles are completed\"");
        int end = shared.indexOf("\nend\n", start) + "\nend\n".length();
        Files.writeString(dir.resolve("graduated-approach.drl"), shared.substring(0, start) + shared.substring(end));
        Files.writeString(dir.resolve("senrules-manifest.txt"), "removes graduated-approach-check graduated-approach-cycles\n");
        List<RuleSetProblem> problems = engine(dir).check();
        RuleSetProblem p = problems.stream().filter(q -> q.message().contains("\"graduated-approach-cycles\"")).findFirst().orElseThrow();
        assertEquals(RuleSetProblem.Severity.ERROR, p.severity());
        assertTrue(p.message().contains("criterion \"graduated-approach-cycles\" is declared but no rule of graduated-approach-check states it"),
                p.message());
        assertTrue(p.file().endsWith("graduated-approach-check.rule-set.json"), p.toString());
        assertThrows(RuleSetException.class, () -> engine(dir).build(), "never evidenced without the rule that counts the cycles");
    }
}
