package org.senrules.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the app for tests: as a separate process, on the module path, exactly as the launcher
 * does ({@code java -p ... --add-modules ALL-MODULE-PATH -m ...}), or in this JVM through
 * {@link Main#run} with captured streams.
 */
final class Sen {
    /** What a run printed and its exit status. */
    record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    private Sen() {
    }

    /** The project root, where ./sen and examples/data are. */
    static Path root() {
        return Path.of(System.getProperty("sen.projectRoot", "../..")).toAbsolutePath().normalize();
    }

    /**
     * The module path for the app: this test run's module path, if it has one, plus what the test
     * run keeps on the class path (the app's classes, its runtime dependencies, the example
     * third-party pack), without the test libraries.
     */
    static String modulePath() {
        String modules = System.getProperty("jdk.module.path", "");
        List<String> entries = new ArrayList<>(modules.isEmpty() ? List.of() : List.of(modules.split(File.pathSeparator)));
        for (String e : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            String name = Path.of(e).getFileName() == null ? "" : Path.of(e).getFileName().toString();
            boolean testOnly = name.startsWith("junit-") || name.startsWith("jqwik") || name.startsWith("opentest4j")
                    || name.startsWith("apiguardian") || name.contains("surefire") || e.endsWith("test-classes") || name.isEmpty();
            if (!testOnly && !entries.contains(e)) {
                entries.add(e);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    /** Runs {@code sen args...} as a process in {@code dir}. */
    static Result process(Path dir, String... args) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Dsen.home=" + root(), "-p", modulePath(),
                "--add-modules", "ALL-MODULE-PATH", "-m", "org.senrules.examples.cli/org.senrules.examples.cli.Main"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("sen-out", ".txt");
        Path err = Files.createTempFile("sen-err", ".txt");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("sen " + String.join(" ", args) + " did not finish");
        }
        Result r = new Result(p.exitValue(), Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return r;
    }

    /** Runs {@code sen args...} in this JVM. */
    static Result inProcess(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = Main.run(args, o, e);
        }
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A resource of the tests as a file path. */
    static Path resource(String name) {
        return Path.of("src/test/resources").resolve(name).toAbsolutePath();
    }
}
