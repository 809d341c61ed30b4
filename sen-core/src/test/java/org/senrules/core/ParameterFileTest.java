package org.senrules.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senrules.core.domain.Money;
import org.senrules.core.testpack.TestPack;
import org.senrules.core.testpack.TestTopUpOutcome;

/** Council parameter files: validated like requests, every fault with file and line, nothing loaded on error. */
class ParameterFileTest {
    @TempDir
    Path dir;

    SenRules.Builder withOverride(String json) throws IOException {
        Path file = dir.resolve("test-top-up.parameters.json");
        Files.writeString(file, json);
        return SenRules.builder().discoverPacks(false).addPack(new TestPack()).overrideParameters(TestPack.ID, file);
    }

    RuleSetException refused(String json) throws IOException {
        SenRules.Builder b = withOverride(json);
        return assertThrows(RuleSetException.class, b::build);
    }

    @Test
    void override_replacesTheDefaultTimeline() throws IOException {
        SenRules engine = withOverride("{\"unitValue\":[{\"from\":\"2025-04-01\",\"value\":\"200.00\",\"illustrative\":false}]}").build();
        Decision<?> d = engine.decide(Request.of(TestPack.ID, LocalDate.of(2026, 1, 1), EngineTest.aCase(true, 2)));
        assertEquals(Money.parse("400.00"), d.outcome(TestTopUpOutcome.class).getTopUp());
        assertEquals(dir.resolve("test-top-up.parameters.json").toString(), d.parameters().stream()
                .filter(p -> p.name().equals("unitValue")).findFirst().orElseThrow().origin());
    }

    @Test
    void gap_isAnErrorWithLine() throws IOException {
        RuleSetException e = refused("{\n\"unitValue\": [\n"
                + "  {\"from\":\"2024-04-01\",\"until\":\"2025-03-31\",\"value\":\"1.00\",\"illustrative\":true},\n"
                + "  {\"from\":\"2025-05-01\",\"value\":\"2.00\",\"illustrative\":true}\n]}");
        RuleSetProblem p = e.problems().get(0);
        assertEquals(4, p.line());
        assertTrue(p.message().contains("no value from 2025-04-01 to 2025-04-30"), p.message());
    }

    @Test
    void overlap_isAnError() throws IOException {
        RuleSetException e = refused("{\"unitValue\":[{\"from\":\"2024-04-01\",\"until\":\"2025-06-30\",\"value\":\"1.00\",\"illustrative\":true},"
                + "{\"from\":\"2025-04-01\",\"value\":\"2.00\",\"illustrative\":true}]}");
        assertTrue(e.getMessage().contains("overlaps"), e.getMessage());
    }

    @Test
    void sameStartTwice_isAnOverlap() throws IOException {
        RuleSetException e = refused("{\"unitValue\":[{\"from\":\"2025-04-01\",\"value\":\"1.00\",\"illustrative\":true},"
                + "{\"from\":\"2025-04-01\",\"value\":\"2.00\",\"illustrative\":true}]}");
        assertTrue(e.getMessage().contains("overlaps"), e.getMessage());
    }

    @Test
    void unknownName_negativeMoney_missingFlag_wrongType_badDate_areAllReported() throws IOException {
        RuleSetException e = refused("{\n"
                + "\"unitValu\": [{\"from\":\"2025-04-01\",\"value\":\"1.00\",\"illustrative\":true}],\n"
                + "\"unitValue\": [{\"from\":\"2025-04-01\",\"value\":\"-1.00\",\"illustrative\":true},\n"
                + "                {\"from\":\"2026-04-01\",\"value\":\"1.00\"},\n"
                + "                {\"from\":\"2027-13-01\",\"value\":\"1.00\",\"illustrative\":true}],\n"
                + "\"unitCap\": [{\"from\":\"2025-04-01\",\"value\":\"four\",\"illustrative\":true}]\n}");
        String m = e.getMessage();
        assertTrue(m.contains(":2: unknown parameter \"unitValu\""), m);
        assertTrue(m.contains(":3: unitValue: money must not be negative"), m);
        assertTrue(m.contains(":4: unitValue: \"illustrative\" (true or false) is required"), m);
        assertTrue(m.contains(":5: unitValue.from is not a real date: 2027-13-01"), m);
        assertTrue(m.contains(":6: unitCap: must be a whole number"), m);
    }

