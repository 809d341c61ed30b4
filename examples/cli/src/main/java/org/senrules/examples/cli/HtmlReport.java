package org.senrules.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.senrules.core.domain.Money;
import org.senrules.core.explain.Explainer;
import org.senrules.simulation.Reconciliation;
import org.senrules.simulation.Sensitivity;
import org.senrules.simulation.Simulation;
import org.senrules.simulation.SimulationFiles;
import org.senrules.simulation.Trajectory;

/**
 * A self-contained HTML report comparing the policies, written for a finance officer: summaries in
 * £m (the CSV files and the workbook keep the pence), each policy by code and name, every chart
 * titled, captioned and followed by the table of its figures, and nothing told by colour alone
 * (every bar is labelled, and the winners-and-losers bars are patterned as well as coloured).
 * Inline CSS and SVG; no scripts, fonts or images from elsewhere, so it can be mailed to a panel
 * or opened offline.
 */
final class HtmlReport {
    /** Policy colours; red and green are kept for "lose" and "gain", so no policy reads as good or bad by colour. */
    private static final String[] COLOURS = {"#1d70b8", "#4c2c92", "#f47738", "#5694ca", "#b58840", "#912b88", "#28a197",
        "#6f777b", "#003078", "#85994b"};
    /** The four outcomes for a pupil against current: fill (a colour and a pattern, defined in {@link #PATTERNS}) and name. */
    private static final String[][] OUTCOMES = {{"url(#gain)", "gain"}, {"url(#lose)", "lose"}, {"#b1b4b6", "keep the same funding"},
        {"url(#none)", "no funding either way"}};
    private static final String PATTERNS = "<defs>"
            + "<pattern id=\"gain\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\"><rect width=\"8\" height=\"8\" fill=\"#00703c\"/>"
            + "<path d=\"M0,8 L8,0\" stroke=\"#ffffff\" stroke-width=\"2\"/></pattern>"
            + "<pattern id=\"lose\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\"><rect width=\"8\" height=\"8\" fill=\"#d4351c\"/>"
            + "<circle cx=\"4\" cy=\"4\" r=\"1.6\" fill=\"#ffffff\"/></pattern>"
            + "<pattern id=\"none\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\"><rect width=\"8\" height=\"8\" fill=\"#ffffff\"/>"
            + "<path d=\"M0,4 L8,4\" stroke=\"#0b0c0c\" stroke-width=\"1\"/></pattern>"
            + "<pattern id=\"budget\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\"><rect width=\"8\" height=\"8\" fill=\"#dddddd\"/>"
            + "<path d=\"M0,0 L8,8\" stroke=\"#505a5f\" stroke-width=\"1.5\"/></pattern></defs>";

    private HtmlReport() {
    }

    /** One bar of a chart: a label, a value in pence, a fill and the text printed beside it. */
    private record Bar(String label, long value, String fill, String text) {
    }

    /** Numbers the figures and tables as they are written. */
    private static final class Counter {
        int figures;
    }

    static String html(Simulation.Result r) {
        return html(r, null, null, null, List.of());
    }

