package org.senrules.funding.internal;

import org.senrules.core.spi.ParameterType;
import org.senrules.core.spi.RuleResource;
import org.senrules.core.spi.RuleSetDefinition;
import org.senrules.funding.band.BandCase;
import org.senrules.funding.band.BandOutcome;

/** The {@code special-school-band} rule set: band, top-up and place funding for a special-school place. */
public final class BandRuleSet {
    /** The rule-set id of the contract. */
    public static final String ID = "special-school-band";
    private static final String DIR = "META-INF/senrules/" + ID + "/";

    private BandRuleSet() {
    }

    /** The definition the funding pack registers. */
    public static RuleSetDefinition<BandCase, BandOutcome> definition() {
        return RuleSetDefinition.builder(ID, "1.0.0", BandCase.class, BandOutcome.class)
                .title("Band and top-up for a special-school place from need classification (A-E) and complexity level (1-4)")
                .outcome(BandOutcome::new)
                .rules(RuleResource.of(BandRuleSet.class, DIR + ID + ".drl"))
                .parameterDefaults(RuleResource.of(BandRuleSet.class, DIR + ID + ".parameters.json"))
                .parameter("placeFunding", ParameterType.MONEY,
                        "Core funding for each special-school place, paid whatever the band")
                .parameter("bandTable", ParameterType.INTEGER_LIST_BY_KEY,
                        "For each need classification A-E, the band at complexity levels 1, 2, 3 and 4")
                .parameter("bandTopUp", ParameterType.MONEY_BY_KEY,
                        "The top-up of each band above Band 1 for the financial year, by band number")
                .build();
    }
}
