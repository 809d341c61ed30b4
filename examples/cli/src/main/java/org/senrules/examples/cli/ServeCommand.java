package org.senrules.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.senrules.core.RuleSetException;
import org.senrules.server.DecisionService;

/**
 * {@code sen serve [--port 8080] [--host 127.0.0.1] [--token-file FILE] [--rules DIR]
 * [--parameters FILE] [--max-concurrent N] [--timeout S] [--stream-idle-timeout S]}: the decision service. The bearer token comes from
 * {@code SEN_API_TOKEN} or {@code --token-file}; without one, {@code /v1/reload} is refused.
 */
final class ServeCommand {
    static final String TOKEN_VARIABLE = "SEN_API_TOKEN";

    private ServeCommand() {
    }

    static int run(List<String> argv, PrintStream out, PrintStream err) throws InterruptedException {
        Args args = Args.parse("serve", argv, Engines.withOptions("--port", "--host", "--token-file", "--max-concurrent", "--timeout",
                "--stream-idle-timeout"), Set.of());
        args.noPositional("serve");
        int port = args.intValue("--port", 8080, 0, 65535);
        String host = args.value("--host").orElse("127.0.0.1");
        String token = token(args);
        DecisionService.Builder b = DecisionService.builder().engine(Engines.builder(args, "--parameters")).host(host).port(port)
                .token(token);
        if (args.has("--max-concurrent")) {
            b.maxConcurrent(args.intValue("--max-concurrent", 0, 1, 10_000), Duration.ofSeconds(2));
        }
        if (args.has("--timeout")) {
            b.timeout(Duration.ofSeconds(args.intValue("--timeout", 60, 1, 3600)));
        }
        if (args.has("--stream-idle-timeout")) {
            b.streamIdleTimeout(Duration.ofSeconds(args.intValue("--stream-idle-timeout", 30, 1, 3600)));
        }
        // the access log (method, route, status, time: never a body or a case id) goes to stderr
        if (System.getProperty("org.slf4j.simpleLogger.log.org.senrules.server") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.org.senrules.server", "info");
        }
        DecisionService service;
        try {
            service = b.build().start();
        } catch (IllegalStateException e) {
            throw new UsageException(e.getMessage());
        }
        out.println("sen serve: listening on " + service.uri() + (token == null ? " (no token: /v1/reload is refused)"
                : " (bearer token required)") + "; compiling the rules...");
        out.flush();
        try {
            service.awaitReady(Duration.ofMinutes(10));
        } catch (RuleSetException e) {
            service.close();
            throw e;
        }
        out.println("sen serve: ready. The rule book is at " + service.uri() + ", the API description at " + service.uri()
                + "openapi.json. Ctrl-C stops.");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.close();
            stopped.countDown();
        }, "sen-serve-stop"));
        stopped.await();
        return Main.OK;
    }

    private static String token(Args args) {
        String token = System.getenv(TOKEN_VARIABLE);
        if (args.has("--token-file")) {
            if (token != null) {
                throw new UsageException("give the token either in " + TOKEN_VARIABLE + " or with --token-file, not both");
            }
            String file = args.value("--token-file").orElseThrow();
            try {
                token = Files.readString(Path.of(file), StandardCharsets.UTF_8).trim();
            } catch (IOException e) {
                throw new UsageException("--token-file " + file + ": cannot read it");
            }
        }
        if (token != null && token.isBlank()) {
            token = null;
        }
        if (token != null && token.length() < 16) {
            throw new UsageException("the bearer token must be at least 16 characters");
        }
        return token;
    }
}
