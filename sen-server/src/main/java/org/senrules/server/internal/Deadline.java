package org.senrules.server.internal;

import java.time.Duration;

/**
 * A request's time limit, checked between chunks of work (a decision itself is bounded by the
 * engine's limit on rule firings), so a runaway cohort or simulation ends with a clear error.
 */
final class Deadline {
    private final long end;
    private final Duration limit;

    Deadline(Duration limit) {
        this.limit = limit;
        this.end = System.nanoTime() + limit.toNanos();
    }

    boolean passed() {
        return System.nanoTime() - end > 0;
    }

    /** Throws the {@code timeout} error once the limit has passed. */
    void check() {
        if (passed()) {
            throw timeout();
        }
    }

    ApiError timeout() {
        return ApiError.of(503, "timeout", "the request took longer than the service's limit of " + limit.toSeconds()
                + " s; send a smaller cohort, or stream it as NDJSON");
    }
}
