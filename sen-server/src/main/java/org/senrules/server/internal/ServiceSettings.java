package org.senrules.server.internal;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.senrules.core.SenRules;

/**
 * The service's configuration, as the builder checked it.
 *
 * @param maxStreams how many NDJSON streams may run at once (each holds a thread while it reads)
 * @param bodyReadTimeout how long a whole body may take to arrive
 * @param minBodyBytesPerSecond the slowest a body may arrive, averaged from its start, once
 *        {@link #BODY_RATE_GRACE} has passed
 * @param maxConnectionsPerClient how many connections one client address may hold open
 * @param corsOrigins the origins allowed to call from a browser (none: CORS off)
 * @param healthNeedsToken whether {@code /health/live} and {@code /health/ready} need the token too
 * @param publicUrl the address clients use (behind a proxy), for {@code servers} and {@code $id}s; or null
 */
public record ServiceSettings(SenRules.Builder engine, String host, int port, String token, long maxBodyBytes,
                              int maxConcurrent, Duration queueWait, Duration timeout, Duration streamIdleTimeout,
                              int maxStreams, Duration bodyReadTimeout, long minBodyBytesPerSecond,
                              int maxConnectionsPerClient, List<String> corsOrigins, boolean healthNeedsToken, URI publicUrl) {
    /** A body is not held to the minimum rate in its first seconds (a connection's slow start, a client's pause). */
    public static final Duration BODY_RATE_GRACE = Duration.ofSeconds(5);

    /** The host as it appears in a URI (an IPv6 address in brackets; every interface as loopback). */
    public String uriHost() {
        if (host.equals("0.0.0.0") || host.equals("::")) {
            return "127.0.0.1";
        }
        return host.contains(":") ? "[" + host + "]" : host;
    }
}
