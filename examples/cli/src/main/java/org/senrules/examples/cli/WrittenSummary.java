package org.senrules.examples.cli;

import java.util.ArrayList;
import java.util.List;
import org.senrules.core.domain.FinancialYear;
import org.senrules.core.domain.Money;
import org.senrules.core.explain.Explainer;
import org.senrules.simulation.Assumption;
import org.senrules.simulation.Sensitivity;
import org.senrules.simulation.Simulation;
import org.senrules.simulation.Trajectory;
import org.senrules.simulation.TrajectoryAssumptions;

/**
 * The written summary that opens the report and is written as {@code summary.md}, for pasting into
 * a paper: a few plain-English paragraphs made from the figures, each figure a link to the table
 * cell it comes from. A figure's link names its table, row and column
 * ({@code report.html#summary.dbv-option-4.changeAgainstCurrent}); the report's cells carry the same
 * ids, and the CSV files the same rows and columns, so a test can check every figure against them.
 */
final class WrittenSummary {
    /** A piece of a paragraph: text, or a figure with the id of the cell it comes from. */
    record Piece(String text, String cell) {
        static Piece text(String t) {
            return new Piece(t, null);
        }
    }

    private final List<List<Piece>> paragraphs = new ArrayList<>();
    private List<Piece> current;

    private WrittenSummary() {
    }

    /** The id of a cell: table, row (a policy, or a policy and a year or step), column. */
    static String cell(String table, String row, String column) {
        return table + "." + row + "." + column;
    }

    /** £m with a true minus sign: {@code £3.868m}, {@code −£3.868m}, {@code +£0.512m} when signed. */
    static String millions(Money m, boolean signed) {
        String s = Millions.of(m);
        if (s.startsWith("-")) {
            return "\u2212" + s.substring(1);
        }
        return signed && m.isPositive() ? "+" + s : s;
    }

    private WrittenSummary p() {
        current = new ArrayList<>();
        paragraphs.add(current);
        return this;
    }

    private WrittenSummary t(String text) {
        current.add(Piece.text(text));
        return this;
    }

    private WrittenSummary f(String shown, String cell) {
        current.add(new Piece(shown, cell));
        return this;
    }

