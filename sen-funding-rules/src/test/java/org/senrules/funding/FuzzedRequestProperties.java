package org.senrules.funding;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import org.senrules.core.SenRules;
import org.senrules.core.scenario.RequestFuzzer;

/**
 * Mutants of every valid scenario request of this module's rule sets are decided or refused as
 * they should be, never an exception (see {@link RequestFuzzer} for the mutations).
 */
class FuzzedRequestProperties {
    static final SenRules ENGINE = SenRules.builder().build();
    static final java.util.concurrent.atomic.AtomicInteger INPUTS = new java.util.concurrent.atomic.AtomicInteger();

    static List<Path> folders() throws java.io.IOException {
        try (Stream<Path> s = Files.list(Path.of("src/test/scenarios"))) {
            // only the folders of rule sets this module ships (not test-only rule sets)
            List<String> shipped = ENGINE.ruleSets().stream().map(r -> r.id()).toList();
            return s.filter(p -> shipped.contains(p.getFileName().toString())).sorted().toList();
        }
    }

    @AfterContainer
    static void reportCount() {
        System.out.println("fuzzed requests: " + INPUTS.get() + " inputs over " + "sen-funding-rules" + "'s rule sets");
    }

    @Property(tries = 5)
    void everyMutantIsDecidedOrRefusedAsItShouldBe(@ForAll long seed) throws Exception {
        for (Path folder : folders()) {
            RequestFuzzer.Report report = RequestFuzzer.run(ENGINE, folder, seed, Integer.getInteger("senrules.fuzz.perTry", 500) / 5);
            INPUTS.addAndGet(report.inputs());
            assertTrue(report.failures().isEmpty(), folder + ": " + report.failures());
        }
    }
}
