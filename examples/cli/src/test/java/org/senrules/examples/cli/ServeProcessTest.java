package org.senrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./sen serve} as a real process on the module path, as the launcher runs it, with a
 * token from {@code SEN_API_TOKEN}; the non-Java clients of {@code examples/client} (curl and
 * Python's standard library) decide against it, and the service's plain English is the text of
 * {@code ./sen decide --explain}.
 */
class ServeProcessTest {
    static final String TOKEN = "serve-process-token-0123456789";
    static final Pattern LISTENING = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+/)");
    static Process server;
    static String url;
    static final List<String> output = new ArrayList<>();

    @TempDir
    Path dir;

    @BeforeAll
    static void serve() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder pb = new ProcessBuilder(java, "-Dsen.home=" + Sen.root(), "-p", Sen.modulePath(), "--add-modules",
                "ALL-MODULE-PATH", "-m", "org.senrules.examples.cli/org.senrules.examples.cli.Main", "serve", "--port", "0")
                .redirectErrorStream(true);
        pb.environment().put("SEN_API_TOKEN", TOKEN);
        server = pb.start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        boolean ready = false;
        for (String line; !ready && System.nanoTime() < end && (line = lines.readLine()) != null; ) {
            output.add(line);
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                url = m.group(1);
            }
            ready = line.contains("sen serve: ready.");
        }
        assertTrue(ready && url != null, () -> "the service did not start: " + output);
        Thread drain = new Thread(() -> {
            try {
                for (String line; (line = lines.readLine()) != null; ) {
                    synchronized (output) {
                        output.add(line);
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
        });
        drain.setDaemon(true);
        drain.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private Sen.Result run(String... command) throws Exception {
        Path out = Files.createTempFile(dir, "out", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectErrorStream(false);
        pb.environment().putAll(Map.of("SEN_URL", url.substring(0, url.length() - 1), "SEN_API_TOKEN", TOKEN));
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES));
        return new Sen.Result(p.exitValue(), Files.readString(out), err);
    }

    @Test
    void curlClient_explains_exactlyAsDecideExplainDoes() throws Exception {
        String request = Sen.root().resolve("examples/data/sspp-top-up/eligible-mainstream.json").toString();
        Sen.Result curl = run("bash", Sen.root().resolve("examples/client/decide.sh").toString(), request, "--explain");
        assertEquals(0, curl.exit(), curl::toString);
        Sen.Result cli = Sen.inProcess("decide", request, "--explain");
        assertEquals(0, cli.exit(), cli::toString);
        assertEquals(cli.out() + "\n", curl.out(), "the same text as ./sen decide --explain (the script adds a new line)");
    }

    @Test
    void curlClient_invalidRequest_printsTheViolationsAndExits2() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), Files.readString(Sen.root().resolve(
                "examples/data/sspp-top-up/eligible-mainstream.json")).replace("\"requestedSupportUnits\": 6", "\"requestedSupportUnits\": 0"));
        Sen.Result curl = run("bash", Sen.root().resolve("examples/client/decide.sh").toString(), bad.toString());
        assertEquals(2, curl.exit(), curl::toString);
        assertTrue(curl.out().contains("\"case.requestedSupportUnits\""), curl::toString);
    }

    @Test
    void pythonClient_printsTheOutcomeAndReasonsWithSources() throws Exception {
        Sen.Result py = run("python3", Sen.root().resolve("examples/client/decide.py").toString(),
                Sen.root().resolve("examples/data/esn-request/aligned-with-annual-review.json").toString());
        assertEquals(0, py.exit(), py::toString);
        assertTrue(py.out().startsWith("case "), py::toString);
        assertTrue(py.out().contains("(esn-request "), py::toString);
        assertTrue(py.out().contains("  admissible: true"), py::toString);
        assertTrue(py.out().contains("  - "), py::toString);
    }

    @Test
    void accessLog_namesRoutesNeverCaseIds() throws Exception {
        run("bash", Sen.root().resolve("examples/client/decide.sh").toString(),
                Sen.root().resolve("examples/data/sspp-top-up/eligible-mainstream.json").toString());
        // a request id a client gives is logged with its line (and echoed); the body's case id never is
        Sen.Result withId = run("curl", "-sS", "-D", "-", "-o", "/dev/null", "-H", "Content-Type: application/json", "-H",
                "Authorization: Bearer " + TOKEN, "-H", "X-Request-Id: case-system-7f3a", "--data-binary",
                "@" + Sen.root().resolve("examples/data/sspp-top-up/eligible-mainstream.json"), url + "v1/decisions");
        assertTrue(withId.out().startsWith("HTTP/1.1 200"), withId::toString);
        assertTrue(withId.out().toLowerCase(java.util.Locale.ROOT).contains("x-request-id: case-system-7f3a"), withId::toString);
        Thread.sleep(500);
        String log;
        synchronized (output) {
            log = String.join("\n", output);
        }
        assertTrue(log.contains("POST /v1/decisions 200"), log);
        assertTrue(log.lines().anyMatch(l -> l.contains("POST /v1/decisions 200") && l.endsWith("case-system-7f3a")), log);
        assertFalse(log.contains("SHOW-SSPP-1"), "no case id in the log: " + log);
        assertFalse(log.contains("supportUnits"), "no outcome in the log: " + log);
    }

    @Test
    void anEmptyToken_isAStartUpError_fromTheVariableAndFromAFile() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path empty = Files.writeString(dir.resolve("token"), "\n");
        for (boolean fromFile : new boolean[] {false, true}) {
            List<String> command = new ArrayList<>(List.of(java, "-Dsen.home=" + Sen.root(), "-p", Sen.modulePath(), "--add-modules",
                    "ALL-MODULE-PATH", "-m", "org.senrules.examples.cli/org.senrules.examples.cli.Main", "serve", "--port", "0"));
            if (fromFile) {
                command.addAll(List.of("--token-file", empty.toString()));
            }
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
            pb.environment().remove("SEN_API_TOKEN");
            if (!fromFile) {
                pb.environment().put("SEN_API_TOKEN", "");
            }
            Process p = pb.start();
            String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(2, TimeUnit.MINUTES), said);
            assertEquals(2, p.exitValue(), said);
            assertTrue(said.contains(fromFile ? "is empty" : "SEN_API_TOKEN is set but empty"), said);
            assertFalse(said.contains("listening"), "it never opens the port: " + said);
        }
    }

    @Test
    void rulebook_writesTheStaticSite() throws Exception {
        Sen.Result r = Sen.inProcess("rulebook", "--out", dir.resolve("site").toString());
        assertEquals(0, r.exit(), r::toString);
        assertTrue(Files.isRegularFile(dir.resolve("site/index.html")));
        String page = Files.readString(dir.resolve("site/rule-sets/sspp-top-up.html"));
        assertTrue(page.contains("<meta name=\"sen-mode\" content=\"static\">"));
        assertTrue(page.contains("Options side by side"));
        assertTrue(Files.isRegularFile(dir.resolve("site/assets/rulebook.js")));
        // every source links to a copy the site keeps
        assertTrue(page.contains("href=\"../sources/001_9fda0e487175dfd0.txt\">SEND and Inclusion Update, November 2025</a>"), page);
        assertTrue(Files.isRegularFile(dir.resolve("site/sources/001_9fda0e487175dfd0.txt")));
        assertTrue(Files.isRegularFile(dir.resolve("site/sources.html")));
    }
}
