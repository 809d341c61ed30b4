package org.senrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senrules.core.internal.csv.Csv;

/**
 * The report a finance officer reads, as a reader meets it: a run of option 4 and option 6 on top
 * of it over five years with the forecast and the sensitivity runs. Every figure of the written
 * summary is checked against the CSV row and column its link names, and the link's target exists
 * in the report; axe-core (every WCAG 2.1 A and AA rule and the best practices) finds nothing in
 * Debian's headless Chromium (which {@code .ci/run} installs; skipped, saying so, where it is not).
 */
class ReportAccessibilityTest {
    static final String CHROMIUM = "/usr/bin/chromium";
    @TempDir
    static Path dir;
    static Path out;
    /** An EHCP cohort with the forecast's lines, place sufficiency and the national reform over ten years. */
    static Path reform;

    @BeforeAll
    static void report() throws Exception {
        Path cohort = dir.resolve("cohort.json");
        assertEquals(0, Sen.inProcess("cohort", "--size", "300", "--seed", "7", "--out", cohort.toString()).exit());
        out = dir.resolve("out");
        Sen.Result r = Sen.inProcess("simulate", cohort.toString(), "--years", "2025-26:2027-28", "--policies",
                "dbv-option-4,dbv-option-6/dbv-option-4", "--parameters", TrajectoryCliTest.rates(), "--hnb",
                CliTest.data("high-needs-forecast/2025-26-q2.json").toString(), "--sensitivity", "--out", out.toString(), "--quiet");
        assertEquals(0, r.exit(), r::toString);
        Path ehcp = dir.resolve("ehcp.json");
        assertEquals(0, Sen.inProcess("cohort", "--kind", "ehcp", "--size", "120", "--seed", "7", "--out", ehcp.toString()).exit());
        reform = dir.resolve("reform");
        Sen.Result t = Sen.inProcess("simulate", ehcp.toString(), "--years", "2025-26:2034-35", "--policies", "ws2-option-3", "--parameters",
                TrajectoryCliTest.rates(), "--hnb", Sen.root().resolve("examples/high-needs-block/2025-26-q2.json").toString(),
                "--sufficiency", "birmingham-2024-2030", "--scenario", "national-reform-2026", "--out", reform.toString(), "--quiet");
        assertEquals(0, t.exit(), t::toString);
    }

