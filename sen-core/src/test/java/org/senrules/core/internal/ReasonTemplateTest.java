package org.senrules.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.senrules.core.domain.Money;
import org.senrules.core.domain.Phase;

/** Reasons written as sentences with named values: the parts written only when a value is or is not given, or has a sign. */
class ReasonTemplateTest {

    private static String render(String template, Map<String, Object> values) {
        return ReasonTemplate.parse(template).render(name -> {
            if (!values.containsKey(name)) {
                throw new ReasonTemplate.Unknown(name);
            }
            return values.get(name);
        });
    }

    private static final String RESERVE = "The reserve is {reserve<0?a deficit of {reserve|abs}}{reserve=0?nothing}{reserve>0?{reserve}}.";

    @Test
    void aDeficitIsNamed_neverWrittenWithAMinusSign() {
        assertEquals("The reserve is a deficit of £3,000.00.", render(RESERVE, Map.of("reserve", Money.parse("-3000.00"))));
        assertEquals("The reserve is nothing.", render(RESERVE, Map.of("reserve", Money.ZERO)));
        assertEquals("The reserve is £250.50.", render(RESERVE, Map.of("reserve", Money.parse("250.50"))));
    }

    @Test
    void signTests_holdForWholeNumbers_andForNoValueNone() {
        String t = "{n<0?below}{n=0?zero}{n>0?above}{!n<0? not below}";
        assertEquals("below", render(t, Map.of("n", -1)));
        assertEquals("zero not below", render(t, Map.of("n", 0)));
        assertEquals("above not below", render(t, Map.of("n", 7L)));
        Map<String, Object> none = new java.util.HashMap<>();
        none.put("n", null);
        assertEquals(" not below", render(t, none), "none is neither below, at nor above zero");
    }

    @Test
    void aNegatedPart_isWrittenWhenTheValueIsNotGiven() {
        String t = "Admissible{!admissible?, whatever becomes of it}.";
        assertEquals("Admissible.", render(t, Map.of("admissible", true)));
        assertEquals("Admissible, whatever becomes of it.", render(t, Map.of("admissible", false)));
    }

    @Test
    void aListIsCounted_andItsWordsJoinedWithAndOrSemicolons() {
        assertEquals("3 pressures, 1 pressure", render("{a|plural:pressure}, {b|plural:pressure}", Map.of("a", List.of(1, 2, 3), "b", List.of(1))));
        List<Phase> phases = List.of(Phase.EARLY_YEARS, Phase.SCHOOL_AGE, Phase.POST_16);
        assertEquals("early years, school age and post-16 phases", render("{p|title:and} {p|count:phase}", Map.of("p", phases)));
        assertEquals("early years, school age or post-16", render("{p|title}", Map.of("p", phases)));
        assertEquals("early years; post-16", render("{p|title:;}", Map.of("p", List.of(Phase.EARLY_YEARS, Phase.POST_16))));
    }

    @Test
    void anUnknownTest_isRefusedNamingTheForms() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReasonTemplate.parse("{n<1?x}"));
        assertTrue(e.getMessage().contains("{name<0? ...}"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ReasonTemplate.parse("{p|title:but}"));
    }
}
