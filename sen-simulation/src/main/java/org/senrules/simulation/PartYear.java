package org.senrules.simulation;

import java.time.LocalDate;
import org.senrules.core.domain.Money;

/**
 * Part-year amounts: an annual amount is paid by the half month, the halves starting on the 1st
 * and the 16th of each month, and a half month counts when the award is in force on its first
 * day. A grant from 15 January counts the halves from 16 January, 1 and 16 February, 1 and
 * 16 March: 2.5 months, five twenty-fourths of the year, in that financial year. Each day belongs
 * to one part of an award however it is cut, so the parts always add up to the whole: any
 * twelve-month award counts 24 halves in all (2.5 months and 9.5 from 15 January to 14 January).
 * The share is rounded half up to the penny.
 */
final class PartYear {
    /** Half months in a year: the denominator of every share. */
    static final int HALVES_IN_YEAR = 24;

    private PartYear() {
    }

    /** Half months funded from {@code from} to {@code to}, both included: the 1sts and 16ths in the period. */
    static int halfMonths(LocalDate from, LocalDate to) {
        // counted by position, not by walking the months: this is asked for every part of every
        // award of a trajectory (PartYearProperties checks it against the walk)
        int first = half(from) + (from.getDayOfMonth() == 1 || from.getDayOfMonth() == 16 ? 0 : 1);
        int last = half(to);
        return Math.max(0, last - first + 1);
    }

    /** The number of the half month {@code day} falls in, counting from year 0: 24 a year, the second half from the 16th. */
    private static int half(LocalDate day) {
        return day.getYear() * HALVES_IN_YEAR + (day.getMonthValue() - 1) * 2 + (day.getDayOfMonth() >= 16 ? 1 : 0);
    }

    /** The share of an annual amount for {@code halves} half months, half up to the penny. */
    static Money share(Money annual, int halves) {
        return annual.timesRatio(halves, HALVES_IN_YEAR);
    }
}
