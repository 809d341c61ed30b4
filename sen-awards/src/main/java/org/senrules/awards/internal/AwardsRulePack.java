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
        context.add(CoproductionAwardRuleSet.definition());
    }
}