    @Test
    void untilBeforeFrom_isAnError() throws IOException {
        RuleSetException e = refused("{\"unitValue\":[{\"from\":\"2025-04-01\",\"until\":\"2025-03-01\",\"value\":\"1.00\",\"illustrative\":true}]}");
        assertTrue(e.getMessage().contains("is before from"), e.getMessage());
    }

    @Test
    void aStartOtherThanFirstApril_isAWarningUnlessIntended() throws IOException {
        List<RuleSetProblem> problems = withOverride("{\"unitValue\":[{\"from\":\"2025-04-01\",\"value\":\"1.00\",\"illustrative\":true},"
                + "{\"from\":\"2025-09-01\",\"value\":\"2.00\",\"illustrative\":true}]}").check();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(RuleSetProblem.Severity.WARNING, problems.get(0).severity());
        assertTrue(problems.get(0).message().contains("not 1 April"));

        assertTrue(withOverride("{\"unitValue\":[{\"from\":\"2025-04-01\",\"value\":\"1.00\",\"illustrative\":true},"
                + "{\"from\":\"2025-09-01\",\"value\":\"2.00\",\"illustrative\":true,\"intended\":true}]}").check().isEmpty());
    }

    @Test
    void expiry_strictRefusesTheDate_lenientWarns() throws IOException {
        Request late = Request.of(TestPack.ID, LocalDate.of(2027, 4, 1), EngineTest.aCase(true, 2));
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> EngineTest.ENGINE.decide(late));
        assertEquals("asOf", e.violations().get(0).path());
        assertTrue(e.getMessage().contains("\"unitValue\" of test-top-up ended on 2027-03-31"), e.getMessage());

