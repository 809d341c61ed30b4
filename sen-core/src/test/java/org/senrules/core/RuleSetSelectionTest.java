package org.senrules.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.senrules.core.testpack.TestBandPack;
import org.senrules.core.testpack.TestPack;

/** An embedder that needs one rule set compiles only that one: a faster start, and nothing else decides. */
class RuleSetSelectionTest {

    private static SenRules.Builder bothPacks() {
        return SenRules.builder().discoverPacks(false).addPack(new TestBandPack()).addPack(new TestPack());
    }

    @Test
    void ruleSets_compilesOnlyTheNamedOnes() {
        SenRules engine = bothPacks().ruleSets(TestPack.ID).build();
        assertEquals(List.of(TestPack.ID), engine.ruleSets().stream().map(RuleSetInfo::id).toList());
        assertTrue(engine.decide(Request.of(TestPack.ID, LocalDate.of(2025, 6, 1), EngineTest.aCase(true, 2))).firedRule("units-granted"));
    }

    @Test
    void aRuleSetThatWasNotSelected_isAnInvalidRequest() {
        SenRules engine = bothPacks().ruleSets(TestPack.ID).build();
        String answer = engine.json().answer("{\"ruleSet\":\"" + TestBandPack.ID + "\",\"asOf\":\"2025-06-01\",\"case\":{}}").json();
        assertTrue(answer.contains("invalid-request"), answer);
        assertTrue(answer.contains(TestPack.ID), "names the rule sets this engine has: " + answer);
    }

    @Test
    void selectingAnUnknownRuleSet_isAnErrorNamingTheKnownOnes() {
        RuleSetException e = assertThrows(RuleSetException.class, () -> bothPacks().ruleSets("test-topup").build());
        assertTrue(e.getMessage().contains("\"test-topup\""), e.getMessage());
        assertTrue(e.getMessage().contains("[" + TestBandPack.ID + ", " + TestPack.ID + "]"), e.getMessage());
    }

    @Test
    void everyRuleSet_isListedInIdOrder_whateverOrderThePacksCameIn() {
        List<String> ids = bothPacks().build().ruleSets().stream().map(RuleSetInfo::id).toList();
        assertEquals(List.of(TestBandPack.ID, TestPack.ID), ids);
    }
}
