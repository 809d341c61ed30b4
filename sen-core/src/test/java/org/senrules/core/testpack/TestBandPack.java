package org.senrules.core.testpack;

import java.util.List;
import org.senrules.core.spi.ParameterType;
import org.senrules.core.spi.RulePack;
import org.senrules.core.spi.RulePackContext;
import org.senrules.core.spi.RuleResource;
import org.senrules.core.spi.RuleSetDefinition;
import org.senrules.core.spi.TableCheck;

/** A banding table with its checks, for the engine's table-analysis tests. */
public class TestBandPack implements RulePack {
    public static final String ID = "test-band";
    private static final String DIR = "META-INF/senrules/test-band/";

    @Override
    public int apiVersion() {
        return API_VERSION;
    }

    @Override
    public String name() {
        return "sen-core banding test pack";
    }

    @Override
    public void register(RulePackContext context) {
        context.add(RuleSetDefinition.builder(ID, "0.1.0", TestBandCase.class, TestBandOutcome.class)
                .outcome(TestBandOutcome::new)
                .outcomeFields(TestBandOutcome.fields())
                .rules(RuleResource.of(TestBandPack.class, DIR + "test-band.drl"))
                .parameterDefaults(RuleResource.of(TestBandPack.class, DIR + "test-band.parameters.json"))
                .parameter("bandTable", ParameterType.INTEGER_LIST_BY_KEY, "Band by classification and level")
                .parameter("bandTopUp", ParameterType.MONEY_BY_KEY, "Top-up by band")
                .check(TableCheck.keys("bandTable", List.of("A", "B")))
                .check(TableCheck.rowLength("bandTable", 4))
                .check(TableCheck.nonDecreasingRows("bandTable"))
                .check(TableCheck.rowsCoveredBy("bandTable", "bandTopUp"))
                .check(TableCheck.nonDecreasingByNumericKey("bandTopUp"))
                .check(TableCheck.nonDecreasingMoneyAlongRows("bandTable", "bandTopUp"))
                .build());
    }
}
