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
 * A rule set with declared criteria stated as conditions, a gate, named phases and sources cited
 * by key, for the engine's own tests: {@code test-eligibility}, from its folder.
 */
public class TestEligibilityPack implements RulePack {
    public static final String ID = "test-eligibility";
    public static final RuleSetKey<TestTopUpCase, TestGrantOutcome> RULE_SET = RuleSetKey.of(ID, TestTopUpCase.class, TestGrantOutcome.class);
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
        context.add(RuleSetDefinition.declared(RuleResource.of(TestEligibilityPack.class, DIR + "test-eligibility.rule-set.json"),
                DeclaredTypes.of(RULE_SET, TestTopUpCase.fields(), TestGrantOutcome.fields(), TestGrantOutcome::new,
                        TestGrantValues.class, TestGrantValues::new, List.of(Setting.class))).build());
    }
}
