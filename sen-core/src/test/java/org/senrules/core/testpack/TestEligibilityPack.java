package org.senrules.core.testpack;

import org.senrules.core.spi.ParameterType;
import org.senrules.core.spi.RulePack;
import org.senrules.core.spi.RulePackContext;
import org.senrules.core.spi.RuleResource;
import org.senrules.core.spi.RuleSetDefinition;

/** A rule set with declared criteria, named phases and sources cited by key, for the engine's own tests. */
public class TestEligibilityPack implements RulePack {
    public static final String ID = "test-eligibility";
    private static final String DIR = "META-INF/senrules/test-eligibility/";

    @Override
    public int apiVersion() {
        return API_VERSION;
    }

    @Override
    public String name() {
        return "sen-core fail-closed test pack";
    }

    @Override
    public void register(RulePackContext context) {
        context.add(RuleSetDefinition.builder(ID, "1.0.0", TestTopUpCase.class, TestGrantOutcome.class)
                .title("A toy grant that fails closed, for the engine's own tests")
                .outcome(TestGrantOutcome::new)
                .outcomeFields(TestGrantOutcome.fields())
                .rules(RuleResource.of(TestEligibilityPack.class, DIR + "test-eligibility.drl"))
                .parameterDefaults(RuleResource.of(TestEligibilityPack.class, DIR + "test-eligibility.parameters.json"))
                .policies(RuleResource.of(TestEligibilityPack.class, DIR + "test-eligibility.policies.json"))
                .phases("consider", "criteria", "grant")
                .sources(RuleResource.of(TestEligibilityPack.class, "META-INF/senrules/test.sources.json"))
                .parameter("unitCap", ParameterType.INTEGER, "The most units granted")
                .build());
    }
}
