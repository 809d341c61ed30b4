package org.senrules.examples.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.senrules.core.domain.FinancialYear;
import org.senrules.core.domain.Money;
import org.senrules.simulation.Assumption;
import org.senrules.simulation.Reconciliation;
import org.senrules.simulation.Sensitivity;
import org.senrules.simulation.Trajectory;

/**
 * The year-by-year section of the HTML report: a line chart (inline SVG) of each policy's High
 * Needs Block reserve by year (its cost by year without a forecast), titled and captioned, each
 * policy told apart by its line's dash pattern, its marker's shape and a label at the line's end
 * as well as by colour, and the data tables behind it. Money in £m; the exact pence are in
 * trajectory.csv.
 */
final class TrajectoryHtml {
    private static final String[] COLOURS = {"#1d70b8", "#4c2c92", "#f47738", "#5694ca", "#b58840", "#912b88", "#28a197",
        "#6f777b", "#003078", "#85994b"};
    private static final String[] DASHES = {"", "8 4", "2 4", "10 4 2 4", "4 4", "12 3", "1 3", "6 2 2 2 2 2", "14 6", "3 6"};
    private static final int WIDTH = 820;
    private static final int HEIGHT = 380;
    private static final int LEFT = 70;
    private static final int RIGHT = 170;
    private static final int TOP = 24;
    private static final int BOTTOM = 44;

    private TrajectoryHtml() {
    }

