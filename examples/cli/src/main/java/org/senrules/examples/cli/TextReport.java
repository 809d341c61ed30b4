package org.senrules.examples.cli;

import java.io.PrintStream;
import java.util.Map;
import org.senrules.core.domain.Money;
import org.senrules.core.explain.Explainer;
import org.senrules.simulation.Simulation;

/** The simulation as tables on the terminal: one summary line per policy, then a table per policy. */
final class TextReport {
    private TextReport() {
    }

    /**
     * The Staffordshire check, printed on every run: the current cost against the forecast it is
     * laid against, and each option's losers against current (more than £1,000, more than £5,000),
     * by band and by area of need.
     */
    static void staffordshireCheck(Simulation.Result r, PrintStream out) {
        out.println();
        out.println("Staffordshire check (each option against current, before it goes live):");
        for (String w : r.warnings()) {
            out.println("  WARNING: " + w);
        }
        if (r.hnbBaseline() != null && r.warnings().isEmpty()) {
            out.printf("  current costs %s against a forecast outturn of %s, within tolerance%n", r.current().all().topUp().display(),
                    r.hnbBaseline().outturn().display());
        }
        if (r.policies().size() == 1) {
            out.println("  only current was run: no option to check");
        }
        for (Simulation.PolicyResult p : r.policies().subList(1, r.policies().size())) {
            Simulation.Changes c = p.changes();
            out.printf("  %-16s %,d gain, %,d lose (%,d more than £1,000, %,d more than £5,000), %,d keep the same funding%n",
                    p.policy(), c.gain(), c.lose(), c.loseOver1000(), c.loseOver5000(), c.keep());
            String bands = losers(p.changesByBand());
            if (!bands.isEmpty()) {
                out.println("  " + " ".repeat(17) + "losers by current " + (r.fields().band() == null ? "band" : r.fields().band()) + ": " + bands);
            }
            String areas = losers(p.changesByArea());
            if (!areas.isEmpty()) {
                out.println("  " + " ".repeat(17) + "losers by area of need: " + areas);
            }
        }
    }

    private static String losers(Map<String, Simulation.Changes> by) {
        StringBuilder sb = new StringBuilder();
        by.forEach((k, c) -> {
            if (c.lose() > 0) {
                sb.append(sb.length() == 0 ? "" : "; ").append(k).append(' ').append(String.format("%,d", c.lose()))
                        .append(" (").append(String.format("%,d", c.loseOver5000())).append(" over £5,000)");
            }
        });
        return sb.toString();
    }

    static void print(Simulation.Result r, PrintStream out) {
        print(r, out, true);
    }

