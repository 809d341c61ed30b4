package org.senrules.server.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * What every request passes: the bearer token (compared in constant time) and, for work that
 * decides, a bounded number of places, taken only once the request's body has arrived; a request
 * that finds none within the queue wait gets 503 with {@code Retry-After}.
 */
final class Gate {
    private final byte[] token;
    private final Semaphore places;
    private final Semaphore streams;
    private final long queueWaitMillis;
    private final long streamWaitMillis;

    Gate(ServiceSettings s) {
        this.token = s.token() == null ? null : s.token().getBytes(StandardCharsets.UTF_8);
        this.places = new Semaphore(s.maxConcurrent(), true);
        this.streams = new Semaphore(s.maxStreams(), true);
        this.queueWaitMillis = s.queueWait().toMillis();
        this.streamWaitMillis = s.timeout().toMillis();
    }

    boolean hasToken() {
        return token != null;
    }

    /** Refuses a request whose {@code Authorization} header (or its absence) is not the token, when one is set. */
    void authorize(String header) {
        if (token == null) {
            return;
        }
        byte[] given = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? header.substring(7).trim().getBytes(StandardCharsets.UTF_8) : new byte[0];
        if (!MessageDigest.isEqual(token, given)) {
            throw ApiError.of(401, "unauthorized", header == null ? "this service needs Authorization: Bearer <token>"
                    : "the bearer token is not this service's", Map.of("WWW-Authenticate", "Bearer realm=\"senrules\""));
        }
    }

    /** Runs {@code work} in one of the places, or refuses with 503 when they stay full. */
    void run(Work work) throws Exception {
        enter();
        try {
            work.run();
        } finally {
            leave();
        }
    }

    /** Takes a place, or refuses with 503 when they stay full; every {@code enter} is followed by one {@link #leave}. */
    void enter() {
        boolean entered;
        try {
            entered = places.tryAcquire(queueWaitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            entered = false;
        }
        if (!entered) {
            throw ApiError.of(503, "busy", "the service is deciding as many requests as it is allowed to; retry shortly",
                    Map.of("Retry-After", "1"));
        }
    }

    /** Gives back the place {@link #enter} took. */
    void leave() {
        places.release();
    }

    /**
     * Takes a place for a stream, or refuses with 503: a stream holds a thread while it reads its
     * lines, so there are as many places for streams as threads set aside for them. A stream takes
     * a place for decisions only while it decides a batch of lines it has read ({@link #enterForBatch}).
     */
    void enterStream() {
        if (!streams.tryAcquire()) {
            throw ApiError.of(503, "busy", "the service is reading as many streams as it is allowed to; retry shortly",
                    Map.of("Retry-After", "1"));
        }
    }

    void leaveStream() {
        streams.release();
    }

    /** A place for deciding a batch of a stream's lines; waits up to the request time limit; false if none came. */
    boolean enterForBatch() {
        try {
            return places.tryAcquire(streamWaitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A request's work. */
    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }
}
