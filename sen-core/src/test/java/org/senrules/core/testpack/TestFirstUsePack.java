package org.senrules.core.testpack;

import org.senrules.core.spi.ParameterType;
import org.senrules.core.spi.RulePack;
import org.senrules.core.spi.RulePackContext;
import org.senrules.core.spi.RuleResource;
import org.senrules.core.spi.RuleSetDefinition;

/**
 * Two rule sets whose rule files carry the model file a pack's build writes for a file it compiled
 * and left to run time ({@code runtime checked}), so the engine builds them on first use:
 * {@code test-first-use} decides as the banding test pack does; {@code test-first-use-global}
 * declares a global no rule set provides, a fault only its knowledge base shows;
 * {@code test-first-use-confined} deletes a file, which the check of the rule text refuses.
 */
public class TestFirstUsePack implements RulePack {
    public static final String ID = "test-first-use";
    public static final String BROKEN = "test-first-use-global";
    public static final String CONFINED = "test-first-use-confined";
    private static final String DIR = "META-INF/senrules/test-first-use/";

    @Override
    public int apiVersion() {
        return API_VERSION;
    }

    @Override
    public String name() {
        return "sen-core first-use test pack";
    }

    @Override
    public void register(RulePackContext context) {
        context.add(band(ID, DIR + "test-first-use.drl"));
        context.add(band(BROKEN, DIR + "test-first-use-global.drl"));
        context.add(band(CONFINED, DIR + "test-first-use-confined.drl"));
    }

    private static RuleSetDefinition<TestBandCase, TestBandOutcome> band(String id, String rules) {
        return RuleSetDefinition.builder(id, "0.1.0", TestBandCase.class, TestBandOutcome.class)
                .outcome(TestBandOutcome::new)
                .outcomeFields(TestBandOutcome.fields())
                .rules(RuleResource.of(TestFirstUsePack.class, rules))
                .parameterDefaults(RuleResource.of(TestFirstUsePack.class, "META-INF/senrules/test-band/test-band.parameters.json"))
                .parameter("bandTable", ParameterType.INTEGER_LIST_BY_KEY, "Band by classification and level")
                .parameter("bandTopUp", ParameterType.MONEY_BY_KEY, "Top-up by band")
                .build();
    }
}
