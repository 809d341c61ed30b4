package org.senrules.examples.cli;

import java.io.PrintStream;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;
import org.senrules.core.domain.FinancialYear;
import org.senrules.core.domain.Money;
import org.senrules.simulation.Assumption;
import org.senrules.simulation.Sensitivity;
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
        int w = Math.max(16, t.policies().stream().mapToInt(p -> p.policy().length()).max().orElse(0) + 1);
        String label = "%-" + w + "s";
        StringBuilder head = new StringBuilder(String.format(label, ""));
        t.years().forEach(y -> head.append(String.format(" %10s", y)));
        out.println();
        out.println(String.format(label, "cohort") + head.substring(w));
        row(out, w, "pupils", t.current(), y -> String.format("%,d", y.pupils()));
        row(out, w, "joined", t.current(), y -> String.format("%,d", y.joined()));
        row(out, w, "left", t.current(), y -> String.format("%,d", y.left()));
        out.println();
        out.println("Cost by financial year, April to March, £m (" + (t.plansInPlace() ? "plans in place from 1 April "
                + t.years().get(0).startYear() : "requests funded from " + t.asOf()) + "; part-year effects included, each year at its own values):");
        out.println(String.format(label, "policy") + head.substring(w));
        for (Trajectory.Policy p : t.policies()) {
            row(out, w, p.policy(), p, y -> millions(y.cost()));
        }
        boolean renewals = t.policies().stream().flatMap(p -> p.years().stream()).anyMatch(y -> y.renewalsFunded() + y.renewalsRefused() > 0);
        if (renewals) {
            out.println();
            out.println("Renewals funded / refused (an award that ends while the pupil stays is followed by a renewal request):");
            for (Trajectory.Policy p : t.policies()) {
                row(out, w, p.policy(), p, y -> String.format("%,d/%,d", y.renewalsFunded(), y.renewalsRefused()));
            }
        }
        if (t.hnbYear() != null) {
            out.println();
            out.println("High Needs Block from the forecast for " + t.hnbYear() + " (" + t.hnbNote() + "), £m:");
            out.println(head + String.format(" %s", "reserve first exhausted"));
            out.println("variance (outturn against budget)");
            for (Trajectory.Policy p : t.policies()) {
                row(out, w, p.policy(), p, y -> y.block() == null ? "-" : millions(y.block().variance()));
            }
            out.println("reserve at year end");
            for (Trajectory.Policy p : t.policies()) {
                StringBuilder line = new StringBuilder(String.format(label, p.policy()));
                p.years().forEach(y -> line.append(String.format(" %10s", y.block() == null ? "-" : millions(y.block().reserve()))));
                line.append(' ').append(p.firstExhausted() == null ? "not by " + last : p.firstExhausted().toString());
                out.println(line);
            }
        }
        printPlaces(t, out, w);
        printScenario(t, out, w);
        for (String warning : t.warnings()) {
            out.println("  WARNING: " + warning);
        }
        for (String note : t.notes()) {
            out.println("  note: " + note);
        }
    }

    /** A setting and phase in words: {@code special school, primary}. */
    static String where(org.senrules.core.domain.Setting setting, org.senrules.simulation.Sufficiency.SchoolPhase phase) {
        return (setting == org.senrules.core.domain.Setting.SPECIAL_SCHOOL ? "special school" : "resource base")
                + (phase == null ? "" : ", " + phase.words());
    }

    /**
     * With place sufficiency: each school year's pupils needing a place and those placed out of
     * area by setting and phase, the places open, and by financial year the pupils out of area and
     * what the want of places adds to each policy's cost.
     */
    static void printPlaces(Trajectory.Result t, PrintStream out, int w) {
        if (t.sufficiency() == null) {
            return;
        }
        List<java.time.LocalDate> days = t.places().stream().map(Trajectory.PlaceRow::day).distinct().sorted().toList();
        if (days.isEmpty()) {
            days = t.pools().stream().map(Trajectory.PoolRow::day).distinct().sorted().toList();
        }
        String label = "%-" + Math.max(w, 27) + "s";
        out.println();
        out.println("Place sufficiency (" + t.sufficiency().title() + (t.placesScale().compareTo(java.math.BigDecimal.ONE) == 0 ? ""
                : "; places scaled to the cohort by " + t.placesScale().stripTrailingZeros().toPlainString()) + "):");
        out.println("pupils needing a place / placed out of area, on the run's first day and each 1 September (pupils joining during the");
        out.println("year are in sufficiency.csv); places open then:");
        StringBuilder head = new StringBuilder(String.format(label, ""));
        days.forEach(d -> head.append(String.format(" %11s", d.getMonthValue() == 9 ? "Sep " + d.getYear() : d.toString())));
        out.println(head);
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        t.places().forEach(r -> seen.add(r.setting() + " " + r.phase()));
        for (String key : seen) {
            String[] k = key.split(" ");
            org.senrules.core.domain.Setting setting = org.senrules.core.domain.Setting.valueOf(k[0]);
            org.senrules.simulation.Sufficiency.SchoolPhase phase = org.senrules.simulation.Sufficiency.SchoolPhase.valueOf(k[1]);
            StringBuilder line = new StringBuilder(String.format(label, where(setting, phase)));
            for (java.time.LocalDate d : days) {
                Trajectory.PlaceRow r = t.places().stream().filter(x -> x.day().equals(d) && x.setting() == setting && x.phase() == phase)
                        .findFirst().orElse(null);
                line.append(String.format(" %11s", r == null ? "-" : String.format("%,d/%,d", r.needing(), r.outOfArea())));
            }
            out.println(line);
        }
        for (org.senrules.core.domain.Setting setting : org.senrules.simulation.Sufficiency.SETTINGS) {
            StringBuilder line = new StringBuilder(String.format(label, "places, " + where(setting, null)));
            for (java.time.LocalDate d : days) {
                int places = t.pools().stream().filter(x -> x.day().equals(d) && x.setting() == setting).mapToInt(Trajectory.PoolRow::places).sum();
                line.append(String.format(" %11s", String.format("%,d", places)));
            }
            out.println(line);
        }
        out.println();
        out.println("Out of area by financial year: pupils placed out of area on some day, and what the want of places adds to the cost, £m");
        out.println("(the out-of-area price less what the policy's rules would have paid in area):");
        StringBuilder years = new StringBuilder(String.format(label, ""));
        t.years().forEach(y -> years.append(String.format(" %11s", y)));
        out.println(years);
        StringBuilder pupils = new StringBuilder(String.format(label, "pupils out of area"));
        t.current().years().forEach(y -> pupils.append(String.format(" %11s", String.format("%,d", y.outOfArea().pupils()))));
        out.println(pupils);
        for (Trajectory.Policy p : t.policies()) {
            StringBuilder line = new StringBuilder(String.format(label, p.policy()));
            p.years().forEach(y -> line.append(String.format(" %11s", millions(y.outOfArea().extraCost()))));
            out.println(line);
        }
    }

    /**
     * A scenario against none: each policy's cost by financial year and, with a forecast, its reserve at
     * year end, in the run without the scenario and in the run with it, and the difference (the
     * scenario's effect: everything else, the cohort, the seed and the places, is the same).
     */
    static void printAgainstNone(Trajectory.Result with, Trajectory.Result none, PrintStream out) {
        int w = Math.max(28, with.policies().stream().mapToInt(p -> p.policy().length()).max().orElse(0) + 22);
        String label = "%-" + w + "s";
        out.println();
        out.println("Scenario " + with.scenario().name() + " against none (the same run without it), £m; the difference is the scenario's effect:");
        StringBuilder years = new StringBuilder(String.format(label, ""));
        with.years().forEach(y -> years.append(String.format(" %11s", y)));
        out.println(years);
        boolean block = with.current().years().stream().anyMatch(y -> y.block() != null);
        for (int i = 0; i < with.policies().size(); i++) {
            Trajectory.Policy p = with.policies().get(i);
            Trajectory.Policy n = none.policies().get(i);
            againstNone(out, label, p.policy() + ", cost, none", n, p, (a, b) -> a.cost());
            againstNone(out, label, p.policy() + ", cost, scenario", n, p, (a, b) -> b.cost());
            againstNone(out, label, p.policy() + ", cost, difference", n, p, (a, b) -> b.cost().minus(a.cost()));
            if (block) {
                againstNone(out, label, p.policy() + ", reserve, none", n, p, (a, b) -> a.block() == null ? null : a.block().reserve());
                againstNone(out, label, p.policy() + ", reserve, scenario", n, p, (a, b) -> b.block() == null ? null : b.block().reserve());
                againstNone(out, label, p.policy() + ", reserve, difference", n, p, (a, b) -> a.block() == null || b.block() == null ? null
                        : b.block().reserve().minus(a.block().reserve()));
            }
        }
    }

    private static void againstNone(PrintStream out, String label, String name, Trajectory.Policy none, Trajectory.Policy with,
                                    java.util.function.BiFunction<Trajectory.Year, Trajectory.Year, Money> cell) {
        StringBuilder line = new StringBuilder(String.format(label, name));
        for (int y = 0; y < with.years().size(); y++) {
            Money m = cell.apply(none.years().get(y), with.years().get(y));
            line.append(String.format(" %11s", m == null ? "" : millions(m)));
        }
        out.println(line);
    }

    /** With a scenario: what it holds and, by financial year, its tiers and prices and the Block's parts it changes. */
    static void printScenario(Trajectory.Result t, PrintStream out, int w) {
        org.senrules.simulation.Scenario sc = t.scenario();
        if (sc.isNone()) {
            return;
        }
        String label = "%-" + Math.max(w, 24 + t.policies().stream().mapToInt(p -> p.policy().length()).max().orElse(0)) + "s";
        out.println();
        out.println("Scenario " + sc.name() + ": " + sc.title() + ":");
        for (org.senrules.simulation.Scenario.Item i : sc.items()) {
            out.println("  - " + i.what() + (i.illustrative() ? " (illustrative)" : "") + " [" + i.source() + "]");
        }
        StringBuilder years = new StringBuilder(String.format(label, ""));
        t.years().forEach(y -> years.append(String.format(" %11s", y)));
        boolean tiers = t.current().years().stream().anyMatch(y -> y.scenario() != null);
        if (tiers) {
            out.println("Tiers and national prices by financial year (the school year starting in it):");
            out.println(years);
            row(out, label, "projected EHCP share, %", t.current(), y -> y.scenario() == null || y.scenario().projectedEhcpShare() == null ? "-"
                    : y.scenario().projectedEhcpShare().toPlainString());
            row(out, label, "pupils with an EHCP", t.current(), y -> y.scenario() == null || y.scenario().ehcpPupils() == null ? "-"
                    : String.format("%,d", y.scenario().ehcpPupils()));
            row(out, label, "pupils on support plans", t.current(), y -> y.scenario() == null || y.scenario().supportPlanPupils() == null
                    ? "-" : String.format("%,d", y.scenario().supportPlanPupils()));
            out.println("the scenario's prices less the rules' for the pupils it prices, £m (* uses illustrative values):");
            for (Trajectory.Policy p : t.policies()) {
                row(out, label, p.policy(), p, y -> (y.scenario() == null ? "-" : millions(y.scenario().change()))
                        + (y.illustrativeValuesUsed().stream().anyMatch(n -> !n.equals("the out-of-area price")) ? "*" : ""));
            }
        }
        boolean block = t.policies().stream().flatMap(p -> p.years().stream()).anyMatch(y -> y.block() != null
                && (y.block().stabilityGrant() != null || y.block().deficitAtOverrideEnd() != null || y.block().budgetRolledOver()));
        if (block) {
            out.println("The scenario's High Needs Block parts, £m:");
            out.println(years);
            row(out, label, "budget rolled over", t.current(), y -> y.block() != null && y.block().budgetRolledOver() ? "yes" : "");
            for (Trajectory.Policy p : t.policies()) {
                row(out, label, "grant paid, " + p.policy(), p, y -> y.block() == null || y.block().stabilityGrant() == null ? ""
                        : millions(y.block().stabilityGrant()));
            }
            for (Trajectory.Policy p : t.policies()) {
                row(out, label, "deficit, override ends, " + p.policy(), p, y -> y.block() == null || y.block().deficitAtOverrideEnd() == null
                        ? "" : millions(y.block().deficitAtOverrideEnd()));
            }
        }
    }

    private static void row(PrintStream out, String label, String name, Trajectory.Policy p, Function<Trajectory.Year, String> cell) {
        StringBuilder line = new StringBuilder(String.format(label, name));
        p.years().forEach(y -> line.append(String.format(" %11s", cell.apply(y))));
        out.println(line);
    }

    /** The snapshot's full year and the year by year's cohort year side by side, the reconciling amount and why. */
    static void printReconciliation(List<org.senrules.simulation.Reconciliation.Row> rows, PrintStream out) {
        if (rows.isEmpty()) {
            return;
        }
        org.senrules.simulation.Reconciliation.Row first = rows.get(0);
        boolean hnb = first.snapshotReserve() != null;
        int width = Math.max(16, rows.stream().mapToInt(r -> r.policy().length()).max().orElse(0) + 1);
        out.println();
        out.println("The two views of " + first.year() + " reconciled, £m: the snapshot (a full year at the values on the cohort's date) "
                + "and the year by year (what falls in " + first.year() + "):");
        out.printf("%-" + width + "s %10s %10s %11s %10s %10s%s%n", "policy", "snapshot", "year", "difference", "after 31/3", "the rest",
                hnb ? String.format(" %16s %16s", "snapshot reserve", "year's reserve") : "");
        for (org.senrules.simulation.Reconciliation.Row r : rows) {
            out.printf("%-" + width + "s %10s %10s %11s %10s %10s%s%n", r.policy(), millions(r.snapshot()), millions(r.yearByYear()),
                    millions(r.reconcilingAmount()), millions(r.afterTheYearsEnd()), millions(r.other()),
                    hnb ? String.format(" %16s %16s", millions(r.snapshotReserve()), millions(r.yearByYearReserve())) : "");
        }
        out.println("  why: " + first.why());
        rows.stream().skip(1).filter(r -> !r.why().equals(first.why())).forEach(r -> out.println("  why, " + r.policy() + ": " + r.why()));
    }

    /** An assumption's value with its unit, as the tables head their columns: {@code 3.68% a year}, {@code +1 points a year}. */
    static String value(Assumption a, java.math.BigDecimal v) {
        String n = v.scale() < 0 ? v.setScale(0).toPlainString() : v.toPlainString();
        return a.unit().startsWith("%") ? n + a.unit() : (v.signum() > 0 ? "+" : v.signum() < 0 ? "\u2212" : "") + n.replace("-", "")
                + " " + a.unit();
    }

    /** The stated move of an assumption: {@code ±1 point}, {@code ±10 points}. */
    static String move(Assumption a) {
        String n = a.step().stripTrailingZeros().toPlainString();
        return "\u00b1" + n + (n.equals("1") ? " point" : " points");
    }

    /**
     * The sensitivity runs: for each policy, the reserve at the end of the last year (the cost in
     * it, without a forecast) in the base run and its change with each assumption moved down and
     * up, then the first year the reserve is exhausted the same way.
     */
    static void printSensitivity(Sensitivity.Result s, PrintStream out) {
        List<Assumption> assumptions = s.base().assumptions().moveable();
        String measured = s.measuresReserve() ? "the High Needs Block reserve at the end of " + s.lastYear()
                : "the cohort's cost in " + s.lastYear();
        out.println();
        out.println("Sensitivity (--sensitivity): the years run again with one assumption moved down, then up, the others as they are;");
        out.println(measured + ", £m, in the base run and the change (down / up):");
        int width = Math.max(16, s.policies().stream().mapToInt(String::length).max().orElse(0) + 1);
        List<Sensitivity.Run> runs = s.runs();
        StringBuilder h1 = new StringBuilder(String.format("%-" + width + "s %10s", "", ""));
        StringBuilder h2 = new StringBuilder(String.format("%-" + width + "s %10s", "policy", "base run"));
        for (Assumption a : assumptions) {
            h1.append(String.format(" %21s", a.name()));
            h2.append(String.format(" %21s", move(a)));
        }
        out.println(h1);
        out.println(h2);
        for (String policy : s.policies()) {
            StringBuilder line = new StringBuilder(String.format("%-" + width + "s", policy));
            Sensitivity.Effect base = s.effect(runs.get(0), policy);
            line.append(String.format(" %10s", millions(base.base()).replace("-", "\u2212")));
            for (int i = 0; i + 1 < runs.size(); i += 2) {
                line.append(String.format(" %21s", change(s, runs.get(i), policy) + " / " + change(s, runs.get(i + 1), policy)));
            }
            out.println(line);
        }
        if (s.measuresReserve()) {
            out.println("first year the reserve is exhausted (base run; down / up):");
            for (String policy : s.policies()) {
                StringBuilder line = new StringBuilder(String.format("%-" + width + "s", policy));
                Sensitivity.Effect base = s.effect(runs.get(0), policy);
                line.append(String.format(" %10s", year(base.baseExhausted())));
                for (int i = 0; i + 1 < runs.size(); i += 2) {
                    line.append(String.format(" %21s", year(s.effect(runs.get(i), policy).exhausted()) + " / "
                            + year(s.effect(runs.get(i + 1), policy).exhausted())));
                }
                out.println(line);
            }
        }
        out.println("  moves: " + String.join("; ", assumptions.stream().map(a -> a.name() + " " + value(a, a.base()) + " " + move(a)
                + (a.illustrative() ? " (illustrative)" : "")).toList()) + ". \"=\" a move past the assumption's range "
                + "(a renewal rate above 100%) is not run. \"none\": not exhausted by " + s.lastYear() + ".");
    }

    private static String change(Sensitivity.Result s, Sensitivity.Run run, String policy) {
        if (run.atLimit() && run.result() == s.base()) {
            return "=";
        }
        Money c = s.effect(run, policy).change();
        return (c.isPositive() ? "+" : c.pence() < 0 ? "\u2212" : "") + millions(c).replace("-", "");
    }

    private static String year(FinancialYear y) {
        return y == null ? "none" : y.toString();
    }

    private static void row(PrintStream out, int width, String label, Trajectory.Policy p, Function<Trajectory.Year, String> cell) {
        StringBuilder line = new StringBuilder(String.format("%-" + width + "s", label));
        p.years().forEach(y -> line.append(String.format(" %10s", cell.apply(y))));
        out.println(line);
    }
}