    /** A CSV file's rows as maps from column key to cell. */
    static List<Map<String, String>> csv(Path folder, String file) throws Exception {
        List<Csv.Row> lines = Csv.rows(Files.readString(folder.resolve(file)), false);
        List<String> header = lines.get(0).cells();
        List<Map<String, String>> rows = new ArrayList<>();
        for (Csv.Row line : lines.subList(1, lines.size())) {
            Map<String, String> row = new java.util.LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), line.cells().get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    /** The CSV row a summary link's id names: table.row.column, the row one to three keys. */
    static String lookUp(Path folder, String id) throws Exception {
        String[] parts = id.split("\\.");
        String table = parts[0];
        String column = parts[parts.length - 1];
        List<String> keys = List.of(parts).subList(1, parts.length - 1);
        List<String> keyColumns = switch (table) {
            case "summary" -> List.of("policy");
            case "winners-losers" -> List.of("policy", "group");
            case "breakdown" -> List.of("policy", "step");
            case "trajectory" -> List.of("policy", "financialYear");
            case "sensitivity" -> List.of("policy", "assumption", "move");
            case "high-needs-block" -> List.of("item");
            default -> throw new AssertionError("a link to an unknown table: " + id);
        };
        for (Map<String, String> row : csv(folder, table + ".csv")) {
            boolean match = true;
            for (int i = 0; i < keyColumns.size(); i++) {
                match &= row.get(keyColumns.get(i)).equals(keys.get(i));
            }
            if (match) {
                assertTrue(row.containsKey(column), () -> id + ": no column " + column);
                return row.get(column);
            }
        }
        throw new AssertionError("no row for " + id);
    }

    @Test
    void everyFigureOfTheWrittenSummary_isTheFigureOfTheTableItLinksTo() throws Exception {
        int figures = figures(out);
        assertTrue(figures >= 20, "every option's cost, change, gainers and losers, the breakdown, the years and the sensitivity: " + figures);
        String md = Files.readString(out.resolve("summary.md"));
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(md.contains("What is illustrative:"), md);
        assertTrue(html.indexOf("<h2 id=\"summary\">") < html.indexOf("<h2>Staffordshire check</h2>"), "the summary opens the report");
        // the forecast's statement, the places and the reform: each of their figures is the figure of the table it links to
        int reformFigures = figures(reform);
        String reformMd = Files.readString(reform.resolve("summary.md"));
        for (String table : List.of("high-needs-block.unexplained.amount", "trajectory.current.2025-26.extraCostOfUnmetPlaces",
                "trajectory.current.2026-27.stabilityGrant", "trajectory.current.2027-28.deficitAtOverrideEnd",
                "trajectory.current.2034-35.supportPlanPupils", "trajectory.current.2034-35.nationalRatesCost")) {
            assertTrue(reformMd.contains("(report.html#" + table + ")"), () -> table + " in " + reformMd);
        }
        assertTrue(reformFigures >= 20, "the options, the statement, the places and the reform: " + reformFigures);
    }

    /** Checks every figure of a report's summary.md against its table's CSV cell; gives how many there are. */
    private static int figures(Path folder) throws Exception {
        String md = Files.readString(folder.resolve("summary.md"));
        String html = Files.readString(folder.resolve("report.html"));
        Matcher m = Pattern.compile("\\[([^\\]]+)\\]\\(report\\.html#([^)]+)\\)").matcher(md);
        int figures = 0;
        while (m.find()) {
            figures++;
            String shown = m.group(1);
            String id = m.group(2);
            assertTrue(html.contains(" id=\"" + id + "\""), () -> "the report has the cell " + id);
            assertTrue(html.contains("<a href=\"#" + id + "\">" + shown.replace("&", "&amp;") + "</a>"), () -> "the report's summary links " + id);
            String cell = lookUp(folder, id);
            if (shown.matches("\\d{4}-\\d{2}")) {
                assertEquals(cell, shown, id);
            } else if (shown.contains("£")) {
                BigDecimal pounds = new BigDecimal(cell);
                BigDecimal millions = new BigDecimal(shown.replace("\u2212", "-").replace("+", "").replace("£", "").replace("m", ""));
                assertEquals(pounds.movePointLeft(6).setScale(3, RoundingMode.HALF_UP), millions, () -> id + ": " + shown + " against " + cell);
            } else {
                assertEquals(new BigDecimal(cell), new BigDecimal(shown.replace(",", "")), () -> id + ": " + shown + " against " + cell);
            }
        }
        return figures;
    }

    @Test
    void theReport_listsEveryFileWritten_andNamesSourcesByTitle_negativeAmountsWithATrueMinus() throws Exception {
        String html = Files.readString(out.resolve("report.html"));
        try (var files = Files.list(out)) {
            for (Path f : files.toList()) {
                assertTrue(html.contains("<li><code>" + f.getFileName() + "</code>"), () -> "the Files list names " + f.getFileName());
            }
        }
        assertFalse(html.contains(".txt"), "bulletins by title, never by file name");
        assertFalse(html.contains(dir.toString()) || html.contains("/work/"), "no path on the machine that ran it");
        assertFalse(html.contains("values from the council"), "the shipped projected rates are not the council's values");
        assertTrue(html.contains("SEND and Inclusion Update, November 2025"), "S1 by its title");
        assertFalse(Pattern.compile("<td class=\"n\"[^>]*>-").matcher(html).find(), "no hyphen for a minus in a table");
        assertTrue(html.contains("\u2212£") || html.contains(">\u2212"), "true minus signs");
        assertTrue(html.contains("<main>") && html.contains("</main>"), "one main landmark");
        assertFalse(html.contains("<th scope=\"col\"></th>"), "no empty header");
        // figures numbered in order, 1 to n, none twice
        Matcher m = Pattern.compile("<b>Figure (\\d+)\\.").matcher(html);
        int expected = 1;
        while (m.find()) {
            assertEquals(expected++, Integer.parseInt(m.group(1)));
        }
        assertTrue(expected > 5, "numbered figures: " + (expected - 1));
        String reformHtml = Files.readString(reform.resolve("report.html"));
        try (var files = Files.list(reform)) {
            for (Path f : files.toList()) {
                assertTrue(reformHtml.contains("<li><code>" + f.getFileName() + "</code>"), () -> "the Files list names " + f.getFileName());
            }
        }
        assertFalse(Pattern.compile("<td class=\"n\"[^>]*>-").matcher(reformHtml).find(), "no hyphen for a minus in a table");
        assertTrue(reformHtml.contains("<h2 id=\"place-sufficiency\">") && reformHtml.contains("<h2 id=\"scenario\">")
                && reformHtml.contains("<h2 id=\"high-needs-block\">"), "the places, the scenario and the forecast's statement");
        // the reserve chart's ticks are round values with a labelled zero
        String chart = html.substring(html.indexOf("<title id=\"traj-title\">"), html.indexOf("</svg>", html.indexOf("<title id=\"traj-title\">")));
        Matcher tick = Pattern.compile("text-anchor=\"end\">(\u2212?[0-9.]+)</text>").matcher(chart);
        List<String> ticks = new ArrayList<>();
        while (tick.find()) {
            ticks.add(tick.group(1));
        }
        assertTrue(ticks.contains("0"), ticks::toString);
        for (String t : ticks) {
            BigDecimal v = new BigDecimal(t.replace("\u2212", "-"));
            assertTrue(v.stripTrailingZeros().scale() <= 1, () -> "a round tick: " + t + " of " + ticks);
        }
    }

    @Test
    void axeCore_findsNoViolation_bestPracticesIncluded_inHeadlessChromium() throws Exception {
        assumeTrue(new File(CHROMIUM).canExecute(), "Chromium is not installed (apt-get install chromium); the axe check is skipped");
        axe(out);
        axe(reform);
    }

    /** Runs axe-core over a report in headless Chromium and requires no violation. */
    private static void axe(Path folder) throws Exception {
        String axe;
        try (InputStream in = ReportAccessibilityTest.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            assertTrue(in != null, "axe.min.js from the axe-core jar");
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String page = Files.readString(folder.resolve("report.html"));
        String run = "<script>" + axe + "</script><script>axe.run(document,{runOnly:{type:'tag',values:['wcag2a','wcag2aa','wcag21a',"
                + "'wcag21aa','best-practice']}}).then(function(r){var p=document.createElement('pre');p.id='axe-result';"
                + "p.textContent=JSON.stringify(r.violations.map(function(v){return v.id+' ('+v.impact+', '+v.nodes.length+'): '"
                + "+v.nodes[0].target.join(' ');}));document.body.appendChild(p);},function(e){var p=document.createElement('pre');"
                + "p.id='axe-result';p.textContent='error '+e;document.body.appendChild(p);});</script>";
        Path checked = dir.resolve("checked-" + folder.getFileName() + ".html");
        Files.writeString(checked, page.replace("</body>", run + "</body>"));
        Path profile = Files.createTempDirectory(dir, "chromium");
        Process p = new ProcessBuilder(CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--user-data-dir=" + profile, "--virtual-time-budget=120000",
                "--dump-dom", checked.toUri().toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "chromium finished");
        Matcher m = Pattern.compile("<pre id=\"axe-result\">(.*?)</pre>", Pattern.DOTALL).matcher(dom);
        assertTrue(m.find(), "axe ran and wrote its result");
        assertEquals("[]", m.group(1).replace("&gt;", ">").replace("&quot;", "\""), "axe-core's violations in " + folder.getFileName());
    }
}
