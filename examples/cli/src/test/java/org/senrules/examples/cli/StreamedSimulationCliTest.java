package org.senrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./sen simulate} of a JSON cohort reads it case by case (no case-count limit, memory
 * bounded by the aggregates): a cohort with a bad case is refused as before, with its path, and
 * nothing is written; a usage error of the options comes only after the cohort's own violations;
 * a cohort whose envelope follows its cases (read whole) reports the same as one whose envelope
 * comes first.
 */
class StreamedSimulationCliTest {
    @TempDir
    static Path dir;
    private static Path cohort;
    private static String text;

    @BeforeAll
    static void cohort() throws IOException {
        cohort = dir.resolve("sspp.json");
        assertEquals(0, Sen.inProcess("cohort", "--size", "1200", "--seed", "3", "--out", cohort.toString()).exit());
        text = Files.readString(cohort);
    }

    private static Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    /** The 1,001st case with a field no case has. */
    private static String withABadCase() {
        int at = text.indexOf("{\"caseId\": \"SYN-001001\"");
        assertTrue(at > 0);
        return text.substring(0, at + 1) + "\"favouriteColour\": \"blue\", " + text.substring(at + 1);
    }

    @Test
    void aBadCaseLateInTheCohort_isRefusedWithItsPath_andNothingIsWritten() throws IOException {
        Path bad = write("bad.json", withABadCase());
        Path out = dir.resolve("bad-out");
        Sen.Result r = Sen.inProcess("simulate", bad.toString(), "--out", out.toString());
        assertNotEquals(0, r.exit(), r::toString);
        // the invalid-request error, as for any refused request, and no table
        assertTrue(r.out().startsWith("{") && r.out().contains("\"path\" : \"cases[1000].favouriteColour\""), r::toString);
        assertFalse(r.out().contains("dbv-option"), r::toString);
        assertFalse(Files.exists(out), "nothing is written for a refused cohort");
    }

    @Test
    void theCohortsViolations_comeBeforeAUsageErrorOfTheOptions() throws IOException {
        Path bad = write("bad-and-unknown.json", withABadCase());
        Sen.Result r = Sen.inProcess("simulate", bad.toString(), "--policies", "dbv-option-9");
        assertTrue(r.out().contains("\"path\" : \"cases[1000].favouriteColour\""), r::toString);
        assertFalse((r.out() + r.err()).contains("unknown policy"), r::toString);
        Sen.Result unknown = Sen.inProcess("simulate", cohort.toString(), "--policies", "dbv-option-9");
        assertNotEquals(0, unknown.exit());
        assertTrue(unknown.err().contains("unknown policy \"dbv-option-9\"; the policies of sspp-top-up are current"), unknown::toString);
    }

    @Test
    void aCohortWhoseEnvelopeFollowsItsCases_isReportedAsTheSameCohortInOrder() throws IOException {
        // {"ruleSet": ..., "asOf": ..., "policy": ...,\n "cases": [...]} becomes {"cases": [...], "ruleSet": ..., ...}
        int cases = text.indexOf("\"cases\"");
        String head = text.substring(1, cases).trim();
        String body = text.substring(cases, text.lastIndexOf('}'));
        Path reordered = write("reordered.json", "{" + body + ", " + head.substring(0, head.length() - 1) + "}");
        Sen.Result inOrder = Sen.inProcess("simulate", cohort.toString(), "--out", dir.resolve("in-order").toString());
        Sen.Result after = Sen.inProcess("simulate", reordered.toString(), "--out", dir.resolve("after").toString());
        assertEquals(0, inOrder.exit(), inOrder::toString);
        assertEquals(inOrder.out().replace(dir.resolve("in-order").toString(), "OUT"), after.out().replace(dir.resolve("after").toString(), "OUT"));
        for (String f : new String[] {"simulation.json", "summary.csv", "winners-losers.csv", "simulation.xlsx", "report.html"}) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("in-order").resolve(f)), Files.readAllBytes(dir.resolve("after").resolve(f)), f);
        }
    }
}
