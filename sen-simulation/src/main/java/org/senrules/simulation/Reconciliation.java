package org.senrules.simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.senrules.core.ApiStatus;
import org.senrules.core.domain.FinancialYear;
import org.senrules.core.domain.Money;

/**
 * The one-snapshot simulation and the year-by-year run side by side for the cohort's own financial
 * year, so that a paper quotes figures whose basis it states. The snapshot prices each case for a
 * full year at the values in force on the cohort's date; the year by year counts what falls in the
 * financial year: requests from the day they are decided (a request of 15 January has 2.5 months,
 * 5/24, of its year in that financial year), plans in place from 1 April, the cohort moving on on
 * 1 September and each part priced at its own values, and no locality budget spent. For each
 * policy: both costs, the reconciling amount split into the part of the year that falls after the
 * year's end and the rest, why, and, with a forecast for that year, both variances and reserves.
 *
 * @since 1.0
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class Reconciliation {
    /** The file name. */
    public static final String FILE = "reconciliation.csv";
    /** The workbook's sheet. */
    static final String SHEET = "Reconciliation";
    /** The columns, with their words in the workbook. */
    static final List<Workbook.Column> COLUMNS = List.of(new Workbook.Column("policy", "Policy"),
            new Workbook.Column("financialYear", "Financial year"),
            new Workbook.Column("snapshotCost", "Snapshot: a full year at the values on the cohort's date (£)"),
            new Workbook.Column("yearByYearCost", "Year by year: the financial year, part years included (£)"),
            new Workbook.Column("reconcilingAmount", "Reconciling amount: snapshot less year by year (£)"),
            new Workbook.Column("afterTheYearsEnd", "Of which the part of a year that falls after 31 March (£)"),
            new Workbook.Column("other", "Of which the rest (£)"),
            new Workbook.Column("why", "Why they differ"),
            new Workbook.Column("snapshotVariance", "Snapshot variance (£)"),
            new Workbook.Column("yearByYearVariance", "Year-by-year variance (£)"),
            new Workbook.Column("snapshotReserve", "Snapshot reserve at the year's end (£)"),
            new Workbook.Column("yearByYearReserve", "Year-by-year reserve at the year's end (£)"));
    /** The header line. */
    public static final String HEADER = String.join(",", COLUMNS.stream().map(Workbook.Column::key).toList());

    /**
     * One policy's figures for the cohort's financial year, both ways.
     * Immutable, compared by value; only the simulator makes one.
     *
     * @since 1.0
     */
    public static final class Row {
        private final String policy;
        private final FinancialYear year;
        private final Money snapshot;
        private final Money yearByYear;
        private final Money afterTheYearsEnd;
        private final Money other;
        private final String why;
        private final Money snapshotVariance;
        private final Money yearByYearVariance;
        private final Money snapshotReserve;
        private final Money yearByYearReserve;

        Row(String policy, FinancialYear year, Money snapshot, Money yearByYear, Money afterTheYearsEnd, Money other, String why, Money snapshotVariance, Money yearByYearVariance, Money snapshotReserve, Money yearByYearReserve) {
            this.policy = policy;
            this.year = year;
            this.snapshot = snapshot;
            this.yearByYear = yearByYear;
            this.afterTheYearsEnd = afterTheYearsEnd;
            this.other = other;
            this.why = why;
            this.snapshotVariance = snapshotVariance;
            this.yearByYearVariance = yearByYearVariance;
            this.snapshotReserve = snapshotReserve;
            this.yearByYearReserve = yearByYearReserve;
        }

        /** The policy. */
        public String policy() {
            return policy;
        }

        /** The cohort's financial year. */
        public FinancialYear year() {
            return year;
        }

        /** The snapshot's cost: a full year at the values in force on the cohort's date. */
        public Money snapshot() {
            return snapshot;
        }

        /** The year-by-year run's cost in the financial year. */
        public Money yearByYear() {
            return yearByYear;
        }

        /** The part of the snapshot's full year that falls after the year's end (requests decided during the year). */
        public Money afterTheYearsEnd() {
            return afterTheYearsEnd;
        }

        /** The rest of the difference. */
        public Money other() {
            return other;
        }

        /** Why they differ, in words. */
        public String why() {
            return why;
        }

        /** The snapshot's variance against the forecast, or {@code null} without a forecast for the year. */
        public Money snapshotVariance() {
            return snapshotVariance;
        }

        /** The year by year's variance in the year, or {@code null}. */
        public Money yearByYearVariance() {
            return yearByYearVariance;
        }

        /** The snapshot's reserve at the year's end, or {@code null}. */
        public Money snapshotReserve() {
            return snapshotReserve;
        }

        /** The year by year's reserve at the year's end, or {@code null}. */
        public Money yearByYearReserve() {
            return yearByYearReserve;
        }

        /** Snapshot less year by year: {@link #afterTheYearsEnd()} plus {@link #other()}. */
        public Money reconcilingAmount() {
            return snapshot.minus(yearByYear);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Row o && java.util.Objects.equals(policy, o.policy) && java.util.Objects.equals(year, o.year) && java.util.Objects.equals(snapshot, o.snapshot) && java.util.Objects.equals(yearByYear, o.yearByYear) && java.util.Objects.equals(afterTheYearsEnd, o.afterTheYearsEnd) && java.util.Objects.equals(other, o.other) && java.util.Objects.equals(why, o.why) && java.util.Objects.equals(snapshotVariance, o.snapshotVariance) && java.util.Objects.equals(yearByYearVariance, o.yearByYearVariance) && java.util.Objects.equals(snapshotReserve, o.snapshotReserve) && java.util.Objects.equals(yearByYearReserve, o.yearByYearReserve);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(policy, year, snapshot, yearByYear, afterTheYearsEnd, other, why, snapshotVariance, yearByYearVariance, snapshotReserve, yearByYearReserve);
        }

        @Override
        public String toString() {
            return "Row[policy=" + policy + ", year=" + year + ", snapshot=" + snapshot + ", yearByYear=" + yearByYear + ", afterTheYearsEnd=" + afterTheYearsEnd + ", other=" + other + ", why=" + why + ", snapshotVariance=" + snapshotVariance + ", yearByYearVariance=" + yearByYearVariance + ", snapshotReserve=" + snapshotReserve + ", yearByYearReserve=" + yearByYearReserve + "]";
        }
    }

    private Reconciliation() {
    }

    /**
     * The two runs side by side, a row per policy of both, {@code current} first; empty when the
     * year-by-year run does not report the cohort's own year.
     */
    public static List<Row> of(Simulation.Result snapshot, Trajectory.Result years) {
        FinancialYear fy = FinancialYear.containing(snapshot.asOf());
        List<Row> out = new ArrayList<>();
        if (!years.years().contains(fy)) {
            return out;
        }
        int halves = years.plansInPlace() ? PartYear.HALVES_IN_YEAR : PartYear.halfMonths(snapshot.asOf(), fy.lastDay());
        for (Simulation.PolicyResult p : snapshot.policies()) {
            Trajectory.Policy t = years.policies().stream().filter(x -> x.policy().equals(p.policy())).findFirst().orElse(null);
            if (t == null) {
                continue;
            }
            Trajectory.Year y = t.years().get(years.years().indexOf(fy));
            Money full = p.all().topUp();
            Money after = halves == PartYear.HALVES_IN_YEAR ? Money.ZERO : full.minus(PartYear.share(full, halves));
            Money inYear = full.minus(after);
            Money other = inYear.minus(y.cost());
            List<String> why = new ArrayList<>();
            if (years.plansInPlace()) {
                why.add("plans in place are funded from 1 April, so the whole year falls in " + fy);
            } else {
                why.add("requests decided on " + snapshot.asOf() + " are funded from then: " + halfMonths(halves) + " of a year ("
                        + halves + "/24 of the full-year figure) fall in " + fy + ", the rest after its end");
            }
            // what the year by year prices otherwise than the rules: places out of area for want of a place, a scenario's prices
            Money placed = y.outOfArea() == null ? Money.ZERO : y.outOfArea().extraCost();
            Money priced = y.scenario() == null ? Money.ZERO : y.scenario().change();
            Money unexplained = other.plus(placed).plus(priced);
            if (Math.abs(unexplained.pence()) <= snapshot.cases()) {
                // at most a penny a pupil: each pupil's part of the year is rounded to the penny, the whole is not
                if (!placed.isZero()) {
                    why.add("of the rest, " + placed.negate().display() + " is pupils placed out of area for want of a place, whom the year "
                            + "by year prices at the out-of-area price and the snapshot at the rules' amount in area");
                }
                if (!priced.isZero()) {
                    why.add("of the rest, " + priced.negate().display() + " is the scenario's prices (support plans, national banding "
                            + "rates), which the snapshot does not use");
                }
                if (!unexplained.isZero()) {
                    why.add((placed.isZero() && priced.isZero() ? "the rest, " : "and ") + unexplained.display()
                            + ", is each pupil's part rounded to the penny");
                }
            } else {
                List<String> rest = new ArrayList<>();
                if (!placed.isZero()) {
                    rest.add(placed.negate().display() + " of it is pupils placed out of area for want of a place, whom the year by year "
                            + "prices at the out-of-area price and the snapshot at the rules' amount in area");
                }
                if (!priced.isZero()) {
                    rest.add(priced.negate().display() + " of it is the scenario's prices (support plans, national banding rates), which "
                            + "the snapshot does not use");
                }
                if (p.budgetsBind()) {
                    rest.add("locality budgets bind in the snapshot (a year's budget against a year's requests), while the year-by-year "
                            + "run prices every eligible request");
                }
                rest.add(years.plansInPlace() ? "the cohort moves on each 1 September (ageing, phase transfer, leavers, new pupils) and each "
                        + "part of the year is priced at the values then in force"
                        : "each part of the year is priced at the values then in force, and the cohort moves on each 1 September");
                why.add("the rest: " + String.join("; ", rest));
            }
            Trajectory.Block b = y.block();
            boolean hnb = p.hnb() != null && b != null && years.hnbYear() != null && years.hnbYear().equals(fy);
            out.add(new Row(p.policy(), fy, full, y.cost(), after, other, String.join("; ", why) + ".",
                    hnb ? p.hnb().variance() : null, hnb ? b.variance() : null, hnb ? p.hnb().reserve() : null, hnb ? b.reserve() : null));
        }
        return out;
    }

    private static String halfMonths(int halves) {
        return (halves / 2) + (halves % 2 == 1 ? ".5" : "") + (halves == 2 ? " month" : " months");
    }

    /** The rows as CSV, header first; money exact. */
    public static String csv(List<Row> rows) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (List<Object> row : rows(rows)) {
            out.append(CsvCells.line(row.toArray())).append('\n');
        }
        return out.toString();
    }

    static List<List<Object>> rows(List<Row> rows) {
        List<List<Object>> out = new ArrayList<>();
        for (Row r : rows) {
            out.add(java.util.Arrays.asList(r.policy(), r.year().toString(), r.snapshot(), r.yearByYear(), r.reconcilingAmount(),
                    r.afterTheYearsEnd(), r.other(), r.why(), orEmpty(r.snapshotVariance()), orEmpty(r.yearByYearVariance()),
                    orEmpty(r.snapshotReserve()), orEmpty(r.yearByYearReserve())));
        }
        return out;
    }

    private static Object orEmpty(Money m) {
        return m == null ? "" : m;
    }

    /** Writes {@code reconciliation.csv} into {@code dir} and returns its path. */
    public static Path write(List<Row> rows, Path dir) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(FILE);
            Files.writeString(file, csv(rows), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
