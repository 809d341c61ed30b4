package org.senrules.funding.sspp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.senrules.core.ParameterUse;

/**
 * A combined policy's changes are listed in a defined order: the other policy's parameters as
 * its file lists them, then this policy's own, then the parameter that names the other; never the
 * order of a hash map, which changes from run to run and reached the rule book and the service's
 * rule-set page.
 */
class CombinedPolicyOrderTest {

    @Test
    void combinedPolicyChanges_areInTheOtherPolicysOrderThenThisPolicys() {
        List<String> combined = names(SsppEngine.ENGINE.policyChanges("sspp-top-up", "dbv-option-6/dbv-option-4"));
        Set<String> expected = new LinkedHashSet<>(names(SsppEngine.ENGINE.policyChanges("sspp-top-up", "dbv-option-4")));
        expected.addAll(names(SsppEngine.ENGINE.policyChanges("sspp-top-up", "dbv-option-6")));
        expected.add("localityBudgetBasis");
        assertTrue(expected.size() >= 3, expected.toString());
        assertEquals(List.copyOf(expected), combined);
    }

    private static List<String> names(List<ParameterUse> uses) {
        return uses.stream().map(ParameterUse::name).distinct().toList();
    }
}