    /**
     * The whole report of a run: the written summary first, then the snapshot's sections, the
     * years, the reconciliation of the two, the sensitivity runs, every file written, and the
     * sources by document title. Figures are numbered once the page is assembled ({@link #number}).
     *
     * @param summary the written summary's paragraphs, or null
     * @param files   every file written beside the report, in the order written
     */
    static String html(Simulation.Result r, Trajectory.Result t, Sensitivity.Result s, List<List<WrittenSummary.Piece>> summary,
                       List<String> files) {
        StringBuilder h = new StringBuilder(64 * 1024);
        Counter n = new Counter();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>SEND policy simulation: ")
                .append(esc(r.ruleSet())).append("</title>\n<style>\n")
                .append("body{font-family:Arial,Helvetica,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#0b0c0c}\n")
                .append("table{border-collapse:collapse;margin:1em 0;font-size:14px}th,td{border:1px solid #b1b4b6;padding:4px 8px}")
                .append("td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}th{background:#f3f2f1;text-align:left}\n")
                .append(":target{outline:3px solid #ffdd00;background:#fff7bf}a{color:#1d70b8}a:focus{outline:3px solid #ffdd00}\n")
                .append(".summary{border-left:5px solid #1d70b8;padding:0 1em;font-size:1.05em;line-height:1.5}.summary a{white-space:nowrap}\n")
                .append("th code,th[scope=row]{white-space:nowrap}\n")
                .append("caption{text-align:left;font-weight:bold;padding:4px 0}\n")
                .append("figure{margin:1.5em 0;border-top:1px solid #b1b4b6;padding-top:.5em}figcaption{margin:.3em 0}\n")
                .append("figcaption b{display:block;font-size:1.1em}\n")
                .append(".note{background:#fff7bf;padding:8px 12px;border-left:5px solid #ffdd00}\n")
                .append(".warn{background:#fbe9e7;padding:8px 12px;border-left:5px solid #d4351c}\n")
                .append("svg text{font-family:Arial,Helvetica,sans-serif;font-size:12px}h2{margin-top:2em}\n")
                .append("</style></head><body>\n<main>\n");
        h.append("<h1>SEND policy simulation</h1>\n<p>Rule set <b>").append(esc(r.ruleSet())).append("</b> version ")
                .append(esc(r.ruleSetVersion())).append(", ").append(String.format("%,d", r.cases()))
                .append(" cases, values in force on ").append(esc(Explainer.day(r.asOf()))).append(".</p>\n");
        if (summary != null) {
            h.append("<h2 id=\"summary\">Summary</h2>\n<div class=\"summary\">\n").append(WrittenSummary.html(summary))
                    .append("</div>\n<p>The same paragraphs are in <code>summary.md</code>, for pasting into a paper; each figure links "
                            + "to the table cell it comes from.</p>\n");
        }
        h.append("<p>").append(esc(Sources.describe(r.sources()))).append(". Rule files fingerprint <code>")
                .append(esc(r.current().rulesFingerprint())).append("</code>; each policy's parameters fingerprint is in simulation.json.</p>\n");
        boolean illustrative = r.policies().stream().anyMatch(p -> p.illustrative());
        h.append("<p class=\"note\">").append(illustrative
                ? "These results use illustrative parameter values (for example the value of a Support Unit): the amounts show how the policies compare, not what any council will spend. "
                : "").append("Run on the cohort file given; the bundled cohorts are synthetic and contain no real person's data. ")
                .append("Amounts in summaries are in £m, to the nearest £1,000; the CSV files and <code>")
                .append(SimulationFiles.WORKBOOK).append("</code> hold the exact pounds and pence.</p>\n");

        staffordshire(h, r);
        policiesTable(h, r);
        breakdown(h, r);

        List<Bar> totals = new ArrayList<>();
        List<Bar> change = new ArrayList<>();
        for (int i = 0; i < r.policies().size(); i++) {
            Simulation.PolicyResult p = r.policies().get(i);
            totals.add(new Bar(p.policy(), p.all().topUp().pence(), colour(i), Millions.of(p.all().topUp())));
            change.add(new Bar(p.policy(), p.change().pence(), colour(i), Millions.signed(p.change())));
        }
        h.append("<h2>Cost of each policy</h2>\n");
        String basis = "a full year at the values in force on " + Explainer.day(r.asOf());
        figure(h, n, "Total top-up by policy, " + basis, "The top-up each policy gives the whole cohort for a year, in £m; the table "
                + "below the chart gives the exact amounts. The year-by-year section gives each financial year's part.",
                bars(totals), moneyTable(r, "total top-up", totals, true));
        figure(h, n, "Change against current, " + basis, "Each policy's total top-up less current's: a bar to the left of the line "
                + "saves money, to the right costs more.", bars(change), moneyTable(r, "change against current", change, false));
        figure(h, n, "Pupils who gain, lose, keep the same funding, or have none either way", "Each bar divides the cohort by what "
                + "happens to each pupil's funding against current. \"Keep the same funding\" is a pupil funded the same, some funding; "
                + "\"no funding either way\" is a pupil funded under neither. Patterns and the figures beside each bar tell them apart "
                + "without colour.", stacked(r.policies()), outcomesTable(r));

        winnersAndLosers(h, r);

        if (r.fields().area()) {
            areas(h, n, r);
        }
        for (Simulation.PolicyResult p : r.policies()) {
            if (p.localityLed() || !p.localityBudgets().isEmpty()) {
                localities(h, n, p);
            }
        }
        if (r.hnbBaseline() != null) {
            highNeedsBlock(h, n, r);
        }
        if (r.hnbStatement() != null) {
            statement(h, r.hnbStatement());
        }
        Simulation.Comparison c = r.comparison();
        if (c != null) {
            comparison(h, n, c);
        }
        if (t != null) {
            h.append(TrajectoryHtml.section(t));
            List<Reconciliation.Row> rows = Reconciliation.of(r, t);
            if (!rows.isEmpty()) {
                h.append(TrajectoryHtml.reconciliation(rows, t));
            }
        }
        if (s != null) {
            h.append(TrajectoryHtml.sensitivity(s));
        }
        h.append("<h2 id=\"files\">Files</h2>\n<p>Beside this report (").append(files.size()).append(" files):</p>\n<ul>\n");
        for (String f : files) {
            h.append("<li><code>").append(esc(f)).append("</code>: ").append(esc(ReportFiles.describe(f))).append("</li>\n");
        }
        h.append("</ul>\n");
        h.append("<h2 id=\"sources\">Policies and their sources</h2>\n<ul>\n");
        for (Simulation.PolicyResult p : r.policies()) {
            h.append("<li><b>").append(esc(p.policy())).append("</b>: ").append(esc(p.title()))
                    .append(p.source() == null || p.source().isBlank() ? "" : " — " + esc(Sources.titles(p.source()))).append("</li>\n");
        }
        h.append("</ul>\n<p>Made by <code>sen simulate</code> (senrules).</p>\n</main>\n</body></html>\n");
        return h.toString();
    }

