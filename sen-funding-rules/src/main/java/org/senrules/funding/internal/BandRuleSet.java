package org.senrules.funding.internal;

import java.util.List;
import org.senrules.core.spi.OutcomeFields;
import org.senrules.core.spi.ParameterSpec;
import org.senrules.core.spi.ParameterType;
import org.senrules.core.spi.TableCheck;
import org.senrules.core.spi.RuleResource;
import org.senrules.core.spi.RuleSetDefinition;
import org.senrules.core.spi.Summary;
import org.senrules.funding.band.BandCase;
import org.senrules.funding.band.BandOutcome;
import org.senrules.funding.band.NeedClassification;
import org.senrules.core.domain.PrimaryNeed;
import org.senrules.funding.band.SpecialSchoolBand;

/** The {@code special-school-band} rule set: band, top-up and place funding for a special-school place. */
public final class BandRuleSet {
    /** The rule-set id of the contract. */
    public static final String ID = SpecialSchoolBand.ID;
    private static final String DIR = "META-INF/senrules/" + ID + "/";

    private BandRuleSet() {
    }

    /** A check that matters only where the policy's top-up model is {@code model}. */
    private static TableCheck onlyUnder(String model, TableCheck check) {
        return TableCheck.of(check.description() + " (top-up model " + model + ")", (values, report) -> {
            if (model.equals(values.get("topUpModel"))) {
                check.check(values, report);
            }
        });
    }

    private static List<String> names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).toList();
    }

    /** The definition the funding pack registers. */
    public static RuleSetDefinition<BandCase, BandOutcome> definition() {
        return RuleSetDefinition.builder(SpecialSchoolBand.RULE_SET, "1.0.0")
                .title("Band and top-up for a special-school place from need classification (A-E) and complexity level (1-4)")
                .outcome(BandOutcome::new)
                .outcomeFields(OutcomeFields.of(BandOutcome.class)
                        .field("applicable", BandOutcome::isApplicable)
                        .field("banded", BandOutcome::isBanded)
                        .field("needClassification", BandOutcome::getNeedClassification)
                        .field("band", BandOutcome::getBand)
                        .field("topUp", BandOutcome::getTopUp)
                        .field("placeFunding", BandOutcome::getPlaceFunding)
                        .field("total", BandOutcome::getTotal)
                        .field("topUpModel", BandOutcome::getTopUpModel)
                        .field("mainstreamEquivalent", BandOutcome::getMainstreamEquivalent)
                        .field("alignmentAnomaly", BandOutcome::isAlignmentAnomaly))
                .rules(RuleResource.of(BandRuleSet.class, DIR + ID + ".drl"))
                .phases("criteria", "classification", "band", "top-up", "total")
                .sources(FundingRulePack.SOURCES)
                .parameterDefaults(RuleResource.of(BandRuleSet.class, DIR + ID + ".parameters.json"))
                // DBV workstream 2's options for future EHCP top-up frameworks, as parameter overlays
                .policies(RuleResource.of(BandRuleSet.class, DIR + ID + ".policies.json"))
                .parameter("placeFunding", ParameterType.MONEY,
                        "Core funding for each special-school place, paid whatever the band")
                .parameter("needClassification", ParameterType.TEXT_BY_KEY,
                        "For each census primary need, its need classification A-E; a need left out has none")
                .parameter(ParameterSpec.of("bandTable", ParameterType.INTEGER_LIST_BY_KEY,
                        "For each need classification A-E, the band at complexity levels 1, 2, 3 and 4").range(1, 20))
                .parameter("bandTopUp", ParameterType.MONEY_BY_KEY,
                        "The top-up of each band above Band 1 for the financial year, by band number")
                .parameter("topUpModel", ParameterType.TEXT,
                        "How the top-up is found: BANDS, UNITS (a unit model) or AVERAGE_SPEND (the spend analysis)")
                .parameter(ParameterSpec.integer("specialSchoolFactorPercent", 50, 300,
                        "A special-school factor applied to the top-up, as a whole percentage (100 = none)"))
                .parameter(ParameterSpec.of("unitsByLevel", ParameterType.INTEGER_LIST_BY_KEY,
                        "For each classification A-E, the Support Units the same need is costed at in the mainstream framework, at levels 1-4").range(0, 40))
                .shared(RuleSetFolders.FUNDING_SHARED) // supportUnitValue, set once for every rule set that costs units
                .parameter("averageReportedSpend", ParameterType.MONEY_BY_KEY,
                        "The average spend schools report for a pupil in each band, for the spend analysis")
                .parameter(ParameterSpec.integer("alignmentTolerancePercent", 0, 100,
                        "How far a top-up may differ from the mainstream cost of the same need before it is an anomaly"))
                .check(TableCheck.of("topUpModel is BANDS, UNITS or AVERAGE_SPEND", (values, report) -> {
                    Object model = values.get("topUpModel");
                    if (model != null && !List.of("BANDS", "UNITS", "AVERAGE_SPEND").contains(model)) {
                        report.error("topUpModel", "unknown top-up model " + model + "; the models are BANDS, UNITS and AVERAGE_SPEND");
                    }
                }))
                // the census need -> classification table: real census needs, real classifications
                .check(TableCheck.keysWithin("needClassification", names(PrimaryNeed.values())))
                .check(TableCheck.valuesWithin("needClassification", names(NeedClassification.values())))
                .check(TableCheck.keys("unitsByLevel", names(NeedClassification.values())))
                .check(TableCheck.rowLength("unitsByLevel", 4))
                .check(TableCheck.nonDecreasingRows("unitsByLevel"))
                .check(TableCheck.nonDecreasingByNumericKey("averageReportedSpend"))
                // the review of the descriptors asks for a graduated response: checked before any decision
                .check(TableCheck.keys("bandTable", names(NeedClassification.values())))
                .check(TableCheck.rowLength("bandTable", 4))
                .check(TableCheck.rowValuesAtLeast("bandTable", 1))
                .check(TableCheck.nonDecreasingRows("bandTable"))
                .check(TableCheck.rowsCoveredBy("bandTable", "bandTopUp", List.of("1")))
                .check(TableCheck.nonDecreasingByNumericKey("bandTopUp"))
                .check(TableCheck.nonDecreasingMoneyAlongRows("bandTable", "bandTopUp"))
                .check(onlyUnder("AVERAGE_SPEND", TableCheck.rowsCoveredBy("bandTable", "averageReportedSpend")))
                // the top-up is what the options move; place funding is paid whatever the band
                .summary(Summary.of(BandCase.class, BandOutcome.class, "top-up", BandOutcome::getTopUp)
                        .band("band", BandOutcome::getBand)
                        .need(BandCase::primaryNeed)
                        .setting(BandCase::setting))
                .build();
    }
}
