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
 * The launcher's JVM settings (./sen's section from {@code jit_opts=""} to its {@code esac}) depend on
 * the verb alone: the same for any cohort, any years and any options (issue 33: the launcher stays a
 * launcher). Run with bash as the launcher runs it.
 */
class LauncherSettingsTest {
    @TempDir
    Path dir;

    private String settings(String javaOpts, String... args) throws IOException, InterruptedException {
        String launcher = Files.readString(Sen.root().resolve("sen"), StandardCharsets.UTF_8);
        int from = launcher.indexOf("jit_opts=\"\"\n");
        int to = launcher.indexOf("\nesac\n", from) + 6;
        assertTrue(from >= 0 && to > from, "the launcher's settings section is where this test looks for it");
        Path script = dir.resolve("settings.sh");
        Files.writeString(script, launcher.substring(from, to) + "echo \"$jit_opts\"\n");
        List<String> command = new ArrayList<>(List.of("bash", script.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("JAVA_OPTS");
        if (javaOpts != null) {
            builder.environment().put("JAVA_OPTS", javaOpts);
        }
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "bash did not finish: " + out);
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    @Test
    void simulatesSettingsAreTheSameForEveryInput() throws Exception {
        Path small = dir.resolve("small.json");
        Path large = dir.resolve("large.json");
        Files.write(small, new byte[10]);
        Files.write(large, new byte[1 << 20]);
        String one = settings(null, "simulate", small.toString(), "--quiet");
        assertEquals("-XX:+UseParallelGC", one);
        assertEquals(one, settings(null, "simulate", large.toString(), "--years", "2025-26:2034-35", "--quiet"));
        assertEquals(one, settings(null, "simulate", small.toString(), large.toString(), "--years=2025-26:2029-30"));
        assertEquals(one, settings(null, "simulate", "-"));
    }

    @Test
    void eachVerbHasItsOwnAndJavaOptsKeepsItsChoice() throws Exception {
        assertEquals("", settings(null, "serve", "--port", "0"));
        assertEquals("-XX:TieredStopAtLevel=1 -XX:+UseSerialGC", settings(null, "decide", "x.json"));
        assertEquals("-XX:TieredStopAtLevel=1 -XX:+UseSerialGC", settings(null, "demo"));
        assertEquals("", settings("-XX:+UseG1GC", "simulate", "x.json"), "JAVA_OPTS naming a collector keeps it");
        assertEquals("-XX:+UseSerialGC", settings("-XX:TieredStopAtLevel=4", "validate"));
    }
}
