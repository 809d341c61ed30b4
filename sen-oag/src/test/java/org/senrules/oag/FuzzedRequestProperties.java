package org.senrules.oag;

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

    @AfterContainer
    static void reportCount() {
        System.out.println("fuzzed requests: " + INPUTS.get() + " inputs over sen-oag's rule sets");
    }

    @Property(tries = 5)
    void everyMutantIsDecidedOrRefusedAsItShouldBe(@ForAll long seed) {
        RequestFuzzer.Report report = RequestFuzzer.runLoadedRuleSets(ENGINE, Path.of("src/test/scenarios"), seed,
                Integer.getInteger("senrules.fuzz.perTry", 500) / 5);
        INPUTS.addAndGet(report.inputs());
        assertTrue(report.failures().isEmpty(), report.failures().toString());
    }
}
