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
        Decision d = CouncilApp.decideSsppRequest();
        SsppOutcome o = d.outcome(SsppOutcome.class);
        assertTrue(o.isConsidered());
        assertTrue(o.isEligible());
        assertEquals(5, o.getSupportUnits());
        assertTrue(o.getTopUp().isPositive());
        assertFalse(d.reasons().isEmpty());
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
