package org.senrules.funding.internal;

import org.senrules.core.spi.RulePack;
import org.senrules.core.spi.RulePackContext;
import org.senrules.core.spi.RuleResource;
import org.senrules.core.spi.RuleSetDefinition;
import org.senrules.funding.ehcp.EhcpTopUpCase;
import org.senrules.funding.ehcp.EhcpTopUpOutcome;
import org.senrules.funding.mainstream.MainstreamTopUpCase;
import org.senrules.funding.mainstream.MainstreamTopUpOutcome;
import org.senrules.oag.NumberedProvisionLine;
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
        context.add(RuleSetFolders.specialSchoolBand().build());
        context.add(RuleSetFolders.esnRequest().build());
        // each quarter's forecast is a fact of its own, so that the rules compare quarters
        context.add(RuleSetFolders.highNeedsForecast().facts(ForecastCase::forecasts).build());
        context.add(RuleSetFolders.ssppTopUp().build());
        context.add(RuleSetFolders.earlyYearsInclusion().build());
        // this engine's catalogue (the oag-catalogue pack setting), read again on every reload
        OagCatalogue oag = OagCatalogue.of(context);
        context.add(mainstreamTopUp(oag));
        context.add(ehcpTopUp(oag));
    }

    /**
     * {@code mainstream-top-up} from its folder, with what is Java by nature: the OAG catalogue the
     * rules consult on the decision date (the engine's, from the {@value OagCatalogue#SETTING} pack
     * setting), which also checks the cases' item ids, and the provision lines as facts, without
     * their descriptions.
     */
    static RuleSetDefinition<MainstreamTopUpCase, MainstreamTopUpOutcome> mainstreamTopUp(OagCatalogue catalogue) {
        return RuleSetFolders.mainstreamTopUp()
                .global("oag", catalogue)
                .caseCheck((c, violations) -> catalogue.checkProvision(c.provision(), "provision", violations))
                .facts(c -> NumberedProvisionLine.of(c.provision()))
                .build();
    }

    /** {@code ehcp-top-up} from its folder, with the OAG catalogue and the provision lines as for {@code mainstream-top-up}. */
    static RuleSetDefinition<EhcpTopUpCase, EhcpTopUpOutcome> ehcpTopUp(OagCatalogue catalogue) {
        return RuleSetFolders.ehcpTopUp()
                .global("oag", catalogue)
                .caseCheck((c, violations) -> catalogue.checkProvision(c.provision(), "provision", violations))
                .facts(c -> NumberedProvisionLine.of(c.provision()))
                .build();
    }
}
