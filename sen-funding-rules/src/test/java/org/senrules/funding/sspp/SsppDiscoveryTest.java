package org.senrules.funding.sspp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.senrules.core.PolicyVariant;
import org.senrules.core.RuleSetInfo;
import org.senrules.core.SenRules;

/** The engine finds sspp-top-up through ServiceLoader, with its case fields and all eight policies. */
class SsppDiscoveryTest {
    static final SenRules DISCOVERED = SenRules.builder().build();

    @Test
    void discoveryFindsSsppTopUpWithAllEightPolicies() {
        RuleSetInfo info = DISCOVERED.ruleSets().stream().filter(r -> r.id().equals("sspp-top-up")).findFirst().orElseThrow();
        assertEquals(SsppEngine.POLICIES, info.policies().stream().map(PolicyVariant::name).sorted().toList());
        for (PolicyVariant p : info.policies()) {
            assertTrue(p.name().equals("current") || p.source().startsWith("S1 001_9fda0e487175dfd0.txt"), p.toString());
        }
        assertEquals(SsppCase.class, info.caseType());
        assertEquals(SsppOutcome.class, info.outcomeType());
    }

    @Test
    void caseFieldsAreTheContractsInItsOrder() {
        RuleSetInfo info = DISCOVERED.ruleSets().stream().filter(r -> r.id().equals("sspp-top-up")).findFirst().orElseThrow();
        assertEquals(List.of("caseId", "planStatus", "setting", "primaryNeed", "parentalConsent", "graduatedApproachCycles",
                "coCreatedWithSupportServices", "outsideAgencySupport", "discussedAtMapMeeting", "requestedSupportUnits",
                "renewal", "cohorts", "locality"), info.caseFields());
    }

    @Test
    void loadingRaisesNoWarningsForSsppTopUp() {
        assertTrue(DISCOVERED.warnings().stream().noneMatch(w -> w.toString().contains("sspp-top-up")), DISCOVERED.warnings().toString());
    }

    @Test
    void theModuleExportsOnlyTheSsppApiPackageOfThisRuleSet() {
        Module m = SsppCase.class.getModule();
        if (m.isNamed()) {
            assertTrue(m.isExported("org.senrules.funding.sspp"));
            assertTrue(!m.isExported("org.senrules.funding.internal"), "the rule glue stays internal");
        }
    }
}
