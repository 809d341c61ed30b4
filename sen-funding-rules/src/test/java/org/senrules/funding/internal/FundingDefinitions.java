package org.senrules.funding.internal;

import org.senrules.core.spi.RuleSetDefinition;
import org.senrules.funding.band.BandCase;
import org.senrules.funding.band.BandOutcome;
import org.senrules.funding.ehcp.EhcpTopUpCase;
import org.senrules.funding.ehcp.EhcpTopUpOutcome;
import org.senrules.funding.mainstream.MainstreamTopUpCase;
import org.senrules.funding.mainstream.MainstreamTopUpOutcome;
import org.senrules.oag.OagCatalogue;

/** The funding pack's rule-set definitions from their folders, for tests that load one rule set (over the bundled OAG catalogue). */
public final class FundingDefinitions {
    /** The shared values of the top-up frameworks, which special-school-band and ehcp-top-up read. */
    public static final String TOP_UP_FRAMEWORKS = "top-up-frameworks";

    private FundingDefinitions() {
    }

    public static RuleSetDefinition<BandCase, BandOutcome> specialSchoolBand() {
        return RuleSetFolders.specialSchoolBand().build();
    }

    public static RuleSetDefinition<EhcpTopUpCase, EhcpTopUpOutcome> ehcpTopUp() {
        return FundingRulePack.ehcpTopUp(OagCatalogue.bundled());
    }

    public static RuleSetDefinition<MainstreamTopUpCase, MainstreamTopUpOutcome> mainstreamTopUp() {
        return FundingRulePack.mainstreamTopUp(OagCatalogue.bundled());
    }
}
