package org.senrules.core.internal;

import java.time.LocalDate;
import org.senrules.core.domain.Money;

/**
 * The bounds every request is held to, whatever its rule set, on top of what a case type
 * declares ({@link org.senrules.core.spi.CaseFields}: a range, a length, money not negative). They exist so that no
 * value a request can carry makes the engine's arithmetic overflow or its dates leave the range
 * the calendar types handle; a request outside them is an {@code invalid-request}, from JSON and
 * from Java alike.
 *
 * <ul>
 *   <li><b>Dates</b> ({@code asOf} and every date in a case): 1950-01-01 to 2149-12-31. Wide
 *       enough for any date in a child's SEND record or a council's funding year, narrow enough
 *       that a rule adding months or years to one still has a four-digit year, inside
 *       {@code FinancialYear}'s and {@code AcademicYear}'s range, printed as {@code yyyy-MM-dd}
 *       (a year past 9999 prints as {@code +10000-...}, and year 0 has no financial year).</li>
 *   <li><b>Whole numbers</b> without a declared range (such as a provision line's Support
 *       Units): 0 to 10,000; and the same field added up over the items of a list (every line of
 *       a case) at most 10,000. 10,000 Support Units is hundreds of times any real plan, and
 *       10,000 times any money value a parameter can hold stays far inside a {@code long} of
 *       pence.</li>
 *   <li><b>Money</b>: at most £1,000,000,000,000 either side of zero, for one value and for one
 *       field added up over a list (such as a forecast's pressures): more than any council's
 *       budget, and a few hundred such values still add up without overflow.</li>
 * </ul>
 */
public final class RequestLimits {
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1950, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2149, 12, 31);
    public static final long MAX_WHOLE_NUMBER = 10_000;
    public static final long MAX_WHOLE_NUMBER_TOTAL = 10_000;
    public static final Money MAX_MONEY = Money.ofPounds(1_000_000_000_000L);

    private RequestLimits() {
    }

    /** The problem with a date, or null. */
    public static String dateProblem(LocalDate date) {
        if (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE)) {
            return "must be a date from " + EARLIEST_DATE + " to " + LATEST_DATE;
        }
        return null;
    }

    /** The problem with an amount, or null. */
    public static String moneyProblem(Money m) {
        if (m.pence() > MAX_MONEY.pence() || m.pence() < -MAX_MONEY.pence()) {
            return "must be at most " + MAX_MONEY.display() + " either side of zero";
        }
        return null;
    }
}
