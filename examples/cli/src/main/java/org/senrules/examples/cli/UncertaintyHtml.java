package org.senrules.examples.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.senrules.core.domain.FinancialYear;
import org.senrules.core.domain.Money;
import org.senrules.simulation.Uncertainty;

/**
 * The uncertainty section of the HTML report: for each policy, a fan chart (inline SVG) of the
 * reserve at each year's end over the runs (the cost by year without a forecast): the band from
 * the 10th to the 90th percentile is hatched, the median is a solid line with round markers, the
 * 10th and 90th percentiles are dashed lines, and each line is labelled at its end, so nothing is
 * told by colour alone; the zero line is labelled. Each chart is titled, captioned and followed
 * by the table of its figures, with the share of runs whose reserve is exhausted by each year.
 * Money in £m; the exact pence are in uncertainty.csv.
 */
final class UncertaintyHtml {
    private static final int WIDTH = 700;
    private static final int HEIGHT = 300;
    private static final int LEFT = 70;
    private static final int RIGHT = 120;
    private static final int TOP = 20;
    private static final int BOTTOM = 40;

    private UncertaintyHtml() {
    }

    static String section(Uncertainty.Result u) {
        boolean reserve = u.hasBlock();
        List<FinancialYear> years = u.years();
        StringBuilder h = new StringBuilder(32 * 1024);
        h.append("<h2 id=\"uncertainty\">How sure: ").append(u.runs()).append(" runs with drawn assumptions</h2>\n");
        h.append("<p>The year-by-year run above is one set of assumptions. These ").append(u.runs())
                .append(" runs each draw the assumptions below from their ranges, and draw again who leaves and who joins (seed ")
                .append(u.seed()).append("; each run's seed and values are in <code>uncertainty-runs.csv</code>). Every figure is the "
                + "amount of one run: the 10th percentile is the run one tenth of the way up from the lowest, the median the middle "
                + "one, the 90th one tenth of the way down from the highest.</p>\n");
        h.append("<table><caption>The assumptions drawn (").append(HtmlReport.esc(u.draws().label()))
                .append(")</caption><tr><th scope=\"col\">assumption</th><th scope=\"col\">distribution</th><th scope=\"col\">low</th>"
                + "<th scope=\"col\">most likely</th><th scope=\"col\">high</th><th scope=\"col\">source</th></tr>\n");
        for (Uncertainty.Distribution d : u.draws().distributions()) {
            h.append("<tr><th scope=\"row\">").append(HtmlReport.esc(d.assumption())).append("</th><td>").append(d.kind()).append("</td><td class=\"n\">")
                    .append(d.low().toPlainString()).append("</td><td class=\"n\">").append(d.mode() == null ? "-" : d.mode().toPlainString())
                    .append("</td><td class=\"n\">").append(d.high().toPlainString()).append("</td><td>")
                    .append(HtmlReport.esc(d.source())).append(d.illustrative() ? " <b>(illustrative)</b>" : "").append("</td></tr>\n");
        }
        h.append("</table>\n<p>Assumptions not listed are held at their values in the year-by-year run.</p>\n");
        for (int p = 0; p < u.policies().size(); p++) {
            String policy = u.policies().get(p);
            List<Uncertainty.Row> rows = u.rows(policy);
            String title = (reserve ? "High Needs Block reserve at the end of each year" : "Cost by financial year") + ", " + policy
                    + ": 10th to 90th percentile of " + u.runs() + " runs";
            String caption = (reserve
                    ? "The hatched band runs from the 10th to the 90th percentile of the reserve over the runs; the solid line with round "
                            + "markers is the median, the dashed lines the 10th and 90th percentiles, each labelled at its end. Below the "
                            + "zero line the reserve is exhausted."
                    : "The hatched band runs from the 10th to the 90th percentile of the cohort's cost over the runs; the solid line "
                            + "with round markers is the median, the dashed lines the 10th and 90th percentiles, each labelled at its end.")
                    + " " + policy + ": " + rows.get(0).title() + ". The table below holds the same figures.";
            h.append(HtmlReport.figure(title, caption, chart(p, rows, years, reserve), table(rows, years, reserve, policy)));
        }
        h.append("<p>The same figures, in exact pence, are in <code>uncertainty.csv</code>.</p>\n");
        return h.toString();
    }

    private static List<Money> band(Uncertainty.Row r, boolean reserve) {
        return reserve ? r.reserve() : r.cost();
    }

    private static String table(List<Uncertainty.Row> rows, List<FinancialYear> years, boolean reserve, String policy) {
        StringBuilder t = new StringBuilder("<table><caption>Figures of the chart: ").append(HtmlReport.esc(policy))
                .append(reserve ? ", reserve at year end (£m)" : ", cost (£m)").append("</caption><tr><th scope=\"col\"></th>");
        years.forEach(y -> t.append("<th scope=\"col\">").append(y).append("</th>"));
        t.append("</tr>\n");
        String[] names = {"90th percentile", "median", "10th percentile"};
        int[] at = {2, 1, 0};
        for (int i = 0; i < 3; i++) {
            t.append("<tr><th scope=\"row\">").append(names[i]).append("</th>");
            for (Uncertainty.Row r : rows) {
                List<Money> b = band(r, reserve);
                t.append("<td class=\"n\">").append(b.isEmpty() ? "-" : TrajectoryReport.millions(b.get(at[i]))).append("</td>");
            }
            t.append("</tr>\n");
        }
        if (reserve) {
            t.append("<tr><th scope=\"row\">runs with the reserve exhausted by then</th>");
            for (Uncertainty.Row r : rows) {
                t.append("<td class=\"n\">").append(r.hasBlock() ? r.runsExhausted() + " of " + r.runs() + " ("
                        + r.probabilityExhausted().movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%)" : "-")
                        .append("</td>");
            }
            t.append("</tr>\n");
        }
        return t.append("</table>\n").toString();
    }

