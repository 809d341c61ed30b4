package org.senrules.oag.internal;

import org.senrules.core.spi.RulePack;
import org.senrules.core.spi.RulePackContext;
import org.senrules.core.spi.RuleResource;
import org.senrules.oag.OagCatalogue;

/** The OAG rule sets, discovered by the engine through {@code ServiceLoader}. */
public final class OagRulePack implements RulePack {
    /** The sources the pack's rules cite by key, written once for both rule sets. */
    static final RuleResource SOURCES = RuleResource.of(OagRulePack.class, "META-INF/senrules/oag.sources.json");

    @Override
    public int apiVersion() {
        return API_VERSION;
    }

    @Override
    public String name() {
        return "Ordinarily Available Guidance rules";
    }

    @Override
    public void register(RulePackContext context) {
        context.add(OagAdditionalityRuleSet.definition(OagCatalogue.of(context)));
        context.add(EngagementModelRuleSet.definition());
    }
}
