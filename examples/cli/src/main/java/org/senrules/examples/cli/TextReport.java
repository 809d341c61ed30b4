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
     * laid against, options declared cost-neutral that are not, and each option's losers against
     * current (more than £1,000, more than £5,000), by band, area of need and setting.
     */
    static void staffordshireCheck(Simulation.Result r, PrintStream out) {
        out.println();
        out.println("Staffordshire check (each option against current, before it goes live):");
        for (String w : r.warnings()) {
            out.println("  WARNING: " + w);
        }
        for (String w : r.notes()) {
            out.println("  note: " + w);
        }
        if (r.policies().size() == 1) {
            out.println("  only current was run: no option to check");
        }
        int w = Math.max(16, r.policies().stream().mapToInt(p -> p.policy().length()).max().orElse(0));
        String pad = " ".repeat(w + 1);
        for (Simulation.PolicyResult p : r.policies().subList(1, r.policies().size())) {
            Simulation.Changes c = p.changes();
            out.printf("  %-" + w + "s %s against current; %,d gain, %,d lose (%,d more than £1,000, %,d more than £5,000), %,d keep the same "
                            + "funding, %,d have no funding either way%s%n", p.policy(), Millions.signed(p.change()), c.gain(), c.lose(),
                    c.loseOver1000(), c.loseOver5000(), c.keep(), c.noFunding(),
                    p.costNeutral() && !p.costNeutralBreached() ? "; declared cost-neutral, and is within tolerance" : "");
            String bands = losers(p.changesByBand());
            if (!bands.isEmpty()) {
                out.println("  " + pad + "losers by current " + (r.fields().band() == null ? "band" : r.fields().band()) + ": " + bands);
            }
            String areas = losers(p.changesByArea());
            if (!areas.isEmpty()) {
                out.println("  " + pad + "losers by area of need: " + areas);
            }
            String settings = losers(p.changesBySetting());
            if (!settings.isEmpty()) {
                out.println("  " + pad + "losers by setting: " + settings);
            }
            if (p.budgetsBind() && p.all().unfunded() == 0) {
                out.println("  " + pad + "every eligible request funded within its locality's budget");
            } else if (p.budgetsBind()) {
                out.printf("  %s%,d eligible requests unfunded when their locality's budget was used (%s); unfunded.csv lists them%n",
                        pad, p.all().unfunded(), p.all().unfundedTopUp().display());
            }
        }
    }

    /**
     * Each combined policy's change against current in its parts, in the stated order: the base
     * option first, then the process on top (the locality budgets), the parts adding up to the whole.
     */
    static void breakdown(Simulation.Result r, PrintStream out) {
        for (Simulation.PolicyResult p : r.policies()) {
            if (p.breakdown().isEmpty()) {
                continue;
            }
            out.println();
            out.println("Option by option: " + p.policy() + " against current, a full year, in parts (the base option first, "
                    + "then the process on top); the parts add up to the whole:");
            int width = Math.max(14, p.breakdown().stream().mapToInt(x -> x.policy().length()).max().orElse(0) + 1);
            out.printf("   %-4s %-" + width + "s %12s %8s %8s %9s %9s  %s%n", "step", "part", "change", "gain", "lose", ">£1,000",
                    ">£5,000", "what it is (measured against)");
            for (Simulation.Part part : p.breakdown()) {
                Simulation.Changes c = part.changes();
                out.printf("   %-4d %-" + width + "s %12s %,8d %,8d %,9d %,9d  %s (against %s)%n", part.order(), part.policy(),
                        Millions.signed(part.change()), c.gain(), c.lose(), c.loseOver1000(), c.loseOver5000(), part.what(), part.from());
            }
            Simulation.Changes c = p.changes();
            out.printf("   %-4s %-" + width + "s %12s %,8d %,8d %,9d %,9d  %s%n", "", "total", Millions.signed(p.change()), c.gain(),
                    c.lose(), c.loseOver1000(), c.loseOver5000(), p.policy() + " against current");
        }
    }

    private static String losers(Map<String, Simulation.Changes> by) {
        StringBuilder sb = new StringBuilder();
        by.forEach((k, c) -> {
            if (c.lose() > 0) {
                sb.append(sb.length() == 0 ? "" : "; ").append(k).append(' ').append(String.format("%,d", c.lose()))
                        .append(" (").append(String.format("%,d", c.loseOver1000())).append(" over £1,000, ")
                        .append(String.format("%,d", c.loseOver5000())).append(" over £5,000)");
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
        out.println(r.sources().describe()); // the terminal names the files the user gave it; the report names them by what they are
        out.println("Fingerprints: rules " + r.current().rulesFingerprint() + ", parameters (current) "
                + String.join(" ", r.current().parametersFingerprints()));
        out.println();
        String col = "%-" + Math.max(26, r.policies().stream().mapToInt(p -> p.policy().length()).max().orElse(0) + 1) + "s";
        out.printf(col + " %9s %11s %9s %9s %12s %12s %8s %8s %8s %8s  %s%n", "policy", "cases", "considered", "eligible", "units",
                "top-up", "vs current", "gain", "lose", "keep", "none", "what it does");
        for (Simulation.PolicyResult p : r.policies()) {
            out.printf(col + " %,9d %11s %9s %9s %12s %12s %,8d %,8d %,8d %,8d  %s%n", p.policy(), p.all().cases(),
                    f.considered() == null ? "-" : String.format("%,d", p.all().considered()),
                    f.eligible() == null ? "-" : String.format("%,d", p.all().eligible()),
                    f.units() == null ? "-" : String.format("%,d", p.all().units()),
                    Millions.of(p.all().topUp()), Millions.signed(p.change()), p.gain(), p.lose(), p.keep(), p.noFunding(), p.title());
        }
        out.println("Top-up in £m (to the nearest £1,000; the CSV files and simulation.xlsx hold the exact pence). keep: the same "
                + "funding as current; none: no funding under either.");
        staffordshireCheck(r, out);
        breakdown(r, out);
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
            out.printf("   against current: %s; %,d pupils gain, %,d lose, %,d keep the same funding, %,d have no funding either way%n",
                    signed(p.change()), p.gain(), p.lose(), p.keep(), p.noFunding());
            if (f.area()) {
                table(out, "area of need", p.byArea(), null);
            }
            if (p.localityLed() || !p.localityBudgets().isEmpty()) {
                localities(out, p);
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
                localities(out, p);
            }
        }
        if (r.hnbBaseline() != null) {
            out.println();
            out.println("Effect on the High Needs Block forecast (" + r.hnbNote() + "): each policy's change for a full year at the values "
                    + "in force on " + Explainer.day(r.asOf()) + ", laid against the forecast's year (the year by year below counts the part "
                    + "of it that falls in each financial year):");
            String col2 = "%-" + Math.max(26, r.policies().stream().mapToInt(p -> p.policy().length()).max().orElse(0) + 1) + "s";
            out.printf("   " + col2 + " %18s %12s %12s%n", "policy", "forecast outturn", "variance", "reserve");
            for (Simulation.PolicyResult p : r.policies()) {
                out.printf("   " + col2 + " %18s %12s %12s%s%n", p.policy(), Millions.of(p.hnb().outturn()), Millions.of(p.hnb().variance()),
                        Millions.of(p.hnb().reserve()), p.hnb().reserveExhausted() ? "  reserve exhausted" : "");
            }
        }
        if (r.policies().stream().anyMatch(p -> p.illustrative())) {
            out.println();
            out.println("Amounts use illustrative values (such as the value of a Support Unit): they compare the policies, they are not the council's figures.");
        }
    }

    /** The High Needs Block as the forecast states it: its pressures against its variance, the rest shown. */
    static void printStatement(org.senrules.simulation.HighNeedsBlock.Statement st, PrintStream out) {
        out.println();
        out.println("The High Needs Block as the forecast states it (" + st.financialYear() + ", quarter " + st.quarter()
                + "), £m; also high-needs-block.csv:");
        int w = Math.max(44, st.pressures().stream().mapToInt(p -> p.name().length() + 4).max().orElse(0));
        String row = "   %-" + w + "s %10s  %s%n";
        out.printf(row, "budget", Millions.of(st.budget()), "");
        out.printf(row, "forecast outturn", Millions.of(st.outturn()), "");
        out.printf(row, "variance: outturn against budget", Millions.of(st.variance()), "");
        for (org.senrules.simulation.HighNeedsBlock.Pressure p : st.pressures()) {
            out.printf(row, "  " + p.name(), Millions.of(p.amount()), p.line() == null ? "" : "line: " + p.line());
        }
        out.printf(row, "  pressures, total", Millions.of(st.pressuresTotal()), "");
        out.printf(row, "  other movements (variance less pressures)", Millions.of(st.unexplained()),
                "not itemised by the forecast; shown, not spread over the pressures");
    }

    /**
     * The localities of a locality-led policy: each funds its eligible requests in cohort order
     * while its budget lasts; the rest are unfunded.
     */
    private static void localities(PrintStream out, Simulation.PolicyResult p) {
        out.printf("   %-20s %9s %9s %9s %9s %16s %16s %16s %16s%n", "locality", "cases", "eligible", "funded", "unfunded", "top-up",
                "unfunded top-up", "budget", "budget left");
        for (Map.Entry<String, Simulation.Totals> e : p.byLocality().entrySet()) {
            Simulation.Totals t = e.getValue();
            Money b = p.localityBudgets().get(e.getKey());
            Money left = p.budgetLeft().get(e.getKey());
            out.printf("   %-20s %,9d %,9d %,9d %,9d %16s %16s %16s %16s%n", e.getKey(), t.cases(), t.eligible(), t.funded(), t.unfunded(),
                    t.topUp().display(), t.unfundedTopUp().display(), b == null ? "-" : b.display(), left == null ? "-" : left.display());
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
