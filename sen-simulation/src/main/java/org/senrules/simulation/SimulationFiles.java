package org.senrules.simulation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.senrules.core.ApiStatus;
import org.senrules.core.domain.Money;

/**
 * A simulation as files: {@code summary.csv}, {@code areas.csv}, {@code localities.csv},
 * {@code changes.csv} (with a parameter comparison) and {@code simulation.json}. Money in the
 * CSV and JSON is pounds with two decimals, as in the decision JSON; lines end in {@code \n}.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class SimulationFiles {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The CSV tables a simulation has. */
    public enum Table {
        /** One row per policy. */
        SUMMARY("summary.csv"),
        /** One row per policy and area of need. */
        AREAS("areas.csv"),
        /** One row per policy and locality, with its budget. */
        LOCALITIES("localities.csv"),
        /** One row per pupil whose funding or band changes under the compared parameters. */
        CHANGES("changes.csv");

        private final String fileName;

        Table(String fileName) {
            this.fileName = fileName;
        }

        /** The file name it is written as. */
        public String fileName() {
            return fileName;
        }
    }

    private SimulationFiles() {
    }

    /** Writes the CSV tables ({@code changes.csv} only with a comparison) and {@code simulation.json} into {@code dir}. */
    public static void write(Simulation.Result r, Path dir) {
        try {
            Files.createDirectories(dir);
            for (Table t : Table.values()) {
                if (t != Table.CHANGES || r.comparison() != null) {
                    Files.writeString(dir.resolve(t.fileName()), csv(r, t), StandardCharsets.UTF_8);
                }
            }
            Files.writeString(dir.resolve("simulation.json"), json(r) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One table as CSV text with a header line.
     *
     * @throws IllegalArgumentException for {@link Table#CHANGES} when the simulation compared no parameters
     */
    public static String csv(Simulation.Result r, Table table) {
        StringBuilder out = new StringBuilder();
        switch (table) {
            case SUMMARY -> {
                line(out, "policy,title,cases,considered,eligible,units,total_top_up,change_vs_current,gain,lose,keep,"
                        + "hnb_outturn,hnb_variance,hnb_reserve,illustrative,rules_folder,parameter_files,rules_fingerprint,parameters_fingerprint");
                RunSources s = r.sources();
                for (Simulation.PolicyResult p : r.policies()) {
                    line(out, row(p.policy, p.title, p.all.cases, p.all.considered, p.all.eligible, p.all.units, p.all.topUp,
                            p.change, p.gain, p.lose, p.keep, p.hnb == null ? "" : p.hnb.outturn(),
                            p.hnb == null ? "" : p.hnb.variance(), p.hnb == null ? "" : p.hnb.reserve(), p.illustrative,
                            s.rulesFolder() == null ? "" : s.rulesFolder(), String.join(" ", s.parameterFiles()),
                            p.rulesFingerprint, String.join(" ", p.parametersFingerprints)));
                }
            }
            case AREAS -> {
                line(out, "policy,area_of_need,cases,considered,eligible,units,top_up");
                for (Simulation.PolicyResult p : r.policies()) {
                    for (Map.Entry<String, Simulation.Totals> e : p.byArea.entrySet()) {
                        Simulation.Totals t = e.getValue();
                        line(out, row(p.policy, e.getKey(), t.cases, t.considered, t.eligible, t.units, t.topUp));
                    }
                }
            }
            case LOCALITIES -> {
                line(out, "policy,locality,cases,considered,eligible,units,top_up,budget,over_under_budget");
                for (Simulation.PolicyResult p : r.policies()) {
                    for (Map.Entry<String, Simulation.Totals> e : p.byLocality.entrySet()) {
                        Simulation.Totals t = e.getValue();
                        Money budget = p.localityBudgets.get(e.getKey());
                        line(out, row(p.policy, e.getKey(), t.cases, t.considered, t.eligible, t.units, t.topUp,
                                budget == null ? "" : budget, budget == null ? "" : t.topUp.minus(budget)));
                    }
                }
            }
            case CHANGES -> {
                Simulation.Comparison c = r.comparison();
                if (c == null) {
                    throw new IllegalArgumentException("this simulation compared no parameters, so it has no changes table");
                }
                String band = c.bandLabel().replace(' ', '_');
                line(out, "case_id," + band + "_before," + band + "_after,funding_before,funding_after,difference");
                for (Simulation.Change ch : c.changes()) {
                    line(out, row(ch.caseId(), ch.bandBefore(), ch.bandAfter(), ch.before(), ch.after(), ch.after().minus(ch.before())));
                }
            }
            default -> throw new IllegalStateException(table.name());
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String line) {
        out.append(line).append('\n');
    }

    /** One CSV line; every cell neutralised so that no spreadsheet would read it as a formula ({@link CsvCells}). */
    private static String row(Object... values) {
        StringBuilder sb = new StringBuilder();
        for (Object v : values) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(CsvCells.cell(v));
        }
        return sb.toString();
    }

    /** The simulation as pretty-printed JSON (no final new line). */
    public static String json(Simulation.Result r) {
        return tree(r).toPrettyString();
    }

    private static ObjectNode tree(Simulation.Result r) {
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
