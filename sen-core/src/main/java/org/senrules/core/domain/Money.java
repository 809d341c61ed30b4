package org.senrules.core.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;
import org.senrules.core.ApiStatus;

/**
 * An exact amount of money in pence. Arithmetic never rounds silently and throws
 * {@link ArithmeticException} on overflow; the only rounding is in {@link #timesRatio}, which
 * says how. The text form is pounds with two decimals ({@code "1234.50"}), as in the JSON
 * contract.
 *
 * @param pence the amount in pence, may be negative (a variance, a deficit)
 */
@ApiStatus(ApiStatus.Level.STABLE)
public record Money(long pence) implements Comparable<Money> {

    private static final Pattern POUNDS = Pattern.compile("-?\\d{1,15}(\\.\\d{2})?");

    /** Nothing. */
    public static final Money ZERO = new Money(0);

    /** An amount in pence. */
    public static Money ofPence(long pence) {
        return new Money(pence);
    }

    /** An amount in whole pounds. */
    public static Money ofPounds(long pounds) {
        return new Money(Math.multiplyExact(pounds, 100L));
    }

    /**
     * Parses pounds written as in the contract: digits with an optional two-decimal fraction
     * ({@code "10000"}, {@code "1234.50"}, {@code "-11.17"}).
     *
     * @throws IllegalArgumentException if the text is not of that form
     */
    public static Money parse(String pounds) {
        if (pounds == null || !POUNDS.matcher(pounds).matches()) {
            throw new IllegalArgumentException(
                    "money must be pounds with two decimals, like \"1234.50\", not " + quote(pounds));
        }
        return new Money(new BigDecimal(pounds).movePointRight(2).longValueExact());
    }

    /** True if {@code text} is money as {@link #parse} accepts it. */
    public static boolean isValid(String text) {
        return text != null && POUNDS.matcher(text).matches();
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(pence, other.pence));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(pence, other.pence));
    }

    /** This amount times a whole number, such as a count of Support Units. */
    public Money times(long factor) {
        return new Money(Math.multiplyExact(pence, factor));
    }

    /**
     * This amount times {@code numerator / denominator}, rounded half-up to the penny: used to
     * pro-rate an annual value over part of a year.
     */
    public Money timesRatio(long numerator, long denominator) {
        BigDecimal exact = BigDecimal.valueOf(pence).multiply(BigDecimal.valueOf(numerator))
                .divide(BigDecimal.valueOf(denominator), 0, RoundingMode.HALF_UP);
        return new Money(exact.longValueExact());
    }

    public Money negate() {
        return new Money(Math.negateExact(pence));
    }

    public Money max(Money other) {
        return pence >= other.pence ? this : other;
    }

    public Money min(Money other) {
        return pence <= other.pence ? this : other;
    }

    public boolean isNegative() {
        return pence < 0;
    }

    public boolean isZero() {
        return pence == 0;
    }

    public boolean isPositive() {
        return pence > 0;
    }

    public boolean isGreaterThan(Money other) {
        return pence > other.pence;
    }

    /** The amount in pounds as an exact decimal with scale 2. */
    public BigDecimal toPounds() {
        return BigDecimal.valueOf(pence, 2);
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(pence, other.pence);
    }

    /** Pounds with two decimals, without a currency sign: {@code "1234.50"}. */
    @Override
    public String toString() {
        return toPounds().toPlainString();
    }

    /**
     * Pounds for people: {@code "£1,234.50"}, always with comma thousands and a point, whatever the
     * machine's locale. Written out by hand rather than with {@code String.format}: rules put
     * amounts into reasons on every decision, and the formatter's locale lookups were a quarter of
     * a decision's time.
     */
    public String display() {
        // -Long.MIN_VALUE is itself, and reads correctly as an unsigned number
        String digits = Long.toUnsignedString(pence < 0 ? -pence : pence);
        int poundDigits = Math.max(0, digits.length() - 2);
        StringBuilder sb = new StringBuilder(digits.length() + 8);
        if (pence < 0) {
            sb.append('-');
        }
        sb.append('£');
        if (poundDigits == 0) {
            sb.append('0');
        }
        for (int i = 0; i < poundDigits; i++) {
            if (i > 0 && (poundDigits - i) % 3 == 0) {
                sb.append(',');
            }
            sb.append(digits.charAt(i));
        }
        sb.append('.');
        if (digits.length() < 2) {
            sb.append('0');
        }
        sb.append(digits, poundDigits, digits.length());
        return sb.toString();
    }

    private static String quote(String s) {
        return s == null ? "null" : "\"" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"";
    }
}
