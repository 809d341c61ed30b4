package org.senrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senrules.core.SenRules;

/** The verbs in this JVM, for the details: explanations, usage errors, options, the SSPP simulation and the demo. */
class CliTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> LOADED = SenRules.builder().build().ruleSets().stream().map(r -> r.id()).toList();

    @TempDir
    Path dir;

    static Path data(String name) {
        return Sen.root().resolve("examples/data").resolve(name);
    }

    @Test
    void decide_explain_printsOutcomeReasonsWithSourcesAndIllustrativeValues() {
        Sen.Result r = Sen.inProcess("decide", data("wyvern-place-band/special-school-level-5.json").toString(), "--explain");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("Decision for case SHOW-WV-1"), r::toString);
        assertTrue(r.out().contains("Total: £31,000.00"), r::toString);
        assertTrue(r.out().contains("Source: Wyvern Vale Place Funding Policy (fictional example), section 3.2"), r::toString);
        assertTrue(r.out().contains("Band top up [6]: £21,000.00 (in force from 1 April 2025 to 31 March 2026) — ILLUSTRATIVE"), r::toString);
        assertTrue(r.out().contains("Place funding: £10,000.00 (in force from 1 April 2025) — not illustrative (published, or set by the council)"), r::toString);
    }

    @Test
    void decide_oagCatalogue_isTheCouncilsCatalogueForThatRunOnly() throws Exception {
        Path council = Files.writeString(dir.resolve("council-oag.json"), Files.readString(
                Sen.root().resolve("sen-oag/src/main/resources/META-INF/senrules/oag/oag-catalogue.json"))
                .replace("\"illustrative\": true", "\"illustrative\": false"));
        String request = data("oag-additionality/school-age-provision.json").toString();
        Sen.Result bundled = Sen.inProcess("decide", request);
        Sen.Result councils = Sen.inProcess("decide", request, "--oag-catalogue", council.toString());
        assertEquals(0, councils.exit(), councils::toString);
        assertTrue(bundled.out().contains("is illustrative, not the council's guidance"), bundled::toString);
        assertFalse(councils.out().contains("is illustrative, not the council's guidance"), councils::toString);

        Sen.Result missing = Sen.inProcess("decide", request, "--oag-catalogue", dir.resolve("nothing.json").toString());
        assertEquals(2, missing.exit(), missing::toString);
        assertTrue(missing.err().contains("--oag-catalogue " + dir.resolve("nothing.json") + ": no such file"), missing::toString);
    }

    @Test
    void decide_cohort_printsDecisionsInOrder() throws Exception {
        Sen.Result r = Sen.inProcess("decide", Sen.resource("wyvern/cohort.json").toString());
        assertEquals(0, r.exit(), r::toString);
        JsonNode decisions = JSON.readTree(r.out()).get("decisions");
        assertEquals(40, decisions.size());
        assertEquals("WV-001", decisions.get(0).get("caseId").asText());
        assertEquals("WV-040", decisions.get(39).get("caseId").asText());
    }

    @Test
    void decide_rulesFolder_editedDeclarationReplacesThePackagedOne() throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Path packaged = Sen.root().resolve(
                "examples/another-council-pack/src/main/resources/META-INF/senrules/wyvern-place-band/wyvern-place-band.rule-set.json");
        // the rule author's copy of the declaration, with the place funding edited
        Files.writeString(rules.resolve("wyvern-place-band.rule-set.json"),
                Files.readString(packaged).replace("\"10000.00\"", "\"10500.00\""));
        Sen.Result r = Sen.inProcess("decide", data("wyvern-place-band/special-school-level-5.json").toString(), "--rules", rules.toString());
        assertEquals(0, r.exit(), r::toString);
        assertEquals("31500.00", JSON.readTree(r.out()).at("/outcome/total").asText());
    }

    @Test
    void decide_parametersByRuleSetId_overridesOneRuleSet() throws Exception {
        Path file = Sen.root().resolve("examples/another-council-pack/council-parameters/wyvern-place-band.parameters.json");
        Path request = Files.writeString(dir.resolve("r.json"), "{\"ruleSet\": \"wyvern-place-band\", \"asOf\": \"2026-06-01\", "
                + "\"case\": {\"caseId\": \"P\", \"setting\": \"MAINSTREAM_SCHOOL\", \"primaryNeed\": \"ASD\", \"needLevel\": 3}}");
        Sen.Result byName = Sen.inProcess("decide", request.toString(), "--parameters", file.toString());
        Sen.Result byId = Sen.inProcess("decide", request.toString(), "--parameters", "wyvern-place-band=" + file);
        assertEquals("4250.00", JSON.readTree(byName.out()).at("/outcome/topUp").asText(), byName::toString);
        assertEquals(byName.out(), byId.out());
    }

    @Test
    void parameters_fileNameNotNamingARuleSet_isAUsageError() throws Exception {
        Path file = Files.writeString(dir.resolve("ours.json"), "{}");
        Sen.Result r = Sen.inProcess("validate", "--parameters", file.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("<rule-set-id>.parameters.json"), r::toString);
    }

    @Test
    void usage_unknownVerbOrOption_exitTwoWithOneLine() {
        Sen.Result verb = Sen.inProcess("decied", "x.json");
        assertEquals(2, verb.exit());
        assertTrue(verb.err().startsWith("sen: the first argument is not a verb (did you mean decide?)"), verb::toString);
        assertFalse(verb.err().contains("decied"), "what was given is not repeated: " + verb);
        Sen.Result option = Sen.inProcess("cohort", "--sise", "10", "--out", "x.json");
        assertEquals(2, option.exit());
        assertTrue(option.err().contains("argument 1 is not an option of 'cohort' (did you mean --size?)"), option::toString);
        assertFalse(option.err().contains("--sise"), "what was given is not repeated: " + option);
        Sen.Result size = Sen.inProcess("cohort", "--size", "5", "--out", dir.resolve("x.json").toString());
        assertEquals(2, size.exit());
        assertTrue(size.err().contains("--size must be from 10 to 1,000,000"), size::toString);
        Sen.Result missing = Sen.inProcess("decide", dir.resolve("missing.json").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("no such file"), missing::toString);
    }

    @Test
    void validate_seededTableFaults_areEachReportedWithFileAndLine() {
        Path file = Sen.resource("bad-tables").resolve("top-up-frameworks.parameters.json");
        Sen.Result r = Sen.inProcess("validate", "--parameters", file.toString());
        assertEquals(1, r.exit(), r::toString);
        String out = r.out() + r.err();
        assertTrue(out.contains(file + ":4: bandTable: gap: row A has 3 entries"), "names the file and the entry's line: " + out);
        assertTrue(out.contains("gap: row A has 3 entries"), out);
        assertTrue(out.contains("overlap: row B has 5 entries"), out);
        assertTrue(out.contains("not monotone: row C gives 2 at level 3"), out);
        assertTrue(out.contains("not monotone: 3 is paid 3500.00, less than 2 at 4000.00"), out);
        assertTrue(out.contains("starts on 2026-01-01, not 1 April"), "a suspicious date is a warning: " + out);
    }

    @Test
    void validate_packagedRules_listEveryRuleSetAndPass() {
        Sen.Result r = Sen.inProcess("validate");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("ok  wyvern-place-band"), r::toString);
        assertTrue(r.out().contains("no errors"), r::toString);
    }

    @Test
    void validate_criterionRuleDeleted_reportsTheDeclaredCriterionWithFileAndLine() throws Exception {
        Path packaged = Sen.root().resolve("sen-funding-rules/src/main/resources/META-INF/senrules/sspp-top-up/sspp-top-up.drl");
        String drl = Files.readString(packaged);
        int start = drl.indexOf("rule \"The case was discussed at the MAP meeting before submission\"");
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("sspp-top-up.drl"), drl.substring(0, start) + drl.substring(drl.indexOf("\nend\n", start) + 5));
        // a criterion the declaration states must have its rule: without it the rule set does not load (it would refuse every request)
        Sen.Result r = Sen.inProcess("validate", "--rules", rules.toString());
        assertEquals(Main.FAILED, r.exit(), r::toString);
        assertTrue(r.out().matches("(?s).*error: META-INF/senrules/sspp-top-up/sspp-top-up\\.rule-set\\.json:\\d+: criterion "
                + "\"discussed-at-map-meeting\" is declared but no rule of sspp-top-up states it.*"), r::toString);
        assertFalse(r.out().contains("no errors"), r::toString);
        Sen.Result decided = Sen.inProcess("decide", data("sspp-top-up/eligible-mainstream.json").toString(), "--rules", rules.toString());
        assertTrue(decided.exit() != 0, decided::toString);
        assertTrue((decided.out() + decided.err()).contains("criterion \"discussed-at-map-meeting\" is declared but no rule"), decided::toString);
        assertFalse(decided.out().contains("\"eligible\" : true"), "nothing is decided, let alone funded: " + decided);
    }

    @Test
    void test_passingFolder_exitsZero() {
        Sen.Result r = Sen.inProcess("test", Sen.root().resolve("examples/another-council-pack/src/main/resources/META-INF/senrules/wyvern-place-band/scenarios").toString());
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("6 scenarios: 6 passed, 0 failed."), r::toString);
    }

    @Test
    void simulate_unknownPolicy_namesThePoliciesThereAre() {
        Sen.Result r = Sen.inProcess("simulate", Sen.resource("wyvern/cohort.json").toString(), "--policies", "current,option-9");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("unknown policy \"option-9\"; the policies of wyvern-place-band are current, flat-special-bands"), r::toString);
    }

    @Test
    void simulate_ssppCohort_everyPolicyWithLocalityBudgetsUnderOption6() throws Exception {
        assumeTrue(LOADED.contains("sspp-top-up"), "the sspp-top-up rule set is not in this build");
        Path cohort = dir.resolve("cohort.json");
        assertEquals(0, Sen.inProcess("cohort", "--size", "400", "--seed", "3", "--out", cohort.toString()).exit());
        Sen.Result r = Sen.inProcess("simulate", cohort.toString(), "--policies", "current,dbv-option-1,dbv-option-4,dbv-option-6",
                "--out", dir.resolve("out").toString());
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("area of need"), r::toString);
        assertTrue(r.out().contains("budget"), "option 6 shows localities against their budgets: " + r.out());
        JsonNode sim = JSON.readTree(dir.resolve("out/simulation.json").toFile());
        JsonNode option1 = sim.at("/policies/1");
        assertEquals("dbv-option-1", option1.get("policy").asText());
        assertEquals("0.00", option1.get("topUp").asText(), "option 1 ceases SSPP funding");
        assertEquals(0, option1.get("gain").asInt());
        JsonNode option4 = sim.at("/policies/2");
        assertTrue(option4.get("changeAgainstCurrent").asText().startsWith("-"), "a cap never costs more");
        assertTrue(sim.at("/policies/3/byLocality/0/budget").isTextual(), sim.at("/policies/3").toString());
    }

    @Test
    void simulate_highNeedsBlockFigures_showEachPolicysReserve() throws Exception {
        assumeTrue(LOADED.contains("sspp-top-up") && LOADED.contains("high-needs-forecast"), "needs sspp-top-up and high-needs-forecast");
        Path cohort = dir.resolve("cohort.json");
        assertEquals(0, Sen.inProcess("cohort", "--size", "200", "--seed", "4", "--out", cohort.toString()).exit());
        Sen.Result r = Sen.inProcess("simulate", cohort.toString(), "--policies", "current,dbv-option-1", "--hnb",
                data("high-needs-forecast/2025-26-q2.json").toString(), "--out", dir.resolve("out").toString());
        assertEquals(0, r.exit(), r::toString);
        JsonNode sim = JSON.readTree(dir.resolve("out/simulation.json").toFile());
        assertEquals("11173000.00", sim.at("/policies/0/highNeedsBlock/variance").asText());
        assertEquals("31410000.00", sim.at("/policies/0/highNeedsBlock/cumulativeReserve").asText());
        assertTrue(Files.readString(dir.resolve("out/report.html")).contains("Effect on the High Needs Block forecast"));
    }

    @Test
    void showcaseRequests_everyLoadedRuleSetDecidesItsExamples() throws Exception {
        try (var files = Files.walk(Sen.root().resolve("examples/data"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                String ruleSet = f.getParent().getFileName().toString();
                if (!LOADED.contains(ruleSet)) {
                    continue;
                }
                Sen.Result r = Sen.inProcess("decide", f.toString());
                assertEquals(0, r.exit(), () -> f + ": " + r);
                assertFalse(r.out().contains("invalid-request"), f::toString);
            }
        }
    }

    @Test
    void demo_generatesTheCohortExplainsShowcasesAndWritesTheReport() throws Exception {
        assumeTrue(LOADED.contains("sspp-top-up"), "the demo simulates sspp-top-up");
        Sen.Result r = Sen.process(dir, "demo", "--size", "500");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("1. Generated a synthetic cohort of 500"), r::toString);
        assertTrue(r.out().contains("Decision for case SHOW-SSPP-1"), r::toString);
        assertTrue(r.out().contains("dbv-option-6"), r::toString);
        assertTrue(r.out().contains("by locality against the locality budgets"), r::toString);
        assertTrue(r.out().contains("Effect on the High Needs Block forecast"), r::toString);
        assertTrue(r.out().contains("Year by year, 2025-26 to 2029-30: 500 cases of sspp-top-up"), r::toString);
        assertTrue(Files.isRegularFile(dir.resolve("sen-demo/report/trajectory.csv")), r::toString);
        assertTrue(Files.isRegularFile(dir.resolve("sen-demo/report/report.html")), r::toString);
        assertTrue(r.out().contains("The report: " + dir.resolve("sen-demo/report/report.html").toRealPath()), r::toString);
        // the five years' uncertainty runs (issue 34): a few, with a fan chart for every policy
        assertTrue(r.out().contains("How sure: " + DemoCommand.RUNS + " runs (seed "), r::toString);
        assertTrue(Files.isRegularFile(dir.resolve("sen-demo/report/uncertainty.csv")), r::toString);
        String html = Files.readString(dir.resolve("sen-demo/report/report.html"));
        assertTrue(html.contains("<h2 id=\"uncertainty\">How sure: " + DemoCommand.RUNS + " runs with drawn assumptions</h2>"),
                "the report's uncertainty section");
        for (String policy : List.of("current", "dbv-option-6")) {
            assertTrue(html.contains("High Needs Block reserve at the end of each year, " + policy + ": 10th to 90th percentile of "
                    + DemoCommand.RUNS + " runs"), "the demo's fan chart for " + policy);
        }
        assertTrue(r.out().contains("The High Needs Block as the forecast states it (2025-26, quarter 2)"), r::toString);
        if (LOADED.contains("ehcp-top-up")) {
            assertTrue(r.out().contains("Place sufficiency (Birmingham's special-school and resource-base places"), r::toString);
            assertTrue(Files.isRegularFile(dir.resolve("sen-demo/report-ehcp/sufficiency.csv")), r::toString);
            assertTrue(r.out().contains("5. The national reform as a scenario, ten years"), r::toString);
            assertTrue(r.out().contains("Year by year, 2025-26 to 2034-35: 500 cases of ehcp-top-up"), r::toString);
            assertTrue(r.out().contains("Scenario national-reform-2026:"), r::toString);
            assertTrue(Files.readString(dir.resolve("sen-demo/report-reform/report.html")).contains("<h2 id=\"scenario\">"), r::toString);
        }
    }
}