    static String section(Trajectory.Result t) {
        boolean hnb = t.hnbYear() != null;
        FinancialYear first = t.years().get(0);
        FinancialYear last = t.years().get(t.years().size() - 1);
        StringBuilder h = new StringBuilder(16 * 1024);
        h.append("<h2 id=\"year-by-year\">Year by year, ").append(first).append(" to ").append(last).append("</h2>\n");
        h.append("<p>").append(String.format("%,d", t.openingPupils())).append(" cases of <b>").append(HtmlReport.esc(t.ruleSet()))
                .append("</b> as of ").append(t.asOf()).append(", moved on through the school years: National Curriculum year up by "
                + "one each September with the phase transfers it brings, leavers, new pupils (net growth ")
                .append(t.assumptions().netGrowthPercent().value().toPlainString()).append("% a year, leavers ")
                .append(t.assumptions().leaverPercent().value().toPlainString()).append("% a year; ")
                .append(HtmlReport.esc(t.assumptions().label())).append("), awards that end after their term and the renewals each "
                + "policy allows. Every cost is split by financial year with part-year effects, each year at its own values. Seed ")
                .append(t.seed()).append(", ").append(String.format("%,d", t.decisions())).append(" decisions.</p>\n");
        if (!t.assumptions().illustrativeEntries().isEmpty()) {
            h.append("<p class=\"note\">Illustrative assumptions: ").append(HtmlReport.esc(String.join(", ", t.assumptions().illustrativeEntries())))
                    .append(". The figures show how the policies compare over the years, not a forecast.</p>\n");
        }
        for (String w : t.warnings()) {
            h.append("<p class=\"warn\"><b>Warning:</b> ").append(HtmlReport.esc(w)).append("</p>\n");
        }
        for (String w : t.notes()) {
            h.append("<p class=\"note\"><b>Note:</b> ").append(HtmlReport.esc(w)).append("</p>\n");
        }
        String title = hnb ? "High Needs Block reserve at the end of each year, by policy" : "Cost by financial year, by policy";
        String caption = hnb
                ? "The cumulative reserve projected from " + t.hnbNote() + ": the budget grows by the "
                        + "dated rate, the part of the Block the cohort does not cover grows with it, and each policy's cohort cost "
                        + "moves the outturn. Below the zero line the reserve is exhausted. Each line has its own dash pattern and "
                        + "marker and is labelled at its end; the table below holds the same figures."
                : "The cohort's cost in each financial year under each policy, part-year effects included. Each line has its own "
                        + "dash pattern and marker and is labelled at its end; the table below holds the same figures.";
        Function<Trajectory.Year, Money> value = hnb ? y -> y.block() == null ? null : y.block().reserve() : Trajectory.Year::cost;
        h.append(chart(t, title, caption, value));
        h.append("<h3>").append(HtmlReport.esc(title)).append(": the data</h3>\n");
        String from = t.plansInPlace() ? "plans in place from 1 April " + t.years().get(0).startYear() : "requests funded from " + t.asOf();
        h.append(table(t, "Cost by financial year, April to March, part years included (" + from + "), £m", Trajectory.Year::cost, "cost"));
        h.append(table(t, "Change against current by financial year (£m)", Trajectory.Year::changeAgainstCurrent, "changeAgainstCurrent"));
        if (hnb) {
            h.append(table(t, "High Needs Block variance by financial year: outturn against budget (£m)",
                    y -> y.block() == null ? null : y.block().variance(), "variance"));
            h.append(table(t, "High Needs Block reserve at the end of each financial year (£m)",
                    y -> y.block() == null ? null : y.block().reserve(), "reserve"));
            h.append("<table><caption>First year the reserve is exhausted</caption><thead><tr><th scope=\"col\">policy</th><th scope=\"col\">"
                    + "what it does</th><th scope=\"col\">first year exhausted</th></tr></thead>\n<tbody>\n");
            for (Trajectory.Policy p : t.policies()) {
                h.append("<tr><th scope=\"row\">").append(HtmlReport.esc(p.policy())).append("</th><td>").append(HtmlReport.esc(p.title()))
                        .append("</td><td id=\"").append(HtmlReport.esc(WrittenSummary.cell("trajectory", p.policy() + "." + last,
                                "firstYearReserveExhausted"))).append("\">")
                        .append(p.firstExhausted() == null ? "not by " + last : p.firstExhausted()).append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        h.append("<table><caption>The cohort by year (the same under every policy)</caption><thead><tr><th scope=\"col\">pupils</th>");
        t.years().forEach(y -> h.append("<th scope=\"col\">").append(y).append("</th>"));
        h.append("</tr></thead>\n<tbody>\n");
        cohortRow(h, "in the cohort", t, Trajectory.Year::pupils);
        cohortRow(h, "joined", t, Trajectory.Year::joined);
        cohortRow(h, "left", t, Trajectory.Year::left);
        h.append("</tbody></table>\n<p>The same figures, in exact pence, are in <code>trajectory.csv</code>.</p>\n");
        h.append(places(t));
        h.append(scenario(t));
        return h.toString();
    }

    /**
     * With place sufficiency: the places and the pupils who needed one by school year, setting and
     * phase, and by financial year the pupils out of area and what the want of places adds to each
     * policy's cost.
     */
    static String places(Trajectory.Result t) {
        if (t.sufficiency() == null) {
            return "";
        }
        StringBuilder h = new StringBuilder(8 * 1024);
        h.append("<h2 id=\"place-sufficiency\">Place sufficiency</h2>\n<p>").append(HtmlReport.esc(t.sufficiency().title()))
                .append(t.placesScale().compareTo(java.math.BigDecimal.ONE) == 0 ? "" : ", the places scaled to the cohort by "
                        + t.placesScale().stripTrailingZeros().toPlainString()).append(". On the run's first day and each 1 September the "
                        + "pupils who need a special-school or resource-base place are placed within the places open: those who held a place "
                        + "keep it, then those waiting out of area, then the rest in cohort order; pupils joining during the year take a "
                        + "place left. A pupil who finds none is placed out of area until the next 1 September, at the out-of-area price "
                        + "(illustrative) instead of what the policy's rules would pay.</p>\n");
        List<java.time.LocalDate> days = t.places().stream().map(Trajectory.PlaceRow::day).distinct().sorted().toList();
        h.append("<table><caption>Pupils needing a place on the day, and of them placed out of area</caption><thead><tr>"
                + "<th scope=\"col\">setting and phase</th>");
        days.forEach(d -> h.append("<th scope=\"col\">").append(d).append("</th>"));
        h.append("</tr></thead>\n<tbody>\n");
        java.util.Set<String> keys = new java.util.LinkedHashSet<>();
        t.places().forEach(r -> keys.add(r.setting() + " " + r.phase()));
        for (String key : keys) {
            String[] k = key.split(" ");
            org.senrules.core.domain.Setting setting = org.senrules.core.domain.Setting.valueOf(k[0]);
            org.senrules.simulation.Sufficiency.SchoolPhase phase = org.senrules.simulation.Sufficiency.SchoolPhase.valueOf(k[1]);
            h.append("<tr><th scope=\"row\">").append(HtmlReport.esc(TrajectoryReport.where(setting, phase))).append("</th>");
            for (java.time.LocalDate d : days) {
                Trajectory.PlaceRow r = t.places().stream().filter(x -> x.day().equals(d) && x.setting() == setting && x.phase() == phase)
                        .findFirst().orElse(null);
                h.append("<td class=\"n\">").append(r == null ? "\u2013" : String.format("%,d needing, %,d out of area", r.needing(), r.outOfArea()))
                        .append("</td>");
            }
            h.append("</tr>\n");
        }
        for (org.senrules.core.domain.Setting setting : org.senrules.simulation.Sufficiency.SETTINGS) {
            h.append("<tr><th scope=\"row\">places, ").append(HtmlReport.esc(TrajectoryReport.where(setting, null))).append("</th>");
            for (java.time.LocalDate d : days) {
                int places = t.pools().stream().filter(x -> x.day().equals(d) && x.setting() == setting).mapToInt(Trajectory.PoolRow::places).sum();
                h.append("<td class=\"n\">").append(String.format("%,d", places)).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table>\n");
        h.append("<table><caption>Pupils placed out of area on some day of each financial year (the same under every policy)</caption>"
                + "<thead><tr><th scope=\"col\">pupils</th>");
        t.years().forEach(y -> h.append("<th scope=\"col\">").append(y).append("</th>"));
        h.append("</tr></thead>\n<tbody>\n<tr><th scope=\"row\">out of area</th>");
        for (Trajectory.Year y : t.current().years()) {
            h.append("<td class=\"n\" id=\"").append(HtmlReport.esc(WrittenSummary.cell("trajectory", "current." + y.financialYear(),
                    "outOfAreaPupils"))).append("\">").append(String.format("%,d", y.outOfArea().pupils())).append("</td>");
        }
        h.append("</tr>\n</tbody></table>\n");
        h.append(table(t, "What the want of places adds to each year's cost: the out-of-area price less what the policy's rules would have "
                + "paid in area (£m)", y -> y.outOfArea().extraCost(), "extraCostOfUnmetPlaces"));
        h.append("<p>Every row, with the pupils who joined during each year and the places by setting, phase and need, is in <code>")
                .append(org.senrules.simulation.TrajectoryFiles.SUFFICIENCY_FILE).append("</code> and <code>")
                .append(org.senrules.simulation.TrajectoryFiles.PLACES_FILE).append("</code>.</p>\n");
        return h.toString();
    }

    /** With a scenario: what it holds, each part with its source, then its figures by year. */
    static String scenario(Trajectory.Result t) {
        org.senrules.simulation.Scenario sc = t.scenario();
        if (sc.isNone()) {
            return "";
        }
        StringBuilder h = new StringBuilder(8 * 1024);
        h.append("<h2 id=\"scenario\">Scenario: ").append(HtmlReport.esc(sc.name())).append("</h2>\n<p>")
                .append(HtmlReport.esc(sc.title())).append(". What it holds, and where each part comes from:</p>\n<ul>\n");
        for (org.senrules.simulation.Scenario.Item i : sc.items()) {
            h.append("<li>").append(HtmlReport.esc(Character.toUpperCase(i.what().charAt(0)) + i.what().substring(1)))
                    .append(i.illustrative() ? " (illustrative)" : "").append(". Source: ").append(HtmlReport.esc(i.source())).append(".</li>\n");
        }
        h.append("</ul>\n");
        boolean tiers = t.current().years().stream().anyMatch(y -> y.scenario() != null);
        if (tiers) {
            h.append("<table><caption>Tiers of support by financial year (the school year starting in it; the same under every policy)"
                    + "</caption><thead><tr><th scope=\"col\">pupils</th>");
            t.years().forEach(y -> h.append("<th scope=\"col\">").append(y).append("</th>"));
            h.append("</tr></thead>\n<tbody>\n<tr><th scope=\"row\">projected share with an EHCP, %</th>");
            t.current().years().forEach(y -> h.append("<td class=\"n\">").append(y.scenario() == null || y.scenario().projectedEhcpShare() == null
                    ? "\u2013" : y.scenario().projectedEhcpShare().toPlainString()).append("</td>"));
            h.append("</tr>\n<tr><th scope=\"row\">with an EHCP on 1 September</th>");
            t.current().years().forEach(y -> h.append("<td class=\"n\">").append(y.scenario() == null || y.scenario().ehcpPupils() == null
                    ? "\u2013" : String.format("%,d", y.scenario().ehcpPupils())).append("</td>"));
            h.append("</tr>\n<tr><th scope=\"row\">on Individual Support Plans</th>");
            t.current().years().forEach(y -> h.append("<td class=\"n\" id=\"").append(HtmlReport.esc(WrittenSummary.cell("trajectory",
                    "current." + y.financialYear(), "supportPlanPupils"))).append("\">").append(y.scenario() == null
                    || y.scenario().supportPlanPupils() == null ? "\u2013" : String.format("%,d", y.scenario().supportPlanPupils())).append("</td>"));
            h.append("</tr>\n</tbody></table>\n");
            h.append(table(t, "Pupils priced at national banding rates: their cost (£m; illustrative rates, no official values)",
                    y -> y.scenario() == null ? null : y.scenario().packageCost(), "nationalRatesCost"));
        }
        boolean block = t.policies().stream().flatMap(p -> p.years().stream()).anyMatch(y -> y.block() != null
                && (y.block().stabilityGrant() != null || y.block().deficitAtOverrideEnd() != null));
        if (block) {
            h.append(table(t, "High Needs Stability Grant paid (£m): a share of the deficit held at the end of its year, none when the "
                    + "reserve is positive", y -> y.block() == null ? null : y.block().stabilityGrant(), "stabilityGrant"));
            h.append(table(t, "The deficit when the statutory override ends (£m): what falls to the council's accounts",
                    y -> y.block() == null ? null : y.block().deficitAtOverrideEnd(), "deficitAtOverrideEnd"));
        }
        h.append("<p>A figure that used a value with no official source (the national banding rates, the cost of an Individual Support "
                + "Plan, the out-of-area price) is marked in <code>trajectory.csv</code>'s <code>illustrativeValuesUsed</code>, year by year "
                + "and policy by policy.</p>\n");
        return h.toString();
    }

    /**
     * The sensitivity section: a tornado chart for each policy (how far each assumption, moved
     * down and up, moves the reserve at the end of the last year, or the cost in it without a
     * forecast), then the table of the same figures and the first year the reserve is exhausted.
     */
    static String sensitivity(Sensitivity.Result s) {
        List<Assumption> assumptions = s.base().assumptions().moveable();
        String measured = s.measuresReserve() ? "the High Needs Block reserve at the end of " + s.lastYear()
                : "the cohort's cost in " + s.lastYear();
        StringBuilder h = new StringBuilder(16 * 1024);
        h.append("<h2 id=\"sensitivity\">Sensitivity: how far each assumption moves ").append(HtmlReport.esc(measured)).append("</h2>\n");
        h.append("<p>The years were run again with one assumption moved down, then up, by the amount stated, the others as they "
                + "are. The assumptions and their sources:</p>\n<ul>\n");
        for (Assumption a : assumptions) {
            h.append("<li><b>").append(HtmlReport.esc(a.title())).append("</b>: ").append(HtmlReport.esc(TrajectoryReport.value(a, a.base())))
                    .append(", moved ").append(HtmlReport.esc(TrajectoryReport.move(a))).append(a.illustrative() ? " (illustrative)" : "")
                    .append(". ").append(HtmlReport.esc(SimulationFilesWords.sentence(a.source()))).append("</li>\n");
        }
        h.append("</ul>\n");
        long extreme = 1;
        for (String policy : s.policies()) {
            for (Sensitivity.Run run : s.runs()) {
                extreme = Math.max(extreme, Math.abs(s.effect(run, policy).change().pence()));
            }
        }
        List<Long> ticks = Ticks.of(-extreme, extreme, 4);
        long lo = ticks.get(0);
        long hi = ticks.get(ticks.size() - 1);
        long step = ticks.size() > 1 ? ticks.get(1) - ticks.get(0) : 100;
        int labelW = 300;
        int plotW = 380;
        int rowH = 15;
        int panelH = assumptions.size() * (2 * rowH + 6) + 26;
        int height = s.policies().size() * panelH + 60;
        int width = labelW + plotW + 110;
        String title = "How far each assumption moves " + measured + ", by policy (£m)";
        String caption = "For each policy, one pair of bars per assumption: the upper (solid) bar is the change when the assumption is "
                + "moved down, the lower (hatched) bar when it is moved up, each labelled with its figure in £m against the base run. "
                + "Longer bars matter more. The table below gives the same figures.";
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" role=\"img\">\n")
                .append("<defs><pattern id=\"up-move\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">"
                        + "<rect width=\"6\" height=\"6\" fill=\"#f47738\"/><path d=\"M0,6 L6,0\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>"
                        + "</pattern></defs>\n");
        java.util.function.LongFunction<Double> xOf = v -> labelW + (double) plotW * (v - lo) / Math.max(1, hi - lo);
        int axisY = height - 34;
        for (long t : ticks) {
            double x = xOf.apply(t);
            svg.append(String.format(java.util.Locale.ROOT, "<line x1=\"%.1f\" y1=\"8\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\"/>%n", x, x,
                    axisY, t == 0 ? "#0b0c0c" : "#dddddd"));
            svg.append(String.format(java.util.Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", x, axisY + 16,
                    Ticks.millions(t, step)));
        }
        svg.append(String.format(java.util.Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">change against the base run, £m"
                + "</text>%n", xOf.apply(0), height - 4));
        int y = 8;
        for (String policy : s.policies()) {
            Sensitivity.Effect base = s.effect(s.runs().get(0), policy);
            svg.append("<text x=\"4\" y=\"").append(y + 14).append("\" font-weight=\"bold\">").append(HtmlReport.esc(policy))
                    .append(": base ").append(HtmlReport.esc(TrajectoryReport.millions(base.base()).replace("-", "\u2212"))).append("</text>\n");
            y += 22;
            for (int i = 0; i < assumptions.size(); i++) {
                Assumption a = assumptions.get(i);
                svg.append("<text x=\"").append(labelW - 8).append("\" y=\"").append(y + rowH + 2).append("\" text-anchor=\"end\">")
                        .append(HtmlReport.esc(a.title().replace(" on top of the values in force", "") + " " + TrajectoryReport.move(a)))
                        .append("</text>\n");
                for (int k = 0; k < 2; k++) {
                    Sensitivity.Run run = s.runs().get(2 * i + k);
                    long c = s.effect(run, policy).change().pence();
                    double x0 = xOf.apply(0);
                    double x1 = xOf.apply(c);
                    int by = y + k * rowH;
                    svg.append(String.format(java.util.Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\" "
                            + "stroke=\"#0b0c0c\" stroke-width=\"0.5\"/>", Math.min(x0, x1), by + 1, Math.max(0.5, Math.abs(x1 - x0)), rowH - 3,
                            k == 0 ? "#1d70b8" : "url(#up-move)"));
                    String text = (k == 0 ? "down " : "up ") + signedMillions(c) + (run.atLimit() && run.result() == s.base()
                            ? " (at its limit)" : "");
                    boolean right = c >= 0;
                    svg.append(String.format(java.util.Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"%s\" font-size=\"11\">%s</text>%n",
                            right ? Math.max(x0, x1) + 4 : Math.min(x0, x1) - 4, by + rowH - 3, right ? "start" : "end", HtmlReport.esc(text)));
                }
                y += 2 * rowH + 6;
            }
            y += 4;
        }
        svg.append("</svg>\n");
        // one row per move, one column per policy, so the table keeps to the page however many assumptions there are
        StringBuilder table = new StringBuilder("<table><caption>The figures of the chart: ").append(HtmlReport.esc(measured))
                .append(", £m, against the base run").append(s.measuresReserve() ? ", and the first year the reserve is exhausted" : "")
                .append("</caption>\n<thead><tr><th scope=\"col\">assumption moved</th>");
        for (String policy : s.policies()) {
            table.append("<th scope=\"col\">").append(HtmlReport.esc(policy)).append("</th>");
        }
        table.append("</tr></thead>\n<tbody>\n<tr><th scope=\"row\">none (the base run)</th>");
        for (String policy : s.policies()) {
            Sensitivity.Effect e = s.effect(s.runs().get(0), policy);
            table.append("<td class=\"n\">").append(HtmlReport.esc(HtmlReport.minus(TrajectoryReport.millions(e.base()))));
            if (s.measuresReserve()) {
                table.append("<br>").append(e.baseExhausted() == null ? "not exhausted" : "exhausted " + e.baseExhausted());
            }
            table.append("</td>");
        }
        table.append("</tr>\n");
        for (Sensitivity.Run run : s.runs()) {
            Assumption a = run.assumption();
            table.append("<tr><th scope=\"row\">").append(HtmlReport.esc(a.title().replace(" on top of the values in force", "")))
                    .append(run.up() ? " up" : " down").append(", ").append(HtmlReport.esc(TrajectoryReport.value(a, run.value())))
                    .append(run.atLimit() ? " (at its limit)" : "").append("</th>");
            for (String policy : s.policies()) {
                Sensitivity.Effect e = s.effect(run, policy);
                table.append("<td class=\"n\" id=\"").append(HtmlReport.esc(WrittenSummary.cell("sensitivity", policy + "."
                        + a.name() + "." + (run.up() ? "up" : "down"), "change")))
                        .append("\">").append(HtmlReport.esc(signedMillions(e.change().pence())));
                if (s.measuresReserve()) {
                    table.append("<br>").append(e.exhausted() == null ? "not exhausted" : "exhausted " + e.exhausted());
                }
                table.append("</td>");
            }
            table.append("</tr>\n");
        }
        table.append("</tbody></table>\n");
        h.append(HtmlReport.figure(title, caption, svg.toString(), table.toString()));
        h.append("<p>The same figures, in exact pence, are in <code>sensitivity.csv</code>.</p>\n");
        return h.toString();
    }

    /** £m with a sign: {@code +1.234}, {@code −0.567}, {@code 0.000}. */
    static String signedMillions(long pence) {
        String m = TrajectoryReport.millions(org.senrules.core.domain.Money.ofPence(Math.abs(pence)));
        return pence > 0 ? "+" + m : pence < 0 ? "\u2212" + m : m;
    }

    private static void cohortRow(StringBuilder h, String label, Trajectory.Result t, Function<Trajectory.Year, Integer> f) {
        // (rows headed in words; the first column's header says what the rows count)
        h.append("<tr><th scope=\"row\">").append(label).append("</th>");
        t.current().years().forEach(y -> h.append("<td class=\"n\">").append(String.format("%,d", f.apply(y))).append("</td>"));
        h.append("</tr>\n");
    }

    private static String table(Trajectory.Result t, String caption, Function<Trajectory.Year, Money> f, String column) {
        StringBuilder h = new StringBuilder("<table><caption>").append(HtmlReport.esc(caption))
                .append("</caption><thead><tr><th scope=\"col\">policy</th>");
        t.years().forEach(y -> h.append("<th scope=\"col\">").append(y).append("</th>"));
        h.append("</tr></thead>\n<tbody>\n");
        for (Trajectory.Policy p : t.policies()) {
            h.append("<tr><th scope=\"row\">").append(HtmlReport.esc(p.policy())).append("</th>");
            for (Trajectory.Year y : p.years()) {
                Money m = f.apply(y);
                h.append("<td class=\"n\" id=\"").append(HtmlReport.esc(WrittenSummary.cell("trajectory", p.policy() + "." + y.financialYear(),
                        column))).append("\">").append(m == null ? "\u2013" : HtmlReport.minus(TrajectoryReport.millions(m))).append("</td>");
            }
            h.append("</tr>\n");
        }
        return h.append("</tbody></table>\n").toString();
    }

    /** The snapshot's full year and the year-by-year run's cohort year side by side, the reconciling amount and why. */
    static String reconciliation(List<Reconciliation.Row> rows, Trajectory.Result t) {
        Reconciliation.Row first = rows.get(0);
        boolean hnb = first.snapshotReserve() != null;
        StringBuilder h = new StringBuilder();
        h.append("<h2 id=\"reconciliation\">The two views of ").append(first.year()).append(" reconciled</h2>\n<p>The tables above the "
                + "year-by-year section are a snapshot: each policy's cost for a full year at the values in force on ")
                .append(t.asOf()).append(". The year-by-year section counts what falls in each financial year. For ").append(first.year())
                .append(" the two differ; here they are side by side, with the amount between them and why. Quote the snapshot for a "
                        + "policy's full-year cost, and the year by year for a financial year's budget.</p>\n");
        h.append("<table><caption>").append(first.year()).append(": the snapshot and the year by year (£m)</caption>\n<thead><tr>"
                + "<th scope=\"col\">policy</th><th scope=\"col\">snapshot: a full year</th><th scope=\"col\">year by year: ")
                .append(first.year()).append("</th><th scope=\"col\">reconciling amount</th><th scope=\"col\">of which after 31 March</th>"
                        + "<th scope=\"col\">of which the rest</th>");
        if (hnb) {
            h.append("<th scope=\"col\">snapshot reserve</th><th scope=\"col\">year-by-year reserve</th>");
        }
        h.append("<th scope=\"col\">why</th></tr></thead>\n<tbody>\n");
        for (Reconciliation.Row r : rows) {
            h.append("<tr><th scope=\"row\">").append(HtmlReport.esc(r.policy())).append("</th>");
            for (Money m : hnb ? List.of(r.snapshot(), r.yearByYear(), r.reconcilingAmount(), r.afterTheYearsEnd(), r.other(),
                    r.snapshotReserve(), r.yearByYearReserve())
                    : List.of(r.snapshot(), r.yearByYear(), r.reconcilingAmount(), r.afterTheYearsEnd(), r.other())) {
                h.append("<td class=\"n\">").append(HtmlReport.minus(TrajectoryReport.millions(m))).append("</td>");
            }
            h.append("<td>").append(HtmlReport.esc(r.why())).append("</td></tr>\n");
        }
        h.append("</tbody></table>\n<p>The same rows, in exact pence, are in <code>reconciliation.csv</code>.</p>\n");
        return h.toString();
    }

    /** One line per policy over the years; a year without a value (before the forecast's) has no point. */
    private static String chart(Trajectory.Result t, String title, String caption, Function<Trajectory.Year, Money> value) {
        long min = 0;
        long max = 0;
        for (Trajectory.Policy p : t.policies()) {
            for (Trajectory.Year y : p.years()) {
                Money m = value.apply(y);
                if (m != null) {
                    min = Math.min(min, m.pence());
                    max = Math.max(max, m.pence());
                }
            }
        }
        if (max == min) {
            max = min + 100;
        }
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;
        int n = t.years().size();
        StringBuilder s = new StringBuilder();
        s.append("<figure>\n<svg role=\"img\" aria-labelledby=\"traj-title traj-desc\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT).append("\" xmlns=\"http://www.w3.org/2000/svg\">\n")
                .append("<title id=\"traj-title\">").append(HtmlReport.esc(title)).append("</title>\n<desc id=\"traj-desc\">")
                .append(HtmlReport.esc(caption)).append("</desc>\n");
        // gridlines at round values, zero always among them and drawn darker, each labelled in £m
        List<Long> ticks = Ticks.of(min, max, 5);
        min = ticks.get(0);
        max = ticks.get(ticks.size() - 1);
        long step = ticks.size() > 1 ? ticks.get(1) - ticks.get(0) : 100;
        for (long v : ticks) {
            int y = yOf(v, min, max, plotH);
            s.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(y).append("\" x2=\"").append(LEFT + plotW).append("\" y2=\"").append(y)
                    .append(v == 0 ? "\" stroke=\"#0b0c0c\" stroke-width=\"1.5\"/>\n" : "\" stroke=\"#dddddd\"/>\n").append("<text x=\"")
                    .append(LEFT - 6).append("\" y=\"").append(y + 4).append("\" text-anchor=\"end\">").append(Ticks.millions(v, step))
                    .append("</text>\n");
        }
        s.append("<text x=\"").append(14).append("\" y=\"").append(TOP + plotH / 2).append("\" transform=\"rotate(-90 14 ").append(TOP + plotH / 2)
                .append(")\" text-anchor=\"middle\">£m</text>\n");
        for (int i = 0; i < n; i++) {
            s.append("<text x=\"").append(xOf(i, n, plotW)).append("\" y=\"").append(HEIGHT - BOTTOM + 18).append("\" text-anchor=\"middle\">")
                    .append(t.years().get(i)).append("</text>\n");
        }
        List<int[]> labels = new ArrayList<>();
        for (int p = 0; p < t.policies().size(); p++) {
            Trajectory.Policy policy = t.policies().get(p);
            String colour = COLOURS[p % COLOURS.length];
            StringBuilder points = new StringBuilder();
            int lastX = -1;
            int lastY = -1;
            for (int i = 0; i < n; i++) {
                Money m = value.apply(policy.years().get(i));
                if (m == null) {
                    continue;
                }
                lastX = xOf(i, n, plotW);
                lastY = yOf(m.pence(), min, max, plotH);
                points.append(lastX).append(',').append(lastY).append(' ');
            }
            if (lastX < 0) {
                continue;
            }
            s.append("<g><title>").append(HtmlReport.esc(policy.policy() + ": " + policy.title())).append("</title>\n<polyline fill=\"none\" stroke=\"")
                    .append(colour).append("\" stroke-width=\"2\"").append(DASHES[p % DASHES.length].isEmpty() ? ""
                            : " stroke-dasharray=\"" + DASHES[p % DASHES.length] + "\"")
                    .append(" points=\"").append(points.toString().trim()).append("\"/>\n");
            for (String xy : points.toString().trim().split(" ")) {
                String[] c = xy.split(",");
                s.append(marker(p, Integer.parseInt(c[0]), Integer.parseInt(c[1]), colour));
            }
            s.append("</g>\n");
            labels.add(new int[] {p, lastX, lastY});
        }
        // labels at the lines' ends, pushed apart so that none overlaps
        labels.sort((a, b) -> Integer.compare(a[2], b[2]));
        int previous = Integer.MIN_VALUE;
        for (int[] l : labels) {
            int y = Math.max(l[2] + 4, previous + 14);
            previous = y;
            s.append("<text x=\"").append(l[1] + 12).append("\" y=\"").append(y).append("\">")
                    .append(HtmlReport.esc(t.policies().get(l[0]).policy())).append("</text>\n");
        }
        s.append("</svg>\n<figcaption><b>Figure ").append(HtmlReport.FIGURE_NUMBER).append(". ").append(HtmlReport.esc(title)).append(".</b> ").append(HtmlReport.esc(caption))
                .append("</figcaption>\n</figure>\n");
        return s.toString();
    }

    /** A marker whose shape, not only its colour, tells the policy: circle, square, triangle, diamond, cross, ... */
    private static String marker(int p, int x, int y, String colour) {
        String fill = p / 5 % 2 == 0 ? colour : "#ffffff";
        return switch (p % 5) {
            case 0 -> "<circle cx=\"" + x + "\" cy=\"" + y + "\" r=\"4\" fill=\"" + fill + "\" stroke=\"" + colour + "\"/>\n";
            case 1 -> "<rect x=\"" + (x - 4) + "\" y=\"" + (y - 4) + "\" width=\"8\" height=\"8\" fill=\"" + fill + "\" stroke=\"" + colour + "\"/>\n";
            case 2 -> "<polygon points=\"" + x + "," + (y - 5) + " " + (x + 5) + "," + (y + 4) + " " + (x - 5) + "," + (y + 4) + "\" fill=\"" + fill
                    + "\" stroke=\"" + colour + "\"/>\n";
            case 3 -> "<polygon points=\"" + x + "," + (y - 5) + " " + (x + 5) + "," + y + " " + x + "," + (y + 5) + " " + (x - 5) + "," + y
                    + "\" fill=\"" + fill + "\" stroke=\"" + colour + "\"/>\n";
            default -> "<path d=\"M" + (x - 4) + " " + (y - 4) + " L" + (x + 4) + " " + (y + 4) + " M" + (x - 4) + " " + (y + 4) + " L" + (x + 4)
                    + " " + (y - 4) + "\" stroke=\"" + colour + "\" stroke-width=\"2\"/>\n";
        };
    }

    private static int xOf(int i, int n, int plotW) {
        return LEFT + (n == 1 ? plotW / 2 : plotW * i / (n - 1));
    }

    private static int yOf(long v, long min, long max, int plotH) {
        BigDecimal share = BigDecimal.valueOf(max - v).divide(BigDecimal.valueOf(max - min), 6, RoundingMode.HALF_UP);
        return TOP + share.multiply(BigDecimal.valueOf(plotH)).setScale(0, RoundingMode.HALF_UP).intValue();
    }
}
