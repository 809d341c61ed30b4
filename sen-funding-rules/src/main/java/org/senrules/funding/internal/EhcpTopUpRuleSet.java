package org.senrules.funding.internal;

import java.util.Arrays;
import java.util.List;
import org.senrules.core.domain.PrimaryNeed;
import org.senrules.core.domain.Setting;
import org.senrules.core.spi.ParameterSpec;
import org.senrules.core.spi.OutcomeFields;
import org.senrules.core.spi.ParameterType;
import org.senrules.core.spi.RuleResource;
import org.senrules.core.spi.RuleSetDefinition;
import org.senrules.core.spi.Summary;
import org.senrules.core.spi.TableCheck;
import org.senrules.funding.ehcp.EhcpTopUpCase;
import org.senrules.funding.ehcp.EhcpTopUpOutcome;
import org.senrules.oag.NumberedProvisionLine;
import org.senrules.oag.OagCatalogue;
import org.senrules.funding.ehcp.EhcpTopUp;

/**
 * The {@code ehcp-top-up} rule set: an EHCP pupil's top-up in the framework of the setting, with
 * DBV workstream 2's options 1-5 and 3A as alternative frameworks (policies). It reuses the band,
 * unit and Support Unit tables of {@code special-school-band} and {@code mainstream-top-up} (the
 * same illustrative defaults) so the three rule sets agree under {@code current}.
 */
public final class EhcpTopUpRuleSet {
    /** The rule-set id of the contract. */
    public static final String ID = EhcpTopUp.ID;
    private static final String DIR = "META-INF/senrules/" + ID + "/";
    private static final List<String> CLASSES = List.of("A", "B", "C", "D", "E");
    private static final List<String> SETTING_GROUPS = List.of("EARLY_YEARS", "MAINSTREAM", "RESOURCE_BASE", "SPECIAL");

