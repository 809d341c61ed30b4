package org.senrules.examples.cli;

import java.io.PrintStream;
import java.math.RoundingMode;
import java.util.function.Function;
import org.senrules.core.domain.FinancialYear;
import org.senrules.core.domain.Money;
import org.senrules.simulation.Trajectory;
import org.senrules.simulation.TrajectoryAssumptions;

/** A trajectory as tables on the terminal, money in £m (the exact pence are in trajectory.csv). */
final class TrajectoryReport {
    private TrajectoryReport() {
    }

    /** £m to three decimals, half up: {@code 11.173}. */
    static String millions(Money m) {
        return java.math.BigDecimal.valueOf(m.pence()).movePointLeft(8).setScale(3, RoundingMode.HALF_UP).toPlainString();
    }

    static void print(Trajectory.Result t, PrintStream out) {
        out.println();
        FinancialYear first = t.years().get(0);
        FinancialYear last = t.years().get(t.years().size() - 1);
        out.printf("Year by year, %s to %s: %,d cases of %s as of %s moved on through the years (seed %d, %,d decisions)%n", first, last,
                t.openingPupils(), t.ruleSet(), t.asOf(), t.seed(), t.decisions());
        TrajectoryAssumptions a = t.assumptions();
        out.printf("   assumptions (%s): net growth %s%% a year%s; leavers %s%% a year%s; High Needs Block budget growth%s%n", a.label(),
                a.netGrowthPercent().value().toPlainString(), a.netGrowthPercent().illustrative() ? " (illustrative)" : "",
                a.leaverPercent().value().toPlainString(), a.leaverPercent().illustrative() ? " (illustrative)" : "",
                a.budgetGrowth().illustrative() ? " (illustrative)" : "");
        StringBuilder head = new StringBuilder(String.format("%-16s", ""));
        t.years().forEach(y -> head.append(String.format(" %10s", y)));
        out.println();
        out.println(head.toString().replaceFirst("^ {16}", String.format("%-16s", "cohort")));
        row(out, "pupils", t.current(), y -> String.format("%,d", y.pupils()));
        row(out, "joined", t.current(), y -> String.format("%,d", y.joined()));
        row(out, "left", t.current(), y -> String.format("%,d", y.left()));
        out.println();
        out.println("Cost by financial year, £m (part-year effects included, each year at its own values):");
        out.println(head.toString().replaceFirst("^ {16}", String.format("%-16s", "policy")));
        for (Trajectory.Policy p : t.policies()) {
            row(out, p.policy(), p, y -> millions(y.cost()));
        }
        boolean renewals = t.policies().stream().flatMap(p -> p.years().stream()).anyMatch(y -> y.renewalsFunded() + y.renewalsRefused() > 0);
        if (renewals) {
            out.println();
            out.println("Renewals funded / refused (an award that ends while the pupil stays is followed by a renewal request):");
            for (Trajectory.Policy p : t.policies()) {
                row(out, p.policy(), p, y -> String.format("%,d/%,d", y.renewalsFunded(), y.renewalsRefused()));
            }
        }
        if (t.hnbYear() != null) {
            out.println();
            out.println("High Needs Block from the forecast for " + t.hnbYear() + " (" + t.hnbNote() + "), £m:");
            out.println(head + String.format(" %s", "reserve first exhausted"));
            out.println("variance (outturn against budget)");
            for (Trajectory.Policy p : t.policies()) {
                row(out, p.policy(), p, y -> y.block() == null ? "-" : millions(y.block().variance()));
            }
            out.println("reserve at year end");
            for (Trajectory.Policy p : t.policies()) {
                StringBuilder line = new StringBuilder(String.format("%-16s", p.policy()));
                p.years().forEach(y -> line.append(String.format(" %10s", y.block() == null ? "-" : millions(y.block().reserve()))));
                line.append(' ').append(p.firstExhausted() == null ? "not by " + last : p.firstExhausted().toString());
                out.println(line);
            }
        }
        for (String w : t.warnings()) {
            out.println("  WARNING: " + w);
        }
    }

    private static void row(PrintStream out, String label, Trajectory.Policy p, Function<Trajectory.Year, String> cell) {
        StringBuilder line = new StringBuilder(String.format("%-16s", label));
        p.years().forEach(y -> line.append(String.format(" %10s", cell.apply(y))));
        out.println(line);
    }
}
