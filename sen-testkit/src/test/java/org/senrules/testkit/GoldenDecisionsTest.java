package org.senrules.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.core.domain.Setting;
import org.senrules.core.testpack.TestPack;
import org.senrules.core.testpack.TestTopUpCase;

/**
 * Recorded decisions catch any change of outcome and say which decisions changed; the recorded
 * requests replay them outside the tests, and a replay with other files counts what changes.
 */
class GoldenDecisionsTest {
    static final SenRules ENGINE = SenRules.builder().discoverPacks(false).addPack(new TestPack()).build();

    @TempDir
    Path dir;
    private String outer;

    static List<Request> requests() {
        List<Request> out = new ArrayList<>();
        for (int units = 0; units <= 12; units++) {
            for (String policy : List.of("current", "capped")) {
                out.add(new Request(TestPack.ID, LocalDate.of(2026, 1, 15), policy,
                        new TestTopUpCase("G-" + units, Setting.MAINSTREAM_SCHOOL, units % 5 != 0, units, null, units == 3 ? "a note" : null)));
            }
        }
        // refused: the same refusal, at the same path, whether read from JSON or built in Java
        out.add(Request.of(TestPack.ID, LocalDate.of(2026, 1, 15), new TestTopUpCase("G-bad", Setting.MAINSTREAM_SCHOOL, true, -1, null, null)));
        return out;
    }

    @BeforeEach
    void outside() {
        outer = System.clearProperty(GoldenDecisions.RECORD_PROPERTY); // the build may be recording other files
    }

    @AfterEach
    void restore() {
        if (outer != null) {
            System.setProperty(GoldenDecisions.RECORD_PROPERTY, outer);
        }
    }

    private Path recorded() {
        Path golden = GoldenDecisions.folder(dir, TestPack.ID);
        System.setProperty(GoldenDecisions.RECORD_PROPERTY, "record");
        try {
            assertEquals(List.of(), GoldenDecisions.check(ENGINE, golden, requests()));
        } finally {
            System.clearProperty(GoldenDecisions.RECORD_PROPERTY);
        }
        return golden;
    }

    private SenRules cappedAtTen() throws IOException {
        Path override = dir.resolve("test-top-up.parameters.json");
        Files.writeString(override, "{\"unitCap\":[{\"from\":\"2024-04-01\",\"value\":10,\"illustrative\":true}]}");
        return SenRules.builder().discoverPacks(false).addPack(new TestPack()).overrideParameters(TestPack.ID, override).build();
    }

    @Test
    void check_nothingRecorded_saysHowToRecord() {
        List<String> diff = GoldenDecisions.check(ENGINE, GoldenDecisions.folder(dir, TestPack.ID), requests());
        assertTrue(diff.get(0).contains("no recorded decisions"), diff.toString());
    }

    @Test
    void check_aRecordingMatchesTheSameEngine_andAChangedValueFailsWithADiff() throws IOException {
        Path golden = recorded();
        assertEquals(dir.resolve("META-INF/senrules/test-top-up/golden"), golden.normalize());
        assertTrue(Files.isRegularFile(golden.resolve(GoldenDecisions.DECISIONS)) && Files.isRegularFile(golden.resolve(GoldenDecisions.REQUESTS)));
        assertEquals(List.of(), GoldenDecisions.check(ENGINE, golden, requests()));

        List<String> diff = GoldenDecisions.check(cappedAtTen(), golden, requests());
        // every current-policy decision changes fingerprint; units 11 and 12 also change outcome
        assertTrue(diff.get(0).startsWith("13 of 27 recorded decisions differ"), diff.get(0));
        assertTrue(diff.stream().anyMatch(d -> d.startsWith("test-top-up/current/2026-01-15/#00022/G-11:") && d.contains("\"units\":11")
                && d.contains("\"units\":10")), String.join("\n", diff));
        assertEquals(14, diff.size(), "a header and one entry per changed decision except the refusal: " + diff);
    }

    @Test
    void check_requestsChangedSinceTheRecording_failsUntilReRecorded() {
        Path golden = recorded();
        List<Request> other = new ArrayList<>(requests());
        other.set(0, other.get(0).withPolicy("capped"));
        List<String> diff = GoldenDecisions.check(ENGINE, golden, other);
        assertTrue(diff.get(0).contains("differ"), diff.toString());
    }

    @Test
    void replay_sameEngine_changesNothing() {
        GoldenDecisions.Replay r = GoldenDecisions.replay(ENGINE, recorded(), TestPack.ID, 3);
        assertEquals(27, r.decided());
        assertEquals(0, r.changed(), r::toString);
        assertEquals(0, r.otherRules(), r::toString);
        assertEquals(List.of(), r.examples());
    }

    @Test
    void replay_changedValue_countsTheChangedOutcomes_withExamples() throws IOException {
        GoldenDecisions.Replay r = GoldenDecisions.replay(cappedAtTen(), recorded(), TestPack.ID, 1);
        assertEquals(27, r.decided());
        assertEquals(2, r.changed(), "units 11 and 12 are capped at 10 under current: " + r);
        GoldenDecisions.Change c = r.examples().get(0);
        assertEquals(1, r.examples().size(), "no more examples than asked for");
        assertEquals("G-11", c.caseId());
        assertEquals("test-top-up/current/2026-01-15/#00022/G-11", c.key());
        assertEquals("units 11 → 10", c.fields().get(0), c::toString);
        assertTrue(c.fields().get(1).startsWith("topUp "), c::toString);
        assertTrue(c.rulesAfter().contains("units-granted"), c::toString);
    }

    @Test
    void replay_noGoldenSet_isNull() {
        assertNull(GoldenDecisions.replay(ENGINE, dir, TestPack.ID, 3));
        assertNull(GoldenDecisions.replay(ENGINE, TestPack.ID, 3), "the test pack ships none");
    }
}
