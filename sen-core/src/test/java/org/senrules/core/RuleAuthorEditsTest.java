package org.senrules.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senrules.core.testpack.TestPack;
import org.senrules.core.testpack.TestTopUpOutcome;

/**
 * Every edit a rule author can make in a rules folder is either used — and shown as used — or
 * refused with a message naming the file: issue 13's cases, one test each.
 */
class RuleAuthorEditsTest {
    static final String DRL = RuleSetFaultsTest.DRL;
    static final String DECLARATION = RuleSetFaultsTest.read("META-INF/senrules/test-top-up/test-top-up.rule-set.json");
    /** A council's parameter file (given with --parameters): its values replace the declaration's name by name. */
    static final String OVERRIDE = """
            {
              "$comment": "A council's values for test-top-up.",
              "unitValue": [
                { "from": "2024-04-01", "value": "100.00", "illustrative": true },
                { "from": "2025-04-01", "until": "2027-03-31", "value": "120.50", "illustrative": true }
              ]
            }
            """;
    static final Request REQUEST = Request.of(TestPack.ID, LocalDate.of(2026, 1, 1), EngineTest.aCase(true, 2));
    static final Request NO_CONSENT = Request.of(TestPack.ID, LocalDate.of(2026, 1, 1), EngineTest.aCase(false, 2));

    static SenRules.Builder withRules(Path dir) {
        return RuleSetFaultsTest.withRules(dir);
    }

    static String errors(SenRules.Builder b) {
        return b.check().stream().filter(p -> p.severity() == RuleSetProblem.Severity.ERROR).map(RuleSetProblem::toString)
                .collect(Collectors.joining("\n"));
    }

    /** The extra rule of the cases below: a well-formed rule in a file of its own. */
    static String extraRule(String header) {
        return header + "package org.senrules.core.testpack.rules\n"
                + "import org.senrules.core.testpack.TestTopUpCase\n"
                + "global org.senrules.core.spi.Explanation explain\n"
                + "rule \"A council's own note\"\n    @id(\"council-note\")\n    @source(\"the council's policy, section 9\")\n"
                + "when\n    TestTopUpCase( parentalConsent )\nthen\n    explain.because(\"The council's own rule took part.\");\nend\n";
    }

