package org.senrules.server.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.senrules.core.SenRules;

/**
 * The service's engine, compiled in the background once the port is open so that
 * {@code /health} can say "starting" meanwhile. Reloads are serialised; the engine swaps its
 * rules atomically and keeps the old ones serving if new files are broken.
 */
public final class Engines {
    private final SenRules.Builder builder;
    private final CountDownLatch compiled = new CountDownLatch(1);
    private volatile SenRules engine;
    private volatile RuntimeException failure;

    Engines(SenRules.Builder builder) {
        this.builder = builder;
    }

    void startCompiling() {
        Thread t = new Thread(() -> {
            try {
                // every rule set built before /health says ready: none is left to its first decision
                engine = builder.buildEagerly(true).build();
            } catch (RuntimeException e) {
                failure = e;
            } finally {
                compiled.countDown();
            }
        }, "sen-compile-rules");
        t.setDaemon(true);
        t.start();
    }

    public boolean ready() {
        return engine != null;
    }

    /** Why compiling failed, or {@code null}. */
    RuntimeException failure() {
        return failure;
    }

    public boolean awaitReady(Duration timeout) throws InterruptedException {
        if (!compiled.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            return false;
        }
        if (failure != null) {
            throw failure;
        }
        return true;
    }

    /** The engine, or a 503 while it compiles (or if it failed to). */
    SenRules engine() {
        SenRules e = engine;
        if (e == null) {
            throw failure != null
                    ? ApiError.of(503, "not-ready", "the rules did not compile; see the service's log and GET /health")
                    : ApiError.of(503, "not-ready", "the rules are still compiling; try again shortly", Map.of("Retry-After", "5"));
        }
        return e;
    }

    synchronized void reload() {
        engine().reload();
    }
}
