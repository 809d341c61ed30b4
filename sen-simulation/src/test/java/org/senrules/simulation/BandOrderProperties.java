package org.senrules.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The band order's number test, written by hand for speed, says what the regular expression it replaced said. */
class BandOrderProperties {
    @Property(tries = 2000)
    void isWholeNumber_agreesWithTheRegularExpression(@ForAll("bands") String band) {
        assertEquals(band.matches("-?\\d{1,18}"), Simulation.isWholeNumber(band), band);
    }

    @Provide
    Arbitrary<String> bands() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789-+ A").ofMinLength(0).ofMaxLength(21),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.of("none", "", "-", "A1", "١٢", "0", "-0", "123456789012345678", "1234567890123456789"));
    }
}
