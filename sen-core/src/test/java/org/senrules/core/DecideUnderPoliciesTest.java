package org.senrules.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.senrules.core.domain.Setting;
import org.senrules.core.testpack.TestPack;
import org.senrules.core.testpack.TestTopUpCase;

/**
 * {@link SenRules#decideUnderPolicies}: the same decisions as {@link SenRules#decide} one policy at
 * a time, byte for byte, with the rules fired once for policies that read the same values.
 */
class DecideUnderPoliciesTest {
    static final SenRules ENGINE = EngineTest.ENGINE;
    static final List<String> POLICIES = List.of("current", "capped", "current");

    @Test
    void eachDecisionIsTheOneDecideMakes() {
        for (boolean consent : new boolean[] {true, false}) {
            for (int units : new int[] {1, 3, 4, 9}) {
                for (LocalDate asOf : List.of(LocalDate.of(2025, 3, 31), LocalDate.of(2025, 6, 1))) {
                    Request r = Request.of(TestPack.ID, asOf, new TestTopUpCase("T-" + units, Setting.MAINSTREAM_SCHOOL, consent, units, null, null));
                    List<Decision<?>> together = ENGINE.decideUnderPolicies(r, POLICIES);
                    for (int i = 0; i < POLICIES.size(); i++) {
                        assertEquals(ENGINE.json().write(ENGINE.decide(r.withPolicy(POLICIES.get(i)))), ENGINE.json().write(together.get(i)),
                                consent + ", " + units + " units, " + asOf + ", " + POLICIES.get(i));
                    }
                    // the same policy twice reads the same values: decided once
                    assertSame(together.get(0).outcome(), together.get(2).outcome());
                }
            }
        }
    }

    @Test
    void aRequestNotConsidered_readsNoValue_andIsDecidedOnceForEveryPolicy() {
        Request r = Request.of(TestPack.ID, LocalDate.of(2025, 6, 1), EngineTest.aCase(false, 9));
        List<Decision<?>> together = ENGINE.decideUnderPolicies(r, List.of("current", "capped"));
        assertSame(together.get(0).outcome(), together.get(1).outcome());
        assertEquals("capped", together.get(1).policy());
    }

    @Test
    void aPolicyThatChangesAValueRead_isDecidedOnItsOwn() {
        Request r = Request.of(TestPack.ID, LocalDate.of(2025, 6, 1), EngineTest.aCase(true, 9));
        List<Decision<?>> together = ENGINE.decideUnderPolicies(r, List.of("current", "capped"));
        assertNotSame(together.get(0).outcome(), together.get(1).outcome());
        assertTrue(together.get(1).parameters().stream().anyMatch(p -> p.origin().equals("policy:capped")));
    }

    @Test
    void anUnknownPolicy_isRefusedWithItsPlace() {
        Request r = Request.of(TestPack.ID, LocalDate.of(2025, 6, 1), EngineTest.aCase(true, 3));
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> ENGINE.decideUnderPolicies(r, List.of("capped", "nope")));
        assertEquals("policies[1]", e.violations().get(0).path());
    }
}
