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

/** Each verb run as a real process on the module path, as ./sen runs it. */
class CliProcessTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String WYVERN = "examples/data/wyvern-place-band/special-school-level-5.json";

    @TempDir
    Path dir;

    @Test
    void decide_request_printsTheDecisionJsonOfTheContract() throws Exception {
        Sen.Result r = Sen.process(dir, "decide", Sen.root().resolve(WYVERN).toString());
        assertEquals(0, r.exit(), r::toString);
        JsonNode d = JSON.readTree(r.out());
        assertEquals("wyvern-place-band", d.get("ruleSet").asText());
        assertEquals("SHOW-WV-1", d.get("caseId").asText());
        assertEquals("31000.00", d.at("/outcome/total").asText());
        assertEquals("band-from-need-level", d.at("/reasons/0/rule").asText());
        assertTrue(d.get("illustrative").asBoolean());
    }

    @Test
    void decide_invalidJson_printsInvalidRequestAndNoStackTrace() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"ruleSet\": \"wyvern-place-band\", \"asOf\": \"2025-09-01\", \"case\": {\"caseId\": \"X\", \"needLevel\": 9,");
        Sen.Result r = Sen.process(dir, "decide", bad.toString());
        assertEquals(2, r.exit(), r::toString);
        JsonNode e = JSON.readTree(r.out());
        assertEquals("invalid-request", e.path("error").asText(), r::toString);
        assertTrue(e.get("violations").get(0).get("message").asText().startsWith("not valid JSON"), r::toString);
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    @Test
    void validate_brokenRuleFile_namesTheFileAndLineAndFails() throws Exception {
        Sen.Result r = Sen.process(dir, "validate", "--rules", Sen.resource("broken-rules").toString());
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.out().contains("wyvern-place-band.drl:"), r::toString);
        assertTrue(r.out().contains("bandFromTable"), r::toString);
        assertTrue(r.out().contains("1 error"), r::toString);
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    @Test
    void test_folderWithAFailingScenario_printsTheDifferenceAndRulesAndFails() throws Exception {
        Sen.Result r = Sen.process(dir, "test", Sen.resource("scenarios-mixed").toString());
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.out().contains("PASS mainstream level 3 is band 2"), r::toString);
        assertTrue(r.out().contains("FAIL a wrong expectation fails"), r::toString);
        assertTrue(r.out().contains("outcome.band: expected 3, actual 4"), r::toString);
        assertTrue(r.out().contains("rules that fired: band-from-need-level"), r::toString);
        assertTrue(r.out().contains("2 scenarios: 1 passed, 1 failed."), r::toString);
    }

    @Test
    void cohort_sameSizeAndSeed_writesTheSameFile() throws Exception {
        Sen.Result a = Sen.process(dir, "cohort", "--size", "50", "--seed", "7", "--out", "a.json");
        assertEquals(0, a.exit(), a::toString);
        assertTrue(a.out().contains("50 synthetic SSPP requests"), a::toString);
        Sen.Result b = Sen.inProcess("cohort", "--size", "50", "--seed", "7", "--out", dir.resolve("b.json").toString());
        assertEquals(0, b.exit(), b::toString);
        assertEquals(Files.readString(dir.resolve("a.json")), Files.readString(dir.resolve("b.json")));
        JsonNode cohort = JSON.readTree(dir.resolve("a.json").toFile());
        assertEquals(50, cohort.get("cases").size());
        assertEquals("SYN-000001", cohort.at("/cases/0/caseId").asText());
    }

    @Test
    void simulate_policiesAndComparedParameters_writeTablesCsvJsonAndASelfContainedReport() throws Exception {
        Path out = dir.resolve("report");
        Sen.Result r = Sen.process(dir, "simulate", Sen.resource("wyvern/cohort.json").toString(),
                "--policies", "current,flat-special-bands", "--out", out.toString(),
                "--compare-parameters", Sen.root().resolve("examples/another-council-pack/council-parameters/wyvern-place-band.parameters.json").toString());
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("== flat-special-bands"), r::toString);
        assertTrue(r.out().contains("Parameters compared"), r::toString);
        for (String f : new String[] {"summary.csv", "areas.csv", "localities.csv", "changes.csv", "simulation.json", "report.html"}) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<svg"), "charts are inline SVG");
        assertFalse(html.contains("src=\"http") || html.contains("href=\"http") || html.contains("<script"), "no external assets");
        assertTrue(html.contains("Parameter change checked over the cohort"));
        JsonNode sim = JSON.readTree(out.resolve("simulation.json").toFile());
        assertEquals(40, sim.get("cases").asInt());
        assertEquals("current", sim.at("/policies/0/policy").asText());
    }
}
