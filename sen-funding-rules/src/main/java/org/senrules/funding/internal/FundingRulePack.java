package org.senrules.funding.internal;

import org.senrules.core.spi.RulePack;
import org.senrules.core.spi.RulePackContext;

/** Birmingham's funding rule sets, discovered by the engine through {@code ServiceLoader}. */
public final class FundingRulePack implements RulePack {

    @Override
    public String name() {
        return "Birmingham SEND funding rules";
    }

    @Override
    public void register(RulePackContext context) {
        // one line per rule set, so that rule sets can be added independently
        context.add(BandRuleSet.definition());
        context.add(EsnRuleSet.definition());
        context.add(ForecastRuleSet.definition());
        context.add(SsppRuleSet.definition());
        context.add(MainstreamTopUpRuleSet.definition());
        context.add(EhcpTopUpRuleSet.definition());
    }
}
