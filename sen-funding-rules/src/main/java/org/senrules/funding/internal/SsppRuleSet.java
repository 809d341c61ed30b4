package org.senrules.funding.internal;

import org.senrules.core.domain.Setting;
import org.senrules.core.spi.OutcomeFields;
import org.senrules.core.spi.ParameterSpec;
import org.senrules.core.spi.ParameterType;
import org.senrules.core.spi.RuleResource;
import org.senrules.core.spi.RuleSetDefinition;
import org.senrules.core.spi.Summary;
import org.senrules.funding.sspp.SsppCase;
import org.senrules.funding.sspp.SsppOutcome;
import org.senrules.funding.sspp.SsppTopUp;

/**
 * The definition of rule set {@code sspp-top-up}: SSPP top-up eligibility under the current
 * process (DOMAIN.md §4) and the DBV options of the first draft (S1) as policies.
 *
 * <p>Every DBV option is a parameter overlay: the rules read policy switches rather than policy
 * names, so a council can combine them (option 6 with the values of option 4, say) without new
 * rules.
 */
final class SsppRuleSet {
    static final String ID = SsppTopUp.ID;
    static final String VERSION = "1.0.0";
    /** The decision group of a locality-led decision starts with this, then the locality's name. */
    static final String LOCALITY_GROUP = "LOCALITY:";
    private static final String DIR = "META-INF/senrules/" + ID + "/";

    private SsppRuleSet() {
    }

    static RuleSetDefinition<SsppCase, SsppOutcome> definition() {
        return RuleSetDefinition.builder(SsppTopUp.RULE_SET, VERSION)
                .title("Whether an SSPP top-up request can be considered and funded, for how many Support Units and until when")
                .outcome(SsppOutcome::new)
                .outcomeFields(OutcomeFields.of(SsppOutcome.class)
                        .field("considered", SsppOutcome::isConsidered)
                        .field("eligible", SsppOutcome::isEligible)
                        .field("decisionGroup", SsppOutcome::getDecisionGroup)
                        .field("supportUnits", SsppOutcome::getSupportUnits)
                        .field("topUp", SsppOutcome::getTopUp)
                        .field("fundedFrom", SsppOutcome::getFundedFrom)
                        .field("fundedUntil", SsppOutcome::getFundedUntil)
                        .field("renewable", SsppOutcome::isRenewable))
                .rules(RuleResource.of(SsppRuleSet.class, DIR + ID + ".drl"))
                .phases("consider", "criteria", "routing", "grant", "explanation")
                .sources(FundingRulePack.SOURCES)
                .parameterDefaults(RuleResource.of(SsppRuleSet.class, DIR + ID + ".parameters.json"))
                .policies(RuleResource.of(SsppRuleSet.class, DIR + ID + ".policies.json"))
                .shared(FundingSharedParameters.VALUES) // supportUnitValue, set once for every rule set that costs units
                .parameter(ParameterSpec.listOf("eligibleSettings", Setting.class,
                        "The settings in which SSPP top-up may be funded"))
                .parameter(ParameterSpec.integer("minGraduatedApproachCycles", 1, 12,
                        "The fewest assess-plan-do-review cycles that evidence the graduated approach"))
                .parameter("fundingCeased", ParameterType.FLAG,
                        "Whether high-needs funding for SEN Support by SSPP has ceased")
                // ranges: a time limit of 0 months, or of 100,000, is a typing error, not a policy
                .parameter(ParameterSpec.integer("maxFundedMonths", 1, 60,
                        "The longest funded period in months; none means open-ended").orNone())
                .parameter("renewalsAllowed", ParameterType.FLAG,
                        "Whether renewal requests may be funded and grants renewed")
                .parameter(ParameterSpec.integer("supportUnitCap", 1, 40,
                        "The most Support Units funded per request; none means no cap").orNone())
                .parameter("targetedCohortsOnly", ParameterType.FLAG,
                        "Whether only pupils in a targeted cohort may be funded")
                .parameter("targetedCohorts", ParameterType.TEXT_LIST,
                        "The targeted cohorts, by name, when funding is for targeted cohorts only")
                .parameter("localityLed", ParameterType.FLAG,
                        "Whether localities decide rather than the central decision groups by area of need")
                .parameter("localityBudgets", ParameterType.MONEY_BY_KEY,
                        "Each locality's yearly SSPP top-up budget under locality-led decisions")
                .parameter(ParameterSpec.of("localityBudgetBasis", ParameterType.TEXT,
                        "The DBV option among 2-5 whose values inform the locality budgets").orNone())
                .summary(Summary.of(SsppCase.class, SsppOutcome.class, "top-up", SsppOutcome::getTopUp)
                        .units("support units", SsppOutcome::getSupportUnits)
                        .considered(SsppOutcome::isConsidered)
                        .eligible(SsppOutcome::isEligible)
                        .group(SsppOutcome::getDecisionGroup)
                        .band("support units", SsppOutcome::getSupportUnits)
                        .need(SsppCase::primaryNeed)
                        .locality(SsppCase::locality)
                        .setting(SsppCase::setting)
                        .decidedByLocality(o -> o.getDecisionGroup() != null
                                && o.getDecisionGroup().startsWith(LOCALITY_GROUP))
                        .localityBudgets("localityBudgets"))
                .build();
    }
}