    private static String colour(int i) {
        return COLOURS[i % COLOURS.length];
    }

    private static void staffordshire(StringBuilder h, Simulation.Result r) {
        h.append("<h2>Staffordshire check</h2>\n<p>Staffordshire suspended its banding tool in 2023 when band values set from pilot "
                + "data cost far more than planned. Each option is checked here against current before it is used.</p>\n");
        if (r.warnings().isEmpty()) {
            h.append("<p>No warning: ").append(r.hnbBaseline() == null ? "no forecast was given to lay current against; "
                    : r.notes().isEmpty() ? "current's cost is within tolerance of its line of the forecast; " : "")
                    .append("no option declared cost-neutral moves the cost beyond its tolerance.</p>\n");
        } else {
            h.append("<ul>\n");
            for (String w : r.warnings()) {
                h.append("<li class=\"warn\"><b>Warning:</b> ").append(esc(w)).append("</li>\n");
            }
            h.append("</ul>\n");
        }
        for (String note : r.notes()) {
            h.append("<p class=\"note\"><b>Note:</b> ").append(esc(note)).append("</p>\n");
        }
    }

    private static void policiesTable(StringBuilder h, Simulation.Result r) {
        Simulation.Fields f = r.fields();
        h.append("<h2>Policies compared</h2>\n<table><caption>Each policy over the whole cohort: a full year at the values in force on ")
                .append(esc(Explainer.day(r.asOf()))).append(" (top-up in £m)</caption>\n")
                .append("<thead><tr><th scope=\"col\">policy</th><th scope=\"col\">what it does</th><th scope=\"col\">cases</th>")
                .append(f.considered() != null ? "<th scope=\"col\">considered</th>" : "")
                .append(f.eligible() != null ? "<th scope=\"col\">eligible</th>" : "")
                .append(f.units() != null ? "<th scope=\"col\">" + esc(f.units()) + "</th>" : "")
                .append("<th scope=\"col\">total top-up</th><th scope=\"col\">change against current</th><th scope=\"col\">gain</th>")
                .append("<th scope=\"col\">lose</th><th scope=\"col\">keep the same funding</th><th scope=\"col\">no funding either way</th></tr>"
                        + "</thead>\n<tbody>\n");
        for (Simulation.PolicyResult p : r.policies()) {
            h.append("<tr><th scope=\"row\"><code>").append(esc(p.policy())).append("</code></th><td>").append(esc(p.title()))
                    .append(p.costNeutral() ? " <i>(declared cost-neutral)</i>" : "").append("</td>").append(num(p.all().cases()));
            if (f.considered() != null) {
                h.append(num(p.all().considered()));
            }
            if (f.eligible() != null) {
                h.append(num(p.all().eligible()));
            }
            if (f.units() != null) {
                h.append(num(p.all().units()));
            }
            h.append(cell(Millions.of(p.all().topUp()), WrittenSummary.cell("summary", p.policy(), "totalTopUp")))
                    .append(cell(Millions.signed(p.change()), WrittenSummary.cell("summary", p.policy(), "changeAgainstCurrent")))
                    .append(num(p.gain(), WrittenSummary.cell("summary", p.policy(), "gain")))
                    .append(num(p.lose(), WrittenSummary.cell("summary", p.policy(), "lose"))).append(num(p.keep())).append(num(p.noFunding()))
                    .append("</tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    /** Each combined policy's change against current in its parts: the base option first, then the process on top. */
    private static void breakdown(StringBuilder h, Simulation.Result r) {
        for (Simulation.PolicyResult p : r.policies()) {
            if (p.breakdown().isEmpty()) {
                continue;
            }
            h.append("<h2 id=\"breakdown-").append(esc(p.policy().replace('/', '-'))).append("\">Option by option: <code>")
                    .append(esc(p.policy())).append("</code></h2>\n<p>The change against current (a full year at the values in force on ")
                    .append(esc(Explainer.day(r.asOf()))).append(") split into its parts in this order: first the base option as it "
                    + "would be alone, then what the process combined with it adds on top. The parts add up to the whole; the pupils are "
                    + "counted against what each part is measured from (also in <code>breakdown.csv</code>).</p>\n");
            h.append("<table><caption>").append(esc(p.policy())).append(" against current, in parts</caption>\n<thead><tr>")
                    .append("<th scope=\"col\">step</th><th scope=\"col\">part</th><th scope=\"col\">what it is</th>")
                    .append("<th scope=\"col\">measured against</th><th scope=\"col\">change (£m)</th><th scope=\"col\">change (£)</th>")
                    .append("<th scope=\"col\">pupils who gain</th><th scope=\"col\">pupils who lose</th>")
                    .append("<th scope=\"col\">of whom more than £1,000</th><th scope=\"col\">of whom more than £5,000</th></tr></thead>\n<tbody>\n");
            for (Simulation.Part part : p.breakdown()) {
                Simulation.Changes c = part.changes();
                h.append("<tr><td class=\"n\">").append(part.order()).append("</td><th scope=\"row\"><code>").append(esc(part.policy()))
                        .append("</code></th><td>").append(esc(part.what())).append("</td><td><code>").append(esc(part.from()))
                        .append("</code></td>").append(cell(Millions.signed(part.change()), WrittenSummary.cell("breakdown", p.policy() + "."
                                + part.order(), "change"))).append(cell(TextReport.signed(part.change())))
                        .append(num(c.gain())).append(num(c.lose())).append(num(c.loseOver1000())).append(num(c.loseOver5000())).append("</tr>\n");
            }
            Simulation.Changes c = p.changes();
            h.append("<tr><td></td><th scope=\"row\">total</th><td>the whole change against current: the parts added up</td>")
                    .append("<td><code>current</code></td>").append(cell(Millions.signed(p.change()))).append(cell(TextReport.signed(p.change())))
                    .append(num(c.gain())).append(num(c.lose())).append(num(c.loseOver1000())).append(num(c.loseOver5000()))
                    .append("</tr>\n</tbody></table>\n");
        }
    }

    private static String moneyTable(Simulation.Result r, String what, List<Bar> bars, boolean total) {
        StringBuilder t = new StringBuilder("<table><caption>Figures of the chart: ").append(esc(what)).append("</caption>\n")
                .append("<tr><th scope=\"col\">policy</th><th scope=\"col\">what it does</th><th scope=\"col\">£m</th>")
                .append("<th scope=\"col\">£ exact</th></tr>\n");
        for (int i = 0; i < bars.size(); i++) {
            Simulation.PolicyResult p = r.policies().get(i);
            Money m = total ? p.all().topUp() : p.change();
            t.append("<tr><th scope=\"row\"><code>").append(esc(p.policy())).append("</code></th><td>").append(esc(p.title()))
                    .append("</td>").append(cell(bars.get(i).text())).append(cell(total ? m.display() : TextReport.signed(m))).append("</tr>\n");
        }
        return t.append("</table>\n").toString();
    }

    private static String outcomesTable(Simulation.Result r) {
        StringBuilder t = new StringBuilder("<table><caption>Figures of the chart: pupils by what happens to their funding</caption>\n"
                + "<tr><th scope=\"col\">policy</th><th scope=\"col\">gain</th><th scope=\"col\">lose</th>"
                + "<th scope=\"col\">of whom more than £1,000</th><th scope=\"col\">of whom more than £5,000</th>"
                + "<th scope=\"col\">keep the same funding</th><th scope=\"col\">no funding either way</th>"
                + "<th scope=\"col\">money lost (£m)</th></tr>\n");
        for (Simulation.PolicyResult p : r.policies()) {
            Simulation.Changes c = p.changes();
            t.append("<tr><th scope=\"row\"><code>").append(esc(p.policy())).append("</code></th>").append(num(c.gain())).append(num(c.lose()))
                    .append(num(c.loseOver1000(), WrittenSummary.cell("summary", p.policy(), "loseOver1000")))
                    .append(num(c.loseOver5000(), WrittenSummary.cell("summary", p.policy(), "loseOver5000")))
                    .append(num(c.keep())).append(num(c.noFunding()))
                    .append(cell(Millions.of(c.lost()), WrittenSummary.cell("winners-losers", p.policy() + ".all", "lost"))).append("</tr>\n");
        }
        return t.append("</table>\n").toString();
    }

    private static void winnersAndLosers(StringBuilder h, Simulation.Result r) {
        if (r.policies().size() < 2) {
            return;
        }
        String band = r.fields().band() == null ? "band" : r.fields().band();
        h.append("<h2>Winners and losers against current</h2>\n<p>For each option, the pupils who gain and lose, by the ")
                .append(esc(band)).append(" each had under current, by area of need and by setting; the losses over £1,000 and over "
                + "£5,000 a year are counted apart (they are also in <code>winners-losers.csv</code>).</p>\n");
        for (Simulation.PolicyResult p : r.policies().subList(1, r.policies().size())) {
            h.append("<h3><code>").append(esc(p.policy())).append("</code>: ").append(esc(p.title())).append("</h3>\n");
            changesTable(h, p, band + " under current", p.changesByBand());
            changesTable(h, p, "area of need", p.changesByArea());
            changesTable(h, p, "setting", p.changesBySetting());
        }
    }

    private static void changesTable(StringBuilder h, Simulation.PolicyResult p, String by, Map<String, Simulation.Changes> rows) {
        if (rows.isEmpty()) {
            return;
        }
        h.append("<table><caption>").append(esc(p.policy())).append(" by ").append(esc(by)).append("</caption>\n<tr><th scope=\"col\">")
                .append(esc(by)).append("</th><th scope=\"col\">lose</th><th scope=\"col\">more than £1,000</th>")
                .append("<th scope=\"col\">more than £5,000</th><th scope=\"col\">money lost</th><th scope=\"col\">gain</th>")
                .append("<th scope=\"col\">money gained</th><th scope=\"col\">keep the same funding</th>")
                .append("<th scope=\"col\">no funding either way</th></tr>\n");
        rows.forEach((k, c) -> h.append("<tr><th scope=\"row\">").append(esc(k)).append("</th>").append(num(c.lose()))
                .append(num(c.loseOver1000())).append(num(c.loseOver5000())).append(cell(c.lost().display())).append(num(c.gain()))
                .append(cell(c.gained().display())).append(num(c.keep())).append(num(c.noFunding())).append("</tr>\n"));
        h.append("</table>\n");
    }

    private static void areas(StringBuilder h, Counter n, Simulation.Result r) {
        h.append("<h2>By area of need</h2>\n");
        for (String area : r.current().byArea().keySet()) {
            List<Bar> areaBars = new ArrayList<>();
            int total = 0;
            StringBuilder t = new StringBuilder("<table><caption>Figures of the chart: ").append(esc(area)).append("</caption>\n")
                    .append("<tr><th scope=\"col\">policy</th><th scope=\"col\">cases</th><th scope=\"col\">eligible</th>")
                    .append("<th scope=\"col\">top-up (£m)</th><th scope=\"col\">top-up (£ exact)</th></tr>\n");
            for (int i = 0; i < r.policies().size(); i++) {
                Simulation.PolicyResult p = r.policies().get(i);
                Simulation.Totals a = p.byArea().get(area);
                total += a.cases();
                areaBars.add(new Bar(p.policy(), a.topUp().pence(), colour(i), Millions.of(a.topUp()) + " (" + String.format("%,d", a.eligible())
                        + " eligible)"));
                t.append("<tr><th scope=\"row\"><code>").append(esc(p.policy())).append("</code></th>").append(num(a.cases()))
                        .append(num(a.eligible())).append(cell(Millions.of(a.topUp()))).append(cell(a.topUp().display())).append("</tr>\n");
            }
            if (total > 0) {
                figure(h, n, "Top-up for " + area, "The top-up each policy gives pupils whose primary need is in this area, in £m, "
                        + "with how many are eligible.", bars(areaBars), t.append("</table>\n").toString());
            }
        }
    }

    private static void localities(StringBuilder h, Counter n, Simulation.PolicyResult p) {
        h.append("<h2><code>").append(esc(p.policy())).append("</code>: localities against their budgets</h2>\n<p>")
                .append(esc(p.title())).append(".");
        if (p.budgetsBind()) {
            h.append(" Each locality funds its eligible requests in the cohort's order while its budget lasts; a request that does not "
                    + "fit in what is left is unfunded (<code>unfunded.csv</code> lists them), and later, smaller ones may still be funded. "
                    + String.format("%,d", p.all().unfunded()) + " requests went unfunded, " + esc(p.all().unfundedTopUp().display()) + ".");
        }
        h.append("</p>\n");
        StringBuilder t = new StringBuilder("<table><caption>").append(esc(p.policy())).append(" by locality</caption>\n")
                .append("<tr><th scope=\"col\">locality</th><th scope=\"col\">cases</th><th scope=\"col\">eligible</th>")
                .append("<th scope=\"col\">funded</th><th scope=\"col\">unfunded</th><th scope=\"col\">top-up funded</th>")
                .append("<th scope=\"col\">top-up unfunded</th><th scope=\"col\">budget</th><th scope=\"col\">budget left</th></tr>\n");
        List<Bar> locBars = new ArrayList<>();
        for (Map.Entry<String, Simulation.Totals> e : p.byLocality().entrySet()) {
            Money b = p.localityBudgets().get(e.getKey());
            Money left = p.budgetLeft().get(e.getKey());
            Simulation.Totals a = e.getValue();
            t.append("<tr><th scope=\"row\">").append(esc(e.getKey())).append("</th>").append(num(a.cases())).append(num(a.eligible()))
                    .append(num(a.funded())).append(num(a.unfunded())).append(cell(a.topUp().display()))
                    .append(cell(a.unfundedTopUp().display())).append(cell(b == null ? "-" : b.display()))
                    .append(cell(left == null ? "-" : left.display())).append("</tr>\n");
            locBars.add(new Bar(e.getKey() + " funded", a.topUp().pence(), COLOURS[0], Millions.of(a.topUp())));
            if (b != null) {
                locBars.add(new Bar(e.getKey() + " budget", b.pence(), "url(#budget)", Millions.of(b)));
            }
        }
        figure(h, n, "Funded top-up against budget, " + p.policy(), "For each locality, the top-up funded (solid) and its budget "
                + "(hatched), in £m; each bar is labelled.", bars(locBars), t.append("</table>\n").toString());
    }

    private static void highNeedsBlock(StringBuilder h, Counter n, Simulation.Result r) {
        h.append("<h2>Effect on the High Needs Block forecast</h2>\n<p>Figures given: ").append(esc(r.hnbNote()))
                .append(". Each policy moves the latest forecast outturn by its change against current for a full year at the values in "
                        + "force on ").append(esc(Explainer.day(r.asOf()))).append(" (the year-by-year section counts the part of it that "
                        + "falls in each financial year, and reconciles the two for the cohort's year); the ")
                .append("<code>high-needs-forecast</code> rules give the variance and the reserve.</p>\n");
        StringBuilder t = new StringBuilder("<table><caption>The forecast under each policy (£m)</caption>\n<tr><th scope=\"col\">policy</th>"
                + "<th scope=\"col\">what it does</th><th scope=\"col\">forecast outturn</th><th scope=\"col\">variance</th>"
                + "<th scope=\"col\">cumulative reserve</th><th scope=\"col\">reserve (£ exact)</th><th scope=\"col\">note</th></tr>\n");
        List<Bar> reserve = new ArrayList<>();
        for (int i = 0; i < r.policies().size(); i++) {
            Simulation.PolicyResult p = r.policies().get(i);
            t.append("<tr><th scope=\"row\"><code>").append(esc(p.policy())).append("</code></th><td>").append(esc(p.title())).append("</td>")
                    .append(cell(Millions.of(p.hnb().outturn()))).append(cell(Millions.of(p.hnb().variance())))
                    .append(cell(Millions.of(p.hnb().reserve()))).append(cell(p.hnb().reserve().display())).append("<td>")
                    .append(p.hnb().reserveExhausted() ? "reserve exhausted" : p.hnb().overspend() ? "overspend" : "").append("</td></tr>\n");
            reserve.add(new Bar(p.policy(), p.hnb().reserve().pence(), colour(i), Millions.of(p.hnb().reserve())));
        }
        figure(h, n, "Forecast cumulative reserve, a full year of each policy's change", "The reserve at the end of the forecast's year "
                + "under each policy, in £m: brought forward less the variance.", bars(reserve), t.append("</table>\n").toString());
    }

    /** The High Needs Block as the forecast states it: its pressures against its variance, the rest shown. */
    private static void statement(StringBuilder h, org.senrules.simulation.HighNeedsBlock.Statement st) {
        h.append("<h2 id=\"high-needs-block\">The High Needs Block as the forecast states it</h2>\n<p>The ").append(esc(st.financialYear()))
                .append(" forecast, quarter ").append(st.quarter()).append(": the pressures it lists laid against its variance. What they "
                + "do not explain is shown as other movements, not spread over them. The same rows are in <code>")
                .append(esc(org.senrules.simulation.SimulationFiles.STATEMENT_FILE)).append("</code>.</p>\n");
        h.append("<table><caption>The forecast's variance and its pressures (£m)</caption>\n<thead><tr><th scope=\"col\">item</th>"
                + "<th scope=\"col\">line of the Block</th><th scope=\"col\">£m</th><th scope=\"col\">£ exact</th></tr></thead>\n<tbody>\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"budget", "Budget", "", null});
        rows.add(new String[] {"outturn", "Forecast outturn", "", null});
        rows.add(new String[] {"variance", "Variance: outturn against budget", "", null});
        java.util.Map<String, Money> amounts = new java.util.HashMap<>();
        amounts.put("budget", st.budget());
        amounts.put("outturn", st.outturn());
        amounts.put("variance", st.variance());
        int i = 0;
        for (org.senrules.simulation.HighNeedsBlock.Pressure p : st.pressures()) {
            String key = "pressure" + ++i;
            rows.add(new String[] {key, "Pressure: " + p.name(), p.line() == null ? "" : p.line(), null});
            amounts.put(key, p.amount());
        }
        rows.add(new String[] {"pressuresTotal", "Pressures, total", "", null});
        amounts.put("pressuresTotal", st.pressuresTotal());
        rows.add(new String[] {"unexplained", "Other movements (the variance less the pressures)", "", null});
        amounts.put("unexplained", st.unexplained());
        for (String[] row : rows) {
            Money m = amounts.get(row[0]);
            h.append("<tr><th scope=\"row\">").append(esc(row[1])).append("</th><td>").append(esc(row[2])).append("</td>")
                    .append(cell(Millions.of(m), WrittenSummary.cell("high-needs-block", row[0], "amount"))).append(cell(m.display()))
                    .append("</tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    private static void comparison(StringBuilder h, Counter n, Simulation.Comparison c) {
        h.append("<h2>Parameter change checked over the cohort</h2>\n<p>Parameters <code>").append(esc(c.file()))
                .append("</code> against the current parameters, policy <code>current</code>: total ")
                .append(esc(Millions.of(c.before()))).append(" becomes ").append(esc(Millions.of(c.after()))).append(" (")
                .append(esc(Millions.signed(c.difference()))).append("). ")
                .append(String.format("%,d", c.changed())).append(" pupils change: ")
                .append(String.format("%,d funded more, %,d funded less, %,d change %s.", c.fundingUp(), c.fundingDown(),
                        c.bandChanged(), esc(c.bandLabel()))).append("</p>\n");
        String t = "<table><caption>Figures of the chart</caption>\n<tr><th scope=\"col\">parameters</th><th scope=\"col\">£m</th>"
                + "<th scope=\"col\">£ exact</th></tr>\n<tr><th scope=\"row\">current parameters</th>" + cell(Millions.of(c.before()))
                + cell(c.before().display()) + "</tr>\n<tr><th scope=\"row\">compared parameters</th>" + cell(Millions.of(c.after()))
                + cell(c.after().display()) + "</tr>\n</table>\n";
        figure(h, n, "Total top-up with each parameter set", "The cohort's total top-up under current with its parameters and with the "
                + "compared ones, in £m.", bars(List.of(new Bar("current parameters", c.before().pence(), COLOURS[0], Millions.of(c.before())),
                new Bar("compared parameters", c.after().pence(), COLOURS[1], Millions.of(c.after())))), t);
        if (!c.changes().isEmpty()) {
            h.append("<table><caption>Pupils whose ").append(esc(c.bandLabel())).append(" or funding changes</caption>\n<tr><th scope=\"col\">case</th><th scope=\"col\">")
                    .append(esc(c.bandLabel())).append(" before</th><th scope=\"col\">").append(esc(c.bandLabel()))
                    .append(" after</th><th scope=\"col\">funding before</th><th scope=\"col\">funding after</th></tr>\n");
            int shown = 0;
            for (Simulation.Change ch : c.changes()) {
                if (shown++ == 50) {
                    break;
                }
                h.append("<tr><th scope=\"row\">").append(esc(ch.caseId())).append("</th>").append(cell(ch.bandBefore()))
                        .append(cell(ch.bandAfter())).append(cell(ch.before().display())).append(cell(ch.after().display()))
                        .append("</tr>\n");
            }
            h.append("</table>\n");
            if (c.changes().size() > 50) {
                h.append("<p>The first 50 of ").append(String.format("%,d", c.changes().size()))
                        .append(" are shown; <code>changes.csv</code> lists them all.</p>\n");
            }
        }
    }

    /** Stands for a figure's number until the page is assembled and its figures numbered in order ({@link #number}). */
    static final String FIGURE_NUMBER = "\u0001";

    /** A numbered figure: its title and caption, the chart, then the table of its figures. */
    private static void figure(StringBuilder h, Counter n, String title, String caption, String svg, String table) {
        n.figures++;
        h.append(figure(title, caption, svg, table));
    }

    /**
     * A figure: "Figure N. title" and the caption, the chart (an SVG with {@code role="img"},
     * labelled with the same words), then the table of its figures; N is filled in by {@link #number}.
     */
    static String figure(String title, String caption, String svg, String table) {
        String id = "figure-" + FIGURE_NUMBER;
        return "<figure aria-labelledby=\"" + id + "\">\n<figcaption id=\"" + id + "\"><b>Figure " + FIGURE_NUMBER + ". " + esc(title)
                + "</b> " + esc(caption) + "</figcaption>\n"
                + svg.replace("role=\"img\">", "role=\"img\" aria-label=\"" + esc("Figure " + FIGURE_NUMBER + ". " + title) + "\">")
                + table + "</figure>\n";
    }

    /** The page with its figures numbered 1, 2, 3 … in the order they appear. */
    static String number(String page) {
        StringBuilder out = new StringBuilder(page.length());
        int n = 0;
        int at = 0;
        while (true) {
            int start = page.indexOf("<figure", at);
            if (start < 0) {
                out.append(page, at, page.length());
                return out.toString();
            }
            int end = page.indexOf("</figure>", start);
            out.append(page, at, start);
            n++;
            out.append(page.substring(start, end).replace(FIGURE_NUMBER, String.valueOf(n)));
            at = end;
        }
    }

    /** Horizontal bars with a zero line, for values that may be negative; each bar labelled and its figure printed. */
    private static String bars(List<Bar> bars) {
        int labelW = 220;
        int chartW = 540;
        int textW = 250;
        int rowH = 24;
        long max = 0;
        long min = 0;
        for (Bar b : bars) {
            max = Math.max(max, b.value);
            min = Math.min(min, b.value);
        }
        long span = Math.max(1, max - min);
        double zero = labelW + (double) chartW * (-min) / span;
        StringBuilder s = new StringBuilder();
        int height = bars.size() * rowH + 10;
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(labelW + chartW + textW).append("\" height=\"")
                .append(height).append("\" role=\"img\">\n").append(PATTERNS);
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = 5 + i * rowH;
            double w = (double) chartW * Math.abs(b.value) / span;
            double x = b.value < 0 ? zero - w : zero;
            s.append(String.format("<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>", labelW - 6, y + 16, esc(b.label)));
            s.append(String.format(java.util.Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\" stroke=\"#0b0c0c\" "
                    + "stroke-width=\"0.5\"><title>%s: %s</title></rect>", x, y + 3, Math.max(w, 0.5), rowH - 6, b.fill, esc(b.label), esc(minus(b.text))));
            s.append(String.format(java.util.Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s</text>%n", labelW + chartW + 6.0, y + 16, esc(minus(b.text))));
        }
        s.append(String.format(java.util.Locale.ROOT, "<line x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" y2=\"%d\" stroke=\"#0b0c0c\"/>%n", zero, zero, height));
        s.append("</svg>\n");
        return s.toString();
    }

    /** One stacked bar per policy: pupils who gain, lose, keep the same funding and have none either way, each part patterned. */
    private static String stacked(List<Simulation.PolicyResult> policies) {
        int labelW = 220;
        int chartW = 540;
        int rowH = 24;
        StringBuilder s = new StringBuilder();
        int height = policies.size() * rowH + 30;
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(labelW + chartW + 330).append("\" height=\"")
                .append(height).append("\" role=\"img\">\n").append(PATTERNS);
        for (int i = 0; i < policies.size(); i++) {
            Simulation.PolicyResult p = policies.get(i);
            int[] parts = {p.gain(), p.lose(), p.keep(), p.noFunding()};
            int total = Math.max(1, parts[0] + parts[1] + parts[2] + parts[3]);
            int y = 5 + i * rowH;
            double x = labelW;
            s.append(String.format("<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>", labelW - 6, y + 16, esc(p.policy())));
            for (int k = 0; k < parts.length; k++) {
                double w = (double) chartW * parts[k] / total;
                s.append(String.format(java.util.Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\" stroke=\"#0b0c0c\" "
                        + "stroke-width=\"0.5\"><title>%s: %,d</title></rect>", x, y + 3, w, rowH - 6, OUTCOMES[k][0], OUTCOMES[k][1], parts[k]));
                x += w;
            }
            s.append(String.format("<text x=\"%d\" y=\"%d\">%,d gain, %,d lose, %,d keep, %,d none</text>%n", labelW + chartW + 6, y + 16,
                    parts[0], parts[1], parts[2], parts[3]));
        }
        int y = policies.size() * rowH + 22;
        int x = labelW;
        for (String[] o : OUTCOMES) {
            s.append(String.format("<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\" stroke=\"#0b0c0c\" stroke-width=\"0.5\"/>"
                    + "<text x=\"%d\" y=\"%d\">%s</text>", x, y - 10, o[0], x + 16, y, o[1]));
            x += 30 + o[1].length() * 7;
        }
        s.append("\n</svg>\n");
        return s.toString();
    }

    private static String num(long n) {
        return "<td class=\"n\">" + String.format("%,d", n) + "</td>";
    }

    private static String cell(String s) {
        return "<td class=\"n\">" + esc(minus(s)) + "</td>";
    }

    /** A figure's cell with the id a written summary's link goes to. */
    private static String cell(String s, String id) {
        return "<td class=\"n\" id=\"" + esc(id) + "\">" + esc(minus(s)) + "</td>";
    }

    /** A count's cell with an id. */
    private static String num(long n, String id) {
        return "<td class=\"n\" id=\"" + esc(id) + "\">" + String.format("%,d", n) + "</td>";
    }

    /** A leading hyphen-minus (also after a sign such as £) as a true minus sign, so a negative amount reads as one. */
    static String minus(String s) {
        return s.startsWith("-") ? "\u2212" + s.substring(1) : s.startsWith("+") || !s.contains("-£") ? s : s.replace("-£", "\u2212£");
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
