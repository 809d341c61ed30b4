package org.senrules.examples.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Round values for a chart's axis: steps of 1, 2, 2.5 or 5 times a power of ten (of pence), from
 * a multiple of the step at or below the lowest value to one at or above the highest, so that
 * zero is always a tick when the range holds it and a reader never meets a tick like 13.709.
 */
final class Ticks {
    private Ticks() {
    }

    /**
     * The ticks, low to high, for values from {@code min} to {@code max} (pence), about
     * {@code target} intervals; the range is widened to take zero in.
     */
    static List<Long> of(long min, long max, int target) {
        long lo = Math.min(0, min);
        long hi = Math.max(0, max);
        if (hi == lo) {
            hi = lo + 100;
        }
        long step = step((hi - lo) / Math.max(1, target));
        long first = Math.floorDiv(lo, step) * step;
        long last = -Math.floorDiv(-hi, step) * step;
        List<Long> out = new ArrayList<>();
        for (long v = first; v <= last; v += step) {
            out.add(v);
        }
        return out;
    }

    /** The smallest round step (1, 2, 2.5 or 5 times a power of ten) at least {@code rough}. */
    static long step(long rough) {
        long power = 1;
        while (power * 10 <= Math.max(1, rough)) {
            power *= 10;
        }
        for (long m : new long[] {10, 20, 25, 50, 100}) {
            long s = power * m / 10;
            if (s >= rough && s > 0) {
                return s;
            }
        }
        return power * 10;
    }

    /** £m for an axis label, with a true minus sign and no more decimals than the step needs: {@code −20}, {@code 2.5}, {@code 0}. */
    static String millions(long pence, long step) {
        java.math.BigDecimal m = java.math.BigDecimal.valueOf(pence).movePointLeft(8);
        int decimals = Math.max(0, java.math.BigDecimal.valueOf(step).movePointLeft(8).stripTrailingZeros().scale());
        String s = m.setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString();
        return s.startsWith("-") ? "\u2212" + s.substring(1) : s;
    }
}
