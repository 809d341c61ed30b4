package org.senrules.clients;

import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Node and the npm packages of {@code examples/openapi-clients/typescript} (TypeScript,
 * openapi-typescript, openapi-fetch, ajv, Redocly CLI), installed into that folder from its
 * lock file: by {@code .ci/run}, or here when they are missing. A test that needs them is
 * skipped, saying why, only when Node or npm is not there or the packages cannot be installed.
 */
final class Node {
    private Node() {
    }

    /** What a command printed, and how it ended. */
    record Run(int exit, String out) {
    }

    static Path folder() {
        return GeneratedJavaClientTest.root().resolve("examples/openapi-clients/typescript");
    }

    /** The folder with its packages installed, or the test is skipped with the reason. */
    static synchronized Path ready() throws Exception {
        Path dir = folder();
        if (Files.isRegularFile(dir.resolve("node_modules/.bin/tsc")) && Files.isRegularFile(dir.resolve("node_modules/.bin/redocly"))
                && Files.isRegularFile(dir.resolve("node_modules/.bin/openapi-typescript"))) {
            return dir;
        }
        Run npm;
        try {
            npm = run(dir, 600, "npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts");
        } catch (IOException e) {
            abort("npm is not installed (Debian: apt-get install nodejs npm), so the TypeScript client and Redocly's linter "
                    + "cannot run: " + e.getMessage());
            return dir;
        }
        if (npm.exit() != 0) {
            abort("npm could not install examples/openapi-clients/typescript's packages (is the npm registry reachable?): "
                    + tail(npm.out()));
        }
        return dir;
    }

    static Run run(Path dir, int seconds, String... command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("node", ".txt");
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish within " + seconds + " s: " + tail(Files.readString(out)));
            }
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
        }
    }

    static Run bin(Path dir, int seconds, String tool, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(dir.resolve("node_modules/.bin/" + tool).toString()));
        command.addAll(List.of(args));
        return run(dir, seconds, command.toArray(new String[0]));
    }

    static String tail(String s) {
        return s.length() > 4000 ? "…" + s.substring(s.length() - 4000) : s;
    }
}
