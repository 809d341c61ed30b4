package org.senrules.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.senrules.core.domain.Money;
import org.senrules.core.domain.Setting;
import org.senrules.core.testpack.TestPack;
import org.senrules.core.testpack.TestTopUpCase;
import org.senrules.core.testpack.TestTopUpOutcome;

/** The whole path through the engine with the test pack: rules, parameters by date, policies, reasons. */
class EngineTest {
    static final SenRules ENGINE = SenRules.builder().discoverPacks(false).addPack(new TestPack()).build();

    static TestTopUpCase aCase(boolean consent, int units) {
        return new TestTopUpCase("T-1", Setting.MAINSTREAM_SCHOOL, consent, units, null, null);
    }

    @Test
    void decide_usesTheValueInForceOnAsOf() {
        Decision<?> before = ENGINE.decide(Request.of(TestPack.ID, LocalDate.of(2025, 3, 31), aCase(true, 3)));
        Decision<?> after = ENGINE.decide(Request.of(TestPack.ID, LocalDate.of(2025, 4, 1), aCase(true, 3)));
        assertEquals(Money.parse("300.00"), before.outcome(TestTopUpOutcome.class).getTopUp());
        assertEquals(Money.parse("361.50"), after.outcome(TestTopUpOutcome.class).getTopUp());
        ParameterUse unitValue = after.parameters().stream().filter(p -> p.name().equals("unitValue")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2025, 4, 1), unitValue.effectiveFrom());
        assertEquals(LocalDate.of(2027, 3, 31), unitValue.until());
        assertTrue(unitValue.illustrative());
        assertEquals("1.2.0", after.ruleSetVersion());
    }

    @Test
    void decide_explainsWithRuleIdTextAndSource() {
        Decision<?> d = ENGINE.decide(Request.of(TestPack.ID, LocalDate.of(2025, 6, 1), aCase(false, 3)));
        assertFalse(d.outcome(TestTopUpOutcome.class).isConsidered());
        assertEquals(List.of(new Reason("consent-required",
                "No parental consent is recorded, so the request is not considered.", "sen-core test pack, section 1")), d.reasons());
        assertTrue(d.parameters().isEmpty(), "no parameter was read when the request was not considered");
        assertFalse(d.illustrative());
    }

    @Test
    void decide_underAPolicyOverlay_appliesTheOverlayAndNamesIt() {
        Decision<?> d = ENGINE.decide(new Request(TestPack.ID, LocalDate.of(2025, 6, 1), "capped", aCase(true, 9)));
        TestTopUpOutcome o = d.outcome(TestTopUpOutcome.class);
        assertEquals(4, o.getUnits());
        assertEquals(Money.parse("482.00"), o.getTopUp());
        assertTrue(d.firedRule("units-granted"));
        ParameterUse cap = d.parameters().stream().filter(p -> p.name().equals("unitCap")).findFirst().orElseThrow();
        assertEquals("4", cap.value());
        assertEquals("policy:capped", cap.origin());
        assertTrue(d.illustrative());
    }
}
