package org.senrules.server.internal;

import java.time.Duration;
import org.senrules.core.SenRules;

/** The service's configuration, as the builder checked it. */
public record ServiceSettings(SenRules.Builder engine, String host, int port, String token, long maxBodyBytes,
                              int maxConcurrent, Duration queueWait, Duration timeout, Duration streamIdleTimeout) {

    /** The host as it appears in a URI (an IPv6 address in brackets; every interface as loopback). */
    public String uriHost() {
        if (host.equals("0.0.0.0") || host.equals("::")) {
            return "127.0.0.1";
        }
        return host.contains(":") ? "[" + host + "]" : host;
    }
}
