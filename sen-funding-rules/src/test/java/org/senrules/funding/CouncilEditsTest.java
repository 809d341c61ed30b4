package org.senrules.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senrules.core.Decision;
import org.senrules.core.Request;
import org.senrules.core.RuleSetProblem;
import org.senrules.core.SenRules;
import org.senrules.core.domain.Phase;
import org.senrules.core.domain.PlanStatus;
import org.senrules.core.domain.PrimaryNeed;
import org.senrules.core.domain.Setting;
import org.senrules.core.spi.RuleResource;
import org.senrules.funding.band.BandCase;
import org.senrules.funding.band.NeedClassification;
import org.senrules.funding.internal.Golden;
import org.senrules.funding.mainstream.MainstreamTopUpCase;
import org.senrules.funding.sspp.SsppCase;
import org.senrules.funding.sspp.SsppOutcome;
import org.senrules.oag.ProvisionLine;

/**
 * The edits a council's finance officer makes to the funding rules (issue 13): each one is used
 * and shown, or refused with the file, the line and what would be valid.
 */
class CouncilEditsTest {
    static final LocalDate APRIL_2026 = LocalDate.of(2026, 4, 1);
    static final String DIR = "META-INF/senrules/";

    static String packaged(String ruleSet, String file) {
        return RuleResource.of(SsppCase.class, DIR + ruleSet + "/" + file).read();
    }

    static SsppCase sspp(String id, boolean discussedAtMapMeeting, int units) {
        return SsppCase.builder()
                .caseId(id)
                .planStatus(PlanStatus.SEN_SUPPORT)
                .setting(Setting.MAINSTREAM_SCHOOL)
                .primaryNeed(PrimaryNeed.ASD)
                .parentalConsent(true)
                .graduatedApproachCycles(3)
                .coCreatedWithSupportServices(true)
                .outsideAgencySupport(true)
                .discussedAtMapMeeting(discussedAtMapMeeting)
                .requestedSupportUnits(units)
                .renewal(false)
                .cohorts(List.of())
                .locality("North")
                .build();
    }

    static String errors(SenRules.Builder b) {
        return b.check().stream().filter(p -> p.severity() == RuleSetProblem.Severity.ERROR).map(RuleSetProblem::toString)
                .collect(Collectors.joining("\n"));
    }

    static String unitValue(Decision<?> d) {
        return d.parameters().stream().filter(p -> p.name().equals("supportUnitValue")).findFirst().orElseThrow().value();
    }

    static List<Decision<?>> everyRuleSetThatCostsUnits(SenRules engine) {
        return List.of(
                engine.decide(Request.of("sspp-top-up", APRIL_2026, sspp("S-1", true, 2))),
                engine.decide(Request.of("mainstream-top-up", APRIL_2026, MainstreamTopUpCase.builder()
                        .caseId("M-1")
                        .planStatus(PlanStatus.EHCP)
                        .setting(Setting.MAINSTREAM_SCHOOL)
                        .phase(Phase.SCHOOL_AGE)
                        .provision(List.of(new ProvisionLine("extra adult support", 2, null)))
                        .build())),
                engine.decide(Request.of("special-school-band", APRIL_2026, BandCase.builder()
                        .caseId("B-1")
                        .setting(Setting.SPECIAL_SCHOOL)
                        .needClassification(NeedClassification.A)
                        .primaryNeed(null)
                        .complexityLevel(2)
                        .build())));
    }