    private EhcpTopUpRuleSet() {
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    /** The definition over the bundled (illustrative) OAG catalogue, for tests and examples. */
    public static RuleSetDefinition<EhcpTopUpCase, EhcpTopUpOutcome> definition() {
        return definition(OagCatalogue.bundled());
    }

    /** The definition over a given catalogue. */
    public static RuleSetDefinition<EhcpTopUpCase, EhcpTopUpOutcome> definition(OagCatalogue catalogue) {
        List<String> spendKeys = SETTING_GROUPS.stream().flatMap(g -> CLASSES.stream().map(c -> g + "_" + c)).toList();
        return RuleSetDefinition.builder(EhcpTopUp.RULE_SET, "1.0.0")
                .title("An EHCP pupil's top-up in whichever framework applies: Support Units for early years, mainstream and resource bases; bands for special schools")
                .outcome(EhcpTopUpOutcome::new)
                .outcomeFields(OutcomeFields.of(EhcpTopUpOutcome.class)
                        .field("framework", EhcpTopUpOutcome::getFramework)
                        .field("needClassification", EhcpTopUpOutcome::getNeedClassification)
                        .field("band", EhcpTopUpOutcome::getBand)
                        .field("countedUnits", EhcpTopUpOutcome::getCountedUnits)
                        .field("unitsCapped", EhcpTopUpOutcome::isUnitsCapped)
                        .field("topUp", EhcpTopUpOutcome::getTopUp)
                        .field("environmentAmount", EhcpTopUpOutcome::getEnvironmentAmount)
                        .field("placeFunding", EhcpTopUpOutcome::getPlaceFunding)
                        .field("total", EhcpTopUpOutcome::getTotal)
                        .field("mainstreamEquivalent", EhcpTopUpOutcome::getMainstreamEquivalent)
                        .field("alignmentAnomaly", EhcpTopUpOutcome::isAlignmentAnomaly))
                .rules(RuleResource.of(EhcpTopUpRuleSet.class, DIR + ID + ".drl"))
                .phases("criteria", "routing", "measure", "top-up", "special-school", "total")
                .sources(FundingRulePack.SOURCES)
                .parameterDefaults(RuleResource.of(EhcpTopUpRuleSet.class, DIR + ID + ".parameters.json"))
                .policies(RuleResource.of(EhcpTopUpRuleSet.class, DIR + ID + ".policies.json"))
                .shared(RuleSetFolders.FUNDING_SHARED) // supportUnitValue, set once for every rule set that costs units
                .parameter("placeFunding", ParameterType.MONEY, "Core funding for each special-school place, paid whatever the band")
                .parameter(ParameterSpec.listOf("frameworkSettings", Setting.class,
                        "The settings an EHCP top-up framework funds; a place in any other setting gets no top-up"))
                .parameter("needClassification", ParameterType.TEXT_BY_KEY,
                        "For each census primary need, its need classification A-E; a need left out has none")
                .parameter("averageSpendGroup", ParameterType.TEXT_BY_KEY,
                        "For each setting, its row of averageReportedSpend: EARLY_YEARS, MAINSTREAM, RESOURCE_BASE or SPECIAL")
                .parameter("mainstreamModel", ParameterType.TEXT,
                        "The framework of early years, mainstream and resource bases: SUPPORT_UNITS, BANDS or AVERAGE_SPEND")
                .parameter("specialSchoolModel", ParameterType.TEXT,
                        "The framework of special schools: BANDS, UNIT_MODEL or AVERAGE_SPEND")
                .parameter(ParameterSpec.of("bandTable", ParameterType.INTEGER_LIST_BY_KEY,
                        "For each need classification A-E, the band at complexity levels 1, 2, 3 and 4").range(1, 20))
                .parameter("bandTopUp", ParameterType.MONEY_BY_KEY, "The top-up of each band above Band 1, by band number")
                .parameter(ParameterSpec.of("unitsByLevel", ParameterType.INTEGER_LIST_BY_KEY,
                        "For each classification A-E, the Support Units a need is costed at, at levels 1-4 (alignment check, unit model)")
                        .range(0, 40))
                .parameter(ParameterSpec.integer("alignmentTolerancePercent", 0, 100,
                        "How far a banded top-up may differ from the Support Units cost of the same need before it is an anomaly"))
                .parameter("environmentAmount", ParameterType.MONEY,
                        "An amount added to the top-up of every special-school place, Band 1 included (option 3A)")
                .parameter("reviewedUnitsCapped", ParameterType.FLAG,
                        "Whether section F Support Units are capped by the reviewed descriptors for the need and level")
                .parameter(ParameterSpec.of("reviewedUnitsMax", ParameterType.INTEGER_LIST_BY_KEY,
                        "For each classification A-E, the most Support Units the reviewed descriptors fund at levels 1-4").range(0, 40))
                .parameter("averageReportedSpend", ParameterType.MONEY_BY_KEY,
                        "The average spend reported for a pupil, by setting group and classification (EARLY_YEARS_A ... SPECIAL_E)")
                .check(TableCheck.of("mainstreamModel is SUPPORT_UNITS, BANDS or AVERAGE_SPEND", (values, report) -> {
                    Object model = values.get("mainstreamModel");
                    if (model != null && !List.of("SUPPORT_UNITS", "BANDS", "AVERAGE_SPEND").contains(model)) {
                        report.error("mainstreamModel", "unknown framework " + model + "; the frameworks are SUPPORT_UNITS, BANDS and AVERAGE_SPEND");
                    }
                }))
                .check(TableCheck.of("specialSchoolModel is BANDS, UNIT_MODEL or AVERAGE_SPEND", (values, report) -> {
                    Object model = values.get("specialSchoolModel");
                    if (model != null && !List.of("BANDS", "UNIT_MODEL", "AVERAGE_SPEND").contains(model)) {
                        report.error("specialSchoolModel", "unknown framework " + model + "; the frameworks are BANDS, UNIT_MODEL and AVERAGE_SPEND");
                    }
                }))
                // the census need -> classification table: real census needs, real classifications
                .check(TableCheck.keysWithin("needClassification", names(PrimaryNeed.values())))
                .check(TableCheck.valuesWithin("needClassification", CLASSES))
                // the spend analysis' rows: real settings, real rows, and one for every setting a framework funds
                .check(TableCheck.keysWithin("averageSpendGroup", names(Setting.values())))
                .check(TableCheck.valuesWithin("averageSpendGroup", SETTING_GROUPS))
                .check(TableCheck.of("every setting of frameworkSettings has an averageSpendGroup", (values, report) -> {
                    Object settings = values.get("frameworkSettings");
                    Object groups = values.get("averageSpendGroup");
                    if (settings instanceof List<?> list && groups instanceof java.util.Map<?, ?> map) {
                        for (Object setting : list) {
                            if (!map.containsKey(setting)) {
                                report.error("averageSpendGroup", "has no row for " + setting + ", which frameworkSettings funds; give it one of "
                                        + SETTING_GROUPS);
                            }
                        }
                    }
                }))
                .check(TableCheck.keys("bandTable", CLASSES))
                .check(TableCheck.rowLength("bandTable", 4))
                .check(TableCheck.rowValuesAtLeast("bandTable", 1))
                .check(TableCheck.nonDecreasingRows("bandTable"))
                .check(TableCheck.rowsCoveredBy("bandTable", "bandTopUp", List.of("1")))
                .check(TableCheck.nonDecreasingByNumericKey("bandTopUp"))
                .check(TableCheck.nonDecreasingMoneyAlongRows("bandTable", "bandTopUp"))
                .check(TableCheck.keys("unitsByLevel", CLASSES))
                .check(TableCheck.rowLength("unitsByLevel", 4))
                .check(TableCheck.nonDecreasingRows("unitsByLevel"))
                .check(TableCheck.keys("reviewedUnitsMax", CLASSES))
                .check(TableCheck.rowLength("reviewedUnitsMax", 4))
                .check(TableCheck.nonDecreasingRows("reviewedUnitsMax"))
                .check(TableCheck.keys("averageReportedSpend", spendKeys))
                .global("oag", catalogue)
                .caseCheck((c, violations) -> catalogue.checkProvision(c.provision(), "provision", violations))
                .facts(c -> NumberedProvisionLine.of(c.provision()))
                .summary(Summary.of(EhcpTopUpCase.class, EhcpTopUpOutcome.class, "top-up", EhcpTopUpOutcome::getTopUp)
                        .units("counted units", o -> o.getCountedUnits() == null ? 0 : o.getCountedUnits())
                        .group(o -> o.getFramework() == null ? null : o.getFramework().name())
                        .band("band", EhcpTopUpOutcome::getBand)
                        .need(EhcpTopUpCase::primaryNeed)
                        .locality(EhcpTopUpCase::locality)
                        .setting(EhcpTopUpCase::setting))
                .build();
    }
}
