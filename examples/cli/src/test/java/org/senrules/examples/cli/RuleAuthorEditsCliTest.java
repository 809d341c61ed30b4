package org.senrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13's command-line cases: a new rule file, a misspelt rule-set id, a compare file with no
 * rule-set name, export, and what decide and simulate say about the files they used.
 */
class RuleAuthorEditsCliTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @BeforeAll
    static void home() {
        // validate and export find the shipped scenarios in the checkout, as the launcher tells them
        System.setProperty("sen.home", Sen.root().toString());
    }

    static void assumeFundingRules() {
        assumeTrue(CliTest.LOADED.contains("sspp-top-up"), "the cases edit sspp-top-up");
    }

    Path exported() {
        Path rules = dir.resolve("council-rules");
        Sen.Result r = Sen.inProcess("rules", "export", "sspp-top-up", rules.toString());
        assertEquals(0, r.exit(), r::toString);
        return rules;
    }

    @Test
    void rulesExport_copiesTheRuleParameterPolicySharedAndScenarioFiles() {
        assumeFundingRules();
        Path rules = exported();
        for (String f : new String[] {"sspp-top-up.drl", "sspp-top-up.parameters.json", "sspp-top-up.policies.json",
                "funding-shared.parameters.json"}) {
            assertTrue(Files.isRegularFile(rules.resolve(f)), f);
        }
        assertTrue(Files.isDirectory(rules.resolve("scenarios")));
        Sen.Result v = Sen.inProcess("validate", "--rules", rules.toString());
        assertEquals(0, v.exit(), v::toString);
        assertTrue(v.out().contains("sspp-top-up: rules added none, removed none, changed none"), v::toString);
        assertTrue(v.out().contains("0 outcomes change"), "an unchanged export changes nothing: " + v);
        assertTrue(v.out().contains("golden decisions: 0 of "), "the golden decisions are replayed: " + v);
        assertFalse(v.out().matches("(?s).*golden decisions: [1-9].*"), "an unchanged export changes no golden decision: " + v);
        Sen.Result bad = Sen.inProcess("rules", "export", "ssp-top-up", dir.resolve("x").toString());
        assertEquals(Main.BAD_INPUT, bad.exit());
        assertTrue(bad.err().contains("did you mean sspp-top-up?"), bad::toString);
    }

    @Test
    void newRuleFile_isRefusedWithoutAHeader_andListedAsAddedWithOne() throws Exception {
        assumeFundingRules();
        Path rules = Files.createDirectories(dir.resolve("rules"));
        String drl = "package org.senrules.funding.sspp.rules\nimport org.senrules.funding.sspp.SsppCase\n"
                + "global org.senrules.core.spi.Explanation explain\n"
                + "rule \"Council note\"\n    @id(\"council-note\")\n    @source(\"the council's guidance (example)\")\n    ruleflow-group \"explanation\"\n"
                + "when\n    SsppCase( parentalConsent )\nthen\n    explain.because(\"The council's rule took part.\");\nend\n";
        Files.writeString(rules.resolve("council-extra.drl"), drl);
        Sen.Result refused = Sen.inProcess("validate", "--rules", rules.toString());
        assertEquals(Main.FAILED, refused.exit(), refused::toString);
        assertTrue(refused.out().contains("council-extra.drl:1: is not a packaged rule file"), refused::toString);
        assertFalse(refused.out().contains("no errors"), refused::toString);

        Files.writeString(rules.resolve("council-extra.drl"), "// rule-set: sspp-top-up\n" + drl);
        Sen.Result used = Sen.inProcess("validate", "--rules", rules.toString());
        assertEquals(0, used.exit(), used::toString);
        assertTrue(used.out().contains("uses your " + rules.resolve("council-extra.drl")), used::toString);
        assertTrue(used.out().contains("sspp-top-up: rules added council-note"), used::toString);

        Sen.Result decided = Sen.inProcess("decide", CliTest.data("sspp-top-up/eligible-mainstream.json").toString(),
                "--rules", rules.toString(), "--explain");
        assertEquals(0, decided.exit(), decided::toString);
        assertTrue(decided.out().contains("The council's rule took part."), decided::toString);
        assertTrue(decided.out().contains("Files used for sspp-top-up: the council's " + rules.resolve("council-extra.drl")), decided::toString);
        assertTrue(decided.out().contains("(rules from the council, values from the package)"), decided::toString);
    }

    @Test
    void parametersForAMisspeltRuleSet_isAnError_notANoOp() throws Exception {
        assumeFundingRules();
        Path file = Files.writeString(dir.resolve("ours.json"), "{}");
        Sen.Result r = Sen.inProcess("validate", "--parameters", "ssp-top-up=" + file);
        assertEquals(Main.FAILED, r.exit(), r::toString);
        assertTrue(r.out().contains("no rule set or shared parameter set is called \"ssp-top-up\"; did you mean sspp-top-up?"), r::toString);
    }

    @Test
    void compareParameters_withAFileNamedForNoRuleSet_isAnError() throws Exception {
        assumeFundingRules();
        Path cohort = dir.resolve("cohort.json");
        assertEquals(0, Sen.inProcess("cohort", "--size", "10", "--seed", "1", "--out", cohort.toString()).exit());
        Path misnamed = Files.writeString(dir.resolve("ssp-top-up.parameters.json"), "{}");
        Sen.Result r = Sen.inProcess("simulate", cohort.toString(), "--policies", "current", "--compare-parameters", misnamed.toString());
        assertEquals(Main.BAD_INPUT, r.exit(), r::toString);
        assertTrue(r.err().contains(misnamed + ": this parameter file is given for ssp-top-up"), r::toString);
        assertFalse(r.out().contains("pupils change"), r::toString);
        Path unnamed = Files.writeString(dir.resolve("ours.json"), "{}");
        Sen.Result u = Sen.inProcess("simulate", cohort.toString(), "--compare-parameters", unnamed.toString());
        assertEquals(Main.BAD_INPUT, u.exit(), u::toString);
        assertTrue(u.err().contains("say which rule set it is for"), u::toString);
    }

    @Test
    void simulate_namesTheRulesFolderParameterFilesAndBothFingerprints() throws Exception {
        assumeFundingRules();
        Path rules = exported();
        Path cohort = dir.resolve("cohort.json");
        assertEquals(0, Sen.inProcess("cohort", "--size", "10", "--seed", "1", "--out", cohort.toString()).exit());
        Path out = dir.resolve("report");
        Sen.Result r = Sen.inProcess("simulate", cohort.toString(), "--policies", "current,dbv-option-4", "--rules", rules.toString(),
                "--out", out.toString(), "--quiet");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("Rules: folder " + rules + " (rules from the council, values from the council)"), r::toString);
        assertTrue(r.out().contains("Fingerprints: rules sha256:"), r::toString);
        String summary = Files.readString(out.resolve("summary.csv"));
        assertTrue(summary.lines().findFirst().orElseThrow().endsWith("rulesFolder,parameterFiles,rulesFingerprint,parametersFingerprint"),
                summary);
        assertTrue(summary.contains(rules.toString()) && summary.contains("sha256:"), summary);
        JsonNode json = JSON.readTree(out.resolve("simulation.json").toFile());
        assertEquals(rules.toString(), json.at("/sources/rulesFolder").asText());
        assertEquals("council", json.at("/sources/rulesFrom").asText());
        assertTrue(json.at("/policies/0/rulesFingerprint").asText().startsWith("sha256:"));
        assertTrue(json.at("/policies/1/parametersFingerprints/0").asText().startsWith("sha256:"));
        assertTrue(Files.readString(out.resolve("report.html")).contains("Rule files fingerprint"));
    }

    @Test
    void validate_deletedCriterionConfirmed_reportsTheGoldenDecisionsItChanges_withAnExample() throws Exception {
        assumeFundingRules();
        Path rules = exported();
        Path drl = rules.resolve("sspp-top-up.drl");
        String text = Files.readString(drl);
        int start = text.indexOf("rule \"The case was discussed at the MAP meeting before submission\"");
        assertTrue(start >= 0, "the MAP-meeting criterion is in the exported rules");
        Files.writeString(drl, text.substring(0, start) + text.substring(text.indexOf("\nend\n", start) + 5));
        Files.writeString(rules.resolve("senrules-manifest.txt"), "removes sspp-top-up discussed-at-map-meeting\n");

        Sen.Result v = Sen.inProcess("validate", "--rules", rules.toString());
        assertEquals(0, v.exit(), v::toString);
        assertTrue(v.out().contains("sspp-top-up: rules added none, removed discussed-at-map-meeting, changed none"), v::toString);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("golden decisions: ([\\d,]+) of [\\d,]+ outcomes? changes?")
                .matcher(v.out().substring(v.out().indexOf("  sspp-top-up: rules added")));
        assertTrue(m.find(), v::toString);
        int changed = Integer.parseInt(m.group(1).replace(",", ""));
        assertTrue(changed > 0, "every golden grant is refused now that no rule assesses the criterion: " + v);
        // an example: the case, its key, the field before and after, and the rules that fired then and now
        assertTrue(v.out().matches("(?s).*- golden case G-\\d+ \\(sspp-top-up/[a-z0-9-]+/\\d{4}-\\d{2}-\\d{2}/#\\d{5}/G-\\d+\\): "
                + "[^\\n]*eligible true → false[^\\n]*; rules that fired: [^\\n]*criterion-not-assessed[^\\n]*\\(were [^\\n]*\\).*"), v::toString);
        // the other rule sets the folder touches (the shared Support Unit value, unchanged) change no golden decision
        assertTrue(v.out().contains("golden decisions: 0 of "), "mainstream-top-up is unchanged: " + v);
    }
}