    /**
     * The summary table; then, in full, a table per policy, or, in short, only the locality
     * tables of locality-led policies and the High Needs Block effect.
     */
    static void print(Simulation.Result r, PrintStream out, boolean full) {
        Simulation.Fields f = r.fields();
        out.printf("Simulation of %s %s over %,d cases, values in force on %s%n", r.ruleSet(), r.ruleSetVersion(), r.cases(),
                Explainer.day(r.asOf()));
        out.println(r.sources().describe());
        out.println("Fingerprints: rules " + r.current().rulesFingerprint() + ", parameters (current) "
                + String.join(" ", r.current().parametersFingerprints()));
        out.println();
        out.printf("%-16s %9s %11s %9s %9s %18s %18s %8s %8s %8s%n", "policy", "cases", "considered", "eligible", "units",
                "total top-up", "change vs current", "gain", "lose", "keep");
        for (Simulation.PolicyResult p : r.policies()) {
            out.printf("%-16s %,9d %11s %9s %9s %18s %18s %,8d %,8d %,8d%n", p.policy(), p.all().cases(),
                    f.considered() == null ? "-" : String.format("%,d", p.all().considered()),
                    f.eligible() == null ? "-" : String.format("%,d", p.all().eligible()),
                    f.units() == null ? "-" : String.format("%,d", p.all().units()),
                    p.all().topUp().display(), signed(p.change()), p.gain(), p.lose(), p.keep());
        }
        staffordshireCheck(r, out);
        if (!full) {
            printShort(r, out);
            return;
        }
        for (Simulation.PolicyResult p : r.policies()) {
            out.println();
            out.println("== " + p.policy() + ": " + p.title());
            if (p.source() != null && !p.source().isBlank()) {
                out.println("   source: " + p.source());
            }
            out.printf("   %,d cases, %s considered, %s eligible, %s units granted, total top-up %s%n", p.all().cases(),
                    f.considered() == null ? "-" : String.format("%,d", p.all().considered()),
                    f.eligible() == null ? "-" : String.format("%,d", p.all().eligible()),
                    f.units() == null ? "-" : String.format("%,d", p.all().units()), p.all().topUp().display());
            out.printf("   against current: %s; %,d pupils gain, %,d lose, %,d keep the same funding%n", signed(p.change()),
                    p.gain(), p.lose(), p.keep());
            if (f.area()) {
                table(out, "area of need", p.byArea(), null);
            }
            if (p.localityLed() || !p.localityBudgets().isEmpty()) {
                table(out, "locality", p.byLocality(), p.localityBudgets());
            }
            if (p.hnb() != null) {
                out.printf("   High Needs Block: forecast outturn %s, variance %s, reserve %s%s%n", p.hnb().outturn().display(),
                        p.hnb().variance().display(), p.hnb().reserve().display(),
                        p.hnb().reserveExhausted() ? " (reserve exhausted)" : p.hnb().overspend() ? " (overspend)" : "");
            }
            if (p.illustrative()) {
                out.println("   (uses illustrative values: amounts are examples, not the council's figures)");
            }
        }
        if (r.hnbBaseline() != null) {
            out.println();
            out.printf("High Needs Block as given (%s): variance %s, reserve %s%n", r.hnbNote(),
                    r.hnbBaseline().variance().display(), r.hnbBaseline().reserve().display());
        }
        Simulation.Comparison c = r.comparison();
        if (c != null) {
            out.println();
            out.println("== Parameters compared: " + c.file() + " against the current parameters (policy current)");
            out.printf("   total %s -> %s, difference %s%n", c.before().display(), c.after().display(), signed(c.difference()));
            out.printf("   %,d pupils change: %,d funded more, %,d funded less, %,d change %s%n", c.changed(), c.fundingUp(),
                    c.fundingDown(), c.bandChanged(), c.bandLabel());
            int shown = 0;
            for (Simulation.Change ch : c.changes()) {
                if (shown++ == 10) {
                    out.printf("   ... and %,d more (all in changes.csv with --out)%n", c.changes().size() - 10);
                    break;
                }
                out.printf("   %-14s %s %s -> %s, %s -> %s%n", ch.caseId(), c.bandLabel(), ch.bandBefore(), ch.bandAfter(),
                        ch.before().display(), ch.after().display());
            }
        }
    }

    private static void printShort(Simulation.Result r, PrintStream out) {
        for (Simulation.PolicyResult p : r.policies()) {
            if (p.localityLed() || !p.localityBudgets().isEmpty()) {
                out.println();
                out.println(p.policy() + " (" + p.title() + "), by locality against the locality budgets:");
                table(out, "locality", p.byLocality(), p.localityBudgets());
            }
        }
        if (r.hnbBaseline() != null) {
            out.println();
            out.println("Effect on the High Needs Block forecast (" + r.hnbNote() + "):");
            out.printf("   %-16s %20s %18s %18s%n", "policy", "forecast outturn", "variance", "reserve");
            for (Simulation.PolicyResult p : r.policies()) {
                out.printf("   %-16s %20s %18s %18s%s%n", p.policy(), p.hnb().outturn().display(), p.hnb().variance().display(),
                        p.hnb().reserve().display(), p.hnb().reserveExhausted() ? "  reserve exhausted" : "");
            }
        }
        if (r.policies().stream().anyMatch(p -> p.illustrative())) {
            out.println();
            out.println("Amounts use illustrative values (such as the value of a Support Unit): they compare the policies, they are not the council's figures.");
        }
    }

    private static void table(PrintStream out, String label, Map<String, Simulation.Totals> rows, Map<String, Money> budgets) {
        boolean withBudget = budgets != null && !budgets.isEmpty();
        out.printf("   %-34s %9s %9s %9s %16s%s%n", label, "cases", "eligible", "units", "top-up",
                withBudget ? String.format(" %16s %16s", "budget", "over/under") : "");
        for (Map.Entry<String, Simulation.Totals> e : rows.entrySet()) {
            Simulation.Totals t = e.getValue();
            if (t.cases() == 0) {
                continue;
            }
            String budgetCols = "";
            if (withBudget) {
                Money b = budgets.get(e.getKey());
                budgetCols = b == null ? String.format(" %16s %16s", "-", "-")
                        : String.format(" %16s %16s", b.display(), signed(t.topUp().minus(b)));
            }
            out.printf("   %-34s %,9d %,9d %,9d %16s%s%n", e.getKey(), t.cases(), t.eligible(), t.units(), t.topUp().display(), budgetCols);
        }
    }

    static String signed(Money m) {
        return m.isPositive() ? "+" + m.display() : m.display();
    }
}
