package org.example.councilapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.senrules.core.Decision;
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
}
