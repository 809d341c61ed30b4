package org.senrules.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.senrules.core.RuleInfo;
import org.senrules.core.RuleSetInfo;
import org.senrules.core.SenRules;

/** Every rule set's rules are listed as its files read: by file, then by numeric line. */
class RuleOrderTest {

    @Test
    void everyRuleSet_listsItsRulesInFileAndNumericLineOrder() {
        SenRules engine = SenRules.builder().build();
        for (RuleSetInfo rs : engine.ruleSets()) {
            List<String> listed = new ArrayList<>();
            for (RuleInfo r : engine.rules(rs.id())) {
                listed.add(r.file());
            }
            List<String> sorted = new ArrayList<>(listed);
            sorted.sort(java.util.Comparator.comparing((String f) -> f.substring(0, f.lastIndexOf(':')))
                    .thenComparingInt(f -> Integer.parseInt(f.substring(f.lastIndexOf(':') + 1))));
            assertEquals(sorted, listed, rs.id());
        }
    }
}
