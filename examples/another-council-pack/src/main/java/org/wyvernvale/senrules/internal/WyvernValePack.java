package org.wyvernvale.senrules.internal;

import java.util.List;
import org.senrules.core.spi.OutcomeFields;
import org.senrules.core.spi.ParameterType;
import org.senrules.core.spi.RulePack;
import org.senrules.core.spi.RulePackContext;
import org.senrules.core.spi.RuleResource;
import org.senrules.core.spi.RuleSetDefinition;
import org.senrules.core.spi.TableCheck;
import org.senrules.core.spi.Summary;
import org.wyvernvale.senrules.banding.PlaceBandCase;
import org.wyvernvale.senrules.banding.PlaceBandOutcome;
import org.wyvernvale.senrules.banding.WyvernPlaceBand;

/** Registers Wyvern Vale's rule sets; found by the engine through {@code ServiceLoader}. */
public final class WyvernValePack implements RulePack {
    private static final String DIR = "META-INF/senrules/wyvern-place-band/";

    @Override
    public int apiVersion() {
        return API_VERSION;
    }

    @Override
    public String name() {
        return "Wyvern Vale Council (example third-party pack)";
    }

    @Override
    public void register(RulePackContext context) {
        context.add(RuleSetDefinition.builder(WyvernPlaceBand.RULE_SET, "1.0.0")
                .title("Wyvern Vale's band and top-up for a funded place, from one banding table")
                .outcome(PlaceBandOutcome::new)
                .outcomeFields(OutcomeFields.of(PlaceBandOutcome.class)
                        .field("band", PlaceBandOutcome::getBand)
                        .field("topUp", PlaceBandOutcome::getTopUp)
                        .field("placeFunding", PlaceBandOutcome::getPlaceFunding)
                        .field("total", PlaceBandOutcome::getTotal))
                .rules(RuleResource.of(WyvernValePack.class, DIR + "wyvern-place-band.drl"))
                // the stages the rules run in, in order: no salience numbers in the rule file
                .phases("criteria", "band", "money", "total")
                // the documents the rules cite by key, written once for the whole pack
                .sources(RuleResource.of(WyvernValePack.class, "META-INF/senrules/wyvern.sources.json"))
                .parameterDefaults(RuleResource.of(WyvernValePack.class, DIR + "wyvern-place-band.parameters.json"))
                .policies(RuleResource.of(WyvernValePack.class, DIR + "wyvern-place-band.policies.json"))
                .parameter("bandForLevel", ParameterType.INTEGER_LIST_BY_KEY,
                        "By setting group (MAINSTREAM, SPECIAL), the band at need levels 1 to 5")
                .parameter("bandTopUp", ParameterType.MONEY_BY_KEY, "The top-up of each band, per financial year")
                .parameter("placeFunding", ParameterType.MONEY, "Core funding of a special-school place")
                // the banding table is data: checked when the engine starts, for every policy and date
                .check(TableCheck.keys("bandForLevel", List.of("MAINSTREAM", "SPECIAL")))
                .check(TableCheck.rowLength("bandForLevel", 5))
                .check(TableCheck.rowValuesAtLeast("bandForLevel", 1))
                .check(TableCheck.nonDecreasingRows("bandForLevel"))
                .check(TableCheck.rowsCoveredBy("bandForLevel", "bandTopUp"))
                .check(TableCheck.nonDecreasingMoneyAlongRows("bandForLevel", "bandTopUp"))
                // what a cohort simulator adds up: senrules simulates this rule set from this declaration alone
                .summary(Summary.of(PlaceBandCase.class, PlaceBandOutcome.class, "top-up", PlaceBandOutcome::getTopUp)
                        .band("band", PlaceBandOutcome::getBand)
                        .need(PlaceBandCase::primaryNeed))
                .build());
    }
}
