package org.senrules.simulation;

import java.time.LocalDate;
import org.senrules.core.domain.Money;

/**
 * Part-year amounts: an annual amount is paid by the month, and a month funded for part of its
 * days counts to the nearest half month (a tie rounds up). A grant from 15 January counts half
 * of January (17 of 31 days), February and March: 2.5 months, five twenty-fourths of the year, in
 * that financial year; a twelve-month grant from 15 January to 14 January counts 12 months in
 * all, 2.5 in the first year and 9.5 in the next. The share is rounded half up to the penny.
 */
final class PartYear {
    /** Half months in a year: the denominator of every share. */
    static final int HALVES_IN_YEAR = 24;

    private PartYear() {
    }

    /** Half months funded from {@code from} to {@code to}, both included ({@code from} not after {@code to}). */
    static int halfMonths(LocalDate from, LocalDate to) {
        int halves = 0;
        for (LocalDate month = from.withDayOfMonth(1); !month.isAfter(to); month = month.plusMonths(1)) {
            LocalDate first = from.isAfter(month) ? from : month;
            LocalDate monthEnd = month.plusMonths(1).minusDays(1);
            LocalDate last = to.isBefore(monthEnd) ? to : monthEnd;
            long days = last.toEpochDay() - first.toEpochDay() + 1;
            int length = month.lengthOfMonth();
            // the nearest whole number of half months, ties up: floor(2 * days / length + 1/2)
            halves += (int) ((4 * days + length) / (2L * length));
        }
        return halves;
    }

    /** The share of an annual amount for {@code halves} half months, half up to the penny. */
    static Money share(Money annual, int halves) {
        return annual.timesRatio(halves, HALVES_IN_YEAR);
    }
}
