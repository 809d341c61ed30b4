package org.senrules.simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.senrules.core.ApiStatus;
import org.senrules.core.domain.Money;

/**
 * Uncertainty runs as files: {@code uncertainty.csv}, one row per policy and financial year with
 * the 10th, 50th and 90th percentiles of the cost, the variance and the reserve (the Block's
 * columns empty without a forecast or before its year) and how many runs, and what share, have
 * the reserve exhausted by then; and {@code uncertainty-runs.csv}, one row per run with its seed
 * and each drawn value, so that any run can be run again alone. Money in pounds with two
 * decimals; lines end in {@code \n}; cells are {@link CsvCells}.
 *
 * @since 1.0
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class UncertaintyFiles {
    /** The summary's file name. */
    public static final String FILE = "uncertainty.csv";
    /** The runs' file name. */
    public static final String RUNS_FILE = "uncertainty-runs.csv";
    /** The summary's header line's columns. */
    public static final String HEADER = "policy,financialYear,runs,costP10,costP50,costP90,varianceP10,varianceP50,varianceP90,"
            + "reserveP10,reserveP50,reserveP90,runsReserveExhausted,probabilityReserveExhausted,title";

    private UncertaintyFiles() {
    }

    /** Writes both files into {@code dir}. */
    public static void write(Uncertainty.Result r, Path dir) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(FILE), csv(r), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(RUNS_FILE), runsCsv(r), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code uncertainty.csv}'s text, header first. */
    public static String csv(Uncertainty.Result r) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (Uncertainty.Row row : r.rows()) {
            List<Object> cells = new ArrayList<>(List.of(row.policy(), row.financialYear().toString(), row.runs()));
            cells.addAll(row.cost());
            for (List<Money> block : List.of(row.variance(), row.reserve())) {
                for (int i = 0; i < Uncertainty.PERCENTILES.size(); i++) {
                    cells.add(block.isEmpty() ? "" : block.get(i));
                }
            }
            if (row.hasBlock()) {
                cells.add(row.runsExhausted());
                cells.add(plain(row.probabilityExhausted()));
            } else {
                cells.add("");
                cells.add("");
            }
            cells.add(row.title());
            out.append(CsvCells.line(cells.toArray())).append('\n');
        }
        return out.toString();
    }

    /** {@code uncertainty-runs.csv}'s text: {@code run, seed}, then each drawn assumption by name. */
    public static String runsCsv(Uncertainty.Result r) {
        List<Object> header = new ArrayList<>(List.of("run", "seed"));
        r.draws().distributions().forEach(d -> header.add(d.assumption()));
        StringBuilder out = new StringBuilder(CsvCells.line(header.toArray())).append('\n');
        for (Uncertainty.Drawn d : r.drawn()) {
            List<Object> cells = new ArrayList<>(List.of(d.run(), d.seed()));
            r.draws().distributions().forEach(x -> cells.add(plain(d.values().get(x.assumption()))));
            out.append(CsvCells.line(cells.toArray())).append('\n');
        }
        return out.toString();
    }

    /** A number written as itself, never in E notation. */
    private static BigDecimal plain(BigDecimal d) {
        return d.scale() < 0 ? d.setScale(0) : d;
    }
}
