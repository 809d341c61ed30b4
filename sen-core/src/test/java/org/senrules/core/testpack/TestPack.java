package org.senrules.core.testpack;

import org.senrules.core.spi.ParameterSpec;
import org.senrules.core.spi.ParameterType;
import org.senrules.core.spi.RulePack;
import org.senrules.core.spi.RulePackContext;
import org.senrules.core.spi.RuleResource;
import org.senrules.core.spi.RuleSetDefinition;

/** A tiny rule pack that exercises the whole engine path in sen-core's own tests. */
public class TestPack implements RulePack {
    public static final String ID = "test-top-up";
    private static final String DIR = "META-INF/senrules/test-top-up/";

    @Override
    public int apiVersion() {
        return API_VERSION;
    }

    @Override
    public String name() {
        return "sen-core test pack";
    }

    @Override
    public void register(RulePackContext context) {
        context.add(RuleSetDefinition.builder(ID, "1.2.0", TestTopUpCase.class, TestTopUpOutcome.class)
                .title("A toy top-up, for the engine's own tests")
                .outcome(TestTopUpOutcome::new)
                .outcomeFields(TestTopUpOutcome.fields())
                .rules(RuleResource.of(TestPack.class, DIR + "test-top-up.drl"))
                .parameterDefaults(RuleResource.of(TestPack.class, DIR + "test-top-up.parameters.json"))
                .policies(RuleResource.of(TestPack.class, DIR + "test-top-up.policies.json"))
                // a yearly rate: reviewed every year, unlike the cap, a switch that changes with the policy only
                .parameter(ParameterSpec.builder("unitValue", ParameterType.MONEY).description("The value of one unit")
                        .reviewEvery(java.time.Period.ofYears(1)).build())
                .parameter(ParameterSpec.of("unitCap", ParameterType.INTEGER, "The most units granted, if capped").orNone())
                .build());
    }
}
