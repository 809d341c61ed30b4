package org.example.councilapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senrules.core.Decision;
import org.senrules.core.RuleSetException;
import org.senrules.core.SenRules;
import org.senrules.funding.sspp.SsppOutcome;

/** Runs twice: on the module path and on the class path (see the pom's two surefire executions). */
class CouncilAppTest {

    @Test
    void decide_fromTheCouncilsOwnCode_givesAFundedDecisionWithReasons() {
        Decision<?> d = CouncilApp.decideSsppRequest();
        SsppOutcome o = d.outcome(SsppOutcome.class);
        assertTrue(o.isConsidered());
        assertTrue(o.isEligible());
        assertEquals(5, o.getSupportUnits());
        assertTrue(o.getTopUp().isPositive());
        assertFalse(d.reasons().isEmpty());
    }

    @Test
    void answerJson_requestAndBadRequest_giveTheContractsJson() {
        String decision = CouncilApp.answerJson("{\"ruleSet\": \"sspp-top-up\", \"asOf\": \"2026-01-15\", \"case\": {"
                + "\"caseId\": \"CASE-7\", \"planStatus\": \"SEN_SUPPORT\", \"setting\": \"MAINSTREAM_SCHOOL\", \"primaryNeed\": \"SPLD\","
                + "\"parentalConsent\": false, \"graduatedApproachCycles\": 2, \"coCreatedWithSupportServices\": true,"
                + "\"outsideAgencySupport\": true, \"discussedAtMapMeeting\": true, \"requestedSupportUnits\": 3,"
                + "\"renewal\": false, \"cohorts\": [], \"locality\": \"East\"}}");
        assertTrue(decision.contains("\"considered\" : false"), decision);
        assertTrue(decision.contains("\"rule\" : \"parental-consent-required\""), decision);
        String refused = CouncilApp.answerJson("{\"ruleSet\": \"sspp-top-up\", \"asOf\": \"2026-01-15\", \"case\": {\"caseId\": \"X\"}}");
        assertTrue(refused.contains("\"error\" : \"invalid-request\""), refused);
        assertTrue(refused.contains("case.planStatus"), refused);
    }

    @Test
    void theRunIsOnThePathItClaims() {
        boolean modulePath = "module".equals(System.getProperty("embedding.path"));
        assertEquals(modulePath, CouncilApp.class.getModule().isNamed(), "embedding.path=" + System.getProperty("embedding.path"));
        assertEquals(modulePath, SsppOutcome.class.getModule().isNamed());
        if (modulePath) {
            assertEquals("org.senrules.funding", SsppOutcome.class.getModule().getName());
        }
    }

    /**
     * The lean runtime (issue 30): an app that uses the packs' pre-built rules carries no DRL
     * compiler (no DRL parser, no Eclipse Java compiler, no MVEL, no code generator); given a rules
     * folder, the engine says what to add instead of failing on a missing class.
     */
    @Test
    void thePackagedRules_needNoDrlCompiler_andARulesFolderSaysWhatToAdd(@TempDir Path dir) throws IOException {
        String paths = System.getProperty("java.class.path", "") + File.pathSeparator + System.getProperty("jdk.module.path", "");
        int jars = 0;
        for (String entry : paths.split(File.pathSeparator)) {
            Path name = entry.isEmpty() ? null : Path.of(entry).getFileName();
            String jar = name == null ? "" : name.toString();
            jars += jar.endsWith(".jar") ? 1 : 0;
            assertFalse(jar.startsWith("ecj-") || jar.startsWith("drools-drl-") || jar.startsWith("mvel2-") || jar.startsWith("drools-mvel")
                    || jar.startsWith("drools-model-codegen") || jar.startsWith("drools-ecj") || jar.startsWith("antlr")
                    || jar.startsWith("javaparser"), "the runtime carries a DRL compiler's jar: " + jar);
        }
        assertTrue(jars > 10, paths);
        String packaged;
        try (InputStream in = SsppOutcome.class.getModule().getResourceAsStream("META-INF/senrules/sspp-top-up/sspp-top-up.drl")) {
            packaged = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Files.writeString(dir.resolve("sspp-top-up.drl"), packaged + "\n// the council's copy\n", StandardCharsets.UTF_8);
        RuleSetException e = org.junit.jupiter.api.Assertions.assertThrows(RuleSetException.class,
                () -> SenRules.builder().rulesDirectory(dir).build());
        assertTrue(e.getMessage().contains("add the dependency org.senrules:sen-rules-compiler"), e.getMessage());
        assertTrue(e.getMessage().contains("requires org.senrules.compiler;"), e.getMessage());
        // and the packaged rules still decide
        assertTrue(CouncilApp.decideSsppRequest().outcome(SsppOutcome.class).isEligible());
    }
}
