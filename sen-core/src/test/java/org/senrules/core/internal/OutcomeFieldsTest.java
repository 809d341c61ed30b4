package org.senrules.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.senrules.core.RuleSetKey;
import org.senrules.core.domain.Setting;
import org.senrules.core.spi.DeclaredTypes;
import org.senrules.core.spi.Outcome;
import org.senrules.core.spi.OutcomeFields;
import org.senrules.core.spi.RuleResource;
import org.senrules.core.spi.RuleSetDefinition;
import org.senrules.core.testpack.TestPack;
import org.senrules.core.testpack.TestTopUpCase;
import org.senrules.core.testpack.TestTopUpOutcome;
import org.senrules.core.testpack.TestTopUpValues;

/** The decision JSON of an outcome bean is its declared fields in the declared order, and a decided outcome cannot change. */
class OutcomeFieldsTest {
    /** Fields declared in the class in one order, in the JSON in another. */
    public static final class Ordered extends Outcome {
        private int first = 1;
        private String second = "two";

        public int getFirst() {
            return first;
        }

        public void setFirst(int first) {
            changing();
            this.first = first;
        }

        public String getSecond() {
            return second;
        }
    }

    /** A bean that cannot be sealed. */
    public static final class Unsealable {
        private int units;

        public int getUnits() {
            return units;
        }
    }

    @Test
    void theJson_followsTheDeclaredOrder_notTheOrderOfTheClassesFields() {
        OutcomeDeclarations.register(OutcomeFields.of(Ordered.class).field("second", Ordered::getSecond).field("first", Ordered::getFirst));
        assertEquals("{\"second\":\"two\",\"first\":1}", DecisionWriter.outcome(new Ordered()));
    }

    @Test
    void anOutcomeThatCannotBeSealed_isRefused() {
        IllegalArgumentException unsealable = assertThrows(IllegalArgumentException.class, () -> RuleSetDefinition.declared(
                RuleResource.of(TestPack.class, "META-INF/senrules/test-top-up/test-top-up.rule-set.json"),
                DeclaredTypes.of(RuleSetKey.of(TestPack.ID, TestTopUpCase.class, Unsealable.class), TestTopUpCase.fields(),
                        OutcomeFields.of(Unsealable.class).field("units", Unsealable::getUnits), Unsealable::new, TestTopUpValues.class, TestTopUpValues::new,
                        List.of(Setting.class))).build());
        assertTrue(unsealable.getMessage().contains("must extend org.senrules.core.spi.Outcome"), unsealable.getMessage());
    }

    @Test
    void aSealedOutcome_refusesEveryChange_andKeepsItsValues() {
        Ordered o = new Ordered();
        o.setFirst(2);
        o.seal();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> o.setFirst(3));
        assertEquals("this Ordered is the outcome of a decision already made; it cannot change", e.getMessage());
        assertEquals(2, o.getFirst());
    }

    @Test
    void declaredFields_cannotChangeOnceARuleSetDeclaresThem() {
        TestPack.definition().build();
        assertThrows(IllegalStateException.class, () -> TestTopUpOutcome.fields().field("third", TestTopUpOutcome::getUnits));
    }
}
