package org.senrules.funding;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import org.senrules.core.SenRules;
import org.senrules.testkit.RequestFuzzer;

/**
 * Mutants of every valid scenario request of this module's rule sets are decided or refused as
 * they should be, never an exception (see {@link RequestFuzzer} for the mutations).
 */
class FuzzedRequestProperties {
    static final SenRules ENGINE = SenRules.builder().build();
    static final AtomicInteger INPUTS = new AtomicInteger();
    static final AtomicInteger CRASHED = new AtomicInteger();
    static final AtomicInteger DECIDED = new AtomicInteger();
    static final AtomicInteger REFUSED = new AtomicInteger();
    static final java.util.Map<String, Integer> BY_KIND = new java.util.concurrent.ConcurrentSkipListMap<>();

    @AfterContainer
    static void reportCount() {
        System.out.println("fuzzed requests: " + INPUTS.get() + " inputs over sen-funding-rules's rule sets (" + DECIDED.get() + " decided, "
                + REFUSED.get() + " refused); " + CRASHED.get()
                + " crashed; by kind " + BY_KIND);
    }

    @Property(tries = 5)
    void everyMutantIsDecidedOrRefusedAsItShouldBe(@ForAll long seed) {
        RequestFuzzer.Report report = RequestFuzzer.runLoadedRuleSets(ENGINE, Path.of("src/test/scenarios"), seed,
                Integer.getInteger("senrules.fuzz.perTry", 500) / 5);
        INPUTS.addAndGet(report.inputs());
        report.byKind().forEach((k, n) -> BY_KIND.merge(k, n, Integer::sum));
        CRASHED.addAndGet(report.crashed());
        DECIDED.addAndGet(report.decided());
        REFUSED.addAndGet(report.refused());
        assertTrue(report.failures().isEmpty(), report.failures().toString());
    }
}
