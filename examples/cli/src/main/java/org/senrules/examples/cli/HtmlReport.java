package org.senrules.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.senrules.core.domain.Money;
import org.senrules.core.explain.Explainer;
import org.senrules.simulation.Simulation;

/**
 * A self-contained HTML report comparing the policies: inline CSS and inline SVG bar charts, no
 * scripts, fonts or images from elsewhere, so it can be mailed to a panel or opened offline.
 */
final class HtmlReport {
    /** Policy colours; red and green are kept for "lose" and "gain", so no policy reads as good or bad by colour. */
    private static final String[] COLOURS = {"#1d70b8", "#4c2c92", "#f47738", "#5694ca", "#b58840", "#912b88", "#28a197",
        "#6f777b", "#003078", "#85994b"};

    private HtmlReport() {
    }

    /** One bar of a chart: a label, a value in pence and a colour. */
    private record Bar(String label, long value, String colour, String text) {
    }

    static String html(Simulation.Result r) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>SEND policy simulation: ")
                .append(esc(r.ruleSet())).append("</title>\n<style>\n")
                .append("body{font-family:Arial,Helvetica,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#0b0c0c}\n")
                .append("table{border-collapse:collapse;margin:1em 0;font-size:14px}th,td{border:1px solid #b1b4b6;padding:4px 8px}")
                .append("td.n{text-align:right;font-variant-numeric:tabular-nums}th{background:#f3f2f1}\n")
                .append(".note{background:#fff7bf;padding:8px 12px;border-left:5px solid #ffdd00}\n")
                .append("svg text{font-family:Arial,Helvetica,sans-serif;font-size:12px}h2{margin-top:2em}\n")
                .append("</style></head><body>\n");
        h.append("<h1>SEND policy simulation</h1>\n<p>Rule set <b>").append(esc(r.ruleSet())).append("</b> version ")
                .append(esc(r.ruleSetVersion())).append(", ").append(String.format("%,d", r.cases()))
                .append(" cases, values in force on ").append(esc(Explainer.day(r.asOf()))).append(".</p>\n");
        h.append("<p>").append(esc(r.sources().describe())).append(". Rule files fingerprint <code>")
                .append(esc(r.current().rulesFingerprint())).append("</code>; each policy's parameters fingerprint is in simulation.json.</p>\n");
        boolean illustrative = r.policies().stream().anyMatch(p -> p.illustrative());
        h.append("<p class=\"note\">").append(illustrative
                ? "These results use illustrative parameter values (for example the value of a Support Unit): the amounts show how the policies compare, not what any council will spend. "
                : "").append("Run on the cohort file given; the bundled cohorts are synthetic and contain no real person's data.</p>\n");

        Simulation.Fields f = r.fields();
        h.append("<h2>Policies compared</h2>\n<table><tr><th>policy</th><th>what it does</th><th>cases</th>")
                .append(f.considered() != null ? "<th>considered</th>" : "").append(f.eligible() != null ? "<th>eligible</th>" : "")
                .append(f.units() != null ? "<th>units granted</th>" : "")
                .append("<th>total top-up</th><th>change against current</th><th>gain</th><th>lose</th><th>keep</th></tr>\n");
        for (Simulation.PolicyResult p : r.policies()) {
            h.append("<tr><td>").append(esc(p.policy())).append("</td><td>").append(esc(p.title())).append("</td>").append(num(p.all().cases()));
            if (f.considered() != null) {
                h.append(num(p.all().considered()));
            }
            if (f.eligible() != null) {
                h.append(num(p.all().eligible()));
            }
            if (f.units() != null) {
                h.append(num(p.all().units()));
            }
            h.append(cell(p.all().topUp().display())).append(cell(TextReport.signed(p.change()))).append(num(p.gain())).append(num(p.lose()))
                    .append(num(p.keep())).append("</tr>\n");
        }
        h.append("</table>\n");

        List<Bar> totals = new ArrayList<>();
        for (int i = 0; i < r.policies().size(); i++) {
            Simulation.PolicyResult p = r.policies().get(i);
            totals.add(new Bar(p.policy(), p.all().topUp().pence(), COLOURS[i % COLOURS.length], p.all().topUp().display()));
        }
        h.append("<h2>Total top-up by policy</h2>\n").append(bars(totals));

