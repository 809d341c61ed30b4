package org.senrules.examples.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.senrules.core.domain.Money;

/**
 * Money in millions of pounds for the reports' summaries, as council finance papers give it
 * (S1: "£11.173m"): three decimals, rounded half up to the nearest £1,000. The CSV files, the
 * JSON and the workbook keep the exact pence.
 */
final class Millions {
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private Millions() {
    }

    /** {@code £1.234m}, {@code -£0.007m}. */
    static String of(Money m) {
        BigDecimal millions = m.toPounds().divide(MILLION, 3, RoundingMode.HALF_UP);
        return (millions.signum() < 0 ? "-£" : "£") + millions.abs().toPlainString() + "m";
    }

    /** As {@link #of}, with a plus sign on an increase. */
    static String signed(Money m) {
        return m.isPositive() ? "+" + of(m) : of(m);
    }
}
