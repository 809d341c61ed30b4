package org.senrules.server;

import java.time.Duration;
import org.senrules.core.SenRules;

/**
 * The services the tests drive, each started once for the whole run on a free loopback port:
 * one without a token (the default) and one that requires it.
 */
final class Services {
    static final String TOKEN = "test-token-0123456789abcdef";
    static final long BODY_LIMIT = 512 * 1024;
    private static DecisionService open;
    private static DecisionService guarded;

    private Services() {
    }

    static synchronized DecisionService open() throws InterruptedException {
        if (open == null) {
            open = start(DecisionService.builder().port(0).maxBodyBytes(BODY_LIMIT));
        }
        return open;
    }

    static synchronized DecisionService guarded() throws InterruptedException {
        if (guarded == null) {
            guarded = start(DecisionService.builder().port(0).token(TOKEN));
        }
        return guarded;
    }

    private static DecisionService start(DecisionService.Builder b) throws InterruptedException {
        DecisionService s = b.engine(SenRules.builder()).build().start();
        if (!s.awaitReady(Duration.ofMinutes(5))) {
            throw new IllegalStateException("the rules did not compile within 5 minutes");
        }
        Runtime.getRuntime().addShutdownHook(new Thread(s::close));
        return s;
    }
}
