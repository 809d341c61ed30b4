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
        int halves = 0;
        for (LocalDate month = from.withDayOfMonth(1); !month.isAfter(to); month = month.plusMonths(1)) {
            halves += within(month, from, to) ? 1 : 0;
            halves += within(month.withDayOfMonth(16), from, to) ? 1 : 0;
        }
        return halves;
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** The share of an annual amount for {@code halves} half months, half up to the penny. */
    static Money share(Money annual, int halves) {
        return annual.timesRatio(halves, HALVES_IN_YEAR);
    }
}