    private static String chart(int index, List<Uncertainty.Row> rows, List<FinancialYear> years, boolean reserve) {
        long min = 0;
        long max = 0;
        for (Uncertainty.Row r : rows) {
            for (Money m : band(r, reserve)) {
                min = Math.min(min, m.pence());
                max = Math.max(max, m.pence());
            }
        }
        long step = step(max - min);
        min = Math.floorDiv(min, step) * step;
        max = Math.max(min + step, -Math.floorDiv(-max, step) * step);
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;
        int n = years.size();
        String id = "fan-" + index;
        StringBuilder s = new StringBuilder();
        // role last: the report labels the chart with its figure's number there (HtmlReport.figure)
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT).append("\" role=\"img\">\n")
                .append("<defs><pattern id=\"").append(id).append("-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
                        + "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#d2e2f1\"/><line x1=\"0\" y1=\"0\" x2=\"0\" "
                        + "y2=\"6\" stroke=\"#5694ca\" stroke-width=\"2\"/></pattern></defs>\n");
        for (long v = min; v <= max; v += step) {
            int y = yOf(v, min, max, plotH);
            s.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(y).append("\" x2=\"").append(LEFT + plotW).append("\" y2=\"").append(y)
                    .append("\" stroke=\"").append(v == 0 ? "#0b0c0c\" stroke-width=\"1.5" : "#dddddd").append("\"/>\n<text x=\"")
                    .append(LEFT - 6).append("\" y=\"").append(y + 4).append("\" text-anchor=\"end\">")
                    .append(v == 0 ? "0" : TrajectoryReport.millions(Money.ofPence(v))).append("</text>\n");
        }
        s.append("<text x=\"14\" y=\"").append(TOP + plotH / 2).append("\" transform=\"rotate(-90 14 ").append(TOP + plotH / 2)
                .append(")\" text-anchor=\"middle\">£m</text>\n");
        for (int i = 0; i < n; i++) {
            s.append("<text x=\"").append(xOf(i, n, plotW)).append("\" y=\"").append(HEIGHT - BOTTOM + 18).append("\" text-anchor=\"middle\">")
                    .append(years.get(i)).append("</text>\n");
        }
        StringBuilder upper = new StringBuilder();
        StringBuilder lower = new StringBuilder();
        StringBuilder[] lines = {new StringBuilder(), new StringBuilder(), new StringBuilder()};
        int[] endY = new int[3];
        int endX = -1;
        for (int i = 0; i < n; i++) {
            List<Money> b = band(rows.get(i), reserve);
            if (b.isEmpty()) {
                continue; // no Block figures before the forecast's year
            }
            int x = xOf(i, n, plotW);
            endX = x;
            for (int k = 0; k < 3; k++) {
                endY[k] = yOf(b.get(k).pence(), min, max, plotH);
                lines[k].append(x).append(',').append(endY[k]).append(' ');
            }
            upper.append(x).append(',').append(endY[2]).append(' ');
            lower.insert(0, x + "," + endY[0] + " ");
        }
        if (endX >= 0) {
            s.append("<polygon fill=\"url(#").append(id).append("-hatch)\" stroke=\"none\" points=\"").append((upper.toString() + lower).trim())
                    .append("\"/>\n");
            for (int k : new int[] {0, 2}) {
                s.append("<polyline fill=\"none\" stroke=\"#1d70b8\" stroke-width=\"1.5\" stroke-dasharray=\"6 3\" points=\"")
                        .append(lines[k].toString().trim()).append("\"/>\n");
            }
            s.append("<polyline fill=\"none\" stroke=\"#0b0c0c\" stroke-width=\"2.5\" points=\"").append(lines[1].toString().trim()).append("\"/>\n");
            for (String xy : lines[1].toString().trim().split(" ")) {
                String[] c = xy.split(",");
                s.append("<circle cx=\"").append(c[0]).append("\" cy=\"").append(c[1]).append("\" r=\"4\" fill=\"#0b0c0c\"/>\n");
            }
            String[] labels = {"10th percentile", "median", "90th percentile"};
            int previous = Integer.MAX_VALUE;
            // from the bottom up (the 10th percentile is lowest), pushed apart so that none overlaps
            for (int k = 0; k < 3; k++) {
                int y = Math.min(endY[k] + 4, previous - 14);
                previous = y;
                s.append("<text x=\"").append(endX + 10).append("\" y=\"").append(y).append("\">").append(labels[k]).append("</text>\n");
            }
        }
        return s.append("</svg>\n").toString();
    }

    /** A round step for about four gridlines: 1, 2 or 5 times a power of ten pence. */
    static long step(long range) {
        long target = Math.max(1, range / 4);
        long power = 1;
        while (power * 10 <= target) {
            power *= 10;
        }
        for (long m : new long[] {1, 2, 5, 10}) {
            if (power * m >= target) {
                return power * m;
            }
        }
        return power * 10;
    }

    private static int xOf(int i, int n, int plotW) {
        return LEFT + (n == 1 ? plotW / 2 : plotW * i / (n - 1));
    }

    private static int yOf(long v, long min, long max, int plotH) {
        BigDecimal share = BigDecimal.valueOf(max - v).divide(BigDecimal.valueOf(max - min), 6, RoundingMode.HALF_UP);
        return TOP + share.multiply(BigDecimal.valueOf(plotH)).setScale(0, RoundingMode.HALF_UP).intValue();
    }
}
