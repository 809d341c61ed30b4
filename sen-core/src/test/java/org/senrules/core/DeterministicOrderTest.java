package org.senrules.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.senrules.core.domain.Setting;
import org.senrules.core.spi.ParameterSpec;
import org.senrules.core.spi.ParameterType;
import org.senrules.core.spi.RulePack;
import org.senrules.core.spi.RulePackContext;
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

    @Test
    void parametersWithNoValueInForce_areRefusedInTheOrderDeclared() {
        // ten parameters and more: a hash map's order would all but never match the declaration
        List<String> names = List.of("unitValue", "unitCap", "zeta", "alpha", "mu", "beta", "omega", "gamma", "kappa", "delta",
                "epsilon", "eta");
        RuleSetDefinition.Builder<TestTopUpCase, TestTopUpOutcome> b = RuleSetDefinition
                .builder("order-check", "1.0.0", TestTopUpCase.class, TestTopUpOutcome.class)
                .outcome(TestTopUpOutcome::new)
                .outcomeFields(TestTopUpOutcome.fields())
                .rules(RuleResource.of(TestPack.class, "META-INF/senrules/test-top-up/test-top-up.drl"))
                .parameterDefaults(RuleResource.of(TestPack.class, "META-INF/senrules/order-check/order-check.parameters.json"));
        for (String n : names) {
            ParameterSpec spec = ParameterSpec.of(n, n.equals("unitValue") ? ParameterType.MONEY : ParameterType.INTEGER,
                    "a parameter named " + n);
            b.parameter(n.equals("unitCap") ? spec.orNone() : spec);
        }
        RuleSetDefinition<TestTopUpCase, TestTopUpOutcome> def = b.build();
        SenRules engine = SenRules.builder().discoverPacks(false).addPack(new RulePack() {
            @Override
            public int apiVersion() {
                return API_VERSION;
            }

            @Override
            public String name() {
                return "order check";
            }

            @Override
            public void register(RulePackContext context) {
                context.add(def);
            }
        }).build();
        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> engine.decide(Request.of("order-check",
                LocalDate.of(2024, 6, 1), new TestTopUpCase("P-1", Setting.MAINSTREAM_SCHOOL, true, 3, null, null))));
        List<String> named = new ArrayList<>();
        for (Violation v : refused.violations()) {
            named.add(v.message().substring(v.message().indexOf('"') + 1, v.message().indexOf('"', v.message().indexOf('"') + 1)));
        }
        assertEquals(names, named, refused.violations().toString());
    }
}
