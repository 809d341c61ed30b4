package org.senrules.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.senrules.core.domain.AcademicYear;
import org.senrules.core.domain.FinancialYear;
import org.senrules.core.domain.Money;
import org.senrules.core.domain.Setting;
import org.senrules.core.internal.Decided;
import org.senrules.core.testpack.TestPack;
import org.senrules.core.testpack.TestTopUpCase;

/**
 * {@code DecisionJson}'s byte writer gives exactly the UTF-8 encoding of its text writer: pretty,
 * compact and as a cohort, for decisions of every policy of the test pack and for decisions
 * holding every kind of outcome value, text that needs escaping, characters outside the Basic
 * Multilingual Plane and surrogates without their other half (which the text's encoding makes
 * {@code ?}). The shipped rule sets' worked examples are compared the same way in sen-server's
 * {@code DecisionBytesTest}, which has them all on its class path.
 */
class DecisionJsonBytesTest {
    static final SenRules ENGINE = EngineTest.ENGINE;
    static final DecisionJson JSON = ENGINE.json();

    /** Text a rule file, a parameter or a case could put into a decision. */
    static final List<String> TEXTS = List.of(
            "plain",
            "",
            "Zoë \"Q\" \\ / \t\n\r\b\f \u0001\u001f \u007f \u0085 \u2028 \u2029 £ € ﬃ",
            "😀 at the start, in the middle 🏫, at the end 👩‍👧",
            "half a pair \ud800 here",
            "\udc00",
            "ends with a high half \ud83d",
            "\ude00 a low half first, then a pair 😀",
            "high, high, low: \ud800\ud800\udc00; low, high: \udc00\ud800",
            "\ud800\n\udc00 a newline between the halves");

    @Test
    void everyPolicyOfThePack_isTheTextsBytes() throws Exception {
        RuleSetInfo info = ENGINE.ruleSets().stream().filter(i -> i.id().equals(TestPack.ID)).findFirst().orElseThrow();
        List<Decision<?>> all = new ArrayList<>();
        for (PolicyVariant p : info.policies()) {
            for (int units = 0; units <= 6; units++) {
                for (boolean consent : List.of(true, false)) {
                    Request r = Request.of(TestPack.ID, LocalDate.of(2026, 1, 15),
                            new TestTopUpCase("P-" + units, Setting.MAINSTREAM_SCHOOL, consent, units, null, null));
                    Decision<?> d = ENGINE.decide(r.withPolicy(p.name()));
                    same(d);
                    all.add(d);
                }
            }
        }
        assertTrue(info.policies().size() >= 2, "policies: " + info.policies().size());
        sameCohort(all);
        sameCohort(List.of());
    }

    @Test
    void everyKindOfOutcomeValue_isTheTextsBytes() throws Exception {
        Decision<?> real = ENGINE.decide(Request.of(TestPack.ID, LocalDate.of(2026, 1, 15),
                new TestTopUpCase("P-1", Setting.MAINSTREAM_SCHOOL, true, 3, null, null)));
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("text", "a");
        outcome.put("yes", true);
        outcome.put("int", 7);
        outcome.put("long", Long.MIN_VALUE);
        outcome.put("short", (short) -3);
        outcome.put("decimal", new BigDecimal("-0.0100"));
        outcome.put("big", new BigInteger("123456789012345678901234567890"));
        outcome.put("money", Money.parse("1234.50"));
        outcome.put("date", LocalDate.of(2026, 4, 1));
        outcome.put("financialYear", FinancialYear.containing(LocalDate.of(2026, 4, 1)));
        outcome.put("academicYear", new AcademicYear(2025));
        outcome.put("setting", Setting.SPECIAL_SCHOOL);
        outcome.put("list", Arrays.asList(1, null, "b", List.of()));
        outcome.put("record", new Pair("x", new Pair(null, Map.of())));
        outcome.put("bean", real.outcome());
        outcome.put("none", null);
        same(decision(real, "P-1", outcome, List.of("w")));
    }

    @Test
    void textThatNeedsEscaping_andSurrogatesWithoutTheirPair_isTheTextsBytes() throws Exception {
        Decision<?> real = ENGINE.decide(Request.of(TestPack.ID, LocalDate.of(2026, 1, 15),
                new TestTopUpCase("P-1", Setting.MAINSTREAM_SCHOOL, true, 3, null, null)));
        List<Decision<?>> all = new ArrayList<>();
        for (String t : TEXTS) {
            Map<String, Object> outcome = new LinkedHashMap<>();
            outcome.put(t, t);
            outcome.put("list", List.of(t, new Pair(t, t)));
            Decision<?> d = decision(real, t, outcome, List.of(t, t));
            same(d);
            all.add(d);
        }
        sameCohort(all);
        assertTrue(new String(bytes(all.get(4), true), StandardCharsets.UTF_8).contains("half a pair ? here"));
    }

