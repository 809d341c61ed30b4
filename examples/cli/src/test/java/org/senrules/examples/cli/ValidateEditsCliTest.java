package org.senrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 28 item 5, run as a rule author runs it: {@code validate} lists every value an edit
 * changes, breaks the outcomes that change down by edit and by policy with an example each, warns
 * where an edit leaves a related value behind, refuses a rule that records an undeclared criterion
 * naming the line to add, and prints each problem once; {@code test} says which rules and values
 * it ran against and finds a rules folder's scenarios.
 */
class ValidateEditsCliTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void home() {
        System.setProperty("sen.home", Sen.root().toString());
    }

    @BeforeEach
    void fundingRules() {
        assumeTrue(CliTest.LOADED.contains("sspp-top-up"), "the cases edit sspp-top-up");
    }

    Path exported() throws Exception {
        Path rules = dir.resolve("council-rules");
        Sen.Result r = Sen.process(dir, "rules", "export", "sspp-top-up", rules.toString());
        assertEquals(0, r.exit(), r::toString);
        return rules;
    }

    /**
     * The edit: the Support Unit value for 2026-27 and option 4's cap. Both values are listed
     * with policy, dates, before and after; option 4A's cap, left at 4, is warned about; and the
     * outcomes that change are put down to each edit, by policy, with an example each.
     */
    @Test
    void supportUnitValueAndOption4Cap_eachListed_warnedAbout4A_andBrokenDownByEditAndPolicy() throws Exception {
        Path rules = exported();
        ValuesSheetCliTest.replace(rules.resolve("funding-shared.values.csv"),
                "current,supportUnitValue,2026-04-01,2027-03-31,,1025.00,£ per Support Unit,yes,",
                "current,supportUnitValue,2026-04-01,2027-03-31,,1100.00,£ per Support Unit,no,");
        ValuesSheetCliTest.replace(rules.resolve("sspp-top-up.values.csv"), "dbv-option-4,supportUnitCap,2025-04-01,,,4,",
                "dbv-option-4,supportUnitCap,2025-04-01,,,3,");
        Sen.Result v = Sen.process(dir, "validate", "--rules", rules.toString());
        assertEquals(0, v.exit(), v::toString);
        String out = v.out();
        assertTrue(out.contains("Values changed (2):"), v::toString);
        assertTrue(out.contains("  supportUnitValue (funding-shared, read by ehcp-top-up, mainstream-top-up, special-school-band, sspp-top-up),"
                + " current, from 2026-04-01 until 2027-03-31: 1025.00 → 1100.00; illustrative yes → no"), v::toString);
        assertTrue(out.contains("  supportUnitCap (sspp-top-up), dbv-option-4, from 2025-04-01: 4 → 3"), v::toString);
        assertTrue(out.contains("warning: supportUnitCap (sspp-top-up): dbv-option-4 now has 3 from 2025-04-01, but dbv-option-4a keeps 4 from"
                + " 2025-04-01; the two were the same before your edit."), v::toString);
        assertTrue(out.contains("Outcomes that change, by edit (each applied alone to the packaged files):"), v::toString);

        String byCap = section(out, "  supportUnitCap under dbv-option-4 (sspp-top-up): ");
        assertTrue(byCap.contains("    sspp-top-up, dbv-option-4: "), byCap);
        assertTrue(byCap.contains("supportUnits 4 → 3"), "the cap's example is the cap's: " + byCap);
        assertFalse(byCap.contains("sspp-top-up, current:"), "the cap changes no decision under current: " + byCap);

        String byValue = section(out, "  supportUnitValue (funding-shared): ");
        // the value is read by four rule sets; those whose requests are decided in 2026-27 change
        for (String where : new String[] {"sspp-top-up, current: ", "sspp-top-up, dbv-option-4: ", "ehcp-top-up, current: "}) {
            assertTrue(byValue.contains("    " + where), where + " in " + byValue);
        }
        assertTrue(byValue.contains("\"6150.00\" → \"6600.00\""), "the rate's example is the rate's: " + byValue);
        assertFalse(byValue.contains("supportUnits 4 → 3"), byValue);
        // every line by policy has its count and one example
        Matcher m = Pattern.compile("(?m)^    [a-z0-9-]+, [a-z0-9/-]+: [0-9,]+, e\\.g\\. .+$").matcher(byValue + byCap);
        int lines = 0;
        while (m.find()) {
            lines++;
        }
        assertTrue(lines >= 3, "count and example by policy: " + byValue + byCap);
        assertTrue(out.contains("  only when your edits are combined: none"), v::toString);
    }

    /** The lines of one edit's breakdown: from its heading to the next edit's. */
    private static String section(String out, String heading) {
        int at = out.indexOf(heading);
        assertTrue(at >= 0, "no breakdown for " + heading + " in " + out);
        int end = out.indexOf("\n  ", out.indexOf('\n', at) + 1);
        while (end >= 0 && out.startsWith("\n    ", end)) {
            end = out.indexOf("\n  ", end + 1);
        }
        return out.substring(at, end < 0 ? out.length() : end);
    }

    /** A criterion recorded by a new rule that the rule set does not declare: an error naming the declaration's line, never "no errors". */
    @Test
    void aRuleRecordingAnUndeclaredCriterion_isAnErrorNamingTheDeclarationAndLine() throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("key-worker.drl"), """
                // rule-set: sspp-top-up
                package org.senrules.funding.sspp.rules
                import org.senrules.funding.sspp.SsppCase
                global org.senrules.core.spi.Criteria criteria

                rule "The pupil has a named key worker"
                    @id("key-worker-named")
                    @source("the council's SSPP panel guidance (an example)")
                    ruleflow-group "criteria"
                when
                    $case : SsppCase()
                then
                    criteria.assess($case.renewal(), "No key worker is named.");
                end
                """);
        Sen.Result v = Sen.process(dir, "validate", "--rules", rules.toString());
        assertEquals(Main.FAILED, v.exit(), v::toString);
        assertFalse(v.out().contains("no errors"), v::toString);
        assertFalse((v.out() + v.err()).contains("IllegalStateException"), v::toString);
        assertTrue(v.out().contains("error: " + rules.resolve("key-worker.drl") + ":6: rule \"The pupil has a named key worker\" records a"
                + " criterion with criteria.assess(...)"), v::toString);
        assertTrue(v.out().contains("Declare the criterion in \"criteria\" of sspp-top-up.rule-set.json (after line "), v::toString);
        assertTrue(v.out().contains("\"key-worker-named\": { \"is\": \"what it stands for\", \"otherwise\": \"the reason when it is not met\" }"),
                v::toString);
        // and deciding with the folder says the same, never a stack trace
        Sen.Result d = Sen.process(dir, "decide", CliTest.data("sspp-top-up/eligible-mainstream.json").toString(), "--rules", rules.toString());
        assertFalse((d.out() + d.err()).contains("IllegalStateException") || (d.out() + d.err()).contains("\tat "), d::toString);
    }

    /** A mistake in the shared values, which four rule sets read, is printed once. */
    @Test
    void aMistakeInTheSharedFile_isPrintedOnce() throws Exception {
        Path rules = exported();
        Files.delete(rules.resolve("funding-shared.values.csv"));
        Files.delete(rules.resolve("sspp-top-up.values.csv"));
        Path shared = rules.resolve("funding-shared.shared.json");
        ValuesSheetCliTest.replace(shared, "\"value\": \"1025.00\"", "\"value\": \"-1025.00\"");
        Sen.Result v = Sen.process(dir, "validate", "--rules", rules.toString());
        assertEquals(Main.FAILED, v.exit(), v::toString);
        Matcher m = Pattern.compile(Pattern.quote(shared.toString()) + ":\\d+: supportUnitValue: money must not be negative").matcher(v.out());
        int times = 0;
        while (m.find()) {
            times++;
        }
        assertEquals(1, times, v::toString);
        assertTrue(v.out().contains("1 error: the engine would not start with these files."), v::toString);
    }

    /**
     * {@code test} names the rules and values it runs against, with fingerprints; given a rules
     * folder it runs the folder's scenarios against it; given the scenarios inside a rules folder
     * without --rules, it runs them against that folder, not the packaged rules.
     */
    @Test
    void test_saysWhatItRanAgainst_andUsesTheRulesFolderTheScenariosAreIn() throws Exception {
        Path rules = exported();
        ValuesSheetCliTest.replace(rules.resolve("sspp-top-up.values.csv"), "dbv-option-4,supportUnitCap,2025-04-01,,,4,",
                "dbv-option-4,supportUnitCap,2025-04-01,,,3,");
        Sen.Result inside = Sen.process(dir, "test", rules.resolve("scenarios").toString());
        assertEquals(Main.FAILED, inside.exit(), "the shipped option-4 scenario pins a cap of 4: " + inside);
        assertTrue(inside.out().contains("run against the rules folder " + rules + " (the folder the scenarios are in; pass --rules to name"
                + " another)"), inside::toString);
        assertTrue(inside.out().contains("sspp-top-up: rules from the council (rules sha256:"), inside::toString);
        assertTrue(inside.out().contains("values from the council; your files: "), inside::toString);
        assertTrue(inside.out().contains(rules.resolve("sspp-top-up.values.csv").toString()), inside::toString);
        assertTrue(inside.out().contains("FAIL Option 4: 6 units judged necessary are capped at 4"), inside::toString);
        assertTrue(inside.out().matches("(?s).*rules that fired: .*; values sha256:[0-9a-f]{12}.*"), inside::toString);

        Sen.Result folder = Sen.process(dir, "test", rules.toString());
        assertEquals(inside.exit(), folder.exit(), folder::toString);
        assertTrue(folder.out().contains("Scenarios: " + rules.resolve("scenarios") + ", run against the rules folder " + rules), folder::toString);
        Sen.Result option = Sen.process(dir, "test", "--rules", rules.toString());
        assertTrue(option.out().contains("Scenarios: " + rules.resolve("scenarios") + ", run against the rules folder " + rules), option::toString);
        assertEquals(inside.out().substring(inside.out().indexOf("\n\n")), option.out().substring(option.out().indexOf("\n\n")));

        // the shipped scenarios, copied out of their rule-set folder as a user keeps a set of their own
        Path shipped = Sen.root().resolve("sen-funding-rules/src/main/resources/META-INF/senrules/sspp-top-up/scenarios");
        Path own = Files.createDirectories(dir.resolve("own-scenarios"));
        try (var files = Files.list(shipped)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, own.resolve(f.getFileName()));
            }
        }
        Sen.Result packaged = Sen.process(dir, "test", own.toString());
        assertEquals(0, packaged.exit(), packaged::toString);
        assertTrue(packaged.out().contains("run against the packaged rules:"), packaged::toString);
        assertTrue(packaged.out().contains("sspp-top-up: rules from the package (rules sha256:"), packaged::toString);
    }
}
