package org.senrules.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.senrules.simulation.Reconciliation;
import org.senrules.simulation.Sensitivity;
import org.senrules.simulation.Simulation;
import org.senrules.simulation.SimulationFiles;
import org.senrules.simulation.Trajectory;
import org.senrules.simulation.TrajectoryFiles;
import org.senrules.simulation.Uncertainty;
import org.senrules.simulation.UncertaintyFiles;

/**
 * The simulation as files: the simulator's CSV tables and {@code simulation.json}
 * ({@link SimulationFiles}), and the self-contained {@code report.html}.
 */
final class ReportFiles {
    private ReportFiles() {
    }

    /** Writes every file into {@code dir} and returns the HTML report's path. */
    static Path write(Simulation.Result r, Path dir) {
        return write(r, null, dir);
    }

    /** A whole run's files: the simulation's, and with its years, sensitivity and uncertainty runs theirs. */
    static Path write(SimulateCommand.Run run, Path dir) {
        return write(run.result(), run.trajectory(), run.sensitivity(), run.uncertainty(), dir);
    }

    /** As {@link #write(Simulation.Result, Path)}, with a year-by-year run: trajectory.csv and its section of the report. */
    static Path write(Simulation.Result r, Trajectory.Result trajectory, Path dir) {
        return write(r, trajectory, null, dir);
    }

    /** As above, with the sensitivity runs (or null): sensitivity.csv and their section of the report. */
    static Path write(Simulation.Result r, Trajectory.Result trajectory, Sensitivity.Result sensitivity, Path dir) {
        return write(r, trajectory, sensitivity, null, dir);
    }

    /**
     * As above, with the uncertainty runs (or null): uncertainty.csv, uncertainty-runs.csv and their
     * section of the report, after the year-by-year sections and before the list of files.
     */
    static Path write(Simulation.Result r, Trajectory.Result trajectory, Sensitivity.Result sensitivity, Uncertainty.Result uncertainty,
                      Path dir) {
        SimulationFiles.write(r, trajectory, sensitivity, dir);
        try {
            List<String> files = new ArrayList<>();
            files.add("report.html");
            List<List<WrittenSummary.Piece>> summary = WrittenSummary.of(r, trajectory, sensitivity);
            Files.writeString(dir.resolve(SUMMARY), WrittenSummary.markdown(summary, "Summary: " + r.ruleSet() + " options"),
                    StandardCharsets.UTF_8);
            files.add(SUMMARY);
            SimulationFiles.tables(r).forEach(t -> files.add(t.fileName()));
            if (r.hnbStatement() != null) {
                files.add(SimulationFiles.STATEMENT_FILE);
            }
            if (trajectory != null) {
                TrajectoryFiles.write(trajectory, dir);
                files.add(TrajectoryFiles.FILE);
                if (trajectory.sufficiency() != null) {
                    files.add(TrajectoryFiles.SUFFICIENCY_FILE);
                    files.add(TrajectoryFiles.PLACES_FILE);
                }
                List<Reconciliation.Row> rows = Reconciliation.of(r, trajectory);
                if (!rows.isEmpty()) {
                    Reconciliation.write(rows, dir);
                    files.add(Reconciliation.FILE);
                }
            }
            if (sensitivity != null) {
                TrajectoryFiles.writeSensitivity(sensitivity, dir);
                files.add(TrajectoryFiles.SENSITIVITY_FILE);
            }
            if (uncertainty != null) {
                UncertaintyFiles.write(uncertainty, dir);
                files.add(UncertaintyFiles.FILE);
                files.add(UncertaintyFiles.RUNS_FILE);
            }
            files.add("simulation.json");
            files.add(SimulationFiles.WORKBOOK);
            Path html = dir.resolve("report.html");
            String page = HtmlReport.html(r, trajectory, sensitivity, summary, files);
            if (uncertainty != null) {
                int at = page.indexOf("<h2 id=\"files\">");
                page = page.substring(0, at) + UncertaintyHtml.section(uncertainty) + page.substring(at);
            }
            Files.writeString(html, HtmlReport.number(page), StandardCharsets.UTF_8);
            return html;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The written summary's file name. */
    static final String SUMMARY = "summary.md";

    /** What a file of the report holds, in words. */
    static String describe(String file) {
        return switch (file) {
            case "report.html" -> "this report";
            case SUMMARY -> "the written summary, for pasting into a paper, each figure linked to its table here";
            case "summary.csv" -> "one row per policy: totals, change against current, winners and losers, the forecast's figures";
            case "breakdown.csv" -> "each combined policy's change against current in its parts";
            case "areas.csv" -> "one row per policy and area of need";
            case "localities.csv" -> "one row per policy and locality, with its budget";
            case "winners-losers.csv" -> "winners and losers against current, by band, area of need and setting";
            case "unfunded.csv" -> "the requests a locality's budget could not fund";
            case "changes.csv" -> "the pupils whose funding or band changes under the compared parameters";
            case UncertaintyFiles.FILE -> "one row per policy and financial year: the 10th, 50th and 90th percentiles of the uncertainty "
                    + "runs' cost, variance and reserve, and the runs whose reserve is exhausted by then";
            case UncertaintyFiles.RUNS_FILE -> "one row per uncertainty run: its seed and the value of each assumption it drew";
            case "trajectory.csv" -> "one row per policy and financial year: cost, the Block's budget, outturn, variance and reserve";
            case "reconciliation.csv" -> "the snapshot's full year and the year-by-year run's first year side by side, and why they differ";
            case "sensitivity.csv" -> "each assumption moved down and up: the reserve (or cost) in the last year and the year it is exhausted";
            case SimulationFiles.STATEMENT_FILE -> "the High Needs Block as the forecast states it: its pressures against its variance, the rest "
                    + "shown";
            case TrajectoryFiles.SUFFICIENCY_FILE -> "pupils needing a special-school or resource-base place by school year, setting and phase: "
                    + "placed, or placed out of area";
            case TrajectoryFiles.PLACES_FILE -> "the places by school year, setting, phase and need, scaled to the cohort, and the pupils "
                    + "placed in them";
            case "simulation.json" -> "everything above as JSON, with the warnings and notes";
            case SimulationFiles.WORKBOOK -> "a workbook with every table as a sheet, the years and charts";
            default -> "";
        };
    }
}