        List<Bar> change = new ArrayList<>();
        for (int i = 0; i < r.policies().size(); i++) {
            Simulation.PolicyResult p = r.policies().get(i);
            change.add(new Bar(p.policy(), p.change().pence(), COLOURS[i % COLOURS.length], TextReport.signed(p.change())));
        }
        h.append("<h2>Change against current</h2>\n").append(bars(change));
        h.append("<h3>Pupils who gain, lose or keep their funding</h3>\n").append(stacked(r.policies()));

        if (f.area()) {
            h.append("<h2>By area of need</h2>\n");
            for (String area : r.current().byArea().keySet()) {
                List<Bar> areaBars = new ArrayList<>();
                int total = 0;
                for (int i = 0; i < r.policies().size(); i++) {
                    Simulation.PolicyResult p = r.policies().get(i);
                    Simulation.Totals t = p.byArea().get(area);
                    total += t.cases();
                    areaBars.add(new Bar(p.policy(), t.topUp().pence(), COLOURS[i % COLOURS.length],
                            t.topUp().display() + " (" + String.format("%,d", t.eligible()) + " eligible)"));
                }
                if (total > 0) {
                    h.append("<h3>").append(esc(area)).append("</h3>\n").append(bars(areaBars));
                }
            }
        }

        for (Simulation.PolicyResult p : r.policies()) {
            if (!p.localityLed() && p.localityBudgets().isEmpty()) {
                continue;
            }
            h.append("<h2>").append(esc(p.policy())).append(": localities against their budgets</h2>\n<table><tr><th>locality</th>")
                    .append("<th>cases</th><th>eligible</th><th>top-up</th><th>budget</th><th>over (+) or under (−) budget</th></tr>\n");
            List<Bar> locBars = new ArrayList<>();
            for (Map.Entry<String, Simulation.Totals> e : p.byLocality().entrySet()) {
                Money b = p.localityBudgets().get(e.getKey());
                Simulation.Totals t = e.getValue();
                h.append("<tr><td>").append(esc(e.getKey())).append("</td>").append(num(t.cases())).append(num(t.eligible()))
                        .append(cell(t.topUp().display())).append(cell(b == null ? "-" : b.display()))
                        .append(cell(b == null ? "-" : TextReport.signed(t.topUp().minus(b)))).append("</tr>\n");
                locBars.add(new Bar(e.getKey() + " spend", t.topUp().pence(), COLOURS[0], t.topUp().display()));
                if (b != null) {
                    locBars.add(new Bar(e.getKey() + " budget", b.pence(), "#b1b4b6", b.display()));
                }
            }
            h.append("</table>\n").append(bars(locBars));
        }

        if (r.hnbBaseline() != null) {
            h.append("<h2>Effect on the High Needs Block forecast</h2>\n<p>Figures given: ").append(esc(r.hnbNote()))
                    .append(". Each policy moves the latest forecast outturn by its change against current; the ")
                    .append("<code>high-needs-forecast</code> rules give the variance and the reserve.</p>\n")
                    .append("<table><tr><th>policy</th><th>forecast outturn</th><th>variance</th><th>cumulative reserve</th><th></th></tr>\n");
            List<Bar> reserve = new ArrayList<>();
            for (int i = 0; i < r.policies().size(); i++) {
                Simulation.PolicyResult p = r.policies().get(i);
                h.append("<tr><td>").append(esc(p.policy())).append("</td>").append(cell(p.hnb().outturn().display()))
                        .append(cell(p.hnb().variance().display())).append(cell(p.hnb().reserve().display())).append("<td>")
                        .append(p.hnb().reserveExhausted() ? "reserve exhausted" : p.hnb().overspend() ? "overspend" : "").append("</td></tr>\n");
                reserve.add(new Bar(p.policy(), p.hnb().reserve().pence(), COLOURS[i % COLOURS.length], p.hnb().reserve().display()));
            }
            h.append("</table>\n<h3>Forecast cumulative reserve</h3>\n").append(bars(reserve));
        }

