package org.senrules.oag.internal;

import org.senrules.core.spi.RulePack;
import org.senrules.core.spi.RulePackContext;
import org.senrules.oag.OagCatalogue;

/** The OAG rule sets, discovered by the engine through {@code ServiceLoader}. */
public final class OagRulePack implements RulePack {

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
