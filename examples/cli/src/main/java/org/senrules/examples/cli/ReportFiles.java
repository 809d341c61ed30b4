package org.senrules.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.senrules.core.domain.Money;

/**
 * The simulation as files: {@code summary.csv}, {@code areas.csv}, {@code localities.csv},
 * {@code changes.csv} (with {@code --compare-parameters}), {@code simulation.json} and
 * {@code report.html}. Money in the CSV and JSON is pounds with two decimals, as in the
 * decision JSON.
 */
final class ReportFiles {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReportFiles() {
    }

    /** Writes every file into {@code dir} and returns the HTML report's path. */
    static Path write(Simulation.Result r, Path dir) {
        try {
            Files.createDirectories(dir);
            writeCsv(r, dir);
            Files.writeString(dir.resolve("simulation.json"), json(r).toPrettyString() + "\n", StandardCharsets.UTF_8);
            Path html = dir.resolve("report.html");
            Files.writeString(html, HtmlReport.html(r), StandardCharsets.UTF_8);
            return html;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeCsv(Simulation.Result r, Path dir) throws IOException {
        List<String> summary = new ArrayList<>();
        summary.add("policy,title,cases,considered,eligible,units,total_top_up,change_vs_current,gain,lose,keep,"
                + "hnb_outturn,hnb_variance,hnb_reserve,illustrative,rules_folder,parameter_files,rules_fingerprint,parameters_fingerprint");
        RunSources s = r.sources();
        List<String> areas = new ArrayList<>();
        areas.add("policy,area_of_need,cases,considered,eligible,units,top_up");
        List<String> localities = new ArrayList<>();
        localities.add("policy,locality,cases,considered,eligible,units,top_up,budget,over_under_budget");
        for (Simulation.PolicyResult p : r.policies()) {
            summary.add(csv(p.policy, p.title, p.all.cases, p.all.considered, p.all.eligible, p.all.units, p.all.topUp, p.change,
                    p.gain, p.lose, p.keep, p.hnb == null ? "" : p.hnb.outturn(), p.hnb == null ? "" : p.hnb.variance(),
                    p.hnb == null ? "" : p.hnb.reserve(), p.illustrative, s.rulesFolder() == null ? "" : s.rulesFolder(),
                    String.join(" ", s.parameterFiles()), p.rulesFingerprint, String.join(" ", p.parametersFingerprints)));
            for (Map.Entry<String, Simulation.Totals> e : p.byArea.entrySet()) {
                Simulation.Totals t = e.getValue();
                areas.add(csv(p.policy, e.getKey(), t.cases, t.considered, t.eligible, t.units, t.topUp));
            }
            for (Map.Entry<String, Simulation.Totals> e : p.byLocality.entrySet()) {
                Simulation.Totals t = e.getValue();
                Money budget = p.localityBudgets.get(e.getKey());
                localities.add(csv(p.policy, e.getKey(), t.cases, t.considered, t.eligible, t.units, t.topUp,
                        budget == null ? "" : budget, budget == null ? "" : t.topUp.minus(budget)));
            }
        }
        Files.write(dir.resolve("summary.csv"), summary, StandardCharsets.UTF_8);
        Files.write(dir.resolve("areas.csv"), areas, StandardCharsets.UTF_8);
        Files.write(dir.resolve("localities.csv"), localities, StandardCharsets.UTF_8);
        Simulation.Comparison c = r.comparison();
        if (c != null) {
            try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("changes.csv"), StandardCharsets.UTF_8)) {
                String band = c.bandLabel().replace(' ', '_');
                w.write("case_id," + band + "_before," + band + "_after,funding_before,funding_after,difference\n");
                for (Simulation.Change ch : c.changes()) {
                    w.write(csv(ch.caseId(), ch.bandBefore(), ch.bandAfter(), ch.before(), ch.after(), ch.after().minus(ch.before())));
                    w.write('\n');
                }
            }
        }
    }

    static String csv(Object... values) {
        return CsvCells.line(values);
    }

    static ObjectNode json(Simulation.Result r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("ruleSet", r.ruleSet()).put("ruleSetVersion", r.ruleSetVersion()).put("asOf", r.asOf().toString())
                .put("cases", r.cases());
        RunSources s = r.sources();
        ObjectNode sources = root.putObject("sources");
        sources.put("rulesFolder", s.rulesFolder()).put("rulesFrom", s.rulesFrom()).put("valuesFrom", s.valuesFrom());
        s.parameterFiles().forEach(sources.putArray("parameterFiles")::add);
        s.compareFiles().forEach(sources.putArray("compareParameterFiles")::add);
        s.councilFiles().forEach(sources.putArray("councilFiles")::add);
        ArrayNode policies = root.putArray("policies");
        for (Simulation.PolicyResult p : r.policies()) {
            ObjectNode o = policies.addObject();
            o.put("policy", p.policy).put("title", p.title).put("source", p.source);
            totals(o, p.all);
            o.put("changeAgainstCurrent", p.change.toString()).put("gain", p.gain).put("lose", p.lose).put("keep", p.keep)
                    .put("illustrative", p.illustrative).put("rulesFingerprint", p.rulesFingerprint);
            p.parametersFingerprints.forEach(o.putArray("parametersFingerprints")::add);
            ArrayNode areas = o.putArray("byAreaOfNeed");
            p.byArea.forEach((k, t) -> totals(areas.addObject().put("area", k), t));
            ArrayNode locs = o.putArray("byLocality");
            p.byLocality.forEach((k, t) -> {
                ObjectNode l = totals(locs.addObject().put("locality", k), t);
                Money b = p.localityBudgets.get(k);
                if (b != null) {
                    l.put("budget", b.toString()).put("overUnderBudget", t.topUp.minus(b).toString());
                }
            });
            if (p.hnb != null) {
                o.putObject("highNeedsBlock").put("forecastOutturn", p.hnb.outturn().toString())
                        .put("variance", p.hnb.variance().toString()).put("cumulativeReserve", p.hnb.reserve().toString())
                        .put("overspend", p.hnb.overspend()).put("reserveExhausted", p.hnb.reserveExhausted());
            }
        }
        Simulation.Comparison c = r.comparison();
        if (c != null) {
            ObjectNode o = root.putObject("parameterComparison");
            o.put("parameters", c.file()).put("before", c.before().toString()).put("after", c.after().toString())
                    .put("difference", c.difference().toString()).put("pupilsChanged", c.changed())
                    .put("fundedMore", c.fundingUp()).put("fundedLess", c.fundingDown()).put("bandChanged", c.bandChanged())
                    .put("bandField", c.bandLabel());
            ArrayNode changes = o.putArray("changes");
            for (Simulation.Change ch : c.changes()) {
                changes.addObject().put("caseId", ch.caseId()).put("bandBefore", ch.bandBefore()).put("bandAfter", ch.bandAfter())
                        .put("before", ch.before().toString()).put("after", ch.after().toString());
            }
        }
        return root;
    }

    private static ObjectNode totals(ObjectNode o, Simulation.Totals t) {
        return o.put("cases", t.cases).put("considered", t.considered).put("eligible", t.eligible).put("units", t.units)
                .put("topUp", t.topUp.toString());
    }
}
