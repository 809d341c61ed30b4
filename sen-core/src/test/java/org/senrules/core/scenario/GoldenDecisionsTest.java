package org.senrules.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.core.domain.Setting;
import org.senrules.core.testpack.TestPack;
import org.senrules.core.testpack.TestTopUpCase;

/** Recorded decisions catch any change of outcome, and say which decisions changed. */
class GoldenDecisionsTest {
    static List<Request> requests() {
        List<Request> out = new ArrayList<>();
        for (int units = 0; units <= 12; units++) {
            for (String policy : List.of("current", "capped")) {
                out.add(new Request(TestPack.ID, LocalDate.of(2026, 1, 15), policy,
                        new TestTopUpCase("G-" + units, Setting.MAINSTREAM_SCHOOL, units % 5 != 0, units, null, null)));
            }
        }
        return out;
    }

    @Test
    void aRecording_matchesTheSameEngine_andAChangedValueFailsWithADiff(@TempDir Path dir) throws IOException {
        String outer = System.clearProperty(GoldenDecisions.RECORD_PROPERTY); // the build may be recording other files
        try {
            recordAndCompare(dir);
        } finally {
            if (outer != null) {
                System.setProperty(GoldenDecisions.RECORD_PROPERTY, outer);
            }
        }
    }

    private static void recordAndCompare(Path dir) throws IOException {
        Path golden = dir.resolve("test-top-up.jsonl.gz");
        SenRules engine = SenRules.builder().discoverPacks(false).addPack(new TestPack()).build();
        assertTrue(GoldenDecisions.check(engine, golden, requests()).get(0).contains("no recorded decisions"));

        System.setProperty(GoldenDecisions.RECORD_PROPERTY, "record");
        try {
            assertTrue(GoldenDecisions.check(engine, golden, requests()).isEmpty());
        } finally {
            System.clearProperty(GoldenDecisions.RECORD_PROPERTY);
        }
        assertTrue(GoldenDecisions.check(engine, golden, requests()).isEmpty());

        Path override = dir.resolve("test-top-up.parameters.json");
        Files.writeString(override, "{\"unitCap\":[{\"from\":\"2024-04-01\",\"value\":10,\"illustrative\":true}]}");
        SenRules changed = SenRules.builder().discoverPacks(false).addPack(new TestPack())
                .overrideParameters(TestPack.ID, override).build();
        List<String> diff = GoldenDecisions.check(changed, golden, requests());
        // every current-policy decision changes fingerprint; units 11 and 12 also change outcome
        assertTrue(diff.get(0).startsWith("13 of 26 recorded decisions differ"), diff.get(0));
        assertTrue(diff.stream().anyMatch(d -> d.startsWith("test-top-up/current/2026-01-15/#00022/G-11:") && d.contains("\"units\":11")
                && d.contains("\"units\":10")), String.join("\n", diff));
        assertEquals(14, diff.size(), "a header and one entry per changed decision");
    }
}