    /** The paragraphs of a run: the simulation and, when given, its years and sensitivity runs. */
    static List<List<Piece>> of(Simulation.Result r, Trajectory.Result t, Sensitivity.Result s) {
        WrittenSummary w = new WrittenSummary();
        Simulation.PolicyResult cur = r.current();
        w.p().t("This summary compares " + (r.policies().size() - 1) + " option" + (r.policies().size() == 2 ? "" : "s")
                + " for " + r.ruleSet() + " with the council's current policy over " + String.format("%,d", r.cases())
                + " cases, with the values in force on " + Explainer.day(r.asOf()) + ". Unless a sentence names a financial year, an "
                + "amount is a full year of funding at those values. Under current the cohort's top-up is ")
                .f(millions(cur.all().topUp(), false), cell("summary", "current", "totalTopUp")).t(" a full year.");
        for (Simulation.PolicyResult p : r.policies().subList(1, r.policies().size())) {
            Simulation.Changes c = p.changes();
            String row = p.policy();
            w.p().t(p.policy() + " (" + lower(p.title()) + ") costs ").f(millions(p.all().topUp(), false), cell("summary", row, "totalTopUp"))
                    .t(" a full year, ").f(millions(p.change(), true), cell("summary", row, "changeAgainstCurrent")).t(" against current. ");
            if (c.gain() == 0 && c.lose() == 0) {
                w.t("No pupil's funding changes.");
                continue;
            }
            w.f(String.format("%,d", c.gain()), cell("summary", row, "gain")).t(" pupils gain and ")
                    .f(String.format("%,d", c.lose()), cell("summary", row, "lose")).t(" lose funding, ")
                    .f(String.format("%,d", c.loseOver1000()), cell("summary", row, "loseOver1000")).t(" of them more than £1,000 a year and ")
                    .f(String.format("%,d", c.loseOver5000()), cell("summary", row, "loseOver5000")).t(" more than £5,000; the money they lose "
                            + "comes to ").f(millions(c.lost(), false), cell("winners-losers", row + ".all", "lost")).t(".");
            if (!p.breakdown().isEmpty()) {
                Simulation.Part base = p.breakdown().get(0);
                Simulation.Part top = p.breakdown().get(1);
                w.t(" Of its change, " + base.policy() + " alone gives ")
                        .f(millions(base.change(), true), cell("breakdown", row + "." + base.order(), "change"))
                        .t(" and the " + (top.policy().equals("dbv-option-6") ? "locality budgets" : top.policy() + " process") + " on top ")
                        .f(millions(top.change(), true), cell("breakdown", row + "." + top.order(), "change")).t(".");
            }
            if (p.budgetsBind() && p.all().unfunded() > 0) {
                w.t(" " + String.format("%,d", p.all().unfunded()) + " eligible requests go unfunded when their locality's budget is used.");
            }
        }
        org.senrules.simulation.HighNeedsBlock.Statement st = r.hnbStatement();
        if (st != null) {
            w.p().t("The " + st.financialYear() + " High Needs Block forecast (quarter " + st.quarter() + ") states a variance of ")
                    .f(millions(st.variance(), false), cell("high-needs-block", "variance", "amount")).t(" against a budget of ")
                    .f(millions(st.budget(), false), cell("high-needs-block", "budget", "amount")).t(". The pressures it lists come to ")
                    .f(millions(st.pressuresTotal(), false), cell("high-needs-block", "pressuresTotal", "amount")).t(" (");
            for (int i = 0; i < st.pressures().size(); i++) {
                org.senrules.simulation.HighNeedsBlock.Pressure pr = st.pressures().get(i);
                w.t((i == 0 ? "" : i == st.pressures().size() - 1 ? " and " : ", ") + lower(pr.name()) + " ")
                        .f(millions(pr.amount(), false), cell("high-needs-block", "pressure" + (i + 1), "amount"));
            }
            w.t("); the other ").f(millions(st.unexplained(), false), cell("high-needs-block", "unexplained", "amount"))
                    .t(" of the variance is movement the forecast does not itemise" + (st.unexplained().isNegative()
                            ? " (the pressures come to more than the variance)" : "") + ".");
        }
        if (t != null) {
            FinancialYear first = t.years().get(0);
            FinancialYear last = t.years().get(t.years().size() - 1);
            Trajectory.Year y0 = t.current().years().get(0);
            Trajectory.Year yn = t.current().years().get(t.current().years().size() - 1);
            w.p().t("Year by year, each financial year April to March with part years counted" + (t.plansInPlace()
                    ? " (plans in place from 1 April " + first.startYear() + ")" : " (requests funded from " + t.asOf() + ")")
                    + ", current costs ").f(millions(y0.cost(), false), cell("trajectory", "current." + first, "cost")).t(" in " + first
                    + " and ").f(millions(yn.cost(), false), cell("trajectory", "current." + last, "cost")).t(" in " + last + ".");
            if (t.hnbYear() != null) {
                w.t(" Laid against the " + t.hnbYear() + " High Needs Block forecast, the reserve at the end of " + last + " is ")
                        .f(millions(yn.block().reserve(), false), cell("trajectory", "current." + last, "reserve")).t(" under current");
                if (t.current().firstExhausted() != null) {
                    w.t(", first exhausted in ").f(t.current().firstExhausted().toString(), cell("trajectory", "current." + last,
                            "firstYearReserveExhausted"));
                } else {
                    w.t(", not exhausted by " + last);
                }
                w.t(".");
                for (Trajectory.Policy p : t.policies().subList(1, t.policies().size())) {
                    Trajectory.Year pn = p.years().get(p.years().size() - 1);
                    w.t(" Under " + p.policy() + " it is ").f(millions(pn.block().reserve(), false), cell("trajectory", p.policy() + "." + last,
                            "reserve"));
                    if (p.firstExhausted() != null) {
                        w.t(", first exhausted in ").f(p.firstExhausted().toString(), cell("trajectory", p.policy() + "." + last,
                                "firstYearReserveExhausted")).t(".");
                    } else {
                        w.t(", not exhausted by " + last + ".");
                    }
                }
            }
        }
        if (t != null && t.sufficiency() != null) {
            FinancialYear first = t.years().get(0);
            FinancialYear last = t.years().get(t.years().size() - 1);
            Trajectory.Year y0 = t.current().years().get(0);
            Trajectory.Year yn = t.current().years().get(t.current().years().size() - 1);
            w.p().t("With the places the sufficiency file gives (" + t.sufficiency().title() + "), ")
                    .f(String.format("%,d", y0.outOfArea().pupils()), cell("trajectory", "current." + first, "outOfAreaPupils"))
                    .t(" pupils are placed out of area for want of a place in " + first + " and ")
                    .f(String.format("%,d", yn.outOfArea().pupils()), cell("trajectory", "current." + last, "outOfAreaPupils"))
                    .t(" in " + last + ". Under current that adds ")
                    .f(millions(y0.outOfArea().extraCost(), false), cell("trajectory", "current." + first, "extraCostOfUnmetPlaces"))
                    .t(" to " + first + " and ")
                    .f(millions(yn.outOfArea().extraCost(), false), cell("trajectory", "current." + last, "extraCostOfUnmetPlaces"))
                    .t(" to " + last + ": the out-of-area price (illustrative) less what the rules would have paid in area.");
        }
        if (t != null && !t.scenario().isNone()) {
            FinancialYear last = t.years().get(t.years().size() - 1);
            w.p().t("In the scenario " + t.scenario().name() + " (" + lower(t.scenario().title()) + "):");
            for (Trajectory.Year y : t.current().years()) {
                Trajectory.Block b = y.block();
                if (b != null && b.stabilityGrant() != null) {
                    w.t(" the High Needs Stability Grant paid in " + y.financialYear() + " under current is ")
                            .f(millions(b.stabilityGrant(), false), cell("trajectory", "current." + y.financialYear(), "stabilityGrant"))
                            .t(b.stabilityGrant().isZero() ? " (no deficit, or no approved plan: none is paid);" : ";");
                }
                if (b != null && b.deficitAtOverrideEnd() != null) {
                    w.t(" when the statutory override ends, at the end of " + y.financialYear() + ", the deficit that falls to the council's "
                            + "accounts under current is ")
                            .f(millions(b.deficitAtOverrideEnd(), false), cell("trajectory", "current." + y.financialYear(),
                                    "deficitAtOverrideEnd")).t(";");
                }
            }
            Trajectory.Year yn = t.current().years().get(t.current().years().size() - 1);
            if (yn.scenario() != null && yn.scenario().supportPlanPupils() != null) {
                w.t(" by " + last + ", ").f(String.format("%,d", yn.scenario().supportPlanPupils()), cell("trajectory", "current." + last,
                        "supportPlanPupils")).t(" pupils are on Individual Support Plans instead of EHCPs (the projected share with an EHCP "
                        + yn.scenario().projectedEhcpShare().toPlainString() + "%), and the pupils priced at national banding rates cost ")
                        .f(millions(yn.scenario().packageCost(), false), cell("trajectory", "current." + last, "nationalRatesCost"))
                        .t(" in " + last + " under current: illustrative rates, as no official value is published.");
            } else {
                w.t(" its tiers and national prices do not apply to these years or this cohort.");
            }
        }
        if (s != null) {
            List<Assumption> moveable = s.base().assumptions().moveable();
            int widest = -1;
            long widestSpan = -1;
            for (int i = 0; i + 1 < s.runs().size(); i += 2) {
                long span = Math.abs(s.effect(s.runs().get(i), "current").change().pence())
                        + Math.abs(s.effect(s.runs().get(i + 1), "current").change().pence());
                if (span > widestSpan) {
                    widestSpan = span;
                    widest = i;
                }
            }
            if (widest >= 0) {
                Sensitivity.Run down = s.runs().get(widest);
                Sensitivity.Run up = s.runs().get(widest + 1);
                Assumption a = down.assumption();
                w.p().t("Of the assumptions, " + lower(a.title()) + " (" + TrajectoryReport.value(a, a.base()) + ", moved "
                        + TrajectoryReport.move(a) + ") moves " + (s.measuresReserve() ? "the reserve at the end of " : "the cost in ")
                        + s.lastYear() + " most under current: by ")
                        .f(millions(s.effect(down, "current").change(), true), cell("sensitivity", "current." + a.name() + ".down", "change"))
                        .t(" moved down and ")
                        .f(millions(s.effect(up, "current").change(), true), cell("sensitivity", "current." + a.name() + ".up", "change"))
                        .t(" moved up. The sensitivity table gives every assumption for every policy (" + moveable.size() + " assumptions).");
            }
        }
        List<String> illustrative = new ArrayList<>();
        if (r.policies().stream().anyMatch(Simulation.PolicyResult::illustrative)) {
            illustrative.add("the money values the rules use where the council publishes none (such as the value of a Support Unit and "
                    + "the bands), flagged in every decision");
        }
        if (t != null) {
            TrajectoryAssumptions a = t.assumptions();
            if (!a.illustrativeEntries().isEmpty()) {
                illustrative.add("the year-by-year assumptions " + String.join(", ", a.illustrativeEntries()));
            }
            java.util.TreeSet<String> used = new java.util.TreeSet<>();
            t.policies().forEach(p -> p.years().forEach(y -> used.addAll(y.illustrativeValuesUsed())));
            if (!used.isEmpty()) {
                illustrative.add(String.join(", ", used) + " (marked year by year in trajectory.csv)");
            }
        }
        w.p().t("What is illustrative: " + (illustrative.isEmpty() ? "nothing the rules or the assumptions use" : String.join("; ",
                illustrative)) + ". The figures compare the options; they are not the council's budget. A synthetic cohort contains no real "
                + "person's data" + (r.notes().isEmpty() && (t == null || t.notes().isEmpty()) ? "." : ", and it is not the whole High "
                + "Needs Block: each option's effect on the forecast is the effect of its change only."));
        return w.paragraphs;
    }

