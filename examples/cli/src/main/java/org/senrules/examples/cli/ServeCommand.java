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
 * [--parameters FILE] [--max-concurrent N] [--timeout S] [--stream-idle-timeout S] [--max-connections-per-client N]
 * [--cors-origin ORIGIN]... [--public-url URL] [--private-health]}: the decision service. The bearer token comes from
 * {@code SEN_API_TOKEN} or {@code --token-file} (set but empty is an error); without one, {@code /v1/reload} is refused.
 */
final class ServeCommand {
    static final String TOKEN_VARIABLE = "SEN_API_TOKEN";

    private ServeCommand() {
    }

    static int run(List<String> argv, PrintStream out, PrintStream err) throws InterruptedException {
        Args args = Args.parse("serve", argv, Engines.withOptions("--port", "--host", "--token-file", "--max-concurrent", "--timeout",
                "--stream-idle-timeout", "--max-connections-per-client", "--cors-origin", "--public-url"), Set.of("--private-health"));
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
        if (args.has("--max-connections-per-client")) {
            b.maxConnectionsPerClient(args.intValue("--max-connections-per-client", 64, 1, 100_000));
        }
        for (String origin : args.values("--cors-origin")) {
            try {
                b.corsOrigin(origin);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--cors-origin: " + e.getMessage());
            }
        }
        if (args.has("--public-url")) {
            try {
                b.publicUrl(java.net.URI.create(args.value("--public-url").orElseThrow()));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--public-url: the public URL is an absolute http or https address, such as https://sen.example.gov.uk/");
            }
        }
        b.healthNeedsToken(args.has("--private-health"));
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
            // an empty SEN_API_TOKEN= (or an empty token file) is a mistake, not a wish for no token: a service that
            // took it as "no token" would open every endpoint the operator meant to close
            throw new UsageException(args.has("--token-file") ? "--token-file " + args.value("--token-file").orElseThrow()
                    + " is empty; put the token in it (at least 16 characters), or give no --token-file to run without one"
                    : TOKEN_VARIABLE + " is set but empty; set it to the token (at least 16 characters), or unset it to run without one");
        }
        if (token != null && token.length() < 16) {
            throw new UsageException("the bearer token must be at least 16 characters");
        }
        return token;
    }
}
