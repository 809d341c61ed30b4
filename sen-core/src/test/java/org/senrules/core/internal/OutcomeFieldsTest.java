package org.senrules.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.senrules.core.spi.Outcome;
import org.senrules.core.spi.OutcomeFields;
import org.senrules.core.spi.RuleResource;
import org.senrules.core.spi.RuleSetDefinition;
import org.senrules.core.testpack.TestPack;
import org.senrules.core.testpack.TestTopUpCase;

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

    /** A field with a getter that its declaration leaves out. */
    public static final class Forgetful extends Outcome {
        private int kept;
        private int forgotten;

        public int getKept() {
            return kept;
        }

        public int getForgotten() {
            return forgotten;
        }
    }

    /** A bean that cannot be sealed. */
    public static final class Unsealable {
        private int units;

        public int getUnits() {
            return units;
        }
    }

    private static <O> RuleSetDefinition.Builder<TestTopUpCase, O> definition(String id, Class<O> type, Supplier<O> make) {
        return RuleSetDefinition.builder(id, "1.0.0", TestTopUpCase.class, type).outcome(make)
                .rules(RuleResource.of(TestPack.class, "META-INF/senrules/test-top-up/test-top-up.drl"));
    }

    @Test
    void theJson_followsTheDeclaredOrder_notTheOrderOfTheClassesFields() {
        definition("ordered", Ordered.class, Ordered::new)
                .outcomeFields(OutcomeFields.of(Ordered.class).field("second", Ordered::getSecond).field("first", Ordered::getFirst))
                .build();
        assertEquals("{\"second\":\"two\",\"first\":1}", DecisionWriter.outcome(new Ordered()));
    }

    @Test
    void aFieldWithAGetterLeftOutOfTheDeclaration_isRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> definition("forgetful", Forgetful.class,
                Forgetful::new).outcomeFields(OutcomeFields.of(Forgetful.class).field("kept", Forgetful::getKept)).build());
        assertEquals("the outcome fields of rule set forgetful leave out [forgotten] of Forgetful, which the decision JSON"
                + " would then not show; declare them", e.getMessage());
    }

    @Test
    void anOutcomeBeanWithoutDeclaredFields_orThatCannotBeSealed_isRefused() {
        IllegalArgumentException undeclared = assertThrows(IllegalArgumentException.class,
                () -> definition("undeclared", Forgetful.class, Forgetful::new).build());
        assertTrue(undeclared.getMessage().startsWith("rule set undeclared declares no outcome fields"), undeclared.getMessage());
        IllegalArgumentException unsealable = assertThrows(IllegalArgumentException.class, () -> definition("unsealable",
                Unsealable.class, Unsealable::new).outcomeFields(OutcomeFields.of(Unsealable.class).field("units", Unsealable::getUnits))
                .build());
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
        OutcomeFields<Ordered> fields = OutcomeFields.of(Ordered.class).field("second", Ordered::getSecond).field("first", Ordered::getFirst);
        definition("ordered-again", Ordered.class, Ordered::new).outcomeFields(fields).build();
        assertThrows(IllegalStateException.class, () -> fields.field("third", Ordered::getSecond));
    }
}
