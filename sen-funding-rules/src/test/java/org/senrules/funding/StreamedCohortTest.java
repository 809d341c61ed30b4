package org.senrules.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.senrules.core.InvalidRequestException;
import org.senrules.core.Request;
import org.senrules.core.SenRules;

/**
 * {@code DecisionJson.readCohort}: a cohort read case by case, for the simulator, with every
 * check {@code read} makes and the same violations, but no case-count limit and no document cap
 * (each case bounded instead), so that England's 1,700,000 cases can be simulated in bounded memory.
 */
class StreamedCohortTest {
    private static SenRules engine;

    @BeforeAll
    static void engine() {
        engine = SenRules.builder().ruleSets("sspp-top-up").build();
    }

    private static String aCase(int i, String extra) {
        return "{\"caseId\": \"S-" + i + "\", \"planStatus\": \"SEN_SUPPORT\", \"setting\": \"MAINSTREAM_SCHOOL\", \"primaryNeed\": \""
                + (i % 2 == 0 ? "ASD" : "SEMH") + "\", \"parentalConsent\": true, \"graduatedApproachCycles\": 3, "
                + "\"coCreatedWithSupportServices\": true, \"outsideAgencySupport\": true, \"discussedAtMapMeeting\": true, "
                + "\"requestedSupportUnits\": " + (1 + i % 9) + ", \"renewal\": false, \"cohorts\": [], \"locality\": \"North\"" + extra + "}";
    }

    private static String cohort(int n, String head, String tail, int badAt) {
        StringBuilder b = new StringBuilder("{").append(head).append("\"cases\": [");
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ",\n").append(aCase(i, i == badAt ? ", \"favouriteColour\": \"blue\"" : ""));
        }
        return b.append("]").append(tail).append("}").toString();
    }

    private static InputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private static List<List<Request>> stream(String json, int chunk) {
        List<List<Request>> chunks = new ArrayList<>();
        long n = engine.json().readCohort(bytes(json), chunk, c -> chunks.add(List.copyOf(c)));
        assertEquals(n, chunks.stream().mapToInt(List::size).sum());
        return chunks;
    }

    @Test
    void aCohortStreamed_isTheCohortRead_inChunksInDocumentOrder() {
        String json = cohort(23, "\"ruleSet\": \"sspp-top-up\", \"asOf\": \"2026-01-15\", \"policy\": \"dbv-option-4\", ", "", -1);
        List<List<Request>> chunks = stream(json, 5);
        assertEquals(List.of(5, 5, 5, 5, 3), chunks.stream().map(List::size).toList());
        assertEquals(engine.json().read(json), chunks.stream().flatMap(List::stream).toList());
    }

    @Test
    void aCohortNamingItsRuleSetAfterItsCases_isHeldAndHandedAtTheEnd_asRead() {
        String json = cohort(7, "", ", \"asOf\": \"2026-01-15\", \"ruleSet\": \"sspp-top-up\"", -1);
        assertEquals(engine.json().read(json), stream(json, 3).stream().flatMap(List::stream).toList());
        String single = "{\"ruleSet\": \"sspp-top-up\", \"asOf\": \"2026-01-15\", \"case\": " + aCase(1, "") + "}";
        assertEquals(engine.json().read(single), stream(single, 3).get(0));
    }

    @Test
    void aBadCase_isRefusedWithTheViolationsReadGives_andNothingAfterItIsHanded() {
        String json = cohort(40, "\"ruleSet\": \"sspp-top-up\", \"asOf\": \"2026-01-15\", ", ", \"extra\": 1", 17);
        InvalidRequestException read = assertThrows(InvalidRequestException.class, () -> engine.json().read(json));
        List<Request> handed = new ArrayList<>();
        InvalidRequestException streamed = assertThrows(InvalidRequestException.class,
                () -> engine.json().readCohort(bytes(json), 4, handed::addAll));
        assertEquals(read.violations(), streamed.violations());
        assertTrue(read.violations().stream().anyMatch(v -> v.path().startsWith("cases[17]")), read.violations().toString());
        assertTrue(read.violations().stream().anyMatch(v -> v.path().equals("extra")), read.violations().toString());
        assertTrue(handed.size() <= 17, "handed " + handed.size());
        assertTrue(handed.stream().noneMatch(r -> r.caseData().caseId().equals("S-17")));
    }

    @Test
    void aBadEnvelope_isRefusedAsReadRefusesIt() {
        for (String head : List.of("\"ruleSet\": \"sspp-top-up\", \"asOf\": \"2026-02-30\", ",
                "\"ruleSet\": \"sspp-top-up\", \"asOf\": \"2026-01-15\", \"policy\": \"nope\", ",
                "\"ruleSet\": \"nope\", \"asOf\": \"2026-01-15\", ")) {
            String json = cohort(9, head, "", 4);
            InvalidRequestException read = assertThrows(InvalidRequestException.class, () -> engine.json().read(json));
            List<Request> handed = new ArrayList<>();
            InvalidRequestException streamed = assertThrows(InvalidRequestException.class,
                    () -> engine.json().readCohort(bytes(json), 2, handed::addAll));
            assertEquals(read.violations(), streamed.violations(), head);
            assertEquals(List.of(), handed, "nothing is handed when the envelope is wrong: " + head);
        }
    }

    @Test
    void aCaseOfMoreThanOneMebibyte_isRefusedWithItsPath() {
        StringBuilder big = new StringBuilder();
        for (int f = 0; f < 11; f++) {
            big.append(", \"pad").append(f).append("\": \"").append("x".repeat(99_000)).append('"');
        }
        String json = "{\"ruleSet\": \"sspp-top-up\", \"asOf\": \"2026-01-15\", \"cases\": [" + aCase(0, "") + ", " + aCase(1, big.toString())
                + "]}";
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> engine.json().readCohort(bytes(json), 2, c -> { }));
        assertEquals("cases[1]", e.violations().get(e.violations().size() - 1).path(), e.violations().toString());
        assertTrue(e.violations().get(e.violations().size() - 1).message().contains("larger than 1 MiB"), e.violations().toString());
    }

    /** 1,000,001 cases, made as they are read: more than read() takes, and more than its 512 MiB cap would allow at scale. */
    @Test
    void aCohortOfMoreThanAMillionCases_isStreamedWhole() {
        int n = 1_000_001;
        InputStream endless = new InputStream() {
            private byte[] part = "{\"ruleSet\": \"sspp-top-up\", \"asOf\": \"2026-01-15\", \"cases\": [".getBytes(StandardCharsets.UTF_8);
            private int at;
            private int next;

            @Override
            public int read() {
                while (part != null && at == part.length) {
                    part = next < n ? ((next == 0 ? "" : ",") + aCase(next, "")).getBytes(StandardCharsets.UTF_8)
                            : next == n ? "]}".getBytes(StandardCharsets.UTF_8) : null;
                    next++;
                    at = 0;
                }
                return part == null ? -1 : part[at++];
            }
        };
        long[] seen = {0};
        String[] last = {null};
        long handed = engine.json().readCohort(new java.io.BufferedInputStream(endless, 1 << 16), 1000, c -> {
            seen[0] += c.size();
            last[0] = c.get(c.size() - 1).caseData().caseId();
        });
        assertEquals(n, handed);
        assertEquals(n, seen[0]);
        assertEquals("S-" + (n - 1), last[0]);
    }
}
