package org.senrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replay for a tribunal (issue 30, item 4), as a council's staff would run it: {@code ./sen decide
 * --record} keeps the request, the decision and its fingerprints; {@code ./sen replay} re-decides
 * it and says "identical" (exit 0) or lists what differs (exit 1); {@code ./sen rules archive}
 * keeps every release's files so that an old decision is re-made with the rules it was made with.
 */
class ReplayCliTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String SSPP = "examples/data/sspp-top-up/eligible-mainstream.json";

    @TempDir
    Path dir;

    private Path record(String name, String... options) throws Exception {
        Path file = dir.resolve(name);
        String[] args = new String[3 + options.length];
        args[0] = "decide";
        args[1] = Sen.root().resolve(SSPP).toString();
        args[2] = "--record=" + file;
        System.arraycopy(options, 0, args, 3, options.length);
        Sen.Result r = Sen.process(dir, args);
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.err().contains("the decision record written to " + file), r::toString);
        return file;
    }

    /** A copy of sspp-top-up's files in which one reason is worded differently. */
    private Path editedRules() throws Exception {
        Path rules = dir.resolve("edited");
        assertEquals(0, Sen.process(dir, "rules", "export", "sspp-top-up", rules.toString()).exit());
        Path drl = rules.resolve("sspp-top-up.drl");
        String text = Files.readString(drl);
        assertTrue(text.contains("The funding may be renewed when the plan is reviewed."));
        Files.writeString(drl, text.replace("The funding may be renewed when the plan is reviewed.",
                "The funding may be renewed at the plan's review."));
        Files.walk(rules.resolve("scenarios")).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        return rules;
    }

    @Test
    void replay_ofARecordWithTheSameRulesAndValues_isIdentical() throws Exception {
        Path rec = record("record.json");
        JsonNode r = JSON.readTree(Files.readString(rec));
        assertEquals("senrules-decision-record/1", r.get("record").asText());
        assertEquals(r.get("decision").get("rulesFingerprint"), r.get("rulesFingerprint"));
        assertEquals("SHOW-SSPP-1", r.at("/request/case/caseId").asText());
        Sen.Result replay = Sen.process(dir, "replay", rec.toString());
        assertEquals(0, replay.exit(), replay::toString);
        assertEquals(rec + ": case SHOW-SSPP-1, sspp-top-up 1.0.0, values in force on 2026-01-15\n  identical\n1 of 1 record identical.\n",
                replay.out());
        // a record is evidence: never overwritten
        Sen.Result again = Sen.process(dir, "decide", Sen.root().resolve(SSPP).toString(), "--record", rec.toString());
        assertEquals(2, again.exit(), again::toString);
        assertTrue(again.err().contains("a decision record is never overwritten"), again::toString);
    }

    @Test
    void replay_withOtherValuesOrRules_listsEveryDifference_andFails() throws Exception {
        Path rec = record("record.json");
        Path values = Files.writeString(dir.resolve("funding-shared.parameters.json"), "{\"supportUnitValue\": ["
                + "{\"from\": \"2024-04-01\", \"until\": \"2025-03-31\", \"value\": \"950.00\", \"illustrative\": true},"
                + "{\"from\": \"2025-04-01\", \"until\": \"2026-03-31\", \"value\": \"1025.00\", \"illustrative\": false},"
                + "{\"from\": \"2026-04-01\", \"value\": \"1025.00\", \"illustrative\": false}]}");
        Sen.Result r = Sen.process(dir, "replay", rec.toString(), "--parameters", values.toString());
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.out().contains("  differs (5 differences):\n    outcome.topUp: recorded \"6000.00\", now \"6150.00\"\n"), r::toString);
        assertTrue(r.out().contains("    parameter supportUnitValue value: recorded \"1000.00\", now \"1025.00\"\n"), r::toString);
        assertTrue(r.out().contains("    parameter supportUnitValue illustrative: recorded true, now false\n"), r::toString);
        assertTrue(r.out().contains("    rule units-judged-necessary text: recorded \"Every criterion is met. The 6 Support Units judged"
                + " necessary are funded at £1,000.00 each"), r::toString);
        assertTrue(r.out().contains("    parametersFingerprint: recorded \"sha256:"), r::toString);
        assertTrue(r.out().endsWith("0 of 1 record identical.\n"), r::toString);

        Sen.Result rules = Sen.process(dir, "replay", rec.toString(), "--rules", editedRules().toString());
        assertEquals(1, rules.exit(), rules::toString);
        assertTrue(rules.out().contains("    rule renewable-at-review text: recorded \"The funding may be renewed when the plan is reviewed.\","
                + " now \"The funding may be renewed at the plan's review.\"\n"), rules::toString);
        assertTrue(rules.out().contains("    rulesFingerprint: recorded \"sha256:"), rules::toString);
        assertFalse(rules.out().contains("outcome."), "the outcome is the same: " + rules.out());
    }

    @Test
    void replay_withAnArchive_reMakesEachDecisionWithTheRulesItWasMadeWith() throws Exception {
        Path archive = dir.resolve("archive");
        Path edited = editedRules();
        Sen.Result first = Sen.process(dir, "rules", "archive", archive.toString());
        assertEquals(0, first.exit(), first::toString);
        // every rule set on the module path: the shipped ten (early-years-inclusion the tenth), and the example third-party
        // pack the tests add
        assertTrue(first.out().matches("(?s).*Archived (10|11) releases in " + java.util.regex.Pattern.quote(archive.toString()) + ".*"),
                first::toString);
        Sen.Result same = Sen.process(dir, "rules", "archive", archive.toString());
        assertTrue(same.out().contains("already holds this release of every rule set"), same::toString);
        Sen.Result second = Sen.process(dir, "rules", "archive", archive.toString(), "--rules", edited.toString());
        assertTrue(second.out().contains("Archived 1 release in"), second::toString);

        Path packaged = record("packaged.json");
        Path council = record("council.json", "--rules", edited.toString());
        // the edited rules are no longer in use: only the archive can re-make the council's decision
        Sen.Result r = Sen.process(dir, "replay", packaged.toString(), council.toString(), "--archive", archive.toString());
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("identical\n" + council + ": case SHOW-SSPP-1"), r::toString);
        assertTrue(r.out().endsWith("2 of 2 records identical.\n"), r::toString);
        Sen.Result withoutArchive = Sen.process(dir, "replay", council.toString());
        assertEquals(1, withoutArchive.exit(), withoutArchive::toString);

        Sen.Result mixed = Sen.process(dir, "replay", council.toString(), "--archive", archive.toString(), "--rules", edited.toString());
        assertEquals(2, mixed.exit(), mixed::toString);
    }

    @Test
    void replay_ofSomethingThatIsNotARecord_isRefusedByPath() throws Exception {
        Path rec = record("record.json");
        String changed = Files.readString(rec).replace("\"record\" : \"senrules-decision-record/1\"", "\"record\" : \"other\"");
        Path bad = Files.writeString(dir.resolve("bad.json"), changed);
        Sen.Result r = Sen.process(dir, "replay", bad.toString());
        assertEquals(2, r.exit(), r::toString);
        JsonNode e = JSON.readTree(r.out());
        assertEquals("invalid-request", e.get("error").asText());
        assertEquals("record", e.at("/violations/0/path").asText());
        assertFalse(r.err().contains("\tat "), r::toString);
    }
}
