package org.senrules.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.senrules.core.spi.ParameterType;
import org.senrules.core.spi.RuleResource;
import org.senrules.core.spi.RuleSetDefinition;
import org.senrules.core.testpack.TestPack;
import org.senrules.core.testpack.TestTopUpCase;
import org.senrules.core.testpack.TestTopUpOutcome;

/**
 * Every list the engine returns has a defined order, never the order of a hash map: rules in
 * file and numeric line order, parameters in the order the rule set declares them.
 */
class DeterministicOrderTest {

    @Test
    void rules_areInFileAndNumericLineOrder() {
        SenRules engine = SenRules.builder().discoverPacks(false).addPack(new TestPack()).build();
        List<RuleInfo> rules = engine.rules(TestPack.ID);
        assertTrue(rules.size() >= 2, rules.toString());
        List<Integer> lines = new ArrayList<>();
        for (RuleInfo r : rules) {
            lines.add(Integer.parseInt(r.file().substring(r.file().lastIndexOf(':') + 1)));
        }
        List<Integer> sorted = new ArrayList<>(lines);
        sorted.sort(null);
        assertEquals(sorted, lines, "lines " + lines + " (a string sort would put line 100 before line 20)");
    }

    @Test
    void parameters_areListedInTheOrderDeclared() {
        List<String> names = List.of("zeta", "alpha", "mu", "beta", "omega", "gamma", "kappa", "delta", "epsilon", "eta");
        RuleSetDefinition.Builder<TestTopUpCase, TestTopUpOutcome> b = RuleSetDefinition
                .builder("order-check", "1.0.0", TestTopUpCase.class, TestTopUpOutcome.class)
                .outcome(TestTopUpOutcome::new)
                .outcomeFields(TestTopUpOutcome.fields())
                .rules(RuleResource.of(TestPack.class, "META-INF/senrules/test-top-up/test-top-up.drl"))
                .parameterDefaults(RuleResource.of(TestPack.class, "META-INF/senrules/test-top-up/test-top-up.parameters.json"));
        for (String n : names) {
            b.parameter(n, ParameterType.INTEGER, "a parameter named " + n);
        }
        RuleSetDefinition<TestTopUpCase, TestTopUpOutcome> def = b.build();
        assertEquals(names, List.copyOf(def.parameters().keySet()));
    }
}
