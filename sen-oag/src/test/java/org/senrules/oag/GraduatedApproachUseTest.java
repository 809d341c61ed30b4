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
import org.senrules.core.SenRules;
import org.senrules.core.spi.RulePack;
import org.senrules.core.spi.RulePackContext;
import org.senrules.core.spi.RuleResource;
import org.senrules.core.spi.RuleSetDefinition;

/**
 * Using the shared graduated-approach rules fails closed: a rule set that does not declare their
 * criteria, or names no phase for them, is refused when it loads; one whose copy of a shared rule
 * is missing grants nothing, with the criterion named.
 */
class GraduatedApproachUseTest {
    private static final String DIR = "META-INF/senrules/graduated-approach-check/";
    private static final LocalDate ON = LocalDate.of(2026, 1, 15);

    private static Request request(int cycles, boolean reviewed) {
        return Request.of(GraduatedApproachCheckPack.ID, ON, new GraduatedApproachCheckCase("G-1", cycles, reviewed));
    }

    @Test
    void aRuleSetThatDoesNotDeclareTheSharedCriteria_isRefusedNamingTheRule(@TempDir Path dir) throws IOException {
        String params = RuleResource.of(GraduatedApproachCheckPack.class, DIR + "graduated-approach-check.parameters.json").read();
        Files.writeString(dir.resolve("graduated-approach-check.parameters.json"),
                params.replace("\"graduated-approach-reviewed-with-parents\": \"The plan was reviewed with the parents\"", "\"other\": \"x\""));
        RuleSetException x = assertThrows(RuleSetException.class,
                () -> SenRules.builder().discoverPacks(false).addPack(new GraduatedApproachCheckPack()).rulesDirectory(dir).build());
        assertTrue(x.getMessage().contains("records criterion \"graduated-approach-reviewed-with-parents\"")
                && x.getMessage().contains("which graduated-approach-check does not declare"), x.getMessage());
        assertTrue(x.problems().stream().anyMatch(p -> p.file().endsWith("graduated-approach.drl") && p.line() > 1), x.problems().toString());
    }

    @Test
    void aRuleSetThatNamesNoPhases_isRefused_forTheSharedRulesWouldNeverFire() {
        RulePack noPhases = new RulePack() {
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
                context.add(RuleSetDefinition.builder(GraduatedApproachCheckPack.ID, "1.0.0", GraduatedApproachCheckCase.class,
                                GraduatedApproachCheckOutcome.class)
                        .outcome(GraduatedApproachCheckOutcome::new)
                        .outcomeFields(GraduatedApproachCheckOutcome.fields())
                        .rules(GraduatedApproach.rules())
                        .parameterDefaults(RuleResource.of(GraduatedApproachCheckPack.class, DIR + "graduated-approach-check.parameters.json"))
                        .parameter(GraduatedApproach.minimumCyclesParameter())
                        .facts(c -> List.of(new GraduatedApproachEvidence(c.cyclesCompleted(), c.reviewedWithParents())))
                        .build());
            }
        };
        String neverFires = "is in ruleflow-group \"criteria\", but rule set graduated-approach-check declares no phases, so it would never fire";
        RuleSetException x = assertThrows(RuleSetException.class,
                () -> SenRules.builder().discoverPacks(false).addPack(noPhases).buildEagerly(true).build());
        assertTrue(x.getMessage().contains(neverFires), x.getMessage());
        // the shared file is packaged and built ahead of time, so an engine not built eagerly leaves the
        // rule set to its first decision: the same check stops that decision
        SenRules lazy = SenRules.builder().discoverPacks(false).addPack(noPhases).build();
        RuleSetException first = assertThrows(RuleSetException.class, () -> lazy.decide(request(5, true)));
        assertTrue(first.getMessage().contains(neverFires), first.getMessage());
    }

    @Test
    void withoutTheSharedCycleRule_nothingIsEvidenced_andTheCriterionIsNamed(@TempDir Path dir) throws IOException {
        String shared = GraduatedApproach.rules().read();
        int start = shared.indexOf("rule \"Enough assess-plan-do-review cycles are completed\"");
        int end = shared.indexOf("\nend\n", start) + "\nend\n".length();
        Files.writeString(dir.resolve("graduated-approach.drl"), shared.substring(0, start) + shared.substring(end));
        Files.writeString(dir.resolve("senrules-manifest.txt"), "removes graduated-approach-check graduated-approach-cycles\n");
        SenRules engine = SenRules.builder().discoverPacks(false).addPack(new GraduatedApproachCheckPack()).rulesDirectory(dir).build();

        Decision<?> d = engine.decide(request(5, true));
        assertFalse(d.outcome(GraduatedApproachCheckOutcome.class).isEvidenced(), "evidenced without the rule that counts the cycles");
        assertTrue(d.reasons().stream().anyMatch(r -> r.rule().equals("criterion-not-assessed") && r.text().contains("\"graduated-approach-cycles\"")),
                d.reasons().toString());
        assertEquals(List.of("graduated-approach-reviewed-with-parents", "criterion-not-assessed"), d.reasons().stream().map(Reason::rule).toList());
    }
}