    @Test
    void oneOverrideOfTheSupportUnitValue_changesEveryRuleSetThatUsesIt(@TempDir Path dir) throws IOException {
        for (Decision<?> d : everyRuleSetThatCostsUnits(Golden.ENGINE)) {
            assertEquals("1025.00", unitValue(d), d.ruleSet());
        }
        String shared = packaged("funding-shared", "funding-shared.shared.json")
                .replace("\"value\": \"1025.00\", \"illustrative\": true", "\"value\": \"1100.00\", \"illustrative\": false");
        Files.writeString(dir.resolve("funding-shared.shared.json"), shared);
        SenRules fromFolder = SenRules.builder().rulesDirectory(dir).build();
        // a council's own values file, in the contract's parameter-file shape
        Path file = Files.writeString(dir.resolve("../council-units.json").normalize(), """
                { "supportUnitValue": [ { "from": "2026-04-01", "until": "2027-03-31", "value": "1100.00", "illustrative": false } ] }
                """);
        SenRules fromOverride = SenRules.builder().overrideParameters("funding-shared", file).build();
        for (SenRules engine : List.of(fromFolder, fromOverride)) {
            List<Decision<?>> decisions = everyRuleSetThatCostsUnits(engine);
            assertEquals(List.of("sspp-top-up", "mainstream-top-up", "special-school-band"), decisions.stream().map(Decision::ruleSet).toList());
            for (Decision<?> d : decisions) {
                assertEquals("1100.00", unitValue(d), d.ruleSet() + " follows the one override");
                assertEquals(Decision.COUNCIL, d.valuesFrom(), d.ruleSet());
            }
        }
        Files.delete(file);
    }

    @Test
    void theSupportUnitValueInARuleSetsOwnFile_isRefusedAndPointsToTheSharedFile(@TempDir Path dir) throws IOException {
        String declaration = packaged("sspp-top-up", "sspp-top-up.rule-set.json");
        Path copy = Files.writeString(dir.resolve("sspp-top-up.rule-set.json"), declaration
                .replace("    \"eligibleSettings\":", "    \"supportUnitValue\": { \"type\": \"money\", \"description\": \"a unit's value\", \"values\": [ { \"from\": \"2026-04-01\", \"value\": \"1100.00\", \"illustrative\": false } ] },\n"
                        + "    \"eligibleSettings\":"));
        String errors = errors(SenRules.builder().rulesDirectory(dir));
        int line = 1 + (int) declaration.substring(0, declaration.indexOf("    \"eligibleSettings\":")).chars().filter(c -> c == '\n').count();
        assertTrue(errors.contains(copy + ":" + line + ": parameter \"supportUnitValue\" is not set here: it is a value shared by several"
                + " rule sets, set once in funding-shared.shared.json"), errors);
    }

