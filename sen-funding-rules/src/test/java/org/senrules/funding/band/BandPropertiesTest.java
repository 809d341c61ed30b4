package org.senrules.funding.band;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.senrules.core.Decision;
import org.senrules.core.ParameterUse;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.core.domain.Money;
import org.senrules.core.domain.PrimaryNeed;
import org.senrules.core.domain.Setting;
import org.senrules.funding.internal.FundingDefinitions;
import org.senrules.funding.internal.TestEngines;

/** Invariants of special-school-band, over the shipped table and over generated council tables. */
class BandPropertiesTest {
    static final SenRules ENGINE = TestEngines.of(FundingDefinitions.specialSchoolBand());
    // dates from the first rate to 31 March 2027, when the illustrative Support Unit value ends
    static final LocalDate FIRST_RATE = LocalDate.of(2024, 4, 1);

    static LocalDate day(long offset) {
        return FIRST_RATE.plusDays(offset);
    }

    static BandOutcome decide(SenRules engine, LocalDate asOf, BandCase c) {
        return engine.decide(Request.of(SpecialSchoolBand.ID, asOf, c)).outcome(BandOutcome.class);
    }

    @Property(tries = 200)
    void topUpIsNeverNegative(@ForAll Setting setting, @ForAll PrimaryNeed need, @ForAll @IntRange(min = 1, max = 4) int level,
                              @ForAll @LongRange(min = 0, max = 1094) long dayOffset) {
        BandOutcome o = decide(ENGINE, day(dayOffset), BandCase.builder()
                .caseId("P-1")
                .setting(setting)
                .needClassification(null)
                .primaryNeed(need)
                .complexityLevel(level)
                .build());
        for (Money m : new Money[] {o.getTopUp(), o.getPlaceFunding(), o.getTotal()}) {
            assertTrue(m == null || !m.isNegative(), String.valueOf(m));
        }
        assertEquals(setting == Setting.SPECIAL_SCHOOL, o.isApplicable());
    }

    @Property(tries = 200)
    void higherComplexityNeverYieldsALowerBandOrLessMoney_shippedTable(
            @ForAll NeedClassification cls, @ForAll @IntRange(min = 1, max = 3) int lower,
            @ForAll @IntRange(min = 1, max = 3) int step, @ForAll @LongRange(min = 0, max = 1094) long dayOffset) {
        int higher = Math.min(4, lower + step);
        BandOutcome low = decide(ENGINE, day(dayOffset), BandCase.builder()
                .caseId("P-1")
                .setting(Setting.SPECIAL_SCHOOL)
                .needClassification(cls)
                .primaryNeed(null)
                .complexityLevel(lower)
                .build());
        BandOutcome high = decide(ENGINE, day(dayOffset), BandCase.builder()
                .caseId("P-2")
                .setting(Setting.SPECIAL_SCHOOL)
                .needClassification(cls)
                .primaryNeed(null)
                .complexityLevel(higher)
                .build());
        assertTrue(high.getBand() >= low.getBand(), cls + ": level " + higher + " gives a lower band than level " + lower);
        assertTrue(high.getTopUp().compareTo(low.getTopUp()) >= 0);
        assertTrue(high.getTotal().compareTo(low.getTotal()) >= 0);
    }

    @Property(tries = 200)
    void decisionMoneyEqualsTableValue(@ForAll NeedClassification cls, @ForAll @IntRange(min = 1, max = 4) int level,
                                       @ForAll @LongRange(min = 0, max = 1094) long dayOffset) {
        Decision<?> d = ENGINE.decide(Request.of(SpecialSchoolBand.ID, day(dayOffset), BandCase.builder()
                .caseId("P-1")
                .setting(Setting.SPECIAL_SCHOOL)
                .needClassification(cls)
                .primaryNeed(null)
                .complexityLevel(level)
                .build()));
        BandOutcome o = d.outcome(BandOutcome.class);
        List<Integer> row = List.of(used(d, "bandTable[" + cls + "]").split(", ")).stream().map(Integer::valueOf).toList();
        assertEquals(row.get(level - 1), o.getBand());
        Money expected = o.getBand() == 1 ? Money.ZERO : Money.parse(used(d, "bandTopUp[" + o.getBand() + "]"));
        assertEquals(expected, o.getTopUp());
        assertEquals(Money.parse(used(d, "placeFunding")).plus(expected), o.getTotal());
    }

