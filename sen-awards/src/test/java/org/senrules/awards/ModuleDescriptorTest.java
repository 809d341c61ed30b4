package org.senrules.awards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** An accidental export or a forgotten provider declaration fails the build. */
class ModuleDescriptorTest {
    static final String PACK = "org.senrules.awards.internal.AwardsRulePack";

    @Test
    void module_exportsOnlyTheCaseOutcomeAndVocabularyPackage() {
        Module module = AwardCase.class.getModule();
        assumeTrue(module.isNamed(), "running on the class path");
        ModuleDescriptor descriptor = module.getDescriptor();
        assertEquals(Set.of("org.senrules.awards"),
                descriptor.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
        // the rule package is opened to the engine only, which instantiates its executable model
        assertEquals(Set.of("org.senrules.awards.rules to [org.senrules.core]"), descriptor.opens().stream()
                .map(o -> o.source() + " to " + o.targets()).collect(Collectors.toSet()));
    }

    @Test
    void module_exportsTheRuleSetsHandle() {
        Module module = AwardCase.class.getModule();
        assumeTrue(module.isNamed(), "running on the class path");
        assertEquals(module, CoproductionAward.class.getModule());
        assertEquals(true, module.isExported(CoproductionAward.class.getPackageName()));
        assertEquals(AwardOutcome.class, CoproductionAward.RULE_SET.outcomeType());
    }

    @Test
    void module_providesTheRulePack() {
        Module module = AwardCase.class.getModule();
        assumeTrue(module.isNamed(), "running on the class path");
        assertEquals(Set.of("org.senrules.core.spi.RulePack=" + PACK), module.getDescriptor().provides().stream()
                .flatMap(p -> p.providers().stream().map(impl -> p.service() + "=" + impl)).collect(Collectors.toSet()));
    }

    @Test
    void servicesFile_declaresTheRulePackForTheClassPath() throws IOException {
        try (InputStream in = AwardCase.class.getModule().getResourceAsStream("META-INF/services/org.senrules.core.spi.RulePack")) {
            assertEquals(PACK, new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
        }
    }
}
