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
    void staleValues_warnAfterTheConfiguredAge() {
        Request r = Request.of(TestPack.ID, LocalDate.of(2026, 12, 1), EngineTest.aCase(true, 2));
        Decision<?> d = EngineTest.ENGINE.decide(r);
        assertTrue(d.warnings().stream().anyMatch(w -> w.contains("unitCap has been in force since 2024-04-01")), d.warnings().toString());
        SenRules patient = SenRules.builder().discoverPacks(false).addPack(new TestPack()).staleAfterMonths(60).build();
        assertTrue(patient.decide(r).warnings().isEmpty());
        // a value the rules did not read is not the decision's concern
        Decision<?> notConsidered = EngineTest.ENGINE.decide(Request.of(TestPack.ID, LocalDate.of(2026, 12, 1), EngineTest.aCase(false, 2)));
        assertTrue(notConsidered.warnings().isEmpty(), notConsidered.warnings().toString());
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