    @Test
    void aTypoInAnEnumeratedListValue_isRefusedAtLoad(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("sspp-top-up.rule-set.json"), packaged("sspp-top-up", "sspp-top-up.rule-set.json")
                .replace("[\"EARLY_YEARS_SETTING\", \"NURSERY_SCHOOL\", \"MAINSTREAM_SCHOOL\"]", "[\"MAINSTREAM\"]"));
        String errors = errors(SenRules.builder().rulesDirectory(dir));
        assertTrue(errors.contains("eligibleSettings: \"MAINSTREAM\" is not a Setting; did you mean MAINSTREAM_SCHOOL?"), errors);
    }

    @Test
    void aTypoInAParameterNameInsideARule_isRefusedAtLoadWithFileAndLine(@TempDir Path dir) throws IOException {
        // the rules read values through the typed view the build generates, so a misspelt name does not compile
        String drl = packaged("sspp-top-up", "sspp-top-up.drl");
        Path file = Files.writeString(dir.resolve("sspp-top-up.drl"),
                drl.replace("SsppValues( $needed : minGraduatedApproachCycles )", "SsppValues( $needed : minGraduatedAproachCycles )"));
        String errors = errors(SenRules.builder().rulesDirectory(dir));
        int line = 1 + (int) drl.substring(0, drl.indexOf("SsppValues( $needed : minGraduatedApproachCycles )")).chars().filter(c -> c == '\n').count();
        assertTrue(errors.contains(file + ":" + line + ":") && errors.contains("minGraduatedAproachCycles"), errors);
    }

    @Test
    void aTimeLimitOutsideItsRange_isRefused(@TempDir Path dir) throws IOException {
        for (String months : List.of("0", "100000")) {
            Files.writeString(dir.resolve("sspp-top-up.rule-set.json"), packaged("sspp-top-up", "sspp-top-up.rule-set.json")
                    .replaceFirst("\"maxFundedMonths\": \\[ \\{ \"from\": \"2025-04-01\", \"value\": 12", "\"maxFundedMonths\": [ { \"from\": \"2025-04-01\", \"value\": " + months));
            String errors = errors(SenRules.builder().rulesDirectory(dir));
            assertTrue(errors.contains("maxFundedMonths: " + months + " is outside the range declared for it, 1 to 60"), errors);
        }
    }

    @Test
    void deletingACriterionRule_isRefused_untilTheCriterionIsTakenOutOfTheDeclarationToo(@TempDir Path dir) throws IOException {
        String drl = packaged("sspp-top-up", "sspp-top-up.drl");
        int start = drl.indexOf("rule \"The case was discussed at the MAP meeting before submission\"");
        int end = drl.indexOf("\nend\n", start) + "\nend\n".length();
        Files.writeString(dir.resolve("sspp-top-up.drl"), drl.substring(0, start) + drl.substring(end));
        String errors = errors(SenRules.builder().rulesDirectory(dir));
        assertTrue(errors.contains("rule the-case-was-discussed-at-the-map-meeting-before-submission (\"The case was discussed at the MAP meeting"
                + " before submission\") of the packaged sspp-top-up is not in the rules in use"), errors);

        // confirmed, the rule set still does not load: a declared criterion with no rule would fund nobody or everybody
        Files.writeString(dir.resolve("senrules-manifest.txt"),
                "removes sspp-top-up the-case-was-discussed-at-the-map-meeting-before-submission\n");
        errors = errors(SenRules.builder().rulesDirectory(dir));
        assertTrue(errors.contains("criterion \"discussed-at-map-meeting\" is declared but no rule of sspp-top-up states it"), errors);

        // taken out of the declaration as well, the edit is the council's: the request is funded, and the decision says so
        String declaration = packaged("sspp-top-up", "sspp-top-up.rule-set.json");
        int c = declaration.indexOf("    \"discussed-at-map-meeting\": {");
        int ce = declaration.indexOf("\n", declaration.indexOf("\"otherwise\"", c)) + 1;
        Files.writeString(dir.resolve("sspp-top-up.rule-set.json"), declaration.substring(0, c) + declaration.substring(ce));
        SenRules edited = SenRules.builder().rulesDirectory(dir).build();
        Request notDiscussed = Request.of("sspp-top-up", LocalDate.of(2026, 1, 15), sspp("S-2", false, 6));
        Decision<?> before = Golden.ENGINE.decide(notDiscussed);
        Decision<?> after = edited.decide(notDiscussed);
        assertFalse(before.outcome(SsppOutcome.class).isEligible());
        assertTrue(after.outcome(SsppOutcome.class).isEligible());
        assertEquals(before.ruleSetVersion(), after.ruleSetVersion());
        assertNotEquals(before.rulesFingerprint(), after.rulesFingerprint(), "the rules fingerprint tells them apart");
        assertEquals(Decision.COUNCIL, after.rulesFrom());
        assertEquals(List.of("the-case-was-discussed-at-the-map-meeting-before-submission"), edited.origin("sspp-top-up").rulesRemoved());
    }

    @Test
    void aChangedCap_isAChangedPolicyTitle(@TempDir Path dir) throws IOException {
        assertEquals("Current processes with reduced funding, capped at the equivalent of 4 Support Units", title(Golden.ENGINE, "dbv-option-4"));
        String policies = packaged("sspp-top-up", "sspp-top-up.rule-set.json");
        int option4 = policies.indexOf("\"dbv-option-4\"");
        String edited = policies.substring(0, option4)
                + policies.substring(option4).replaceFirst("\"supportUnitCap\": \\[ \\{ \"from\": \"2025-04-01\", \"value\": 4", "\"supportUnitCap\": [ { \"from\": \"2025-04-01\", \"value\": 5");
        Files.writeString(dir.resolve("sspp-top-up.rule-set.json"), edited);
        SenRules engine = SenRules.builder().rulesDirectory(dir).build();
        assertEquals("Current processes with reduced funding, capped at the equivalent of 5 Support Units", title(engine, "dbv-option-4"));
        assertEquals("As option 4 (capped at 4 Support Units), with a time limit of up to 12 months and no renewal", title(engine, "dbv-option-4a"),
                "option 4A keeps its own cap");
    }

    static String title(SenRules engine, String policy) {
        return engine.ruleSets().stream().filter(r -> r.id().equals("sspp-top-up")).findFirst().orElseThrow().policies().stream()
                .filter(p -> p.name().equals(policy)).findFirst().orElseThrow().title();
    }
}
