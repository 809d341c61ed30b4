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
            new Workbook.Column("title", "What the policy does"));
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
        for (Trajectory.Policy p : r.policies()) {
            for (Trajectory.Year y : p.years()) {
                Trajectory.Block b = y.block();
                out.add(java.util.Arrays.asList(p.policy(), y.financialYear().toString(),
                        b == null ? "" : b.outturn(), b == null ? "" : b.variance(), b == null ? "" : b.reserve(),
                        b == null ? "" : b.budget(), b == null ? "" : b.reserveExhausted(), y.cost(), y.changeAgainstCurrent(),
                        y.pupils(), y.funded(), y.joined(), y.left(), y.renewalsFunded(), y.renewalsRefused(),
                        p.firstExhausted() == null ? "" : p.firstExhausted().toString(), p.title()));
            }
        }
        return out;
    }
}
