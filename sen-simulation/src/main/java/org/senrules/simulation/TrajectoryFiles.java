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
    /** The header line's columns. */
    public static final String HEADER = "policy,financialYear,outturn,variance,reserve,budget,reserveExhausted,cost,"
            + "changeAgainstCurrent,pupils,funded,joined,left,renewalsFunded,renewalsRefused,firstYearReserveExhausted,title";

    /** The sensitivity runs' file name. */
    public static final String SENSITIVITY_FILE = "sensitivity.csv";
    /** The sensitivity file's header line's columns. */
    public static final String SENSITIVITY_HEADER = "policy,assumption,move,assumptionBase,assumptionValue,unit,atItsLimit,measured,"
            + "financialYear,baseAmount,movedAmount,change,baseFirstYearReserveExhausted,firstYearReserveExhausted,assumptionSource,"
            + "assumptionIllustrative";

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
        for (String policy : s.policies()) {
            for (Sensitivity.Run run : s.runs()) {
                Sensitivity.Effect e = s.effect(run, policy);
                Assumption a = run.assumption();
                out.append(CsvCells.line(policy, a.name(), run.up() ? "up" : "down", plain(a.base()), plain(run.value()),
                        a.unit(), run.atLimit(), s.measuresReserve() ? "reserve" : "cost", s.lastYear().toString(), e.base(), e.value(),
                        e.change(), e.baseExhausted() == null ? "" : e.baseExhausted().toString(),
                        e.exhausted() == null ? "" : e.exhausted().toString(), a.source(), a.illustrative())).append('\n');
            }
        }
        return out.toString();
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
        for (Trajectory.Policy p : r.policies()) {
            for (Trajectory.Year y : p.years()) {
                Trajectory.Block b = y.block();
                out.append(CsvCells.line(p.policy(), y.financialYear().toString(),
                        b == null ? "" : b.outturn(), b == null ? "" : b.variance(), b == null ? "" : b.reserve(),
                        b == null ? "" : b.budget(), b == null ? "" : b.reserveExhausted(), y.cost(), y.changeAgainstCurrent(),
                        y.pupils(), y.funded(), y.joined(), y.left(), y.renewalsFunded(), y.renewalsRefused(),
                        p.firstExhausted() == null ? "" : p.firstExhausted().toString(), p.title())).append('\n');
            }
        }
        return out.toString();
    }
}