        SenRules lenient = SenRules.builder().discoverPacks(false).addPack(new TestPack()).strictExpiry(false).build();
        Decision<?> d = lenient.decide(late);
        assertEquals(Money.parse("241.00"), d.outcome(TestTopUpOutcome.class).getTopUp());
        assertTrue(d.warnings().stream().anyMatch(w -> w.contains("unitValue ended on 2027-03-31")), d.warnings().toString());
    }

    @Test
    void beforeTheFirstValue_isRefused() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> EngineTest.ENGINE.decide(
                Request.of(TestPack.ID, LocalDate.of(2024, 3, 31), EngineTest.aCase(true, 2))));
        assertTrue(e.getMessage().contains("first value starts on 2024-04-01"), e.getMessage());
    }

    @Test
    void reviewDue_onlyForParametersWithACadence_andOnceADecision() {
        Request r = Request.of(TestPack.ID, LocalDate.of(2026, 12, 1), EngineTest.aCase(true, 2));
        Decision<?> d = EngineTest.ENGINE.decide(r);
        // unitValue declares a yearly review; unitCap, a switch in force since 2024, declares none
        assertEquals(List.of("Check that this value is still the council's figure: unitValue (in force since 2025-04-01, 20 months;"
                + " reviewed every year)."), d.warnings());
        SenRules patient = SenRules.builder().discoverPacks(false).addPack(new TestPack()).staleAfterMonths(60).build();
        assertTrue(patient.decide(r).warnings().isEmpty(), patient.decide(r).warnings().toString());
        // a value the rules did not read is not the decision's concern
        Decision<?> notConsidered = EngineTest.ENGINE.decide(Request.of(TestPack.ID, LocalDate.of(2026, 12, 1), EngineTest.aCase(false, 2)));
        assertTrue(notConsidered.warnings().isEmpty(), notConsidered.warnings().toString());
    }

    @Test
    void reviewDue_aCouncilFileGivesItsOwnCadence_andSeveralValuesMakeOneWarning() throws IOException {
        SenRules engine = withOverride("{\"unitCap\":[{\"from\":\"2024-04-01\",\"value\":5,\"illustrative\":false,"
                + "\"reviewEvery\":\"6 months\"}]}").build();
        Decision<?> d = engine.decide(Request.of(TestPack.ID, LocalDate.of(2026, 12, 1), EngineTest.aCase(true, 2)));
        assertEquals(1, d.warnings().size(), d.warnings().toString());
        // in the order the rules read them
        assertEquals("Check that these values are still the council's figures: unitCap (in force since 2024-04-01, 32 months; reviewed"
                + " every 6 months); unitValue (in force since 2025-04-01, 20 months; reviewed every year).", d.warnings().get(0));
    }

    @Test
    void reviewEvery_thatIsNotAPeriod_isRefusedWithFileAndLine() throws IOException {
        RuleSetException e = refused("{\"unitCap\":[\n{\"from\":\"2024-04-01\",\"value\":5,\"illustrative\":false,"
                + "\"reviewEvery\":\"fortnightly\"}]}");
        assertTrue(e.getMessage().contains("test-top-up.parameters.json:2") && e.getMessage().contains("\"reviewEvery\" is how often"),
                e.getMessage());
    }

    @Test
    void endingSoon_warnsWithinTheWindow_namingTheParameterTheDayAndWhatToAdd() {
        Decision<?> d = EngineTest.ENGINE.decide(Request.of(TestPack.ID, LocalDate.of(2027, 3, 20), EngineTest.aCase(true, 2)));
        assertTrue(d.warnings().contains("unitValue ends on 2027-03-31, 11 days after this decision's date, and no later value is set:"
                + " from 2027-04-01 every decision that uses it is refused. Add the 2027-28 value (from 2027-04-01) to"
                + " test-top-up.rule-set.json (or the council's copy of it, given with --parameters)."), d.warnings().toString());
        // the window is the engine's: 90 days by default, here 10, and 0 turns the warning off
        for (int days : new int[] {10, 0}) {
            SenRules narrow = SenRules.builder().discoverPacks(false).addPack(new TestPack()).expiryWarningDays(days).build();
            assertTrue(narrow.decide(Request.of(TestPack.ID, LocalDate.of(2027, 3, 20), EngineTest.aCase(true, 2))).warnings().stream()
                    .noneMatch(w -> w.contains("ends on")), "window " + days);
        }
        // 91 days before the end: outside the default window
        assertTrue(EngineTest.ENGINE.decide(Request.of(TestPack.ID, LocalDate.of(2026, 12, 30), EngineTest.aCase(true, 2))).warnings()
                .stream().noneMatch(w -> w.contains("ends on")));
        assertTrue(EngineTest.ENGINE.decide(Request.of(TestPack.ID, LocalDate.of(2026, 12, 31), EngineTest.aCase(true, 2))).warnings()
                .stream().anyMatch(w -> w.startsWith("unitValue ends on 2027-03-31, 90 days after")));
    }

    @Test
    void valueEnds_listsTheLastDayOfEveryTimelineThatEnds() {
        List<ValueEnd> ends = EngineTest.ENGINE.valueEnds().stream().filter(e -> e.ruleSet().equals(TestPack.ID)).toList();
        assertEquals(List.of("current unitValue 2027-03-31"), ends.stream().map(e -> e.policy() + " " + e.parameter() + " " + e.lastDay()).toList());
        assertTrue(ends.get(0).file().endsWith("test-top-up.rule-set.json"), ends.get(0).file());
    }

    @Test
    void fingerprint_changesWithTheValuesInForce() throws IOException {
        Request r = Request.of(TestPack.ID, LocalDate.of(2026, 1, 1), EngineTest.aCase(true, 2));
        String base = EngineTest.ENGINE.decide(r).parametersFingerprint();
        assertEquals(base, EngineTest.ENGINE.decide(r).parametersFingerprint());
        String other = withOverride("{\"unitValue\":[{\"from\":\"2025-04-01\",\"value\":\"200.00\",\"illustrative\":false}]}")
                .build().decide(r).parametersFingerprint();
        assertTrue(!base.equals(other));
        assertTrue(!base.equals(EngineTest.ENGINE.decide(r.withPolicy("capped")).parametersFingerprint()));
    }
}
