package org.senrules.core.domain;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.senrules.core.ApiStatus;

/**
 * A council financial year, 1 April to 31 March, written {@code "2025-26"}.
 *
 * @param startYear the calendar year in which it starts
 */
@ApiStatus(ApiStatus.Level.STABLE)
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-(\\d{2})");

    public FinancialYear {
        if (startYear < 1900 || startYear > 9998) {
            throw new IllegalArgumentException("financial year out of range: " + startYear);
        }
    }

    /** The financial year containing {@code date}. */
    public static FinancialYear containing(LocalDate date) {
        return new FinancialYear(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
    }

    /**
     * Parses {@code "2025-26"}.
     *
     * @throws IllegalArgumentException unless the second part is the year after the first
     */
    public static FinancialYear parse(String text) {
        Matcher m = text == null ? null : TEXT.matcher(text);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("a financial year is written like \"2025-26\"");
        }
        int start = Integer.parseInt(m.group(1));
        if ((start + 1) % 100 != Integer.parseInt(m.group(2))) {
            throw new IllegalArgumentException("\"" + text + "\" is not one financial year (April to March)");
        }
        return new FinancialYear(start);
    }

    /** 1 April of the start year. */
    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    /** 31 March of the following year. */
    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    public FinancialYear next() {
        return new FinancialYear(startYear + 1);
    }

    @Override
    public int compareTo(FinancialYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        // by hand, not String.format: reasons print the year on every decision; the constructor
        // keeps the year to four digits
        int next = (startYear + 1) % 100;
        return startYear + (next < 10 ? "-0" : "-") + next;
    }
}
