package org.senrules.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** As {@link #write(Simulation.Result, Path)}, with a year-by-year run: trajectory.csv and its section of the report. */
    static Path write(Simulation.Result r, Trajectory.Result trajectory, Path dir) {
        return write(r, trajectory, null, dir);
    }

    /** As above, with the uncertainty runs (or null): uncertainty.csv, uncertainty-runs.csv and their section of the report. */
    static Path write(Simulation.Result r, Trajectory.Result trajectory, Uncertainty.Result uncertainty, Path dir) {
        SimulationFiles.write(r, dir);
        try {
            Path html = dir.resolve("report.html");
            String page = HtmlReport.html(r);
            if (trajectory != null) {
                TrajectoryFiles.write(trajectory, dir);
                // the year-by-year section is appended last, before the page ends
                int end = page.lastIndexOf("</body>");
                page = page.substring(0, end) + TrajectoryHtml.section(trajectory) + page.substring(end);
            }
            if (uncertainty != null) {
                UncertaintyFiles.write(uncertainty, dir);
                int end = page.lastIndexOf("</body>");
                page = page.substring(0, end) + UncertaintyHtml.section(uncertainty) + page.substring(end);
            }
            Files.writeString(html, page, StandardCharsets.UTF_8);
            return html;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
