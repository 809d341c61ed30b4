package org.senrules.simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.senrules.core.ApiStatus;

/**
 * A trajectory as {@code trajectory.csv}: one row per policy and financial year, money in pounds
 * with two decimals (exact pence, never rounded to £m), High Needs Block columns empty without a
 * forecast or before its year; lines end in {@code \n}, cells are {@link CsvCells}.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class TrajectoryFiles {
    /** The file name. */
    public static final String FILE = "trajectory.csv";
    /** trajectory.csv's columns, with their words in the workbook's "Year by year" sheet. */
    static final java.util.List<Workbook.Column> COLUMNS = java.util.List.of(new Workbook.Column("policy", "Policy"),
            new Workbook.Column("financialYear", "Financial year"),
            new Workbook.Column("outturn", "High Needs Block outturn, the year (£)"),
            new Workbook.Column("variance", "Variance: outturn against budget, the year (£)"),
            new Workbook.Column("reserve", "Reserve at the year's end (£)"),
            new Workbook.Column("budget", "High Needs Block budget, the year (£)"),
            new Workbook.Column("reserveExhausted", "Reserve exhausted"),
            new Workbook.Column("cost", "Cohort's cost in the financial year, part years included (£)"),
            new Workbook.Column("changeAgainstCurrent", "Change against current, the year (£)"),
            new Workbook.Column("pupils", "Pupils in the year"), new Workbook.Column("funded", "Pupils funded"),
            new Workbook.Column("joined", "Pupils who joined"), new Workbook.Column("left", "Pupils who left"),
            new Workbook.Column("renewalsFunded", "Renewals funded"), new Workbook.Column("renewalsRefused", "Renewals refused"),
            new Workbook.Column("firstYearReserveExhausted", "First year the reserve is exhausted"),
            new Workbook.Column("title", "What the policy does"),
            new Workbook.Column("outOfAreaPupils", "Pupils placed out of area for want of a place, some day of the year"),
            new Workbook.Column("outOfAreaCost", "Their places out of area, at the out-of-area price (£)"),
            new Workbook.Column("outOfAreaInAreaCost", "What the rules would have paid them in area (£)"),
            new Workbook.Column("extraCostOfUnmetPlaces", "Extra cost of places not available: out of area less in area (£)"),
            new Workbook.Column("projectedEhcpShare", "Scenario: projected share of pupils with an EHCP (%)"),
            new Workbook.Column("ehcpPupils", "Scenario: pupils with an EHCP on 1 September"),
            new Workbook.Column("supportPlanPupils", "Scenario: pupils on Individual Support Plans on 1 September"),
            new Workbook.Column("supportPlanCost", "Scenario: cost of pupils on Individual Support Plans (£)"),
            new Workbook.Column("nationalRatesCost", "Scenario: cost of pupils priced at national banding rates (£)"),
            new Workbook.Column("rulesCostReplaced", "Scenario: what the rules would have paid for those pupils (£)"),
            new Workbook.Column("budgetRolledOver", "Scenario: the budget rolled over, not grown"),
            new Workbook.Column("stabilityGrant", "Scenario: stability grant paid (£)"),
            new Workbook.Column("deficitAtOverrideEnd", "Scenario: deficit when the statutory override ends (£)"),
            new Workbook.Column("illustrativeValuesUsed", "Illustrative values used beyond the rules'"));
    /** The header line's columns. */
    public static final String HEADER = String.join(",", COLUMNS.stream().map(Workbook.Column::key).toList());
    /** The workbook's sheet of trajectory.csv's rows. */
    static final String SHEET = "Year by year";

    /** The sensitivity runs' file name. */
    public static final String SENSITIVITY_FILE = "sensitivity.csv";
    /** sensitivity.csv's columns, with their words in the workbook's "Sensitivity" sheet. */
    static final java.util.List<Workbook.Column> SENSITIVITY_COLUMNS = java.util.List.of(new Workbook.Column("policy", "Policy"),
            new Workbook.Column("assumption", "Assumption"), new Workbook.Column("move", "Moved"),
            new Workbook.Column("assumptionBase", "Its base value"), new Workbook.Column("assumptionValue", "Its value in this run"),
            new Workbook.Column("unit", "Its unit"), new Workbook.Column("atItsLimit", "Held at the end of its range"),
            new Workbook.Column("measured", "Figure measured"), new Workbook.Column("financialYear", "Financial year"),
            new Workbook.Column("baseAmount", "Base run (£)"), new Workbook.Column("movedAmount", "This run (£)"),
            new Workbook.Column("change", "Change (£)"),
            new Workbook.Column("baseFirstYearReserveExhausted", "First year the reserve is exhausted, base run"),
            new Workbook.Column("firstYearReserveExhausted", "First year the reserve is exhausted, this run"),
            new Workbook.Column("assumptionSource", "Where the base value comes from"),
            new Workbook.Column("assumptionIllustrative", "Base value illustrative"));
    /** The sensitivity file's header line's columns. */
    public static final String SENSITIVITY_HEADER = String.join(",", SENSITIVITY_COLUMNS.stream().map(Workbook.Column::key).toList());
    /** The workbook's sheet of sensitivity.csv's rows. */
    static final String SENSITIVITY_SHEET = "Sensitivity";

    private TrajectoryFiles() {
    }

    /** A number written as itself (a negative one stays a number in a spreadsheet), never in E notation. */
    private static java.math.BigDecimal plain(java.math.BigDecimal d) {
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    /** Writes {@code sensitivity.csv} into {@code dir} and returns its path. */
    public static Path writeSensitivity(Sensitivity.Result s, Path dir) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(SENSITIVITY_FILE);
            Files.writeString(file, sensitivityCsv(s), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The sensitivity runs as CSV, header first: one row per policy and moved run (each
     * assumption down, then up), the figure measured in the last year (the reserve, or the cost
     * without a forecast) in the base run and the moved one, and the first year the reserve is
     * exhausted in each (empty: not by the last year, or no forecast).
     */
    public static String sensitivityCsv(Sensitivity.Result s) {
        StringBuilder out = new StringBuilder(SENSITIVITY_HEADER).append('\n');
        for (java.util.List<Object> row : sensitivityRows(s)) {
            out.append(CsvCells.line(row.toArray())).append('\n');
        }
        return out.toString();
    }

    /** sensitivity.csv's rows, the same in the workbook. */
    static java.util.List<java.util.List<Object>> sensitivityRows(Sensitivity.Result s) {
        java.util.List<java.util.List<Object>> out = new java.util.ArrayList<>();
        for (String policy : s.policies()) {
            for (Sensitivity.Run run : s.runs()) {
                Sensitivity.Effect e = s.effect(run, policy);
                Assumption a = run.assumption();
                out.add(java.util.List.of(policy, a.name(), run.up() ? "up" : "down", plain(a.base()), plain(run.value()),
                        a.unit(), run.atLimit(), s.measuresReserve() ? "reserve" : "cost", s.lastYear().toString(), e.base(), e.value(),
                        e.change(), e.baseExhausted() == null ? "" : e.baseExhausted().toString(),
                        e.exhausted() == null ? "" : e.exhausted().toString(), a.source(), a.illustrative()));
            }
        }
        return out;
    }

    /** Writes {@code trajectory.csv} into {@code dir} and returns its path. */
    public static Path write(Trajectory.Result r, Path dir) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(FILE);
            Files.writeString(file, csv(r), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The CSV text, header first. */
    public static String csv(Trajectory.Result r) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (java.util.List<Object> row : rows(r)) {
            out.append(CsvCells.line(row.toArray())).append('\n');
        }
        return out.toString();
    }

    /** trajectory.csv's rows, the same in the workbook. */
    static java.util.List<java.util.List<Object>> rows(Trajectory.Result r) {
        java.util.List<java.util.List<Object>> out = new java.util.ArrayList<>();
        boolean scenarioBlock = r.scenario().grant() != null || r.scenario().statutoryOverride() != null || r.scenario().rollover() != null;
        for (Trajectory.Policy p : r.policies()) {
            for (Trajectory.Year y : p.years()) {
                Trajectory.Block b = y.block();
                Trajectory.OutOfArea o = y.outOfArea();
                Trajectory.ScenarioYear sc = y.scenario();
                out.add(java.util.Arrays.asList(p.policy(), y.financialYear().toString(),
                        b == null ? "" : b.outturn(), b == null ? "" : b.variance(), b == null ? "" : b.reserve(),
                        b == null ? "" : b.budget(), b == null ? "" : b.reserveExhausted(), y.cost(), y.changeAgainstCurrent(),
                        y.pupils(), y.funded(), y.joined(), y.left(), y.renewalsFunded(), y.renewalsRefused(),
                        p.firstExhausted() == null ? "" : p.firstExhausted().toString(), p.title(),
                        o == null ? "" : o.pupils(), o == null ? "" : o.cost(), o == null ? "" : o.inAreaCost(), o == null ? "" : o.extraCost(),
                        sc == null || sc.projectedEhcpShare() == null ? "" : plain(sc.projectedEhcpShare()),
                        sc == null || sc.ehcpPupils() == null ? "" : sc.ehcpPupils(),
                        sc == null || sc.supportPlanPupils() == null ? "" : sc.supportPlanPupils(),
                        sc == null ? "" : sc.supportPlanCost(), sc == null ? "" : sc.packageCost(), sc == null ? "" : sc.rulesCostReplaced(),
                        b == null || !scenarioBlock ? "" : b.budgetRolledOver(),
                        b == null || b.stabilityGrant() == null ? "" : b.stabilityGrant(),
                        b == null || b.deficitAtOverrideEnd() == null ? "" : b.deficitAtOverrideEnd(),
                        String.join("; ", y.illustrativeValuesUsed())));
            }
        }
        return out;
    }

    /** The place sufficiency file's name: pupils who needed a place, by school year, setting and phase. */
    public static final String SUFFICIENCY_FILE = "sufficiency.csv";
    /** sufficiency.csv's columns. */
    static final java.util.List<Workbook.Column> SUFFICIENCY_COLUMNS = java.util.List.of(
            new Workbook.Column("day", "Places given on (the run's first day or a 1 September)"),
            new Workbook.Column("setting", "Setting needed"), new Workbook.Column("phase", "Phase"),
            new Workbook.Column("needing", "Pupils needing a place on the day"), new Workbook.Column("placed", "Pupils placed on the day"),
            new Workbook.Column("outOfArea", "Pupils placed out of area on the day"),
            new Workbook.Column("joinedNeeding", "Pupils joining during the school year needing a place"),
            new Workbook.Column("joinedOutOfArea", "Of whom placed out of area"));
    /** sufficiency.csv's header. */
    public static final String SUFFICIENCY_HEADER = String.join(",", SUFFICIENCY_COLUMNS.stream().map(Workbook.Column::key).toList());
    static final String SUFFICIENCY_SHEET = "Place sufficiency";

    /** The places file's name: the places by pool (setting, phase and need), by school year. */
    public static final String PLACES_FILE = "places.csv";
    /** places.csv's columns. */
    static final java.util.List<Workbook.Column> PLACES_COLUMNS = java.util.List.of(
            new Workbook.Column("day", "Places given on (the run's first day or a 1 September)"),
            new Workbook.Column("setting", "Setting"), new Workbook.Column("phase", "Phase (any: every phase)"),
            new Workbook.Column("need", "Area of need (any: every need)"),
            new Workbook.Column("places", "Places open, scaled to the cohort"), new Workbook.Column("opened", "Of which opened since the last day"),
            new Workbook.Column("placed", "Pupils placed in them in the school year"));
    /** places.csv's header. */
    public static final String PLACES_HEADER = String.join(",", PLACES_COLUMNS.stream().map(Workbook.Column::key).toList());
    static final String PLACES_SHEET = "Places";

    /** sufficiency.csv's rows. */
    static java.util.List<java.util.List<Object>> sufficiencyRows(Trajectory.Result r) {
        java.util.List<java.util.List<Object>> out = new java.util.ArrayList<>();
        for (Trajectory.PlaceRow p : r.places()) {
            out.add(java.util.List.of(p.day().toString(), p.setting().name(), p.phase().name(), p.needing(), p.placed(), p.outOfArea(),
                    p.joinedNeeding(), p.joinedOutOfArea()));
        }
        return out;
    }

    /** places.csv's rows. */
    static java.util.List<java.util.List<Object>> placesRows(Trajectory.Result r) {
        java.util.List<java.util.List<Object>> out = new java.util.ArrayList<>();
        for (Trajectory.PoolRow p : r.pools()) {
            out.add(java.util.List.of(p.day().toString(), p.setting().name(), p.phase() == null ? "any" : p.phase().name(),
                    p.need() == null ? "any" : p.need().name(), p.places(), p.opened(), p.placed()));
        }
        return out;
    }

    /** sufficiency.csv's text, header first. */
    public static String sufficiencyCsv(Trajectory.Result r) {
        return text(SUFFICIENCY_HEADER, sufficiencyRows(r));
    }

    /** places.csv's text, header first. */
    public static String placesCsv(Trajectory.Result r) {
        return text(PLACES_HEADER, placesRows(r));
    }

    private static String text(String header, java.util.List<java.util.List<Object>> rows) {
        StringBuilder out = new StringBuilder(header).append('\n');
        for (java.util.List<Object> row : rows) {
            out.append(CsvCells.line(row.toArray())).append('\n');
        }
        return out.toString();
    }

    /**
     * Writes {@code sufficiency.csv} and {@code places.csv} into {@code dir} when the run had a
     * sufficiency file, and returns the files written (none without one).
     */
    public static java.util.List<Path> writeSufficiency(Trajectory.Result r, Path dir) {
        if (r.sufficiency() == null) {
            return java.util.List.of();
        }
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(SUFFICIENCY_FILE), sufficiencyCsv(r), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(PLACES_FILE), placesCsv(r), StandardCharsets.UTF_8);
            return java.util.List.of(dir.resolve(SUFFICIENCY_FILE), dir.resolve(PLACES_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
