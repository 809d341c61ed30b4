package org.senrules.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.senrules.core.domain.FinancialYear;

/** Part years add up: however an award is cut at financial years, its half months are those of the whole. */
class PartYearProperties {
    @Property(tries = 500)
    void aTwelveMonthAward_countsTwelveMonthsInAll_splitAtFirstApril(@ForAll @IntRange(min = 0, max = 3650) int day) {
        LocalDate from = LocalDate.of(2025, 4, 1).plusDays(day);
        LocalDate until = from.plusMonths(12).minusDays(1);
        int halves = 0;
        LocalDate start = from;
        while (!start.isAfter(until)) {
            LocalDate yearEnd = FinancialYear.containing(start).lastDay();
            LocalDate end = yearEnd.isBefore(until) ? yearEnd : until;
            halves += PartYear.halfMonths(start, end);
            start = end.plusDays(1);
        }
        assertEquals(24, halves, from + " to " + until);
    }

    @Property(tries = 500)
    void aWholeMonthCountsTwoHalves_andNoPartMoreThanTwo(@ForAll @IntRange(min = 0, max = 3650) int day,
                                                         @ForAll @IntRange(min = 0, max = 30) int length) {
        LocalDate from = LocalDate.of(2025, 4, 1).plusDays(day);
        LocalDate monthEnd = from.withDayOfMonth(from.lengthOfMonth());
        LocalDate to = from.plusDays(length).isAfter(monthEnd) ? monthEnd : from.plusDays(length);
        int halves = PartYear.halfMonths(from, to);
        assertTrue(halves >= 0 && halves <= 2, from + " to " + to + ": " + halves);
        assertEquals(2, PartYear.halfMonths(from.withDayOfMonth(1), monthEnd));
    }

    @Property(tries = 2000)
    void theHalvesAreThe1stsAnd16thsInThePeriod(@ForAll @IntRange(min = 0, max = 3650) int day,
                                                @ForAll @IntRange(min = -3, max = 800) int length) {
        LocalDate from = LocalDate.of(2025, 4, 1).plusDays(day);
        LocalDate to = from.plusDays(length);
        int walked = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            walked += d.getDayOfMonth() == 1 || d.getDayOfMonth() == 16 ? 1 : 0;
        }
        assertEquals(walked, PartYear.halfMonths(from, to), from + " to " + to);
    }
}
