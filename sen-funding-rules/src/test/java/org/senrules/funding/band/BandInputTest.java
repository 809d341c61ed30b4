package org.senrules.funding.band;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.senrules.core.Decision;
import org.senrules.core.DecisionException;
import org.senrules.core.InvalidRequestException;
import org.senrules.core.Request;
import org.senrules.core.RuleSetException;
import org.senrules.core.SenRules;
import org.senrules.core.domain.Money;
import org.senrules.core.domain.PrimaryNeed;
import org.senrules.core.domain.Setting;
import org.senrules.funding.internal.FundingDefinitions;
import org.senrules.funding.internal.Requests;
import org.senrules.funding.internal.TestEngines;

/** special-school-band from Java and from JSON: bad input on every field, explanations, configuration faults. */
class BandInputTest {
    static final SenRules ENGINE = TestEngines.of(FundingDefinitions.specialSchoolBand());
    static final LocalDate AS_OF = LocalDate.of(2025, 9, 1);

    static Map<String, String> valid() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("caseId", "\"SB-1\"");
        m.put("setting", "\"SPECIAL_SCHOOL\"");
        m.put("needClassification", "\"B\"");
        m.put("complexityLevel", "3");
        return m;
    }

    @Test
    void validJson_isDecided() {
        var answer = ENGINE.json().answer(Requests.json(SpecialSchoolBand.ID, "2025-09-01", valid()));
        assertTrue(answer.decided(), answer.json());
        assertTrue(answer.json().contains("\"total\" : \"23000.00\""), answer.json());
    }

    @ParameterizedTest(name = "{0} = {1} is rejected")
    @CsvSource(delimiter = '|', value = {
        "caseId             | ''                  | case.caseId",
        "caseId             |                     | case.caseId",
        "setting            | '\"SPECIAL\"'       | case.setting",
        "setting            |                     | case.setting",
        "needClassification | '\"F\"'             | case.needClassification",
        "needClassification | '1'                 | case.needClassification",
        "complexityLevel    | '7'                 | case.complexityLevel",
        "complexityLevel    | '0'                 | case.complexityLevel",
        "complexityLevel    | '\"3\"'             | case.complexityLevel",
        "complexityLevel    | '2.5'               | case.complexityLevel",
        "complexityLevel    |                     | case.complexityLevel",
        "primaryNeed        | '\"AUTISM\"'        | case.primaryNeed",
        "primaryNeed        | '\"ASD\"'           | case.primaryNeed",
        "nickname           | '\"Sam\"'           | case.nickname",
    })
    void badField_isRejectedWithItsPath(String field, String rawValue, String path) {
        String raw = rawValue == null ? null : rawValue.isEmpty() ? "\"\"" : rawValue; // '' in the table is empty text
        Requests.assertRejectedAt(ENGINE, Requests.json(SpecialSchoolBand.ID, "2025-09-01", Requests.with(valid(), field, raw)), path);
    }

    @Test
    void neitherClassificationNorPrimaryNeed_isRejected() {
        Requests.assertRejectedAt(ENGINE, Requests.json(SpecialSchoolBand.ID, "2025-09-01",
                Requests.with(valid(), "needClassification", null)), "case.needClassification");
    }

    @Test
    void caseBuiltInJava_isCheckedLikeJson() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> BandCase.builder()
                .caseId("SB-2")
                .setting(Setting.SPECIAL_SCHOOL)
                .needClassification(NeedClassification.A)
                .primaryNeed(PrimaryNeed.ASD)
                .complexityLevel(9)
                .build());
        assertEquals("case.complexityLevel", e.violations().get(0).path());
    }

    @Test
    void asOfBeforeAnyRate_isRejected() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> ENGINE.decide(Request.of(SpecialSchoolBand.ID,
                LocalDate.of(2023, 9, 1), BandCase.builder()
                        .caseId("SB-8")
                        .setting(Setting.SPECIAL_SCHOOL)
                        .needClassification(NeedClassification.A)
                        .primaryNeed(null)
                        .complexityLevel(1)
                        .build())));
        assertEquals("asOf", e.violations().get(0).path());
    }

    @Test
    void decision_explainsInPlainWordsAndNamesItsValues() {
        Decision<?> d = ENGINE.decide(Request.of(SpecialSchoolBand.ID, AS_OF,
                BandCase.builder()
                        .caseId("SB-3")
                        .setting(Setting.SPECIAL_SCHOOL)
                        .needClassification(null)
                        .primaryNeed(PrimaryNeed.PMLD)
                        .complexityLevel(4)
                        .build()));
        BandOutcome o = d.outcome(BandOutcome.class);
        assertEquals(NeedClassification.B, o.getNeedClassification());
        assertEquals(5, o.getBand());
        assertEquals(Money.parse("19000.00"), o.getTopUp());
        assertEquals(Money.parse("29000.00"), o.getTotal());
        assertTrue(d.illustrative(), "band values are illustrative defaults");
        var place = d.parameters().stream().filter(p -> p.name().equals("placeFunding")).findFirst().orElseThrow();
        assertFalse(place.illustrative(), "£10,000 place funding is published");
        var topUp = d.parameters().stream().filter(p -> p.name().equals("bandTopUp[5]")).findFirst().orElseThrow();
        assertTrue(topUp.illustrative());
        assertTrue(d.reasons().stream().anyMatch(r -> r.text().equals("The Band 5 top-up for 2025-26 is £19,000.00.")), d.reasons().toString());
        assertTrue(d.reasons().stream().allMatch(r -> !r.text().contains("SB-3") && !r.source().isBlank()));
        assertEquals(d.reasons().size(), d.reasons().stream().map(r -> r.rule()).distinct().count(), "each rule explains once");
    }

    @Test
    void notASpecialSchool_isADecisionNotARejection() {
        Decision<?> d = ENGINE.decide(Request.of(SpecialSchoolBand.ID, AS_OF,
                BandCase.builder()
                        .caseId("SB-4")
                        .setting(Setting.MAINSTREAM_SCHOOL)
                        .needClassification(NeedClassification.A)
                        .primaryNeed(null)
                        .complexityLevel(2)
                        .build()));
        BandOutcome o = d.outcome(BandOutcome.class);
        assertFalse(o.isApplicable());
        assertNull(o.getBand());
        assertNull(o.getPlaceFunding());
        assertTrue(d.reasons().get(0).text().contains("not a special school"));
    }

    @Test
    void caseToString_printsOnlyTheId() {
        assertEquals("BandCase[SB-5]", BandCase.builder()
                .caseId("SB-5")
                .setting(Setting.SPECIAL_SCHOOL)
                .needClassification(NeedClassification.C)
                .primaryNeed(null)
                .complexityLevel(1)
                .build().toString());
    }

    @Test
    void malformedCouncilTable_isRefusedWhenTheEngineStarts_namingFileAndLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("council.json");
        Files.writeString(file, """
                { "bandTable": [ { "from": "2025-04-01", "illustrative": false,
                                   "value": { "A": [1, 2, 3], "B": [1, 2, 3, 4], "C": [1, 2, 3, 4], "D": [1, 2, 3, 4], "E": [1, 2, 3, 4] } } ] }
                """);
        RuleSetException e = assertThrows(RuleSetException.class, () -> withTables(file));
        assertTrue(e.getMessage().contains(file + ":1: bandTable: gap: row A has 3 entries"), e.getMessage());
    }

    @Test
    void anUnknownFramework_isRefusedWhenTheEngineStarts(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("council.json");
        Files.writeString(file, "{ \"framework\": [ { \"from\": \"2025-04-01\", \"value\": { \"SPECIAL_SCHOOL\": \"MAGIC\" }, \"illustrative\": false } ] }");
        RuleSetException e = assertThrows(RuleSetException.class, () -> withTables(file));
        assertTrue(e.getMessage().contains("entry SPECIAL_SCHOOL is MAGIC, which is not one of [SUPPORT_UNITS, BANDS, UNIT_MODEL, AVERAGE_SPEND, NONE]"),
                e.getMessage());
    }

    /** special-school-band with a council's copy of the shared top-up frameworks, where the band tables live. */
    private static SenRules withTables(Path file) {
        return TestEngines.withSharedOverride(FundingDefinitions.specialSchoolBand(), FundingDefinitions.TOP_UP_FRAMEWORKS, file);
    }
}