    @Test
    void longText_withPairsAtEveryPlace_isTheTextsBytes() throws Exception {
        Decision<?> real = ENGINE.decide(Request.of(TestPack.ID, LocalDate.of(2026, 1, 15),
                new TestTopUpCase("P-1", Setting.MAINSTREAM_SCHOOL, true, 3, null, null)));
        // the generators write long text in segments; a pair or a lone half may fall across one's end
        for (int length : List.of(500, 4_000, 8_000, 20_000)) {
            for (int at = 0; at < length; at += 211) {
                StringBuilder b = new StringBuilder(length + 4);
                for (int i = 0; i < length; i++) {
                    b.append(i % 13 == 0 ? 'é' : i % 29 == 0 ? '"' : 'a');
                }
                String pair = b.toString().substring(0, at) + "😀" + b.substring(at);
                String lone = b.toString().substring(0, at) + "\ud800" + b.substring(at);
                same(decision(real, "P-1", Map.of("pair", pair), List.of(lone)));
            }
        }
    }

    @Test
    void theStream_isNeitherFlushedNorClosed_andWhatItHeldIsKept() throws Exception {
        Decision<?> d = ENGINE.decide(Request.of(TestPack.ID, LocalDate.of(2026, 1, 15),
                new TestTopUpCase("P-1", Setting.MAINSTREAM_SCHOOL, true, 3, null, null)));
        Watched out = new Watched();
        out.write('x');
        JSON.writeCompact(d, out);
        JSON.write(d, out);
        JSON.write(List.of(d, d), out);
        assertArrayEquals(("x" + JSON.writeCompact(d) + JSON.write(d) + JSON.write(List.of(d, d))).getBytes(StandardCharsets.UTF_8),
                out.toByteArray());
        assertEquals(0, out.flushes);
        assertEquals(0, out.closes);
    }

    @Test
    void anOutcomeTheTextRefuses_isRefusedAsBytes_withTheSameMessage() {
        Decision<?> real = ENGINE.decide(Request.of(TestPack.ID, LocalDate.of(2026, 1, 15),
                new TestTopUpCase("P-1", Setting.MAINSTREAM_SCHOOL, true, 3, null, null)));
        Decision<?> inexact = decision(real, "P-1", Map.of("share", 0.5d), List.of());
        IllegalStateException text = assertThrows(IllegalStateException.class, () -> JSON.write(inexact));
        IllegalStateException bytes = assertThrows(IllegalStateException.class,
                () -> JSON.write(inexact, new ByteArrayOutputStream()));
        assertEquals(text.getMessage(), bytes.getMessage());

        // nested past the write limit of the engine's mapper, which the byte writer shares
        Object deep = "bottom";
        for (int i = 0; i < 70; i++) {
            deep = List.of(deep);
        }
        Decision<?> tooDeep = decision(real, "P-1", deep, List.of());
        assertThrows(UncheckedIOException.class, () -> JSON.write(tooDeep));
        assertThrows(IOException.class, () -> JSON.write(tooDeep, new ByteArrayOutputStream()));
    }

    /** A record outcome value: written by its components, in the header's order. */
    public record Pair(Object left, Object right) {
    }

    private static Decision<Object> decision(Decision<?> like, String text, Object outcome, List<String> warnings) {
        List<ParameterUse> parameters = new ArrayList<>(like.parameters());
        parameters.add(ParameterUse.builder().name(text).value(text).effectiveFrom(LocalDate.of(2025, 4, 1))
                .until(LocalDate.of(2026, 3, 31)).illustrative(false).origin(text).build());
        return new Decision<>(new Decided(text, like.ruleSetVersion(), like.asOf(), text, text, outcome,
                List.of(new Reason(text, text, text), new Reason("r", "plain", "s")), parameters, like.illustrative(), warnings,
                like.parametersFingerprint(), like.rulesFingerprint(), text, like.valuesFrom()), outcome);
    }

    private static void same(Decision<?> d) throws IOException {
        assertArrayEquals(JSON.write(d).getBytes(StandardCharsets.UTF_8), bytes(d, true), d::caseId);
        assertArrayEquals(JSON.writeCompact(d).getBytes(StandardCharsets.UTF_8), bytes(d, false), d::caseId);
    }

    private static void sameCohort(List<Decision<?>> all) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSON.write(all, out);
        assertArrayEquals(JSON.write(all).getBytes(StandardCharsets.UTF_8), out.toByteArray());
    }

    private static byte[] bytes(Decision<?> d, boolean pretty) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (pretty) {
            JSON.write(d, out);
        } else {
            JSON.writeCompact(d, out);
        }
        return out.toByteArray();
    }

    /** Counts what is asked of it beyond writing. */
    private static final class Watched extends ByteArrayOutputStream {
        int flushes;
        int closes;

        @Override
        public void flush() {
            flushes++;
        }

        @Override
        public void close() {
            closes++;
        }
    }
}
