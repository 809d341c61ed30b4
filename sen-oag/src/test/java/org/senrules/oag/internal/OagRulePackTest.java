package org.senrules.oag.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.senrules.core.Decision;
import org.senrules.core.Reason;
import org.senrules.core.Request;
import org.senrules.core.RuleInfo;
import org.senrules.core.SenRules;
import org.senrules.core.domain.Phase;
import org.senrules.core.spi.RulePack;
import org.senrules.core.spi.RulePackContext;
import org.senrules.oag.OagCatalogue;
import org.senrules.oag.ProvisionLine;
import org.senrules.oag.additionality.AdditionalityCase;
import org.senrules.oag.additionality.AdditionalityOutcome;

/** The pack's wiring: discovery, exports, rule metadata, warnings and what reasons may contain. */
class OagRulePackTest {
    static final SenRules ENGINE = SenRules.builder().build();
    static final LocalDate ON = LocalDate.of(2026, 1, 15);

    static AdditionalityCase aCase(String description) {
        return AdditionalityCase.builder()
                .caseId("P-7")
                .phase(Phase.SCHOOL_AGE)
                .provision(List.of(
                new ProvisionLine(description, 3, null), new ProvisionLine(description, 1, "autism.visual-timetable")))
                .build();
    }

    @Test
    void engine_discoversBothRuleSets() {
        Set<String> ids = ENGINE.ruleSets().stream().map(r -> r.id()).collect(Collectors.toSet());
        assertTrue(ids.containsAll(Set.of("oag-additionality", "engagement-model")), ids.toString());
    }

    @Test
    void everyRule_citesASourceAndHasAnId() {
        for (String id : List.of("oag-additionality", "engagement-model")) {
            for (RuleInfo r : ENGINE.rules(id)) {
                assertFalse(r.source().isBlank(), r.name());
                assertTrue(r.id().matches("[a-z0-9]+(-[a-z0-9]+)*"), r.id());
            }
        }
    }

    @Test
    void decision_onTheIllustrativeCatalogue_isFlaggedIllustrativeAndWarns() {
        Decision<?> d = ENGINE.decide(Request.of("oag-additionality", ON, aCase("d")));
        assertTrue(d.warnings().stream().anyMatch(w -> w.contains("is illustrative, not the council's guidance")), d.warnings().toString());
        assertTrue(d.illustrative(), "illustrative data that is not a parameter still flags the decision");
    }

    @Test
    void decision_onACouncilsCatalogue_doesNotWarn() {
        OagCatalogue council = OagCatalogue.parse(councilCopy(), "council.json");
        SenRules engine = SenRules.builder().discoverPacks(false).addPack(new RulePack() {
            @Override
            public int apiVersion() {
                return API_VERSION;
            }

            @Override
            public String name() {
                return "council OAG";
            }

            @Override
            public void register(RulePackContext context) {
                context.add(OagRulePack.oagAdditionality(council));
            }
        }).build();
        Decision<?> d = engine.decide(Request.of("oag-additionality", ON, aCase("d")));
        assertTrue(d.warnings().isEmpty(), d.warnings().toString());
        assertEquals(1, d.outcome(AdditionalityOutcome.class).getAdditionalCount());
    }

    /** The bundled file with its illustrative flag turned off, standing in for a council's own. */
    private static String councilCopy() {
        try (InputStream in = OagCatalogue.class.getModule().isNamed()
                ? OagCatalogue.class.getModule().getResourceAsStream(OagCatalogue.BUNDLED_RESOURCE)
                : OagCatalogue.class.getClassLoader().getResourceAsStream(OagCatalogue.BUNDLED_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\"illustrative\": true", "\"illustrative\": false");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void decision_neverRepeatsTheFreeTextDescription() {
        String description = "Sam Example's one-to-one support at lunchtime";
        String json = ENGINE.json().write(ENGINE.decide(Request.of("oag-additionality", ON, aCase(description))));
        assertFalse(json.contains("Sam Example"), json);
        Decision<?> d = ENGINE.decide(Request.of("oag-additionality", ON, aCase(description)));
        for (Reason r : d.reasons()) {
            assertFalse(r.text().contains("Sam"), r.text());
        }
        assertTrue(d.reasons().stream().anyMatch(r -> r.text().startsWith("Provision line 1 (index 0) matches no item")));
    }

    @Test
    void moduleDescriptor_exportsOnlyTheApiPackagesAndProvidesThePack() {
        Module module = OagRulePack.class.getModule();
        Assumptions.assumeTrue(module.isNamed(), "only on the module path");
        ModuleDescriptor d = module.getDescriptor();
        assertEquals(Set.of("org.senrules.oag", "org.senrules.oag.additionality", "org.senrules.oag.engagement"),
                d.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
        assertTrue(d.provides().stream().anyMatch(p -> p.service().equals(RulePack.class.getName())
                && p.providers().equals(List.of(OagRulePack.class.getName()))));
    }

    @Test
    void moduleDescriptor_exportsEachRuleSetsHandle() {
        Module module = OagRulePack.class.getModule();
        Assumptions.assumeTrue(module.isNamed(), "only on the module path");
        assertTrue(module.isExported(org.senrules.oag.additionality.OagAdditionality.class.getPackageName()));
        assertTrue(module.isExported(org.senrules.oag.engagement.EngagementModel.class.getPackageName()));
    }

    @Test
    void serviceFile_namesThePack() throws Exception {
        try (InputStream in = OagRulePack.class.getClassLoader().getResourceAsStream("META-INF/services/" + RulePack.class.getName())) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(text.lines().map(String::strip).anyMatch(OagRulePack.class.getName()::equals), text);
        }
    }
}
