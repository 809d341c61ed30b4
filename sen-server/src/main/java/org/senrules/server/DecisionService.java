package org.senrules.server;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.senrules.core.ApiStatus;
import org.senrules.core.SenRules;
import org.senrules.server.internal.RuleBook;
import org.senrules.server.internal.Routes;
import org.senrules.server.internal.ServiceSettings;

/**
 * The decision service: the JSON contract over HTTP ({@code POST /v1/decisions},
 * {@code POST /v1/simulations}, {@code GET /v1/rule-sets}, {@code GET /v1/rule-sets/{id}},
 * {@code GET /v1/rule-sets/{id}/schema}, {@code GET /openapi.json}, {@code GET /health},
 * {@code GET /health/live}, {@code GET /health/ready}, {@code POST /v1/reload}) and the rule book
 * at {@code /}. Every error is RFC 9457 problem details ({@code application/problem+json}).
 *
 * <p>Safe by default: it binds to {@code 127.0.0.1}, limits request bodies, concurrent work
 * and time per request, logs no request body, case id or outcome, and, when a bearer token is
 * set, refuses every request without it; {@code /v1/reload} always needs the token. The rules
 * compile after the port is open; {@code /health} says {@code ready} only once they have.
 *
 * <pre>{@code
 * try (DecisionService s = DecisionService.builder().port(0).build().start()) {
 *     s.awaitReady(Duration.ofMinutes(2));
 *     System.out.println(s.uri());
 * }
 * }</pre>
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class DecisionService implements AutoCloseable {
    private final Routes routes;

    private DecisionService(ServiceSettings settings) {
        this.routes = new Routes(settings);
    }

    /** A builder with the safe defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Opens the port and starts compiling the rules in the background.
     *
     * @return this service
     * @throws IllegalStateException if the port cannot be opened
     */
    public DecisionService start() {
        routes.start();
        return this;
    }

    /** The port the service listens on (the chosen one when built with port 0). */
    public int port() {
        return routes.port();
    }

    /** The service's base address, such as {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        return URI.create("http://" + routes.settings().uriHost() + ":" + port() + "/");
    }

    /**
     * How many clients have been cut off because a request's body arrived slower than the minimum
     * rate or not within the body-read timeout ({@link Builder#bodyReadLimits}).
     *
     * @since 1.0.0
     */
    public long slowClientsCutOff() {
        return routes.slowClientsCutOff();
    }

    /** True once every rule set has compiled. */
    public boolean ready() {
        return routes.engines().ready();
    }

    /**
     * Waits until the rules have compiled.
     *
     * @return true when ready, false if {@code timeout} passed first
     * @throws org.senrules.core.RuleSetException if the rules do not compile, naming each file and line
     */
    public boolean awaitReady(Duration timeout) throws InterruptedException {
        return routes.engines().awaitReady(timeout);
    }

    /** Stops the service; requests in progress are ended. */
    @Override
    public void close() {
        routes.stop();
    }

    /**
     * Writes the rule book as a static site for an intranet: {@code index.html}, a page per rule
     * set under {@code rule-sets/} and {@code assets/}. The pages are those the service serves at
     * {@code /}; their "try a case" form says it needs the running service.
     *
     * @return the files written
     */
    public static List<Path> writeRuleBook(SenRules engine, Path dir) {
        return RuleBook.writeSite(engine, dir);
    }

    /** Configures a {@link DecisionService}. */
    public static final class Builder {
        private SenRules.Builder engine = SenRules.builder();
        private String host = "127.0.0.1";
        private int port = 8080;
        private String token;
        private long maxBodyBytes = 10L * 1024 * 1024;
        private int maxConcurrent = Math.max(4, 4 * Runtime.getRuntime().availableProcessors());
        private Duration queueWait = Duration.ofSeconds(2);
        private Duration timeout = Duration.ofSeconds(60);
        private Duration streamIdleTimeout = Duration.ofSeconds(30);
        private Integer maxStreams;
        private Duration bodyReadTimeout = Duration.ofSeconds(60);
        private long minBodyBytesPerSecond = 1024;
        private int maxConnectionsPerClient = 64;
        private final List<String> corsOrigins = new ArrayList<>();
        private boolean healthNeedsToken;
        private URI publicUrl;

        private Builder() {
        }

        /** How to build the engine (rules folder, parameter files); {@code SenRules.builder()} by default. */
        public Builder engine(SenRules.Builder builder) {
            this.engine = Objects.requireNonNull(builder, "builder");
            return this;
        }

        /** The address to bind; {@code 127.0.0.1} by default, {@code 0.0.0.0} for every interface. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** The port; 8080 by default, 0 for a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be from 0 to 65535, not " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * The bearer token every request must carry ({@code Authorization: Bearer <token>}), or
         * {@code null} for none (the default). Without a token, {@code /v1/reload} is refused.
         */
        public Builder token(String token) {
            if (token != null && (token.isBlank() || token.length() < 16)) {
                throw new IllegalArgumentException("a token must be at least 16 characters");
            }
            this.token = token;
            return this;
        }

        /** The largest request body in bytes (10 MiB by default); a streamed cohort's limit is per line. */
        public Builder maxBodyBytes(long bytes) {
            if (bytes < 1024) {
                throw new IllegalArgumentException("the body limit must be at least 1024 bytes, not " + bytes);
            }
            this.maxBodyBytes = bytes;
            return this;
        }

        /**
         * How many decision and simulation requests run at once (4 per core by default); others wait
         * up to {@code queueWait} and then get 503 with {@code Retry-After}.
         */
        public Builder maxConcurrent(int requests, Duration queueWait) {
            if (requests < 1) {
                throw new IllegalArgumentException("at least one request must be allowed to run, not " + requests);
            }
            this.maxConcurrent = requests;
            this.queueWait = Objects.requireNonNull(queueWait, "queueWait");
            return this;
        }

        /**
         * How long one request may work before it ends with a {@code timeout} error (60 s by default).
         * A streamed cohort (NDJSON) is not held to it while it makes progress: see
         * {@link #streamIdleTimeout(Duration)}.
         */
        public Builder timeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("the timeout must be positive");
            }
            this.timeout = timeout;
            return this;
        }

        /**
         * How long a streamed cohort may go without progress (30 s by default): when no byte of
         * the next line arrives, or no answer can be sent, for this long, the stream ends with a
         * {@code timeout} line. A stream that keeps sending runs as long as it needs, up to
         * 1,000,000 lines.
         *
         * @since 1.0.0
         */
        public Builder streamIdleTimeout(Duration idle) {
            if (idle.isNegative() || idle.isZero()) {
                throw new IllegalArgumentException("the stream's idle timeout must be positive");
            }
            this.streamIdleTimeout = idle;
            return this;
        }

        /**
         * How many NDJSON streams may be read at once (half the places for decisions by default, at
         * least 2); another gets 503 with {@code Retry-After}. A stream holds a thread while it
         * reads, and a place for decisions only while it decides a batch of the lines it has read.
         *
         * @since 1.0.0
         */
        public Builder maxStreams(int streams) {
            if (streams < 1) {
                throw new IllegalArgumentException("at least one stream must be allowed, not " + streams);
            }
            this.maxStreams = streams;
            return this;
        }

        /**
         * How a request's body must arrive (60 s and 1,024 bytes a second by default): whole within
         * {@code timeout}, and, after its first 5 s, at least {@code minBytesPerSecond} on average.
         * A body is read whole before a place for decisions is taken; a client that sends it slower
         * is cut off with 408, counted ({@link DecisionService#slowClientsCutOff()}) and its
         * connection closed. NDJSON streams are held to their idle timeout instead.
         *
         * @since 1.0.0
         */
        public Builder bodyReadLimits(Duration timeout, long minBytesPerSecond) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("the body-read timeout must be positive");
            }
            if (minBytesPerSecond < 0) {
                throw new IllegalArgumentException("the minimum body rate must not be negative");
            }
            this.bodyReadTimeout = timeout;
            this.minBodyBytesPerSecond = minBytesPerSecond;
            return this;
        }

        /**
         * How many connections one client address may hold open (64 by default); one more is closed
         * as it opens. Behind a proxy every client has the proxy's address: allow what it opens.
         *
         * @since 1.0.0
         */
        public Builder maxConnectionsPerClient(int connections) {
            if (connections < 1) {
                throw new IllegalArgumentException("at least one connection per client must be allowed, not " + connections);
            }
            this.maxConnectionsPerClient = connections;
            return this;
        }

        /**
         * Allows browser pages from {@code origin} (such as {@code https://intranet.example.gov.uk}) to
         * call the service (CORS); may be given several times. None by default: CORS is off and a
         * preflight is refused with 403. A preflight is answered before the token is asked for; the
         * request that follows still needs it.
         *
         * @throws IllegalArgumentException unless {@code origin} is a scheme, a host and an optional port
         * @since 1.0.0
         */
        public Builder corsOrigin(String origin) {
            Objects.requireNonNull(origin, "origin");
            if (!origin.matches("https?://([A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*|\\[[0-9A-Fa-f:.]+\\])(:\\d{1,5})?")) {
                throw new IllegalArgumentException("a CORS origin is a scheme, a host and an optional port, such as "
                        + "https://intranet.example.gov.uk, with no path and no wildcard");
            }
            this.corsOrigins.add(origin.toLowerCase(java.util.Locale.ROOT));
            return this;
        }

        /**
         * Whether {@code GET /health/live} and {@code GET /health/ready} need the token too (false by
         * default: load balancers probe them without one). {@code GET /health} always needs it when
         * one is set.
         *
         * @since 1.0.0
         */
        public Builder healthNeedsToken(boolean needsToken) {
            this.healthNeedsToken = needsToken;
            return this;
        }

        /**
         * The address clients reach the service at, behind a proxy (such as
         * {@code https://sen.example.gov.uk/}): the OpenAPI document's {@code servers} and the JSON
         * Schemas' {@code $id}s use it. Without it, {@code servers} is {@code /} and each
         * {@code $id} a path, both relative to wherever the client fetched the document from.
         *
         * @since 1.0.0
         */
        public Builder publicUrl(URI url) {
            Objects.requireNonNull(url, "url");
            if (!url.isAbsolute() || url.getHost() == null || !(url.getScheme().equals("http") || url.getScheme().equals("https"))) {
                throw new IllegalArgumentException("the public URL is an absolute http or https address, such as https://sen.example.gov.uk/");
            }
            this.publicUrl = url;
            return this;
        }

        /** A service with these settings, not yet started. */
        public DecisionService build() {
            int streams = maxStreams != null ? maxStreams : Math.max(2, maxConcurrent / 2);
            return new DecisionService(new ServiceSettings(engine, host, port, token, maxBodyBytes, maxConcurrent, queueWait,
                    timeout, streamIdleTimeout, streams, bodyReadTimeout, minBodyBytesPerSecond, maxConnectionsPerClient,
                    List.copyOf(corsOrigins), healthNeedsToken, publicUrl));
        }
    }
}
