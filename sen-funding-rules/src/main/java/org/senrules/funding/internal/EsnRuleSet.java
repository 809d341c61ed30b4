package org.senrules.funding.internal;

import org.senrules.core.spi.OutcomeFields;
import org.senrules.core.spi.ParameterSpec;
import org.senrules.core.spi.RuleResource;
import org.senrules.core.spi.RuleSetDefinition;
import org.senrules.funding.esn.EsnCase;
import org.senrules.funding.esn.EsnOutcome;
import org.senrules.funding.esn.EsnRequest;

/** The {@code esn-request} rule set: admissibility, route and deadline of an Exceptional Special Needs request. */
public final class EsnRuleSet {
    /** The rule-set id of the contract. */
    public static final String ID = EsnRequest.ID;
    private static final String DIR = "META-INF/senrules/" + ID + "/";

    private EsnRuleSet() {
    }

    /** The definition the funding pack registers. */
    public static RuleSetDefinition<EsnCase, EsnOutcome> definition() {
        return RuleSetDefinition.builder(EsnRequest.RULE_SET, "1.1.0")
                .title("Whether an Exceptional Special Needs request is admissible, by which route, and its decision deadline")
                .outcome(EsnOutcome::new)
                .outcomeFields(OutcomeFields.of(EsnOutcome.class)
                        .field("admissible", EsnOutcome::isAdmissible)
                        .field("route", EsnOutcome::getRoute)
                        .field("decisionDueBy", EsnOutcome::getDecisionDueBy)
                        .field("reviewDate", EsnOutcome::getReviewDate)
                        .field("decisionDueByUnknownBecause", EsnOutcome::getDecisionDueByUnknownBecause)
                        .field("backdated", EsnOutcome::isBackdated)
                        .field("claimableFrom", EsnOutcome::getClaimableFrom)
                        .field("existingAgreementHonouredUntil", EsnOutcome::getExistingAgreementHonouredUntil)
                        .field("annualReviewDueInTime", EsnOutcome::getAnnualReviewDueInTime)
                        .field("grounds", EsnOutcome::getGrounds)
                        .field("externalProfessionalsInvolved", EsnOutcome::isExternalProfessionalsInvolved)
                        .field("currentFundingContinues", EsnOutcome::isCurrentFundingContinues))
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
