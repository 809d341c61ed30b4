package org.senrules.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senrules.core.domain.Money;
import org.senrules.core.testpack.TestBandCase;
import org.senrules.core.testpack.TestBandOutcome;
import org.senrules.core.testpack.TestBandPack;

/** Banding tables are checked for gaps, overlaps and non-monotone values before they are used. */
class TableAnalysisTest {
    @TempDir
    Path dir;

    List<RuleSetProblem> check(String json) throws IOException {
        Path file = dir.resolve("test-band.parameters.json");
        Files.writeString(file, json);
        return SenRules.builder().discoverPacks(false).addPack(new TestBandPack()).overrideParameters(TestBandPack.ID, file).check();
    }

    static String table(String rows, String values) {
        return "{\n\"bandTable\": [ { \"from\": \"2025-04-01\", \"value\": {" + rows + "}, \"illustrative\": true } ],\n"
                + "\"bandTopUp\": [ { \"from\": \"2025-04-01\", \"value\": {" + values + "}, \"illustrative\": true } ]\n}";
    }

    static final String VALUES = "\"1\":\"0.00\",\"2\":\"1000.00\",\"3\":\"2000.00\",\"4\":\"3000.00\"";

    @Test
    void theShippedTable_passes_andDecides() {
        SenRules engine = SenRules.builder().discoverPacks(false).addPack(new TestBandPack()).build();
        Decision<?> d = engine.decide(Request.of(TestBandPack.ID, LocalDate.of(2025, 9, 1), new TestBandCase("B-1", "B", 4)));
        assertEquals(3, d.outcome(TestBandOutcome.class).getBand());
        assertEquals(Money.parse("2000.00"), d.outcome(TestBandOutcome.class).getTopUp());
    }

    @Test
    void aMissingClassification_isAGap() throws IOException {
        List<RuleSetProblem> p = check(table("\"A\":[1,2,3,4]", VALUES));
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).message().contains("gap: no entry for B"), p.toString());
        assertEquals(2, p.get(0).line());
        assertTrue(p.get(0).file().endsWith("test-band.parameters.json"));
    }

    @Test
    void aRowTooLong_isAnOverlap_andTooShort_isAGap() throws IOException {
        List<RuleSetProblem> p = check(table("\"A\":[1,2,3,4,4],\"B\":[1,2,3]", VALUES));
        assertTrue(p.stream().anyMatch(x -> x.message().contains("overlap: row A has 5 entries")), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.message().contains("gap: row B has 3 entries")), p.toString());
    }

    @Test
    void aHigherLevelInALowerBand_isNotMonotone() throws IOException {
        List<RuleSetProblem> p = check(table("\"A\":[1,3,2,4],\"B\":[1,2,3,4]", VALUES));
        assertTrue(p.stream().anyMatch(x -> x.message().contains("not monotone: row A gives 2 at level 3")), p.toString());
    }

    @Test
    void aHigherBandPaidLess_isNotMonotone_andABandWithoutValue_isAGap() throws IOException {
        List<RuleSetProblem> p = check(table("\"A\":[1,2,3,5],\"B\":[1,2,3,4]",
                "\"1\":\"0.00\",\"2\":\"1000.00\",\"3\":\"900.00\",\"4\":\"3000.00\""));
        assertTrue(p.stream().anyMatch(x -> x.message().contains("not monotone: 3 is paid 900.00, less than 2 at 1000.00")), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.message().contains("row A pays 900.00 at level 3")), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.message().contains("gap: bandTable row A uses 5, which has no entry")), p.toString());
        assertTrue(p.stream().allMatch(x -> x.severity() == RuleSetProblem.Severity.ERROR));
    }

    @Test
    void aDuplicateKey_isAnOverlap() throws IOException {
        List<RuleSetProblem> p = check(table("\"A\":[1,2,3,4],\"A\":[1,2,3,4],\"B\":[1,2,3,4]", VALUES));
        assertTrue(p.stream().anyMatch(x -> x.message().toLowerCase(java.util.Locale.ROOT).contains("duplicate field 'a'") && x.line() == 2), p.toString());
    }
}
