package org.senrules.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A cohort read from a stream is read case by case; it must give exactly what reading the same
 * text as a whole gives: the same requests, or the same violations in the same order.
 */
class StreamedCohortTest {
    static final SenRules ENGINE = EngineTest.ENGINE;
    static final String GOOD = "{\"caseId\":\"P-%d\",\"setting\":\"MAINSTREAM_SCHOOL\",\"parentalConsent\":true,\"requestedUnits\":%d}";

    static String cases(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(String.format(GOOD, i, i % 40));
        }
        return String.join(",", out);
    }

    /** What each way of reading gives, as text: the requests with their cases, or the violations. */
    static String outcome(java.util.function.Supplier<List<Request>> read) {
        try {
            return read.get().stream().map(r -> r + " " + r.caseData().getClass().getSimpleName() + " "
                    + ((org.senrules.core.testpack.TestTopUpCase) r.caseData()).requestedUnits()).toList().toString();
        } catch (InvalidRequestException e) {
            return "refused " + e.violations();
        }
    }

    static void sameEitherWay(String json) {
        String whole = outcome(() -> ENGINE.json().read(json));
        String streamed = outcome(() -> ENGINE.json().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        assertEquals(whole, streamed, json.length() > 300 ? json.substring(0, 300) : json);
    }

    @Test
    void aStreamedCohort_readsAsTheWholeDocumentDoes() {
        String good = cases(500);
        List<String> documents = List.of(
                "{\"ruleSet\":\"test-top-up\",\"asOf\":\"2026-01-15\",\"policy\":\"capped\",\"cases\":[" + good + "]}",
                // cases before ruleSet, envelope fields after cases
                "{\"cases\":[" + good + "],\"ruleSet\":\"test-top-up\",\"asOf\":\"2026-01-15\"}",
                "{\"ruleSet\":\"test-top-up\",\"cases\":[" + good + "],\"asOf\":\"2026-01-15\",\"extra\":1}",
                // bad cases, bad envelope values, unknown policy, bad date
                "{\"ruleSet\":\"test-top-up\",\"asOf\":\"2026-02-30\",\"policy\":\"nope\",\"cases\":[" + good
                        + ",{\"caseId\":\"\",\"setting\":\"MOON\",\"parentalConsent\":1,\"requestedUnits\":99,\"x\":2}," + good + "]}",
                "{\"ruleSet\":\"test-top-up\",\"asOf\":\"2026-01-15\",\"cases\":[" + good + ",null]}",
                "{\"ruleSet\":\"test-top-up\",\"asOf\":\"2026-01-15\",\"cases\":[" + good + ",[]]}",
                "{\"ruleSet\":\"test-top-up\",\"asOf\":\"2026-01-15\",\"cases\":{}}",
                "{\"ruleSet\":\"test-top-up\",\"asOf\":\"2026-01-15\",\"cases\":[]}",
                "{\"ruleSet\":\"no-such-set\",\"asOf\":\"2026-01-15\",\"cases\":[" + good + "]}",
                "{\"ruleSet\":7,\"asOf\":null,\"policy\":null,\"cases\":[" + good + "]}",
                "{\"ruleSet\":\"test-top-up\",\"asOf\":\"2026-01-15\",\"case\":" + String.format(GOOD, 1, 1) + ",\"cases\":[" + good + "]}",
                "{\"ruleSet\":\"test-top-up\",\"asOf\":\"2026-01-15\",\"case\":" + String.format(GOOD, 1, 1) + "}",
                // not JSON, duplicates, trailing tokens, cut short
                "{\"ruleSet\":\"test-top-up\",\"ruleSet\":\"test-top-up\",\"asOf\":\"2026-01-15\",\"cases\":[" + good + "]}",
                "{\"ruleSet\":\"test-top-up\",\"asOf\":\"2026-01-15\",\"cases\":[" + good + "]} {}",
                "{\"ruleSet\":\"test-top-up\",\"asOf\":\"2026-01-15\",\"cases\":[" + good,
                "[1,2]", "", "null");
        for (String json : documents) {
            sameEitherWay(json);
        }
    }
}
