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

    private TrajectoryFiles() {
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
