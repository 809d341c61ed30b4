package org.senrules.funding.internal;

import org.senrules.core.spi.ParameterSpec;
import org.senrules.core.spi.RuleResource;
import org.senrules.core.spi.RuleSetDefinition;
import org.senrules.funding.esn.EsnCase;
import org.senrules.funding.esn.EsnOutcome;

/** The {@code esn-request} rule set: admissibility, route and deadline of an Exceptional Special Needs request. */
public final class EsnRuleSet {
    /** The rule-set id of the contract. */
    public static final String ID = "esn-request";
    private static final String DIR = "META-INF/senrules/" + ID + "/";

    private EsnRuleSet() {
    }

    /** The definition the funding pack registers. */
    public static RuleSetDefinition<EsnCase, EsnOutcome> definition() {
        return RuleSetDefinition.builder(ID, "1.1.0", EsnCase.class, EsnOutcome.class)
                .title("Whether an Exceptional Special Needs request is admissible, by which route, and its decision deadline")
                .outcome(EsnOutcome::new)
                .rules(RuleResource.of(EsnRuleSet.class, DIR + ID + ".drl"))
                .phases("criteria", "evidence", "routing", "dates")
                .sources(FundingRulePack.SOURCES)
                .parameterDefaults(RuleResource.of(EsnRuleSet.class, DIR + ID + ".parameters.json"))
                .parameter(ParameterSpec.integer("decisionWeeks", 1, 52,
                        "Weeks after the review that considers the request within which the case officer communicates the decision"))
                .parameter(ParameterSpec.integer("reviewDueWithinWeeks", 1, 52,
                        "An annual review due within this many weeks of the request counts as due; later, an early review is called"))
                .build();
    }
}
