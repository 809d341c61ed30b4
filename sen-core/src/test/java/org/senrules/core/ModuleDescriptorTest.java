package org.senrules.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** An accidental export fails the build: the exported packages are exactly the API. */
class ModuleDescriptorTest {
    @Test
    void exportsExactlyTheApiPackages() {
        Module module = SenRules.class.getModule();
        assumeTrue(module.isNamed(), "runs on the module path");
        ModuleDescriptor d = module.getDescriptor();
        assertEquals("org.senrules.core", d.name());
        assertEquals(Set.of("org.senrules.core", "org.senrules.core.domain", "org.senrules.core.spi", "org.senrules.core.scenario",
                        "org.senrules.core.explain"),
                d.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
        assertEquals(Set.of("org.senrules.core.spi.RulePack"), d.uses());
    }

    @Test
    void requiresNoDroolsOrJacksonTransitively_soAnEmbedderCompilesAgainstSenrulesAlone() {
        Module module = SenRules.class.getModule();
        assumeTrue(module.isNamed(), "runs on the module path");
        Set<String> transitive = module.getDescriptor().requires().stream()
                .filter(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE))
                .map(ModuleDescriptor.Requires::name).collect(Collectors.toSet());
        assertEquals(Set.of(), transitive);
    }

    @Test
    void theTypedApi_isInTheExportedPackages_andTheDecisionsPartsAreNot() {
        Module module = SenRules.class.getModule();
        assumeTrue(module.isNamed(), "runs on the module path");
        for (Class<?> type : java.util.List.of(RuleSetKey.class, PolicyKey.class, Decision.class, org.senrules.core.spi.Outcome.class,
                org.senrules.core.spi.OutcomeFields.class, org.senrules.core.spi.CaseFields.class, org.senrules.core.spi.CaseChecks.class)) {
            org.junit.jupiter.api.Assertions.assertTrue(module.isExported(type.getPackageName()), type.getName());
        }
        org.junit.jupiter.api.Assertions.assertFalse(module.isExported(org.senrules.core.internal.Decided.class.getPackageName()));
    }
}
