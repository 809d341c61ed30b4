package org.senrules.funding.internal;

import java.nio.file.Path;
import org.senrules.core.SenRules;
import org.senrules.core.spi.RulePack;
import org.senrules.core.spi.RulePackContext;
import org.senrules.core.spi.RuleSetDefinition;

/**
 * Engines for tests that load a single rule set of this pack, so each test class compiles only the
 * rules it exercises. Discovery of the whole pack is tested in {@link FundingPackDiscoveryTest}.
 */
public final class TestEngines {
    private TestEngines() {
    }

    /** An engine with just this rule set, built from the packaged files. */
    public static SenRules of(RuleSetDefinition<?, ?> definition) {
        return SenRules.builder().discoverPacks(false).addPack(pack(definition)).build();
    }

    /** An engine with just this rule set and a council parameter file overriding its defaults. */
    public static SenRules withOverride(RuleSetDefinition<?, ?> definition, Path parameterFile) {
        return SenRules.builder().discoverPacks(false).addPack(pack(definition))
                .overrideParameters(definition.id(), parameterFile).build();
    }

    /** An engine with just this rule set and a council's file overriding the shared values {@code sharedId} it reads. */
    public static SenRules withSharedOverride(RuleSetDefinition<?, ?> definition, String sharedId, Path parameterFile) {
        return SenRules.builder().discoverPacks(false).addPack(pack(definition))
                .overrideParameters(sharedId, parameterFile).build();
    }

    /** An engine with just this rule set, its files replaced by those of a rule author's folder. */
    public static SenRules withRules(RuleSetDefinition<?, ?> definition, Path rulesFolder) {
        return SenRules.builder().discoverPacks(false).addPack(pack(definition)).rulesDirectory(rulesFolder).build();
    }

    private static RulePack pack(RuleSetDefinition<?, ?> definition) {
        return new RulePack() {
            @Override
            public int apiVersion() {
                return API_VERSION;
            }

            @Override
            public String name() {
                return "test pack for " + definition.id();
            }

            @Override
            public void register(RulePackContext context) {
                context.add(definition);
            }
        };
    }
}
