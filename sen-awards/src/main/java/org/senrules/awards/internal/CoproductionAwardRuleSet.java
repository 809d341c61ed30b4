package org.senrules.awards.internal;

import org.senrules.awards.AwardCase;
import org.senrules.awards.AwardOutcome;
import org.senrules.awards.Sector;
import org.senrules.core.spi.OutcomeFields;
import org.senrules.core.spi.ParameterSpec;
import org.senrules.core.spi.ParameterType;
import org.senrules.core.spi.RuleResource;
import org.senrules.core.spi.RuleSetDefinition;
import org.senrules.awards.CoproductionAward;

/**
 * The definition of {@code coproduction-award}: the stage of the SEND Co-production Award Scheme
 * an organisation's evidence supports, and what evidence the next stage still needs (DOMAIN.md §8,
 * S4 "SEND Noticeboard, February 2024").
 */
final class CoproductionAwardRuleSet {
    static final String ID = CoproductionAward.ID;
    static final String VERSION = "1.1.0";
    private static final String DIR = "META-INF/senrules/" + ID + "/";
    /** The sources the pack's rules and policies cite by key. */
    static final RuleResource SOURCES = RuleResource.of(CoproductionAwardRuleSet.class, "META-INF/senrules/awards.sources.json");

    private CoproductionAwardRuleSet() {
    }

    static RuleSetDefinition<AwardCase, AwardOutcome> definition() {
        return RuleSetDefinition.builder(CoproductionAward.RULE_SET, VERSION)
                .title("The award stage an organisation's evidence supports, and what evidence is missing for the next")
                .outcome(AwardOutcome::new)
                .outcomeFields(OutcomeFields.of(AwardOutcome.class)
                        .field("eligible", AwardOutcome::isEligible)
                        .field("ineligibleBecause", AwardOutcome::getIneligibleBecause)
                        .field("stageAwarded", AwardOutcome::getStageAwarded)
                        .field("nextStage", AwardOutcome::getNextStage)
                        .field("stageHeld", AwardOutcome::getStageHeld)
                        .field("missingEvidence", AwardOutcome::getMissingEvidence)
                        .field("principlesNotEvidenced", AwardOutcome::getPrinciplesNotEvidenced)
                        .field("certificate", AwardOutcome::isCertificate))
                .rules(RuleResource.of(CoproductionAwardRuleSet.class, DIR + ID + ".drl"))
                .phases("criteria", "grant", "award", "explanation")
                .sources(SOURCES)
                .parameterDefaults(RuleResource.of(CoproductionAwardRuleSet.class, DIR + ID + ".parameters.json"))
                .policies(RuleResource.of(CoproductionAwardRuleSet.class, DIR + ID + ".policies.json"))
                .parameter("councilArea", ParameterType.TEXT,
                        "The council area whose organisations the Scheme is open to; the case field basedInBirmingham means based in this area")
                .parameter(ParameterSpec.listOf("eligibleSectors", Sector.class,
                        "The sectors whose organisations the Scheme is open to"))
                .parameter(ParameterSpec.integer("minimumActionsPerC", 0, 100,
                        "The fewest actions a Silver delivery plan sets out in each of the 4 Cs of co-production"))
                .parameter(ParameterSpec.integer("principlesRequired", 0, 8,
                        "How many of the eight principles a Gold portfolio must show impact against (0 to 8)"))
                .parameter(ParameterSpec.integer("maxStagesPerAssessment", 1, 4,
                        "The most stages one assessment awards above the stage already held"))
                .build();
    }
}
