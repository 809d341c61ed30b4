package org.senrules.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.senrules.core.domain.AcademicYear;
import org.senrules.core.domain.FinancialYear;

/** A financial year is 1 April to 31 March, an academic year 1 September to 31 August: exactly those dates. */
class YearProperties {

    @Property(tries = 300)
    void financialYear_containsExactlyAprilToMarch(@ForAll @IntRange(min = 1950, max = 2200) int year,
                                                    @ForAll @IntRange(min = -400, max = 800) int offset) {
        FinancialYear fy = new FinancialYear(year);
        LocalDate date = LocalDate.of(year, 4, 1).plusDays(offset);
        boolean inside = !date.isBefore(LocalDate.of(year, 4, 1)) && !date.isAfter(LocalDate.of(year + 1, 3, 31));
        assertEquals(inside, fy.contains(date));
        assertEquals(inside, FinancialYear.containing(date).equals(fy));
        long days = ChronoUnit.DAYS.between(fy.firstDay(), fy.lastDay()) + 1;
        assertTrue(days == 365 || days == 366, "a financial year is one year long: " + days);
        assertEquals(fy, FinancialYear.parse(fy.toString()));
    }

    @Property(tries = 300)
    void academicYear_containsExactlySeptemberToAugust(@ForAll @IntRange(min = 1950, max = 2200) int year,
                                                       @ForAll @IntRange(min = -400, max = 800) int offset) {
        AcademicYear ay = new AcademicYear(year);
        LocalDate date = LocalDate.of(year, 9, 1).plusDays(offset);
        boolean inside = !date.isBefore(LocalDate.of(year, 9, 1)) && !date.isAfter(LocalDate.of(year + 1, 8, 31));
        assertEquals(inside, ay.contains(date));
        assertEquals(inside, AcademicYear.containing(date).equals(ay));
        assertEquals(ay, AcademicYear.parse(ay.toString()));
    }

    @Property(tries = 100)
    void consecutiveFinancialYears_touchWithoutOverlap(@ForAll @IntRange(min = 1950, max = 2200) int year) {
        FinancialYear fy = new FinancialYear(year);
        assertEquals(fy.lastDay().plusDays(1), fy.next().firstDay());
        assertTrue(fy.contains(fy.lastDay()));
        assertFalse(fy.next().contains(fy.lastDay()));
    }
}
