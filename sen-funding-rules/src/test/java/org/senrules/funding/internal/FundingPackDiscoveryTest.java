package org.senrules.funding.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.senrules.core.RuleSetInfo;
import org.senrules.core.SenRules;
import org.senrules.core.spi.RulePack;

/** The pack is found by ServiceLoader, as an embedder's engine finds it, and exports only API packages. */
class FundingPackDiscoveryTest {

    @Test
    void discoveredEngine_listsTheseRuleSets() {
        SenRules engine = SenRules.builder().build();
        List<String> ids = engine.ruleSets().stream().map(RuleSetInfo::id).toList();
        assertTrue(ids.containsAll(List.of(BandRuleSet.ID, org.senrules.funding.esn.EsnRequest.ID, org.senrules.funding.forecast.HighNeedsForecast.ID)), ids.toString());
        RuleSetInfo band = engine.ruleSets().stream().filter(r -> r.id().equals(BandRuleSet.ID)).findFirst().orElseThrow();
        assertEquals(List.of("caseId", "setting", "needClassification", "primaryNeed", "complexityLevel"), band.caseFields());
        assertFalse(engine.rules(org.senrules.funding.esn.EsnRequest.ID).isEmpty());
    }

    @Test
    void serviceLoader_findsTheFundingPack() {
        Module module = FundingRulePack.class.getModule();
        module.addUses(RulePack.class);
        boolean found = ServiceLoader.load(RulePack.class, FundingRulePack.class.getClassLoader()).stream()
                .anyMatch(p -> p.type() == FundingRulePack.class);
        assertTrue(found);
    }

    @Test
    void providerIsDeclaredInTheServicesFileToo() throws IOException {
        try (InputStream in = FundingRulePack.class.getModule()
                .getResourceAsStream("META-INF/services/org.senrules.core.spi.RulePack")) {
            assertTrue(in != null, "META-INF/services file missing");
            assertTrue(new String(in.readAllBytes(), StandardCharsets.UTF_8).contains(FundingRulePack.class.getName()));
        }
    }

    @Test
    void moduleExportsTheCaseAndOutcomePackagesButNotTheRuleGlue() {
        Module module = FundingRulePack.class.getModule();
        if (module.isNamed()) {
            assertTrue(module.getDescriptor().exports().stream().noneMatch(e -> e.source().endsWith(".internal")));
            for (String p : List.of("org.senrules.funding.band", "org.senrules.funding.esn", "org.senrules.funding.forecast")) {
                assertTrue(module.isExported(p), p);
            }
        }
    }

    @Test
    void everyRuleSetsHandle_isInAnExportedPackage_besideItsCaseAndOutcome() {
        Module module = FundingRulePack.class.getModule();
        for (org.senrules.core.RuleSetKey<?, ?> key : List.of(org.senrules.funding.sspp.SsppTopUp.RULE_SET,
                org.senrules.funding.band.SpecialSchoolBand.RULE_SET, org.senrules.funding.ehcp.EhcpTopUp.RULE_SET,
                org.senrules.funding.esn.EsnRequest.RULE_SET, org.senrules.funding.forecast.HighNeedsForecast.RULE_SET,
                org.senrules.funding.mainstream.MainstreamTopUp.RULE_SET)) {
            assertTrue(module.isExported(key.caseType().getPackageName()), key.id());
            assertTrue(key.caseType().getPackageName().equals(key.outcomeType().getPackageName()), key.id());
        }
    }
}
