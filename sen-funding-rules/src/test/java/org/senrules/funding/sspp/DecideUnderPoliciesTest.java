package org.senrules.funding.sspp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Example;
import org.senrules.core.Decision;
import org.senrules.core.InvalidRequestException;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.funding.internal.Golden;

/**
 * {@code SenRules.decideUnderPolicies}: one case under the eight {@code sspp-top-up} policies gives,
 * byte for byte, the eight decisions {@code decide} makes one policy at a time, while firing the
 * rules once per distinct view of the parameters (decisions that share a firing share the outcome
 * object, which is how the test sees that the rules were not fired again).
 */
class DecideUnderPoliciesTest {
    static final List<String> POLICIES = List.of("current", "dbv-option-1", "dbv-option-2", "dbv-option-3", "dbv-option-4",
            "dbv-option-4a", "dbv-option-5", "dbv-option-6");
    static final SenRules ENGINE = Golden.ENGINE;

    @Example // jqwik, because the seeded cases come from the properties' generators
    void everyPolicyDecidesAsDecideDoes_andTheRulesFireOncePerDistinctView() {
        List<SsppCase> cases = Golden.sample(new SsppPropertiesTestAccess().cases(), 7L, 1_000);
        int firings = 0;
        for (int i = 0; i < cases.size(); i++) {
            for (LocalDate asOf : List.of(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 9, 1))) {
                Request request = Request.of("sspp-top-up", asOf, cases.get(i).toBuilder().caseId("U-" + i).build());
                List<Decision<?>> together = ENGINE.decideUnderPolicies(request, POLICIES);
                assertEquals(POLICIES.size(), together.size());
                Map<Object, Boolean> outcomes = new IdentityHashMap<>();
                for (int p = 0; p < POLICIES.size(); p++) {
                    Decision<?> alone = ENGINE.decide(request.withPolicy(POLICIES.get(p)));
                    assertEquals(ENGINE.json().write(alone), ENGINE.json().write(together.get(p)), "case " + i + ", " + POLICIES.get(p));
                    outcomes.put(together.get(p).outcome(), true);
                }
                firings += outcomes.size();
            }
        }
        int decisions = cases.size() * 2 * POLICIES.size();
        // cases refused before any policy-dependent value is read are decided once for all eight
        assertTrue(firings < decisions, "the rules fired " + firings + " times for " + decisions + " decisions");
    }

    @Example
    void theOrderAndRepeatsOfThePoliciesAreKept() {
        Request request = Request.of("sspp-top-up", LocalDate.of(2026, 1, 15), Golden.sample(new SsppPropertiesTestAccess().cases(), 3L, 1).get(0));
        List<String> policies = List.of("dbv-option-6", "current", "dbv-option-6");
        List<Decision<?>> together = ENGINE.decideUnderPolicies(request, policies);
        List<String> names = new ArrayList<>();
        for (Decision<?> d : together) {
            names.add(d.policy());
        }
        assertEquals(policies, names);
        assertEquals(ENGINE.json().write(ENGINE.decide(request.withPolicy("current"))), ENGINE.json().write(together.get(1)));
    }

    @Example
    void anUnknownPolicyIsRefusedWithItsPlaceInTheList() {
        Request request = Request.of("sspp-top-up", LocalDate.of(2026, 1, 15), Golden.sample(new SsppPropertiesTestAccess().cases(), 3L, 1).get(0));
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> ENGINE.decideUnderPolicies(request, List.of("current", "dbv-option-9")));
        assertEquals("policies[1]", e.violations().get(0).path());
        assertTrue(e.violations().get(0).message().contains("dbv-option-6"), e.violations().get(0).message());
    }
}
