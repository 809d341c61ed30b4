package org.senrules.examples.cli;

import java.io.PrintStream;
import java.math.RoundingMode;
import java.util.List;
import org.senrules.core.domain.Money;
import org.senrules.simulation.Uncertainty;

/** Uncertainty runs as tables on the terminal, money in £m (the exact pence are in uncertainty.csv). */
final class UncertaintyReport {
    private UncertaintyReport() {
    }

    static void print(Uncertainty.Result u, PrintStream out) {
        out.println();
        out.printf("How sure: %,d runs (seed %d, %,d decisions), each drawing the assumptions and who leaves and joins%n", u.runs(),
                u.seed(), u.decisions());
        for (Uncertainty.Distribution d : u.draws().distributions()) {
            out.printf("   %-22s %s %s%s to %s%s%n", d.assumption(), d.kind(), d.low().toPlainString(),
                    d.mode() == null ? "" : ", most likely " + d.mode().toPlainString(), d.high().toPlainString(),
                    d.illustrative() ? " (illustrative)" : "");
        }
        boolean reserve = u.hasBlock();
        out.println();
        out.println((reserve ? "Reserve at year end" : "Cost by financial year") + ", £m: 10th percentile / median / 90th percentile"
                + (reserve ? "; then the runs with the reserve exhausted by that year" : ""));
        StringBuilder head = new StringBuilder(String.format("%-16s", "policy"));
        u.years().forEach(y -> head.append(String.format(" %26s", y)));
        out.println(head);
        for (String policy : u.policies()) {
            List<Uncertainty.Row> rows = u.rows(policy);
            StringBuilder line = new StringBuilder(String.format("%-16s", policy));
            for (Uncertainty.Row r : rows) {
                List<Money> b = reserve ? r.reserve() : r.cost();
                line.append(String.format(" %26s", b.isEmpty() ? "-" : TrajectoryReport.millions(b.get(0)) + " / "
                        + TrajectoryReport.millions(b.get(1)) + " / " + TrajectoryReport.millions(b.get(2))));
            }
            out.println(line);
            if (reserve) {
                StringBuilder gone = new StringBuilder(String.format("%-16s", "  exhausted"));
                for (Uncertainty.Row r : rows) {
                    gone.append(String.format(" %26s", r.hasBlock() ? r.runsExhausted() + " of " + r.runs() + " ("
                            + r.probabilityExhausted().movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%)" : "-"));
                }
                out.println(gone);
            }
        }
    }
}