    @Test
    void newRuleFile_withoutHeader_isRefusedByName(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("council-extra.drl"), extraRule(""));
        String errors = errors(withRules(dir));
        assertTrue(errors.contains(dir.resolve("council-extra.drl") + ":1: is not a packaged rule file"), errors);
        assertTrue(errors.contains("// rule-set: <id>") && errors.contains("[test-top-up]"), errors);
    }

    @Test
    void newRuleFile_withHeader_joinsItsRuleSetAndTakesPartInDecisions(@TempDir Path dir) throws IOException {
        Path extra = dir.resolve("council-extra.drl");
        Files.writeString(extra, extraRule("// rule-set: test-top-up\n"));
        SenRules engine = withRules(dir).build();
        Decision<?> d = engine.decide(REQUEST);
        assertTrue(d.firedRule("council-note"), d.reasons().toString());
        assertEquals(Decision.COUNCIL, d.rulesFrom());
        RuleSetOrigin origin = engine.origin(TestPack.ID);
        assertEquals(List.of(extra.toString()), origin.councilFiles());
        assertEquals(List.of("council-note"), origin.rulesAdded());
        assertTrue(engine.rules(TestPack.ID).stream().anyMatch(r -> r.id().equals("council-note")));
    }

    @Test
    void newRuleFile_withMisspeltHeader_saysDidYouMean(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("council-extra.drl"), extraRule("// rule-set: test-topup\n"));
        String errors = errors(withRules(dir));
        assertTrue(errors.contains("council-extra.drl:1: the header names rule set \"test-topup\", which is not loaded; did you mean test-top-up?"),
                errors);
    }

    @Test
    void misnamedDeclarationFile_isRefusedWithTheValidNames(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("test-top-up.rule-sets.json"), DECLARATION.replace("\"120.50\"", "\"999.00\""));
        String errors = errors(withRules(dir));
        assertTrue(errors.contains("test-top-up.rule-sets.json: is not a file the engine reads; did you mean test-top-up.rule-set.json?"),
                errors);
        assertTrue(errors.contains("test-top-up.drl"), "lists the valid names: " + errors);
    }

    @Test
    void aCopyOfTheDeclarationThatChangesItsRoles_isRefused_notSilentlyIgnored(@TempDir Path dir) throws IOException {
        // the simulator reads roles (and summary and trajectory) from the pack's declaration when it registers
        int end = DECLARATION.lastIndexOf('}');
        Files.writeString(dir.resolve("test-top-up.rule-set.json"), DECLARATION.substring(0, end).stripTrailing()
                + ",\n  \"roles\": { \"placement\": { \"setting\": \"setting\" } }\n}\n");
        String errors = errors(withRules(dir));
        assertTrue(errors.contains("test-top-up.rule-set.json:"), errors);
        assertTrue(errors.contains("\"roles\" differs from the packaged test-top-up.rule-set.json: the simulator reads a rule set's roles "
                + "from its pack when the pack registers, so a rules folder cannot change it"), errors);
        // the same copy without the edit is accepted
        Files.writeString(dir.resolve("test-top-up.rule-set.json"), DECLARATION);
        assertEquals("", errors(withRules(dir)));
    }

    @Test
    void directoryWithARuleFileName_isRefused(@TempDir Path dir) throws IOException {
        Files.createDirectory(dir.resolve("test-top-up.drl"));
        String errors = errors(withRules(dir));
        assertTrue(errors.contains(dir.resolve("test-top-up.drl") + ": is a folder"), errors);
    }

    @Test
    void symbolicLinkWithARuleFileName_isRefused(@TempDir Path dir) throws IOException {
        Path real = Files.writeString(Files.createTempFile("elsewhere", ".drl"), DRL);
        Files.createSymbolicLink(dir.resolve("test-top-up.drl"), real);
        String errors = errors(withRules(dir));
        assertTrue(errors.contains(dir.resolve("test-top-up.drl") + ": is a symbolic link"), errors);
        Files.delete(real);
    }

    @Test
    void fifoWithARuleFileName_isRefused(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("test-top-up.drl");
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here");
            return;
        }
        assumeTrue(p.waitFor() == 0 && Files.exists(fifo), "no FIFO could be made");
        String errors = errors(withRules(dir));
        assertTrue(errors.contains(fifo + ": is not a regular file"), errors);
    }

    @Test
    void parameterFileForAMisspeltRuleSet_isAnError(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("ours.json"), OVERRIDE);
        SenRules.Builder b = SenRules.builder().discoverPacks(false).addPack(new TestPack()).overrideParameters("test-topup", file);
        String errors = errors(b);
        assertTrue(errors.contains(file + ": this parameter file is given for test-topup, but no rule set or shared parameter set is called"
                + " \"test-topup\"; did you mean test-top-up?"), errors);
        assertThrows(RuleSetException.class, b::build);
    }

    @Test
    void misspeltValue_inARule_isRefusedAtLoadWithFileAndLine(@TempDir Path dir) throws IOException {
        // a rule reads its values through the rule set's typed view: a misspelt name does not compile
        Path drl = Files.writeString(dir.resolve("test-top-up.drl"), DRL.replace("$v.unitValue()", "$v.unitVaule()"));
        int line = 1 + (int) DRL.substring(0, DRL.indexOf("$v.unitValue()")).chars().filter(c -> c == '\n').count();
        List<RuleSetProblem> errors = withRules(dir).check().stream().filter(p -> p.severity() == RuleSetProblem.Severity.ERROR).toList();
        assertTrue(errors.stream().anyMatch(p -> p.file().equals(drl.toString()) && p.line() == line
                && p.message().contains("The method unitVaule() is undefined for the type TestTopUpValues")), errors.toString());
    }

    @Test
    void aRuleFileThatReadsValuesByName_isRefused_namingTheTypedView(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("test-top-up.drl"), DRL.replace("global org.senrules.core.spi.Explanation explain\n",
                "global org.senrules.core.spi.Explanation explain\nglobal org.senrules.core.spi.Parameters params\n"));
        String errors = errors(withRules(dir));
        assertTrue(errors.contains("the rules declare global \"params\"") && errors.contains("TestTopUpValues"), errors);
    }

    @Test
    void deletedRule_isRefusedUntilConfirmed_andThenListedAsRemoved(@TempDir Path dir) throws IOException {
        String withoutConsent = DRL.substring(0, DRL.indexOf("rule \"Request not considered")) + DRL.substring(DRL.indexOf("rule \"Units granted"));
        Files.writeString(dir.resolve("test-top-up.drl"), withoutConsent);
        String errors = errors(withRules(dir));
        assertTrue(errors.contains("rule consent-required (\"Request not considered without parental consent\") of the packaged test-top-up"
                + " is not in the rules in use"), errors);
        assertTrue(errors.contains("\"removes test-top-up consent-required\" in " + dir.resolve("senrules-manifest.txt")), errors);

        Files.writeString(dir.resolve("senrules-manifest.txt"), "# the council no longer asks for consent here\nremoves test-top-up consent-required\n");
        SenRules engine = withRules(dir).build();
        RuleSetOrigin origin = engine.origin(TestPack.ID);
        assertEquals(List.of("consent-required"), origin.rulesRemoved());
        Decision<?> d = engine.decide(NO_CONSENT);
        assertNotEquals(SenRules.builder().discoverPacks(false).addPack(new TestPack()).build().decide(NO_CONSENT).rulesFingerprint(),
                d.rulesFingerprint(), "the decision says it was made with other rules");
        assertEquals(Decision.COUNCIL, d.rulesFrom());
    }

    @Test
    void manifestLines_areChecked(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("senrules-manifest.txt"), "remove test-top-up consent-required\nremoves test-topup x\n");
        String errors = errors(withRules(dir));
        assertTrue(errors.contains("senrules-manifest.txt:1: not a manifest line"), errors);
        assertTrue(errors.contains("senrules-manifest.txt:2: no rule set is called \"test-topup\"; did you mean test-top-up?"), errors);
    }

    @Test
    void rulesFingerprint_isTheContentOfTheRuleFiles_andChangesWithAnEdit(@TempDir Path dir) throws IOException {
        Decision<?> packaged = SenRules.builder().discoverPacks(false).addPack(new TestPack()).build().decide(REQUEST);
        assertEquals(Decision.PACKAGE, packaged.rulesFrom());
        assertEquals(Decision.PACKAGE, packaged.valuesFrom());

        Files.writeString(dir.resolve("test-top-up.drl"), DRL);
        SenRules copy = withRules(dir).build();
        Decision<?> same = copy.decide(REQUEST);
        assertEquals(packaged.rulesFingerprint(), same.rulesFingerprint(), "an unchanged copy has the packaged rules' fingerprint");
        assertEquals(Decision.COUNCIL, same.rulesFrom(), "but says the file was the council's");
        assertFalse(copy.origin(TestPack.ID).rulesEdited());

        Files.writeString(dir.resolve("test-top-up.drl"), DRL.replace("units are granted as requested", "units are granted"));
        SenRules edited = withRules(dir).build();
        assertNotEquals(packaged.rulesFingerprint(), edited.decide(REQUEST).rulesFingerprint());
        assertEquals(List.of("units-granted"), edited.origin(TestPack.ID).rulesChanged());
        assertEquals(packaged.parametersFingerprint(), edited.decide(REQUEST).parametersFingerprint());
        assertEquals(packaged.ruleSetVersion(), edited.decide(REQUEST).ruleSetVersion(), "which is why the version alone cannot tell");
    }

    @Test
    void councilDeclarationCopy_marksValuesFromTheCouncil(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("test-top-up.rule-set.json"), DECLARATION.replace("\"120.50\"", "\"130.00\""));
        SenRules engine = withRules(dir).build();
        Decision<?> d = engine.decide(REQUEST);
        assertEquals(Decision.PACKAGE, d.rulesFrom());
        assertEquals(Decision.COUNCIL, d.valuesFrom());
        assertEquals(List.of(dir.resolve("test-top-up.rule-set.json").toString()), engine.origin(TestPack.ID).councilFiles());
    }

    @Test
    void reload_refusesAFileCutShortBetweenTwoRules_andKeepsServing(@TempDir Path dir) throws IOException {
        Path drl = Files.writeString(dir.resolve("test-top-up.drl"), DRL);
        SenRules engine = withRules(dir).build();
        String fingerprint = engine.decide(REQUEST).rulesFingerprint();
        // a half-saved edit: the file ends after the first rule, and still compiles
        Files.writeString(drl, DRL.substring(0, DRL.indexOf("rule \"Units granted")));
        RuleSetException e = assertThrows(RuleSetException.class, engine::reload);
        assertTrue(e.getMessage().contains("rule units-granted (\"Units granted as requested\") of the packaged test-top-up is not in the rules in use"),
                e.getMessage());
        assertEquals(fingerprint, engine.decide(REQUEST).rulesFingerprint(), "the rules in use keep serving");
        assertEquals(2, engine.decide(REQUEST).outcome(TestTopUpOutcome.class).getUnits());
    }

    @Test
    void reload_refusesToFallBackToThePackagedFileWhenTheEditedOneIsDeleted(@TempDir Path dir) throws IOException {
        Path drl = Files.writeString(dir.resolve("test-top-up.drl"), DRL.replace("int units = $c.requestedUnits();",
                "int units = $c.requestedUnits() * 2;"));
        SenRules engine = withRules(dir).build();
        assertEquals(4, engine.decide(REQUEST).outcome(TestTopUpOutcome.class).getUnits());
        Files.delete(drl);
        RuleSetException e = assertThrows(RuleSetException.class, engine::reload);
        assertTrue(e.getMessage().contains(drl + ": was in use and is gone"), e.getMessage());
        assertEquals(4, engine.decide(REQUEST).outcome(TestTopUpOutcome.class).getUnits(), "the edited rules keep serving");

        Files.writeString(dir.resolve("senrules-manifest.txt"), "uses-packaged test-top-up.drl\n");
        engine.reload();
        assertEquals(2, engine.decide(REQUEST).outcome(TestTopUpOutcome.class).getUnits(), "confirmed: the packaged rules again");
        assertEquals(Decision.PACKAGE, engine.decide(REQUEST).rulesFrom());
    }

    @Test
    void reload_refusesToDropAnAddedRuleFileUnlessItsRulesAreConfirmedRemoved(@TempDir Path dir) throws IOException {
        Path extra = Files.writeString(dir.resolve("council-extra.drl"), extraRule("// rule-set: test-top-up\n"));
        SenRules engine = withRules(dir).build();
        assertTrue(engine.decide(REQUEST).firedRule("council-note"));
        Files.delete(extra);
        RuleSetException e = assertThrows(RuleSetException.class, engine::reload);
        assertTrue(e.getMessage().contains("rule council-note (\"A council's own note\") of test-top-up was in use and is not in the reloaded files"),
                e.getMessage());
        assertTrue(engine.decide(REQUEST).firedRule("council-note"), "the rules in use keep serving");
        Files.writeString(dir.resolve("senrules-manifest.txt"), "removes test-top-up council-note\n");
        engine.reload();
        assertFalse(engine.decide(REQUEST).firedRule("council-note"));
    }

    @Test
    void policyTitle_takesItsNumbersFromTheParameters(@TempDir Path dir) throws IOException {
        Path copy = dir.resolve("test-top-up.rule-set.json");
        Files.writeString(copy, DECLARATION.replace("\"Units capped at 4\"", "\"Units capped at {unitCap}\""));
        assertEquals("Units capped at 4", title(withRules(dir).build()));
        Files.writeString(copy, DECLARATION.replace("\"Units capped at 4\"", "\"Units capped at {unitCap}\"")
                .replace("\"value\": 4", "\"value\": 5"));
        assertEquals("Units capped at 5", title(withRules(dir).build()), "a changed cap is a changed title");
        Files.writeString(copy, DECLARATION.replace("\"Units capped at 4\"", "\"Units capped at {unitCapp}\""));
        String errors = errors(withRules(dir));
        int line = 1 + (int) DECLARATION.substring(0, DECLARATION.indexOf("\"capped\": {")).chars().filter(c -> c == '\n').count();
        assertTrue(errors.contains(copy + ":" + line + ": the title names {unitCapp}, which is not a parameter of this rule set;"
                + " did you mean unitCap?"), errors);
    }

    private static String title(SenRules engine) {
        return engine.ruleSets().get(0).policies().stream().filter(p -> p.name().equals("capped")).findFirst().orElseThrow().title();
    }

    @Test
    void droolsErrors_areOneMessagePerProblem_withoutTheKieBaseSummary(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("test-top-up.drl"), DRL.replace("TestTopUpCase( parentalConsent == false )",
                "TestTopUpCaze( parentalConsent == false )"));
        List<RuleSetProblem> errors = withRules(dir).check().stream().filter(p -> p.severity() == RuleSetProblem.Severity.ERROR).toList();
        assertTrue(errors.stream().noneMatch(p -> p.message().contains("Unable to build KieBaseModel")), errors.toString());
        assertEquals(errors.size(), errors.stream().map(RuleSetProblem::toString).distinct().count(), errors.toString());
        assertTrue(errors.stream().allMatch(p -> p.file().endsWith("test-top-up.drl") && p.line() > 0), errors.toString());
    }

    @Test
    void aCopiedRuleFile_givesOneMessagePerDuplicateRule_notTheGeneratedClassClash(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("copy.drl"), "// rule-set: test-top-up\n" + DRL);
        List<RuleSetProblem> errors = withRules(dir).check().stream().filter(p -> p.severity() == RuleSetProblem.Severity.ERROR).toList();
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.stream().allMatch(p -> p.message().startsWith("Duplicate rule name") && p.line() > 0), errors.toString());
    }

    @Test
    void export_writesTheRuleSetsFilesToEdit(@TempDir Path dir) throws IOException {
        SenRules engine = SenRules.builder().discoverPacks(false).addPack(new TestPack()).build();
        List<Path> written = engine.exportFiles(TestPack.ID, dir.resolve("edit"));
        // the values also as a sheet a finance officer edits
        assertEquals(List.of("test-top-up.drl", "test-top-up.rule-set.json", "test-top-up.values.csv"),
                written.stream().map(p -> p.getFileName().toString()).sorted().toList());
        assertEquals(DRL, Files.readString(dir.resolve("edit/test-top-up.drl")));
        // the exported folder is a rules folder as it stands
        assertEquals(engine.decide(REQUEST).rulesFingerprint(), withRules(dir.resolve("edit")).build().decide(REQUEST).rulesFingerprint());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> engine.exportFiles("test-topup", dir));
        assertTrue(e.getMessage().contains("did you mean test-top-up?"), e.getMessage());
    }
}
