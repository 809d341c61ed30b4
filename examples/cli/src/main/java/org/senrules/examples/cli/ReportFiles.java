package org.senrules.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.senrules.simulation.Sensitivity;
import org.senrules.simulation.Simulation;
import org.senrules.simulation.SimulationFiles;
import org.senrules.simulation.Trajectory;
import org.senrules.simulation.TrajectoryFiles;

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

    /** A whole run's files: the simulation's, and with its years and sensitivity theirs. */
    static Path write(SimulateCommand.Run run, Path dir) {
        return write(run.result(), run.trajectory(), run.sensitivity(), dir);
    }

    /** As {@link #write(Simulation.Result, Path)}, with a year-by-year run: trajectory.csv and its section of the report. */
    static Path write(Simulation.Result r, Trajectory.Result trajectory, Path dir) {
        return write(r, trajectory, null, dir);
    }

    /** As above, with the sensitivity runs (or null): sensitivity.csv and their section of the report. */
    static Path write(Simulation.Result r, Trajectory.Result trajectory, Sensitivity.Result sensitivity, Path dir) {
        SimulationFiles.write(r, trajectory, sensitivity, dir);
        try {
            Path html = dir.resolve("report.html");
            String page = HtmlReport.html(r);
            if (trajectory != null) {
                TrajectoryFiles.write(trajectory, dir);
                // the year-by-year section is appended last, before the page ends
                int end = page.lastIndexOf("</body>");
                String section = TrajectoryHtml.section(trajectory);
                if (sensitivity != null) {
                    TrajectoryFiles.writeSensitivity(sensitivity, dir);
                    section += TrajectoryHtml.sensitivity(sensitivity);
                }
                page = page.substring(0, end) + section + page.substring(end);
            }
            Files.writeString(html, HtmlReport.number(page), StandardCharsets.UTF_8);
            return html;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