    static String used(Decision<?> d, String name) {
        return d.parameters().stream().filter(p -> p.name().equals(name)).map(ParameterUse::value).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among the values used: " + d.parameters()));
    }

    /** A council's table: for each classification, four non-decreasing bands; for each band, a non-decreasing value. */
    record Table(Map<NeedClassification, List<Integer>> bands, List<Long> poundsByBand) {
        String json() {
            String rows = bands.entrySet().stream().map(e -> "\"" + e.getKey() + "\": " + e.getValue())
                    .collect(Collectors.joining(", "));
            StringBuilder values = new StringBuilder();
            for (int band = 2; band <= poundsByBand.size(); band++) {
                values.append(band > 2 ? ", " : "").append('"').append(band).append("\": \"")
                        .append(poundsByBand.get(band - 1)).append(".00\"");
            }
            return "{ \"bandTable\": [ { \"from\": \"2025-04-01\", \"illustrative\": true, \"value\": { " + rows + " } } ],\n"
                    + "  \"bandTopUp\": [ { \"from\": \"2025-04-01\", \"illustrative\": true, \"value\": { " + values + " } } ] }";
        }
    }

    @Provide
    Arbitrary<Table> monotoneTables() {
        Arbitrary<List<Integer>> row = Arbitraries.integers().between(1, 6).list().ofSize(4)
                .map(l -> l.stream().sorted().toList());
        Arbitrary<List<Long>> values = Arbitraries.longs().between(0, 60_000).list().ofSize(5)
                .map(l -> l.stream().sorted().toList());
        return Combinators.combine(row, row, row, row, row, values).as((a, b, c, d, e, v) -> {
            Map<NeedClassification, List<Integer>> bands = new EnumMap<>(NeedClassification.class);
            bands.put(NeedClassification.A, a);
            bands.put(NeedClassification.B, b);
            bands.put(NeedClassification.C, c);
            bands.put(NeedClassification.D, d);
            bands.put(NeedClassification.E, e);
            List<Long> pounds = new ArrayList<>();
            pounds.add(0L); // Band 1: no top-up, by rule
            pounds.addAll(v);
            return new Table(bands, pounds);
        });
    }

    // Each try compiles an engine with the generated council file, so tries are few.
    @Property(tries = 12)
    void higherComplexityNeverYieldsALowerBandOrLessMoney_generatedMonotoneTables(@ForAll("monotoneTables") Table table)
            throws IOException {
        Path file = Files.createTempFile("band-table", ".json");
        try {
            Files.writeString(file, table.json());
            SenRules engine = TestEngines.withSharedOverride(FundingDefinitions.specialSchoolBand(), FundingDefinitions.TOP_UP_FRAMEWORKS, file);
            LocalDate asOf = LocalDate.of(2025, 9, 1);
            for (NeedClassification cls : NeedClassification.values()) {
                BandOutcome previous = null;
                for (int level = 1; level <= 4; level++) {
                    BandOutcome o = decide(engine, asOf, BandCase.builder()
                            .caseId("P-1")
                            .setting(Setting.SPECIAL_SCHOOL)
                            .needClassification(cls)
                            .primaryNeed(null)
                            .complexityLevel(level)
                            .build());
                    int band = table.bands().get(cls).get(level - 1);
                    assertEquals(band, o.getBand());
                    assertEquals(Money.ofPounds(table.poundsByBand().get(band - 1)), o.getTopUp(), "money equals the table value");
                    if (previous != null) {
                        assertTrue(o.getBand() >= previous.getBand());
                        assertTrue(o.getTopUp().compareTo(previous.getTopUp()) >= 0);
                        assertTrue(o.getTotal().compareTo(previous.getTotal()) >= 0);
                    }
                    previous = o;
                }
            }
            assertFalse(engine.ruleSets().isEmpty());
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
