package org.senrules.funding.internal;

import org.senrules.core.spi.OutcomeFields;
import org.senrules.core.spi.ParameterType;
import org.senrules.core.spi.RuleResource;
import org.senrules.core.spi.RuleSetDefinition;
import org.senrules.core.spi.Summary;
import org.senrules.funding.mainstream.MainstreamTopUpCase;
import org.senrules.funding.mainstream.MainstreamTopUpOutcome;
import org.senrules.oag.NumberedProvisionLine;
import org.senrules.oag.OagCatalogue;
import org.senrules.funding.mainstream.MainstreamTopUp;

/**
 * The {@code mainstream-top-up} rule set: Support Units and top-up for EHCP or SSPP provision in
 * the Ranges / Support Units framework, excluding ordinarily available provision.
 */
public final class MainstreamTopUpRuleSet {
    /** The rule-set id of the contract. */
    public static final String ID = MainstreamTopUp.ID;
    private static final String DIR = "META-INF/senrules/" + ID + "/";

    private MainstreamTopUpRuleSet() {
    }

    /** The definition over the bundled (illustrative) OAG catalogue, for tests and examples. */
    public static RuleSetDefinition<MainstreamTopUpCase, MainstreamTopUpOutcome> definition() {
        return definition(OagCatalogue.bundled());
    }

    /**
     * The definition over a given catalogue: the engine's, which the funding pack reads from the
     * {@value OagCatalogue#SETTING} pack setting. The same catalogue checks the cases' item ids.
     */
    public static RuleSetDefinition<MainstreamTopUpCase, MainstreamTopUpOutcome> definition(OagCatalogue catalogue) {
        return RuleSetDefinition.builder(MainstreamTopUp.RULE_SET, "1.1.0")
                .title("Support Units counted and top-up for EHCP or SSPP provision in mainstream, early-years and resource-base settings")
                .outcome(MainstreamTopUpOutcome::new)
                .outcomeFields(OutcomeFields.of(MainstreamTopUpOutcome.class)
                        .field("applicable", MainstreamTopUpOutcome::isApplicable)
                        .field("countedUnits", MainstreamTopUpOutcome::getCountedUnits)
                        .field("excludedLines", MainstreamTopUpOutcome::getExcludedLines)
                        .field("topUp", MainstreamTopUpOutcome::getTopUp)
                        .field("supportUnitValue", MainstreamTopUpOutcome::getSupportUnitValue)
                        .field("notionalSenContribution", MainstreamTopUpOutcome::getNotionalSenContribution))
                .rules(RuleResource.of(MainstreamTopUpRuleSet.class, DIR + ID + ".drl"))
                .phases("criteria", "lines", "grant", "explanation")
                .sources(FundingRulePack.SOURCES)
                .parameterDefaults(RuleResource.of(MainstreamTopUpRuleSet.class, DIR + ID + ".parameters.json"))
                .shared(RuleSetFolders.FUNDING_SHARED) // supportUnitValue, set once for every rule set that costs units
                .parameter("notionalSenContribution", ParameterType.MONEY,
                        "The additional support a mainstream school meets from its notional SEN budget (element 2) before top-up")
                // the catalogue is consulted by the rules on the decision date; lines go in without their descriptions
                .global("oag", catalogue)
                .caseCheck((c, violations) -> catalogue.checkProvision(c.provision(), "provision", violations))
                .facts(c -> NumberedProvisionLine.of(c.provision()))
                .summary(Summary.of(MainstreamTopUpCase.class, MainstreamTopUpOutcome.class, "top-up",
                                MainstreamTopUpOutcome::getTopUp)
                        .units("counted units", MainstreamTopUpOutcome::getCountedUnits)
                        .band("counted units", MainstreamTopUpOutcome::getCountedUnits)
                        .setting(MainstreamTopUpCase::setting))
                .build();
    }
}
