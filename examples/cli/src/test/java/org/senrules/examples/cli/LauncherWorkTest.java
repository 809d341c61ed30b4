package org.senrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's measure of a simulation's size (./sen's {@code simulate_work}: the cohort files'
 * bytes times the years), which chooses the JIT setting for a short run; run with bash as the
 * launcher runs it. docs/performance.md gives the figures behind the 64 MiB line.
 */
class LauncherWorkTest {
    @TempDir
    Path dir;

    private long work(String... args) throws IOException, InterruptedException {
        String launcher = Files.readString(Sen.root().resolve("sen"), StandardCharsets.UTF_8);
        int from = launcher.indexOf("simulate_work() {");
        int to = launcher.indexOf("\n}\n", from) + 3;
        Path script = dir.resolve("work.sh");
        Files.writeString(script, launcher.substring(from, to) + "simulate_work \"$@\"\n");
        List<String> command = new ArrayList<>(List.of("bash", script.toString(), "simulate"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "bash did not finish: " + out);
        assertEquals(0, p.exitValue(), out);
        return Long.parseLong(out);
    }

    @Test
    void theWorkIsTheCohortFilesBytesTimesTheYears_optionValuesAside() throws Exception {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        Files.write(a, new byte[1000]);
        Files.write(b, new byte[500]);
        Path hnb = dir.resolve("hnb.json");
        Files.write(hnb, new byte[7000]);
        assertEquals(1000, work(a.toString(), "--quiet"));
        assertEquals(1500 * 5, work(a.toString(), b.toString(), "--years", "2025-26:2029-30", "--hnb", hnb.toString(), "--quiet"),
                "the forecast is an option's value, not a cohort");
        assertEquals(1000 * 2, work("--years=2025-26:2026-27", a.toString(), "--out", dir.toString()));
        assertEquals(1000, work(a.toString(), "--years", "2025-26"), "one year");
        assertEquals(999_999_999_999L, work("-"), "standard input: its size is not known, so the run counts as long");
    }
}
