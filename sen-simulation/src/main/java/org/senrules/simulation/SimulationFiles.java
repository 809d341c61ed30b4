package org.senrules.simulation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.senrules.core.ApiStatus;
import org.senrules.core.domain.Money;

/**
 * A simulation as files: {@code summary.csv}, {@code areas.csv}, {@code localities.csv},
 * {@code winners-losers.csv}, {@code unfunded.csv} (where budgets bind), {@code changes.csv}
 * (with a parameter comparison), {@code simulation.json}, and the same tables as the sheets of
 * one workbook, {@code simulation.xlsx}. Money in the CSV, JSON and workbook is exact pounds
 * with two decimals, as in the decision JSON; CSV lines end in {@code \n}; every file's bytes
 * depend only on the result.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class SimulationFiles {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** The workbook's file name. */
    public static final String WORKBOOK = "simulation.xlsx";
    /** The High Needs Block as the forecast states it: its pressures reconciled with its variance. */
    public static final String STATEMENT_FILE = "high-needs-block.csv";
    /** high-needs-block.csv's columns. */
    static final List<Workbook.Column> STATEMENT_COLUMNS = List.of(new Workbook.Column("item", "Item"),
            new Workbook.Column("name", "Name"), new Workbook.Column("line", "Line of the Block it belongs to"),
            new Workbook.Column("amount", "Amount (£)"), new Workbook.Column("what", "What it is"));
    /** high-needs-block.csv's header. */
    public static final String STATEMENT_HEADER = String.join(",", STATEMENT_COLUMNS.stream().map(Workbook.Column::key).toList());
    static final String STATEMENT_SHEET = "High Needs Block";

    /** The workbook's media type, for downloads. */
    public static final String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The tables a simulation has, each a CSV file and a sheet of the workbook. */
    public enum Table {
        /** One row per policy. */
        SUMMARY("summary.csv", "Summary"),
        /**
         * A combined policy's change against current split into its parts, base option first,
         * then the process on top, with a total row; only with a combined policy.
         */
        BREAKDOWN("breakdown.csv", "Option by option"),
        /** One row per policy and area of need. */
        AREAS("areas.csv", "Areas of need"),
        /** One row per policy and locality, with its budget, what was funded and what went unfunded. */
        LOCALITIES("localities.csv", "Localities"),
        /** Winners and losers against current, per option: overall, by band, by area of need and by setting. */
        WINNERS_LOSERS("winners-losers.csv", "Winners and losers"),
        /** One row per request left unfunded because its locality's budget was used first; only where budgets bind. */
        UNFUNDED("unfunded.csv", "Unfunded requests"),
        /** One row per pupil whose funding or band changes under the compared parameters. */
        CHANGES("changes.csv", "Parameter changes");

        private final String fileName;
        private final String sheetName;

        Table(String fileName, String sheetName) {
            this.fileName = fileName;
            this.sheetName = sheetName;
        }

        /** The file name it is written as. */
        public String fileName() {
            return fileName;
        }

        /** The name of its sheet in the workbook. */
        public String sheetName() {
            return sheetName;
        }

        /** Whether {@code r} has this table: changes only with a parameter comparison, unfunded only where budgets bind. */
        public boolean in(Simulation.Result r) {
            return switch (this) {
                case CHANGES -> r.comparison() != null;
                case UNFUNDED -> r.policies().stream().anyMatch(Simulation.PolicyResult::budgetsBind);
                case BREAKDOWN -> r.policies().stream().anyMatch(p -> !p.breakdown().isEmpty());
                default -> true;
            };
        }
    }

    private SimulationFiles() {
    }

    /** The tables {@code r} has, in file order. */
    public static List<Table> tables(Simulation.Result r) {
        return java.util.Arrays.stream(Table.values()).filter(t -> t.in(r)).toList();
    }

    /** Writes the CSV tables {@code r} has, {@code simulation.json} and {@code simulation.xlsx} into {@code dir}. */
    public static void write(Simulation.Result r, Path dir) {
        write(r, null, null, dir);
    }

    /**
     * As {@link #write(Simulation.Result, Path)}, with the run's years and sensitivity runs (either
     * may be {@code null}) in the workbook; their CSV files are {@link TrajectoryFiles}'.
     *
     * @since 1.0
     */
    public static void write(Simulation.Result r, Trajectory.Result trajectory, Sensitivity.Result sensitivity, Path dir) {
        try {
            Files.createDirectories(dir);
            for (Table t : tables(r)) {
                Files.writeString(dir.resolve(t.fileName()), csv(r, t), StandardCharsets.UTF_8);
            }
            Files.writeString(dir.resolve("simulation.json"), json(r) + "\n", StandardCharsets.UTF_8);
            if (r.hnbStatement() != null) {
                Files.writeString(dir.resolve(STATEMENT_FILE), statementCsv(r.hnbStatement()), StandardCharsets.UTF_8);
            }
            if (trajectory != null) {
                TrajectoryFiles.writeSufficiency(trajectory, dir);
            }
            Files.write(dir.resolve(WORKBOOK), xlsx(r, trajectory, sensitivity));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One table as CSV text with a header line.
     *
     * @throws IllegalArgumentException for a table the simulation does not have ({@link Table#in})
     */
    public static String csv(Simulation.Result r, Table table) {
        StringBuilder out = new StringBuilder();
        Rows rows = rows(r, table);
        out.append(CsvCells.line(rows.header().toArray())).append('\n');
        for (List<Object> row : rows.rows) {
            out.append(CsvCells.line(row.toArray())).append('\n');
        }
        return out.toString();
    }

    /**
     * The workbook: a "Read me" sheet (what was run, with which files, and the Staffordshire
     * check's warnings), then one sheet per table {@code r} has, with the CSV's columns; money and
     * counts are numbers, money shown with two decimals; a chart of the policies compared.
     */
    public static byte[] xlsx(Simulation.Result r) {
        return xlsx(r, null, null);
    }

    /**
     * The workbook of a run with its years and sensitivity runs (either may be {@code null}): as
     * {@link #xlsx(Simulation.Result)}, with a "Year by year" sheet (trajectory.csv's rows), a sheet
     * of the reserve (or the cost) by year with one column per policy and its line chart, and a
     * "Sensitivity" sheet (sensitivity.csv's rows).
     *
     * @since 1.0
     */
    public static byte[] xlsx(Simulation.Result r, Trajectory.Result trajectory, Sensitivity.Result sensitivity) {
        List<List<Object>> about = new ArrayList<>();
        about.add(List.of("Rule set", r.ruleSet() + " " + r.ruleSetVersion()));
        about.add(List.of("Values in force on", r.asOf().toString()));
        about.add(List.of("Cases", r.cases()));
        about.add(List.of("Sources", r.sources().describe()));
        about.add(List.of("Illustrative", r.policies().stream().anyMatch(Simulation.PolicyResult::illustrative)
                ? "yes: amounts use illustrative values; they compare the policies, they are not the council's figures" : "no"));
        for (Simulation.PolicyResult p : r.policies()) {
            about.add(List.of("Policy " + p.policy, p.title));
        }
        for (String w : r.warnings()) {
            about.add(List.of("Warning", w));
        }
        about.add(List.of("Money", "exact pounds and pence; the report's summaries show £m"));
        about.add(List.of("Basis", "the snapshot sheets (Summary to Unfunded requests) give each policy's cost for a full year at the "
                + "values in force on " + r.asOf() + "; the Year by year sheet gives each financial year's cost from then, part years "
                + "included"));
        about.add(List.of("Columns", "each sheet's headers are the CSV file's columns in words; the CSV files name them as the JSON does "
                + "(Total top-up (£) is totalTopUp in summary.csv)"));
        List<Workbook.Table> tables = new ArrayList<>();
        List<Workbook.Chart> charts = new ArrayList<>();
        for (Table t : tables(r)) {
            Rows rows = rows(r, t);
            tables.add(new Workbook.Table(t.sheetName(), rows.columns(), rows.rows()));
        }
        charts.add(new Workbook.Chart(Table.SUMMARY.sheetName(), "Total top-up by policy, a full year (£)", true, "£", 0, List.of(6)));
        if (trajectory != null) {
            tables.add(new Workbook.Table(TrajectoryFiles.SHEET, TrajectoryFiles.COLUMNS, TrajectoryFiles.rows(trajectory)));
            List<Reconciliation.Row> reconciled = Reconciliation.of(r, trajectory);
            if (!reconciled.isEmpty()) {
                tables.add(new Workbook.Table(Reconciliation.SHEET, Reconciliation.COLUMNS, Reconciliation.rows(reconciled)));
            }
            boolean reserve = trajectory.hnbYear() != null;
            List<Workbook.Column> byYear = new ArrayList<>();
            byYear.add(new Workbook.Column("financialYear", "Financial year"));
            trajectory.policies().forEach(p -> byYear.add(new Workbook.Column(p.policy(), p.policy() + " (£)")));
            List<List<Object>> yearRows = new ArrayList<>();
            for (int y = 0; y < trajectory.years().size(); y++) {
                List<Object> row = new ArrayList<>();
                row.add(trajectory.years().get(y).toString());
                for (Trajectory.Policy p : trajectory.policies()) {
                    Trajectory.Year year = p.years().get(y);
                    row.add(reserve ? (year.block() == null ? "" : year.block().reserve()) : year.cost());
                }
                yearRows.add(row);
            }
            String sheet = reserve ? "Reserve by year" : "Cost by year";
            tables.add(new Workbook.Table(sheet, byYear, yearRows));
            List<Integer> series = new ArrayList<>();
            for (int i = 1; i < byYear.size(); i++) {
                series.add(i);
            }
            charts.add(new Workbook.Chart(sheet, reserve ? "High Needs Block reserve at the end of each year, by policy (£)"
                    : "Cost by financial year, by policy (£)", false, "£", 0, series));
        }
        if (trajectory != null && trajectory.sufficiency() != null) {
            tables.add(new Workbook.Table(TrajectoryFiles.SUFFICIENCY_SHEET, TrajectoryFiles.SUFFICIENCY_COLUMNS,
                    TrajectoryFiles.sufficiencyRows(trajectory)));
            tables.add(new Workbook.Table(TrajectoryFiles.PLACES_SHEET, TrajectoryFiles.PLACES_COLUMNS, TrajectoryFiles.placesRows(trajectory)));
        }
        if (sensitivity != null) {
            tables.add(new Workbook.Table(TrajectoryFiles.SENSITIVITY_SHEET, TrajectoryFiles.SENSITIVITY_COLUMNS,
                    TrajectoryFiles.sensitivityRows(sensitivity)));
        }
        if (r.hnbStatement() != null) {
            tables.add(new Workbook.Table(STATEMENT_SHEET, STATEMENT_COLUMNS, statementRows(r.hnbStatement())));
        }
        if (trajectory != null) {
            if (!trajectory.scenario().isNone()) {
                about.add(List.of("Scenario", trajectory.scenario().name() + ": " + trajectory.scenario().title()));
                for (Scenario.Item i : trajectory.scenario().items()) {
                    about.add(List.of("Scenario, " + i.part(), i.what() + (i.illustrative() ? " (illustrative)" : "") + ". Source: "
                            + i.source()));
                }
            }
            if (trajectory.sufficiency() != null) {
                about.add(List.of("Places", trajectory.sufficiency().title() + " (" + trajectory.sufficiency().label() + ")"));
            }
            for (String n : trajectory.notes()) {
                about.add(List.of("Note", n));
            }
        }
        return Workbook.write(about, tables, charts, r.asOf());
    }

    /**
     * The forecast's statement as rows, each keyed by its item ({@code budget}, {@code outturn},
     * {@code variance}, {@code pressure1} ..., {@code pressuresTotal}, {@code unexplained}): budget,
     * outturn, variance, each pressure with its line, their total, and the rest.
     */
    static List<List<Object>> statementRows(HighNeedsBlock.Statement st) {
        List<List<Object>> out = new ArrayList<>();
        out.add(List.of("budget", "Budget", "", st.budget(), "the forecast's budget for " + st.financialYear()));
        out.add(List.of("outturn", "Forecast outturn", "", st.outturn(), "the latest forecast outturn, quarter " + st.quarter()));
        out.add(List.of("variance", "Variance", "", st.variance(), "outturn against budget, as the " + st.ruleSet() + " rules decide it"));
        int i = 0;
        for (HighNeedsBlock.Pressure p : st.pressures()) {
            out.add(List.of("pressure" + ++i, p.name(), p.line() == null ? "" : p.line(), p.amount(), "a pressure the forecast lists"));
        }
        out.add(List.of("pressuresTotal", "Pressures, total", "", st.pressuresTotal(), "the pressures added up"));
        out.add(List.of("unexplained", "Other movements", "", st.unexplained(), "the variance less the pressures: what the forecast does "
                + "not itemise (negative when the pressures come to more than the variance)"));
        return out;
    }

    /** high-needs-block.csv's text, header first. */
    public static String statementCsv(HighNeedsBlock.Statement st) {
        StringBuilder out = new StringBuilder(STATEMENT_HEADER).append('\n');
        for (List<Object> row : statementRows(st)) {
            out.append(CsvCells.line(row.toArray())).append('\n');
        }
        return out.toString();
    }

    /**
     * A table's columns and rows, the same for the CSV file and the workbook's sheet: the CSV's
     * header is each column's key (as the JSON names it), the sheet's its words with the unit.
     */
    private record Rows(List<Workbook.Column> columns, List<List<Object>> rows) {
        List<String> header() {
            return columns.stream().map(Workbook.Column::key).toList();
        }
    }

    /** Columns from pairs of key and words. */
    private static List<Workbook.Column> columns(String... keyThenWords) {
        List<Workbook.Column> out = new ArrayList<>();
        for (int i = 0; i < keyThenWords.length; i += 2) {
            out.add(new Workbook.Column(keyThenWords[i], keyThenWords[i + 1]));
        }
        return out;
    }

    private static Rows rows(Simulation.Result r, Table table) {
        if (!table.in(r)) {
            throw new IllegalArgumentException(table == Table.CHANGES
                    ? "this simulation compared no parameters, so it has no changes table"
                    : table == Table.BREAKDOWN ? "this simulation ran no combined policy (such as dbv-option-6/dbv-option-4), so it has "
                    + "no breakdown table" : "no locality budget bound in this simulation, so it has no unfunded table");
        }
        List<List<Object>> rows = new ArrayList<>();
        switch (table) {
            case SUMMARY -> {
                RunSources s = r.sources();
                for (Simulation.PolicyResult p : r.policies()) {
                    Simulation.Changes c = p.changes();
                    rows.add(List.of(p.policy, p.title, p.all.cases, p.all.considered, p.all.eligible, p.all.units, p.all.topUp,
                            p.change, p.gain(), p.lose(), p.keep(), p.noFunding(), c.loseOver1000(), c.loseOver5000(),
                            p.all.funded(), p.all.unfunded, p.all.unfundedTopUp, p.costNeutral, p.costNeutralBreached,
                            p.hnb == null ? "" : p.hnb.outturn(), p.hnb == null ? "" : p.hnb.variance(), p.hnb == null ? "" : p.hnb.reserve(),
                            p.illustrative, s.rulesFolder() == null ? "" : s.rulesFolder(), String.join(" ", s.parameterFiles()),
                            p.rulesFingerprint, String.join(" ", p.parametersFingerprints)));
                }
                String units = r.fields().units() == null ? "Units" : capitalised(r.fields().units());
                return new Rows(columns("policy", "Policy", "title", "What it does", "cases", "Cases", "considered", "Considered",
                        "eligible", "Eligible", "units", units, "totalTopUp", "Total top-up (£)",
                        "changeAgainstCurrent", "Change against current (£)", "gain", "Pupils who gain", "lose", "Pupils who lose",
                        "keepSameFunding", "Pupils who keep the same funding", "noFundingEitherWay", "Pupils with no funding either way",
                        "loseOver1000", "Pupils who lose more than £1,000", "loseOver5000", "Pupils who lose more than £5,000",
                        "funded", "Eligible requests funded", "unfunded", "Eligible requests unfunded (budget used)",
                        "unfundedTopUp", "Top-up unfunded (£)", "declaredCostNeutral", "Declared cost-neutral",
                        "costNeutralBreached", "Beyond the cost-neutral tolerance",
                        "hnbOutturn", "High Needs Block outturn, full year of the forecast (£)",
                        "hnbVariance", "High Needs Block variance, full year of the forecast (£)",
                        "hnbReserve", "High Needs Block reserve at the forecast's year end (£)",
                        "illustrative", "Uses illustrative values", "rulesFolder", "Rules folder", "parameterFiles", "Parameter files",
                        "rulesFingerprint", "Rules fingerprint", "parametersFingerprint", "Parameters fingerprint"), rows);
            }
            case BREAKDOWN -> {
                for (Simulation.PolicyResult p : r.policies()) {
                    for (Simulation.Part part : p.breakdown()) {
                        Simulation.Changes c = part.changes();
                        rows.add(List.of(p.policy, part.order(), part.policy(), part.what(), part.from(), part.change(), c.gain(), c.lose(),
                                c.loseOver1000(), c.loseOver5000()));
                    }
                    if (!p.breakdown().isEmpty()) {
                        Simulation.Changes c = p.changes();
                        rows.add(List.of(p.policy, "", "total", "the whole change against current: the parts added up", "current", p.change,
                                c.gain(), c.lose(), c.loseOver1000(), c.loseOver5000()));
                    }
                }
                return new Rows(columns("policy", "Policy", "step", "Step", "part", "Part", "what", "What the part is",
                        "measuredFrom", "Measured against", "change", "Change (£)", "gain", "Pupils who gain", "lose", "Pupils who lose",
                        "loseOver1000", "Pupils who lose more than £1,000", "loseOver5000", "Pupils who lose more than £5,000"), rows);
            }
            case AREAS -> {
                for (Simulation.PolicyResult p : r.policies()) {
                    for (Map.Entry<String, Simulation.Totals> e : p.byArea.entrySet()) {
                        Simulation.Totals t = e.getValue();
                        rows.add(List.of(p.policy, e.getKey(), t.cases, t.considered, t.eligible, t.units, t.topUp));
                    }
                }
                return new Rows(columns("policy", "Policy", "areaOfNeed", "Area of need", "cases", "Cases", "considered", "Considered",
                        "eligible", "Eligible", "units", "Units", "topUp", "Top-up (£)"), rows);
            }
            case LOCALITIES -> {
                for (Simulation.PolicyResult p : r.policies()) {
                    for (Map.Entry<String, Simulation.Totals> e : p.byLocality.entrySet()) {
                        Simulation.Totals t = e.getValue();
                        Money budget = p.localityBudgets.get(e.getKey());
                        Long left = p.budgetLeft.get(e.getKey());
                        rows.add(List.of(p.policy, e.getKey(), t.cases, t.considered, t.eligible, t.funded(), t.unfunded, t.unfundedTopUp,
                                t.units, t.topUp, budget == null ? "" : budget, left == null ? "" : Money.ofPence(left),
                                budget == null ? "" : t.topUp.minus(budget)));
                    }
                }
                return new Rows(columns("policy", "Policy", "locality", "Locality", "cases", "Cases", "considered", "Considered",
                        "eligible", "Eligible", "funded", "Eligible requests funded", "unfunded", "Eligible requests unfunded",
                        "unfundedTopUp", "Top-up unfunded (£)", "units", "Units", "topUp", "Top-up funded (£)", "budget", "Budget (£)",
                        "budgetLeft", "Budget left (£)", "overUnderBudget", "Over (+) or under (−) budget (£)"), rows);
            }
            case WINNERS_LOSERS -> {
                String band = r.fields().band() == null ? "band" : r.fields().band();
                for (Simulation.PolicyResult p : r.policies().subList(1, r.policies().size())) {
                    rows.add(changes(p.policy, "all pupils", "all", p.changes));
                    p.changesByBand.forEach((k, c) -> rows.add(changes(p.policy, band + " under current", k, c)));
                    p.changesByArea.forEach((k, c) -> rows.add(changes(p.policy, "area of need", k, c)));
                    p.changesBySetting.forEach((k, c) -> rows.add(changes(p.policy, "setting", k, c)));
                }
                return new Rows(columns("policy", "Policy", "by", "Grouped by", "group", "Group", "gain", "Pupils who gain",
                        "lose", "Pupils who lose", "loseOver1000", "Pupils who lose more than £1,000",
                        "loseOver5000", "Pupils who lose more than £5,000", "keepSameFunding", "Pupils who keep the same funding",
                        "noFundingEitherWay", "Pupils with no funding either way", "gained", "Money gained (£)",
                        "lost", "Money lost (£)"), rows);
            }
            case UNFUNDED -> {
                for (Simulation.PolicyResult p : r.policies()) {
                    for (Simulation.Unfunded u : p.unfunded) {
                        rows.add(List.of(p.policy, u.locality(), u.caseId(), u.topUp(), u.budgetLeft()));
                    }
                }
                return new Rows(columns("policy", "Policy", "locality", "Locality", "caseId", "Case", "topUpUnfunded",
                        "Top-up unfunded (£)", "budgetLeftAtItsTurn", "Budget left at its turn (£)"), rows);
            }
            case CHANGES -> {
                Simulation.Comparison c = r.comparison();
                String band = camel(c.bandLabel());
                String words = capitalised(c.bandLabel());
                for (Simulation.Change ch : c.changes()) {
                    rows.add(List.of(ch.caseId(), ch.bandBefore(), ch.bandAfter(), ch.before(), ch.after(), ch.after().minus(ch.before())));
                }
                return new Rows(columns("caseId", "Case", band + "Before", words + " before", band + "After", words + " after",
                        "fundingBefore", "Funding before (£)", "fundingAfter", "Funding after (£)", "difference", "Difference (£)"), rows);
            }
            default -> throw new IllegalStateException(table.name());
        }
    }

    /** {@code "support units"} as {@code "Support units"}. */
    static String capitalised(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** {@code "support units"} as {@code "supportUnits"}, a CSV key. */
    static String camel(String words) {
        StringBuilder out = new StringBuilder();
        boolean up = false;
        for (char ch : words.toCharArray()) {
            if (ch == ' ' || ch == '_' || ch == '-') {
                up = out.length() > 0;
            } else {
                out.append(up ? Character.toUpperCase(ch) : ch);
                up = false;
            }
        }
        return out.toString();
    }

    private static List<Object> changes(String policy, String by, String group, Simulation.Changes c) {
        return List.of(policy, by, group, c.gain(), c.lose(), c.loseOver1000(), c.loseOver5000(), c.keep(), c.noFunding(), c.gained(),
                c.lost());
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
        r.warnings().forEach(root.putArray("warnings")::add);
        HighNeedsBlock.Statement st = r.hnbStatement();
        if (st != null) {
            ObjectNode b = root.putObject("highNeedsBlockAsForecast");
            b.put("financialYear", st.financialYear()).put("quarter", st.quarter()).put("budget", st.budget().toString())
                    .put("outturn", st.outturn().toString()).put("variance", st.variance().toString());
            ArrayNode pressures = b.putArray("pressures");
            for (HighNeedsBlock.Pressure p : st.pressures()) {
                ObjectNode o = pressures.addObject().put("name", p.name()).put("amount", p.amount().toString());
                o.put("line", p.line());
            }
            b.put("pressuresTotal", st.pressuresTotal().toString()).put("unexplained", st.unexplained().toString());
        }
        ArrayNode policies = root.putArray("policies");
        for (Simulation.PolicyResult p : r.policies()) {
            ObjectNode o = policies.addObject();
            o.put("policy", p.policy).put("title", p.title).put("source", p.source);
            totals(o, p.all);
            o.put("changeAgainstCurrent", p.change.toString()).put("gain", p.gain()).put("lose", p.lose()).put("keep", p.keep())
                    .put("noFundingEitherWay", p.noFunding()).put("declaredCostNeutral", p.costNeutral)
                    .put("costNeutralBreached", p.costNeutralBreached)
                    .put("illustrative", p.illustrative).put("rulesFingerprint", p.rulesFingerprint);
            p.parametersFingerprints.forEach(o.putArray("parametersFingerprints")::add);
            if (p != r.current()) {
                ObjectNode wl = o.putObject("winnersAndLosers");
                changes(wl.putObject("all"), p.changes);
                ArrayNode byBand = wl.putArray("byBand");
                p.changesByBand.forEach((k, c) -> changes(byBand.addObject().put("band", k), c));
                ArrayNode byArea = wl.putArray("byAreaOfNeed");
                p.changesByArea.forEach((k, c) -> changes(byArea.addObject().put("area", k), c));
                ArrayNode bySetting = wl.putArray("bySetting");
                p.changesBySetting.forEach((k, c) -> changes(bySetting.addObject().put("setting", k), c));
            }
            ArrayNode areas = o.putArray("byAreaOfNeed");
            p.byArea.forEach((k, t) -> totals(areas.addObject().put("area", k), t));
            ArrayNode locs = o.putArray("byLocality");
            p.byLocality.forEach((k, t) -> {
                ObjectNode l = totals(locs.addObject().put("locality", k), t);
                Money b = p.localityBudgets.get(k);
                if (b != null) {
                    l.put("budget", b.toString()).put("overUnderBudget", t.topUp.minus(b).toString());
                }
                Long left = p.budgetLeft.get(k);
                if (left != null) {
                    l.put("budgetLeft", Money.ofPence(left).toString());
                }
            });
            if (p.budgetsBind()) {
                ArrayNode unfunded = o.putArray("unfunded");
                p.unfunded.forEach(u -> unfunded.addObject().put("caseId", u.caseId()).put("locality", u.locality())
                        .put("topUp", u.topUp().toString()).put("budgetLeft", u.budgetLeft().toString()));
            }
            if (!p.breakdown().isEmpty()) {
                ArrayNode parts = o.putArray("breakdown");
                for (Simulation.Part part : p.breakdown()) {
                    changes(parts.addObject().put("step", part.order()).put("part", part.policy()).put("what", part.what())
                            .put("measuredFrom", part.from()).put("change", part.change().toString()), part.changes());
                }
            }
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

    private static void changes(ObjectNode o, Simulation.Changes c) {
        o.put("gain", c.gain()).put("lose", c.lose()).put("loseOver1000", c.loseOver1000()).put("loseOver5000", c.loseOver5000())
                .put("keepSameFunding", c.keep()).put("noFundingEitherWay", c.noFunding()).put("gained", c.gained().toString())
                .put("lost", c.lost().toString());
    }

    private static ObjectNode totals(ObjectNode o, Simulation.Totals t) {
        o.put("cases", t.cases).put("considered", t.considered).put("eligible", t.eligible).put("units", t.units)
                .put("topUp", t.topUp.toString());
        if (t.unfunded > 0) {
            o.put("unfunded", t.unfunded).put("unfundedTopUp", t.unfundedTopUp.toString());
        }
        return o;
    }
}
