package org.senrules.awards.internal;

import org.senrules.core.spi.RulePack;
import org.senrules.core.spi.RulePackContext;

/** The Co-production Award Scheme rule set, discovered by the engine through {@code ServiceLoader}. */
public final class AwardsRulePack implements RulePack {

    @Override
    public int apiVersion() {
        return API_VERSION;
    }

    @Override
    public String name() {
        return "SEND Co-production Award Scheme";
    }

    @Override
    public void register(RulePackContext context) {
        // every rule set of the pack is a folder under META-INF/senrules, with nothing to add in Java
        RuleSetFolders.all().forEach(r -> context.add(r.build()));
    }
}
