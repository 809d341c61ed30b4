package org.senrules.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.senrules.simulation.Simulation;
import org.senrules.simulation.SimulationFiles;

/**
 * The simulation as files: the simulator's CSV tables and {@code simulation.json}
 * ({@link SimulationFiles}), and the self-contained {@code report.html}.
 */
final class ReportFiles {
    private ReportFiles() {
    }

    /** Writes every file into {@code dir} and returns the HTML report's path. */
    static Path write(Simulation.Result r, Path dir) {
        SimulationFiles.write(r, dir);
        try {
            Path html = dir.resolve("report.html");
            Files.writeString(html, HtmlReport.html(r), StandardCharsets.UTF_8);
            return html;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
