package org.senrules.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.senrules.core.testpack.TestPack;

/**
 * The switch for the packs' pre-built rules ({@code -Dsenrules.prebuiltRules}): false compiles every
 * rule file at run time and decides the same; a value that is neither true nor false is refused,
 * naming the property. (The packs' own tests compare the two paths on their rule sets.)
 */
class PrebuiltRulesSwitchTest {
    static final String PROPERTY = "senrules.prebuiltRules";

    private static SenRules buildWith(String value) {
        String before = System.getProperty(PROPERTY);
        System.setProperty(PROPERTY, value);
        try {
            return SenRules.builder().discoverPacks(false).addPack(new TestPack()).build();
        } finally {
            if (before == null) {
                System.clearProperty(PROPERTY);
            } else {
                System.setProperty(PROPERTY, before);
            }
        }
    }

    @Test
    void false_compilesAtRunTime_andDecidesTheSame() {
        SenRules compiled = buildWith("false");
        Request r = Request.of(TestPack.ID, LocalDate.of(2025, 6, 1), EngineTest.aCase(true, 3));
        assertEquals(EngineTest.ENGINE.json().write(EngineTest.ENGINE.decide(r)), compiled.json().write(compiled.decide(r)));
    }

    @Test
    void anyOtherValue_isRefusedNamingTheProperty() {
        RuleSetException e = assertThrows(RuleSetException.class, () -> buildWith("maybe"));
        assertTrue(e.getMessage().contains("senrules.prebuiltRules") && e.getMessage().contains("\"maybe\""), e.getMessage());
    }
}