    private static String lower(String title) {
        return title.isEmpty() ? title : Character.toLowerCase(title.charAt(0)) + title.substring(1);
    }

    /** The summary as Markdown, each figure a link to its cell in {@code report.html}. */
    static String markdown(List<List<Piece>> paragraphs, String heading) {
        StringBuilder out = new StringBuilder("# ").append(heading).append("\n\n");
        for (List<Piece> p : paragraphs) {
            for (Piece piece : p) {
                out.append(piece.cell() == null ? piece.text() : "[" + piece.text() + "](report.html#" + piece.cell() + ")");
            }
            out.append("\n\n");
        }
        out.append("Every figure links to the table of the report it comes from; the CSV files beside the report hold the same rows in "
                + "exact pounds and pence.\n");
        return out.toString();
    }

    /** The summary as HTML paragraphs, each figure a link to its cell on the page. */
    static String html(List<List<Piece>> paragraphs) {
        StringBuilder out = new StringBuilder();
        for (List<Piece> p : paragraphs) {
            out.append("<p>");
            for (Piece piece : p) {
                out.append(piece.cell() == null ? HtmlReport.esc(piece.text())
                        : "<a href=\"#" + HtmlReport.esc(piece.cell()) + "\">" + HtmlReport.esc(piece.text()) + "</a>");
            }
            out.append("</p>\n");
        }
        return out.toString();
    }
}
