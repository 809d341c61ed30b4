package org.senrules.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.senrules.core.domain.Setting;
import org.senrules.core.spi.DeclaredTypes;
import org.senrules.core.spi.RulePack;
import org.senrules.core.spi.RulePackContext;
import org.senrules.core.spi.RuleResource;
import org.senrules.core.spi.RuleSetDefinition;
import org.senrules.core.testpack.TestPack;
import org.senrules.core.testpack.TestTopUpCase;
import org.senrules.core.testpack.TestTopUpOutcome;
import org.senrules.core.testpack.TestTopUpValues;

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

    /** Rule set {@code order-check}: twelve parameters, in no alphabetical order, over test-top-up's rules. */
    private static RuleSetDefinition<TestTopUpCase, TestTopUpOutcome> orderCheck() {
        return RuleSetDefinition.declared(RuleResource.of(TestPack.class, "META-INF/senrules/order-check/order-check.rule-set.json"),
                DeclaredTypes.of(RuleSetKey.of("order-check", TestTopUpCase.class, TestTopUpOutcome.class), TestTopUpCase.fields(),
                        TestTopUpOutcome.fields(), TestTopUpOutcome::new, TestTopUpValues.class, TestTopUpValues::new, List.of(Setting.class))).build();
    }

    private static final List<String> NAMES = List.of("unitValue", "unitCap", "zeta", "alpha", "mu", "beta", "omega", "gamma", "kappa",
            "delta", "epsilon", "eta");

    @Test
    void parameters_areListedInTheOrderDeclared() {
        assertEquals(NAMES, List.copyOf(orderCheck().parameters().keySet()));
    }

    @Test
    void parametersWithNoValueInForce_areRefusedInTheOrderDeclared() {
        // ten parameters and more: a hash map's order would all but never match the declaration
        RuleSetDefinition<TestTopUpCase, TestTopUpOutcome> def = orderCheck();
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
        assertEquals(NAMES, named, refused.violations().toString());
    }
}
