package org.senrules.core.domain;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.senrules.core.ApiStatus;

/**
 * A school academic year, 1 September to 31 August, written {@code "2025/26"}.
 *
 * @param startYear the calendar year in which it starts
 */
@ApiStatus(ApiStatus.Level.STABLE)
public record AcademicYear(int startYear) implements Comparable<AcademicYear> {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})/(\\d{2})");

    public AcademicYear {
        if (startYear < 1900 || startYear > 9998) {
            throw new IllegalArgumentException("academic year out of range: " + startYear);
        }
    }

    /** The academic year containing {@code date}. */
    public static AcademicYear containing(LocalDate date) {
        return new AcademicYear(date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1);
    }

    /** Parses {@code "2025/26"}. */
    public static AcademicYear parse(String text) {
        Matcher m = text == null ? null : TEXT.matcher(text);
        if (m == null || !m.matches() || (Integer.parseInt(m.group(1)) + 1) % 100 != Integer.parseInt(m.group(2))) {
            throw new IllegalArgumentException("an academic year is written like \"2025/26\"");
        }
        return new AcademicYear(Integer.parseInt(m.group(1)));
    }

    /** 1 September of the start year. */
    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.SEPTEMBER, 1);
    }

    /** 31 August of the following year. */
    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.AUGUST, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    @Override
    public int compareTo(AcademicYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        // by hand, not String.format: reasons print the year on every decision; the constructor
        // keeps the year to four digits
        int next = (startYear + 1) % 100;
        return startYear + (next < 10 ? "/0" : "/") + next;
    }
}
