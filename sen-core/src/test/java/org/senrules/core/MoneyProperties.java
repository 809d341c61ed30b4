package org.senrules.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.senrules.core.domain.Money;

/** Money is exact pence: arithmetic agrees with exact decimals and never overflows silently. */
class MoneyProperties {

    @Property(tries = 500)
    void additionAndSubtraction_areExact(@ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long a,
                                         @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long b) {
        Money x = Money.ofPence(a);
        Money y = Money.ofPence(b);
        assertEquals(x.toPounds().add(y.toPounds()), x.plus(y).toPounds());
        assertEquals(x.toPounds().subtract(y.toPounds()), x.minus(y).toPounds());
        assertEquals(x, x.plus(y).minus(y));
    }

    @Property(tries = 500)
    void multiplication_isExactOrThrows(@ForAll long pence, @ForAll @LongRange(min = -100_000, max = 100_000) long factor) {
        BigInteger exact = BigInteger.valueOf(pence).multiply(BigInteger.valueOf(factor));
        if (exact.bitLength() < 64) {
            assertEquals(exact.longValueExact(), Money.ofPence(pence).times(factor).pence());
        } else {
            assertThrows(ArithmeticException.class, () -> Money.ofPence(pence).times(factor));
        }
    }

    @Property(tries = 500)
    void addition_neverOverflowsSilently(@ForAll long a, @ForAll long b) {
        BigInteger exact = BigInteger.valueOf(a).add(BigInteger.valueOf(b));
        if (exact.bitLength() < 64) {
            assertEquals(exact.longValueExact(), Money.ofPence(a).plus(Money.ofPence(b)).pence());
        } else {
            assertThrows(ArithmeticException.class, () -> Money.ofPence(a).plus(Money.ofPence(b)));
        }
    }

    @Property(tries = 500)
    void text_roundTrips(@ForAll @LongRange(min = -999_999_999_999_999L, max = 999_999_999_999_999L) long pence) {
        Money m = Money.ofPence(pence);
        assertEquals(m, Money.parse(m.toString()));
        assertTrue(m.toString().matches("-?\\d+\\.\\d{2}"), m.toString());
    }

    @Property(tries = 300)
    void proRating_roundsHalfUpToThePenny(@ForAll @LongRange(min = 0, max = 10_000_000_000L) long pence,
                                          @ForAll @LongRange(min = 0, max = 366) long days) {
        BigDecimal exact = BigDecimal.valueOf(pence).multiply(BigDecimal.valueOf(days)).divide(BigDecimal.valueOf(366), 0,
                java.math.RoundingMode.HALF_UP);
        assertEquals(exact.longValueExact(), Money.ofPence(pence).timesRatio(days, 366).pence());
    }

    @Test
    void parse_refusesAnythingButPoundsWithTwoDecimals() {
        for (String bad : new String[] {"1.5", "1,000.00", "£1", "1e3", "", " 1.00", "1.001", "NaN", "0x10"}) {
            assertThrows(IllegalArgumentException.class, () -> Money.parse(bad), bad);
        }
        assertEquals(Money.ofPounds(10_000), Money.parse("10000"));
        assertEquals("£-1,234.50".replace("£-", "-£"), Money.parse("-1234.50").display());
    }
}
