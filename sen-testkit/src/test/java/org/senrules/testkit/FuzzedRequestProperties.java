package org.senrules.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.senrules.core.SenRules;
import org.senrules.core.testpack.TestPack;

/**
 * Mutated requests (dropped, duplicated and unknown fields, wrong types, out-of-range numbers,
 * huge and empty strings, deep nesting, invalid dates, invalid UTF-8, truncation) are refused as
 * invalid requests, and harmless rewrites are decided; never an exception.
 */
class FuzzedRequestProperties {
    static final SenRules ENGINE = SenRules.builder().discoverPacks(false).addPack(new TestPack()).build();
    static final String GOOD_CASE = "{\"caseId\":\"P-0001\",\"setting\":\"MAINSTREAM_SCHOOL\",\"parentalConsent\":true,"
            + "\"requestedUnits\":3}";
    static final List<String> VALID = List.of(
            request(GOOD_CASE),
            request(GOOD_CASE.replace("}", ",\"minimumUnits\":1,\"note\":\"n\"}")),
            "{\"ruleSet\":\"test-top-up\",\"asOf\":\"2025-06-01\",\"policy\":\"capped\",\"cases\":[" + GOOD_CASE
                    + "," + GOOD_CASE + "]}");

    static String request(String caseJson) {
        return "{\"ruleSet\":\"test-top-up\",\"asOf\":\"2026-01-15\",\"case\":" + caseJson + "}";
    }

    static final java.util.concurrent.atomic.AtomicInteger INPUTS = new java.util.concurrent.atomic.AtomicInteger();
    static final java.util.concurrent.atomic.AtomicInteger DECIDED = new java.util.concurrent.atomic.AtomicInteger();
    static final java.util.concurrent.atomic.AtomicInteger REFUSED = new java.util.concurrent.atomic.AtomicInteger();
    static final java.util.concurrent.atomic.AtomicInteger CRASHED = new java.util.concurrent.atomic.AtomicInteger();
    static final java.util.Map<String, Integer> BY_KIND = new java.util.concurrent.ConcurrentSkipListMap<>();

    @net.jqwik.api.lifecycle.AfterContainer
    static void reportCount() {
        System.out.println("fuzzed requests: " + INPUTS.get() + " inputs, every one decided or refused as it should be ("
                + DECIDED.get() + " decided, " + REFUSED.get() + " refused); "
                + CRASHED.get() + " crashed; by kind " + BY_KIND);
    }

    @Property(tries = 20)
    void everyMutantIsDecidedOrRefusedAsItShouldBe(@ForAll long seed) {
        RequestFuzzer.Report report = RequestFuzzer.run(ENGINE, VALID, seed, Integer.getInteger("senrules.fuzz.perTry", 500));
        INPUTS.addAndGet(report.inputs());
        report.byKind().forEach((k, n) -> BY_KIND.merge(k, n, Integer::sum));
        CRASHED.addAndGet(report.crashed());
        DECIDED.addAndGet(report.decided());
        REFUSED.addAndGet(report.refused());
        assertTrue(report.failures().isEmpty(), report.failures().toString());
        assertTrue(report.decided() > 0 && report.refused() > 0, report.toString());
    }
}
