package org.senrules.core.testpack;

import java.util.List;
import org.senrules.core.RuleSetKey;
import org.senrules.core.domain.Setting;
import org.senrules.core.spi.DeclaredTypes;
import org.senrules.core.spi.RulePack;
import org.senrules.core.spi.RulePackContext;
import org.senrules.core.spi.RuleResource;
import org.senrules.core.spi.RuleSetDefinition;

/**
 * A tiny rule pack that exercises the whole engine path in sen-core's own tests: rule set
 * {@code test-top-up}, a folder with its declaration and rules, handed to the engine as
 * generated code hands a shipped one.
 */
public class TestPack implements RulePack {
    public static final String ID = "test-top-up";
    public static final RuleSetKey<TestTopUpCase, TestTopUpOutcome> RULE_SET = RuleSetKey.of(ID, TestTopUpCase.class, TestTopUpOutcome.class);
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
        context.add(definition().build());
    }

    /** The rule set from its folder, as a pack's generated {@code RuleSetFolders} gives it. */
    public static RuleSetDefinition.Builder<TestTopUpCase, TestTopUpOutcome> definition() {
        return RuleSetDefinition.declared(RuleResource.of(TestPack.class, DIR + "test-top-up.rule-set.json"),
                DeclaredTypes.of(RULE_SET, TestTopUpCase.fields(), TestTopUpOutcome.fields(), TestTopUpOutcome::new, TestTopUpValues.class, TestTopUpValues::new,
                        List.of(Setting.class)));
    }
}
