package org.senrules.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senrules.core.domain.Setting;
import org.senrules.core.scenario.Scenarios;
import org.senrules.core.testpack.TestPack;
import org.senrules.core.testpack.TestTopUpCase;

/**
 * Hostile requests through every entry point of the engine: each is an {@code invalid-request},
 * never an exception; errors are the same bytes on every run and thread; parse errors never
 * repeat the input; one byte-order-mark policy for every kind of file.
 */
class HostileRequestTest {
    static final SenRules ENGINE = EngineTest.ENGINE;
    static final String GOOD = JsonContractTest.GOOD_CASE;

    static String request(String asOf, String caseJson) {
        return "{\"ruleSet\":\"test-top-up\",\"asOf\":\"" + asOf + "\",\"case\":" + caseJson + "}";
    }

    @Test
    void datesOutsideTheDeclaredRange_areRefusedFromEveryEntryPoint() {
        for (String asOf : List.of("0001-01-01", "0000-01-01", "9999-12-31", "1949-12-31", "2150-01-01")) {
            String json = request(asOf, GOOD);
            DecisionJson.Answer a = ENGINE.json().answer(json);
            assertFalse(a.decided(), asOf);
            assertTrue(a.json().contains("\"path\" : \"asOf\"") && a.json().contains("from 1950-01-01 to 2149-12-31"), a.json());
            assertFalse(ENGINE.json().answer(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))).decided());
            assertThrows(InvalidRequestException.class, () -> ENGINE.json().read(json));
            String cohort = "{\"ruleSet\":\"test-top-up\",\"asOf\":\"" + asOf + "\",\"cases\":[" + GOOD + "]}";
            assertFalse(ENGINE.json().answer(cohort).decided(), cohort);
        }
        assertTrue(ENGINE.json().answer(request("1950-01-01", GOOD)).json().contains("invalid-request"),
                "no parameter value is in force in 1950, which is a refusal of its own");
        TestTopUpCase c = new TestTopUpCase("P-1", Setting.MAINSTREAM_SCHOOL, true, 3, null, null);
        for (LocalDate extreme : List.of(LocalDate.MAX, LocalDate.MIN, LocalDate.of(9999, 12, 31), LocalDate.of(1, 1, 1))) {
            InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> ENGINE.decide(Request.of(TestPack.ID, extreme, c)));
            assertEquals("asOf", e.violations().get(0).path());
            assertThrows(InvalidRequestException.class, () -> ENGINE.decideAll(List.of(Request.of(TestPack.ID, extreme, c))));
            assertThrows(InvalidRequestException.class, () -> ENGINE.decideAllInParallel(List.of(Request.of(TestPack.ID, extreme, c))));
        }
    }

    @Test
    void invisibleAndSeparatorCharacters_areRefusedInText() {
        for (String ch : List.of("\u202e", "\u200b", "\u2028", "\u2029", "\u0085", "\ufeff", "\u0000", "\u009b", "\ud83d\ude00", "\ue000")) {
            StringBuilder escaped = new StringBuilder();
            ch.chars().forEach(c -> escaped.append(String.format("\\u%04x", c)));
            String caseJson = GOOD.replace("P-0001", "P-" + escaped + "1");
            DecisionJson.Answer a = ENGINE.json().answer(request("2026-01-15", caseJson));
            assertFalse(a.decided(), "U+" + Integer.toHexString(ch.charAt(0)));
            assertTrue(a.json().contains("case.caseId"), a.json());
            assertFalse(a.json().contains(ch), "the refusal repeats the character");
            TestTopUpCase built = new TestTopUpCase("P-" + ch + "1", Setting.MAINSTREAM_SCHOOL, true, 3, null, "n");
            assertThrows(InvalidRequestException.class, () -> ENGINE.decide(Request.of(TestPack.ID, LocalDate.of(2026, 1, 15), built)));
        }
        assertTrue(ENGINE.json().answer(request("2026-01-15", GOOD.replace("P-0001", "P-Zoë-Łódź-北京"))).decided(),
                "visible letters of every script are text");
    }

    @Test
    void invalidAndOverlongUtf8_areRefused_andALeadingByteOrderMarkIsSkipped() {
        byte[] good = request("2026-01-15", GOOD).getBytes(StandardCharsets.UTF_8);
        int at = new String(good, StandardCharsets.UTF_8).indexOf("P-0001") + 2;
        for (byte[] bad : List.of(new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xC3, 0x28},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
                new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF})) {
            byte[] doc = new byte[good.length + bad.length];
            System.arraycopy(good, 0, doc, 0, at);
            System.arraycopy(bad, 0, doc, at, bad.length);
            System.arraycopy(good, at, doc, at + bad.length, good.length - at);
            DecisionJson.Answer a = ENGINE.json().answer(new ByteArrayInputStream(doc));
            assertFalse(a.decided());
            assertTrue(a.json().contains("not valid UTF-8"), a.json());
        }
        byte[] bom = new byte[good.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(good, 0, bom, 3, good.length);
        // one rule for every kind of file: a leading BOM (as Windows tools write UTF-8) is skipped
        DecisionJson.Answer plain = ENGINE.json().answer(new ByteArrayInputStream(good));
        assertTrue(plain.decided(), plain.json());
        assertEquals(plain.json(), ENGINE.json().answer(new ByteArrayInputStream(bom)).json());
        assertEquals(plain.json(), ENGINE.json().answer("\ufeff" + new String(good, StandardCharsets.UTF_8)).json());
        // anywhere else U+FEFF is an invisible character, refused as such
        byte[] twice = withBom(bom);
        assertFalse(ENGINE.json().answer(new ByteArrayInputStream(twice)).decided());
    }

    @Test
    void aLeadingByteOrderMark_isSkippedInParameterAndScenarioFilesToo(@TempDir Path dir) throws Exception {
        byte[] params = RuleAuthorEditsTest.OVERRIDE.getBytes(StandardCharsets.UTF_8);
        Path file = dir.resolve("test-top-up.parameters.json");
        Files.write(file, withBom(params));
        SenRules withBomValues = SenRules.builder().discoverPacks(false).addPack(new TestPack()).overrideParameters(TestPack.ID, file).build();
        String request = request("2026-01-15", GOOD);
        String decided = withBomValues.json().answer(request).json();
        assertTrue(withBomValues.json().answer(request).decided(), decided);
        Path scenarios = Files.createDirectory(dir.resolve("scenarios"));
        Files.write(scenarios.resolve("one.json"), withBom(("{\"name\":\"n\",\"request\":" + request
                + ",\"expect\":{\"units\":3}}").getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, Scenarios.load(scenarios).size(), "a scenario file with a BOM loads as one without");
    }

    static byte[] withBom(byte[] b) {
        byte[] out = new byte[b.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(b, 0, out, 3, b.length);
        return out;
    }

    @Test
    void parseErrors_neverRepeatTheInput() {
        for (String bad : List.of("{\"ruleSet\": Dorothea}", "{\"ruleSet\": \"test-top-up\", Dorothea: 1}", "Dorothea",
                "{\"ruleSet\": 'Dorothea'}", "{\"ruleSet\": \"a\" Dorothea}", "[\"Dorothea\"", "{\"a\": tDorothea}",
                "{\"ruleSet\": \"x\"} Dorothea", "{\"Dorothea\": 1, \"Dorothea\": 2}", "{\"ruleSet\": \"\\qDorothea\"}")) {
            DecisionJson.Answer a = ENGINE.json().answer(bad);
            assertFalse(a.decided());
            assertFalse(a.json().contains("Dorothea") && !bad.contains("\"Dorothea\": 1"), bad + " -> " + a.json());
        }
        // a duplicated plain field name is named, as the contract's names are
        assertTrue(ENGINE.json().answer("{\"ruleSet\": \"a\", \"ruleSet\": \"b\"}").json().contains("the field \\\"ruleSet\\\" appears twice"));
    }

    @Test
    void theSameBadInput_givesTheSameBytes_onEveryRunAndThread() throws Exception {
        String bad = "{\"zeta\":1,\"ruleSet\":\"test-top-up\",\"asOf\":\"9999-12-31\",\"policy\":\"nope\",\"alpha\":2,"
                + "\"case\":{\"caseId\":\"\u202e\",\"setting\":\"NOWHERE\",\"parentalConsent\":\"yes\",\"requestedUnits\":99,"
                + "\"omega\":1,\"beta\":2}}";
        String first = ENGINE.json().answer(bad).json();
        assertTrue(first.indexOf("zeta") < first.indexOf("alpha"), "document order");
        assertTrue(first.contains("a request has [ruleSet, asOf, policy, case]"), first);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> all = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                all.add(pool.submit(() -> ENGINE.json().answer(bad).json()));
            }
            for (Future<String> f : all) {
                assertEquals(first, f.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        // and across engines (a new engine is a new run as far as any hash seed is concerned)
        SenRules other = SenRules.builder().discoverPacks(false).addPack(new TestPack()).build();
        assertEquals(first, other.json().answer(bad).json());
    }

    @Test
    void aCohortIsFoundByParsing_notBySniffingText() throws Exception {
        String cohort = "{\"ruleSet\":\"test-top-up\",\"asOf\":\"2026-01-15\",\"\\u0063ases\":[" + GOOD + "]}";
        DecisionJson.Document d = ENGINE.json().readDocument(new ByteArrayInputStream(cohort.getBytes(StandardCharsets.UTF_8)));
        assertTrue(d.cohort());
        assertTrue(ENGINE.json().answer(cohort).json().startsWith("{\n  \"decisions\""));
        String padded = "{" + " ".repeat(5000) + cohort.substring(1);
        assertTrue(ENGINE.json().readDocument(new ByteArrayInputStream(padded.getBytes(StandardCharsets.UTF_8))).cohort());
        String single = request("2026-01-15", GOOD.replace("P-0001", "cases"));
        assertFalse(ENGINE.json().readDocument(new ByteArrayInputStream(single.getBytes(StandardCharsets.UTF_8))).cohort());
        assertTrue(ENGINE.json().answer(single).json().startsWith("{\n  \"ruleSet\""));
    }
}
