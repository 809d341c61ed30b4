package org.senrules.funding.internal;

import org.senrules.core.spi.RulePack;
import org.senrules.core.spi.RuleResource;
import org.senrules.core.spi.RulePackContext;
import org.senrules.funding.forecast.ForecastCase;
import org.senrules.oag.OagCatalogue;

/** Birmingham's funding rule sets, discovered by the engine through {@code ServiceLoader}. */
public final class FundingRulePack implements RulePack {
    /** The sources the pack's rules and policies cite by key, written once for every rule set. */
    static final RuleResource SOURCES = RuleResource.of(FundingRulePack.class, "META-INF/senrules/funding.sources.json");

    @Override
    public int apiVersion() {
        return API_VERSION;
    }

    @Override
    public String name() {
        return "Birmingham SEND funding rules";
    }

    @Override
    public void register(RulePackContext context) {
        // one line per rule set, so that rule sets can be added independently
        context.add(BandRuleSet.definition());
        context.add(RuleSetFolders.esnRequest().build());
        // each quarter's forecast is a fact of its own, so that the rules compare quarters
        context.add(RuleSetFolders.highNeedsForecast().facts(ForecastCase::forecasts).build());
        context.add(RuleSetFolders.ssppTopUp().build());
        // this engine's catalogue (the oag-catalogue pack setting), read again on every reload
        OagCatalogue oag = OagCatalogue.of(context);
        context.add(MainstreamTopUpRuleSet.definition(oag));
        context.add(EhcpTopUpRuleSet.definition(oag));
    }
}