        Simulation.Comparison c = r.comparison();
        if (c != null) {
            h.append("<h2>Parameter change checked over the cohort</h2>\n<p>Parameters <code>").append(esc(c.file()))
                    .append("</code> against the current parameters, policy <code>current</code>: total ")
                    .append(esc(c.before().display())).append(" becomes ").append(esc(c.after().display())).append(" (")
                    .append(esc(TextReport.signed(c.difference()))).append("). ")
                    .append(String.format("%,d", c.changed())).append(" pupils change: ")
                    .append(String.format("%,d funded more, %,d funded less, %,d change %s.", c.fundingUp(), c.fundingDown(),
                            c.bandChanged(), esc(c.bandLabel()))).append("</p>\n");
            h.append(bars(List.of(new Bar("current parameters", c.before().pence(), COLOURS[0], c.before().display()),
                    new Bar("compared parameters", c.after().pence(), COLOURS[1], c.after().display()))));
            if (!c.changes().isEmpty()) {
                h.append("<table><tr><th>case</th><th>").append(esc(c.bandLabel())).append(" before</th><th>")
                        .append(esc(c.bandLabel())).append(" after</th><th>funding before</th><th>funding after</th></tr>\n");
                int shown = 0;
                for (Simulation.Change ch : c.changes()) {
                    if (shown++ == 50) {
                        break;
                    }
                    h.append("<tr><td>").append(esc(ch.caseId())).append("</td>").append(cell(ch.bandBefore()))
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
        h.append("<h2>Policies' sources</h2>\n<ul>\n");
        for (Simulation.PolicyResult p : r.policies()) {
            h.append("<li><b>").append(esc(p.policy())).append("</b>: ").append(esc(p.title()))
                    .append(p.source() == null || p.source().isBlank() ? "" : " — " + esc(p.source())).append("</li>\n");
        }
        h.append("</ul>\n<p>Made by <code>sen simulate</code> (senrules).</p>\n</body></html>\n");
        return h.toString();
    }

    /** Horizontal bars with a zero line, for values that may be negative. */
    private static String bars(List<Bar> bars) {
        int labelW = 190;
        int chartW = 560;
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
                .append(height).append("\" role=\"img\">\n");
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = 5 + i * rowH;
            double w = (double) chartW * Math.abs(b.value) / span;
            double x = b.value < 0 ? zero - w : zero;
            s.append(String.format("<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>", labelW - 6, y + 16, esc(b.label)));
            s.append(String.format(java.util.Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s: %s</title></rect>",
                    x, y + 3, Math.max(w, 0.5), rowH - 6, b.colour, esc(b.label), esc(b.text)));
            s.append(String.format(java.util.Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s</text>%n", labelW + chartW + 6.0, y + 16, esc(b.text)));
        }
        s.append(String.format(java.util.Locale.ROOT, "<line x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" y2=\"%d\" stroke=\"#0b0c0c\"/>%n", zero, zero, height));
        s.append("</svg>\n");
        return s.toString();
    }

    /** One stacked bar per policy: pupils who gain, lose and keep. */
    private static String stacked(List<Simulation.PolicyResult> policies) {
        int labelW = 190;
        int chartW = 560;
        int rowH = 24;
        StringBuilder s = new StringBuilder();
        int height = policies.size() * rowH + 30;
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(labelW + chartW + 250).append("\" height=\"")
                .append(height).append("\" role=\"img\">\n");
        for (int i = 0; i < policies.size(); i++) {
            Simulation.PolicyResult p = policies.get(i);
            int total = Math.max(1, p.gain() + p.lose() + p.keep());
            int y = 5 + i * rowH;
            double x = labelW;
            s.append(String.format("<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>", labelW - 6, y + 16, esc(p.policy())));
            int[] parts = {p.gain(), p.lose(), p.keep()};
            String[] colours = {"#00703c", "#d4351c", "#b1b4b6"};
            String[] names = {"gain", "lose", "keep"};
            for (int k = 0; k < 3; k++) {
                double w = (double) chartW * parts[k] / total;
                s.append(String.format(java.util.Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s: %,d</title></rect>",
                        x, y + 3, w, rowH - 6, colours[k], names[k], parts[k]));
                x += w;
            }
            s.append(String.format("<text x=\"%d\" y=\"%d\">%,d gain, %,d lose, %,d keep</text>%n", labelW + chartW + 6, y + 16,
                    p.gain(), p.lose(), p.keep()));
        }
        int y = policies.size() * rowH + 22;
        s.append(String.format("<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"#00703c\"/><text x=\"%d\" y=\"%d\">gain</text>",
                labelW, y - 9, labelW + 14, y));
        s.append(String.format("<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"#d4351c\"/><text x=\"%d\" y=\"%d\">lose</text>",
                labelW + 60, y - 9, labelW + 74, y));
        s.append(String.format("<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"#b1b4b6\"/><text x=\"%d\" y=\"%d\">keep</text>%n",
                labelW + 120, y - 9, labelW + 134, y));
        s.append("</svg>\n");
        return s.toString();
    }

    private static String num(long n) {
        return "<td class=\"n\">" + String.format("%,d", n) + "</td>";
    }

    private static String cell(String s) {
        return "<td class=\"n\">" + esc(s) + "</td>";
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
