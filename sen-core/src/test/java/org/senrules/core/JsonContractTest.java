package org.senrules.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The JSON envelope of CONTRACT.md, in and out, and the invalid-request error. */
class JsonContractTest {
    static final SenRules ENGINE = EngineTest.ENGINE;
    static final ObjectMapper JSON = new ObjectMapper();

    static String request(String caseJson) {
        return "{\"ruleSet\":\"test-top-up\",\"asOf\":\"2026-01-15\",\"case\":" + caseJson + "}";
    }

    static final String GOOD_CASE = "{\"caseId\":\"P-0001\",\"setting\":\"MAINSTREAM_SCHOOL\",\"parentalConsent\":true,"
            + "\"requestedUnits\":3}";

    @Test
    void answer_writesTheContractDecisionEnvelope() throws Exception {
        DecisionJson.Answer a = ENGINE.json().answer(request(GOOD_CASE));
        assertTrue(a.decided());
        JsonNode d = JSON.readTree(a.json());
        assertEquals(List.of("ruleSet", "ruleSetVersion", "asOf", "policy", "caseId", "outcome", "reasons", "parameters",
                "illustrative", "warnings", "parametersFingerprint", "rulesFingerprint", "rulesFrom", "valuesFrom"), fieldNames(d));
        assertTrue(d.get("rulesFingerprint").asText().matches("sha256:[0-9a-f]{64}"));
        assertEquals("package", d.get("rulesFrom").asText());
        assertEquals("package", d.get("valuesFrom").asText());
        assertEquals("test-top-up", d.get("ruleSet").asText());
        assertEquals("current", d.get("policy").asText());
        assertEquals("2026-01-15", d.get("asOf").asText());
        assertEquals("P-0001", d.get("caseId").asText());
        assertEquals("361.50", d.at("/outcome/topUp").asText(), "money is a string with two decimals");
        assertEquals(3, d.at("/outcome/units").asInt());
        assertEquals("units-granted", d.at("/reasons/0/rule").asText());
        assertEquals("sen-core test pack, section 2", d.at("/reasons/0/source").asText());
        JsonNode unitValue = d.get("parameters").findParents("name").stream()
                .filter(p -> p.get("name").asText().equals("unitValue")).findFirst().orElseThrow();
        assertEquals("120.50", unitValue.get("value").asText());
        assertEquals("2025-04-01", unitValue.get("effectiveFrom").asText());
        assertTrue(unitValue.get("illustrative").asBoolean());
        assertTrue(d.get("illustrative").asBoolean());
        assertTrue(d.get("parametersFingerprint").asText().startsWith("sha256:"));
    }

    @Test
    void answer_isByteIdenticalEveryTime() {
        String first = ENGINE.json().answer(request(GOOD_CASE)).json();
        for (int i = 0; i < 20; i++) {
            assertEquals(first, ENGINE.json().answer(request(GOOD_CASE)).json());
        }
    }

    @Test
    void cohort_decidesEveryCaseInOrder() throws Exception {
        String cohort = "{\"ruleSet\":\"test-top-up\",\"asOf\":\"2026-01-15\",\"policy\":\"capped\",\"cases\":["
                + GOOD_CASE + "," + GOOD_CASE.replace("P-0001", "P-0002").replace(":3", ":9") + "]}";
        JsonNode out = JSON.readTree(ENGINE.json().answer(cohort).json());
        assertEquals(2, out.get("decisions").size());
        assertEquals("P-0002", out.at("/decisions/1/caseId").asText());
        assertEquals(4, out.at("/decisions/1/outcome/units").asInt());
        assertEquals("capped", out.at("/decisions/1/policy").asText());
    }

    @Test
    void invalidRequest_reportsEveryViolationWithItsPath() throws Exception {
        String bad = "{\"ruleSet\":\"test-top-up\",\"asOf\":\"2026-02-30\",\"policy\":\"nope\",\"extra\":1,\"case\":"
                + "{\"caseId\":\"\",\"setting\":\"CASTLE\",\"parentalConsent\":\"yes\",\"requestedUnits\":41,\"surname\":\"X\"}}";
        DecisionJson.Answer a = ENGINE.json().answer(bad);
        assertFalse(a.decided());
        JsonNode e = JSON.readTree(a.json());
        assertEquals("invalid-request", e.get("error").asText());
        List<String> paths = paths(e);
        assertEquals(List.of("extra", "asOf", "policy", "case.surname", "case.caseId", "case.setting",
                "case.parentalConsent", "case.requestedUnits"), paths);
    }

    @Test
    void invalidRequest_missingFieldsAndWrongTypes() throws Exception {
        JsonNode e = JSON.readTree(ENGINE.json().answer(request("{\"requestedUnits\":2.5,\"minimumUnits\":\"1\"}")).json());
        assertEquals(List.of("case.caseId", "case.setting", "case.parentalConsent", "case.requestedUnits", "case.minimumUnits"),
                paths(e));
    }

    @Test
    void invalidRequest_crossFieldRuleIsReportedAtTheField() throws Exception {
        JsonNode e = JSON.readTree(ENGINE.json().answer(request(GOOD_CASE.replace("}", ",\"minimumUnits\":5}"))).json());
        assertEquals(List.of("case.minimumUnits"), paths(e));
    }

    @Test
    void invalidRequest_cohortPathsNameTheCase() throws Exception {
        String cohort = "{\"ruleSet\":\"test-top-up\",\"asOf\":\"2026-01-15\",\"cases\":[" + GOOD_CASE + ","
                + GOOD_CASE.replace("3}", "-1}") + "]}";
        JsonNode e = JSON.readTree(ENGINE.json().answer(cohort).json());
        assertEquals(List.of("cases[1].requestedUnits"), paths(e));
    }

    @Test
    void notJson_isAViolationNotAnException() throws Exception {
        for (String text : List.of("", "{", "[1,2]", "{\"ruleSet\":1}}", "null", "{\"a\":1,\"a\":2}")) {
            DecisionJson.Answer a = ENGINE.json().answer(text);
            assertFalse(a.decided(), text);
            assertEquals("invalid-request", JSON.readTree(a.json()).get("error").asText());
        }
    }

    @Test
    void brokenJson_isDescribedInPlainWordsWithLineAndColumn() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> ENGINE.json().read("{\n\"ruleSet\": \"x\","));
        String message = e.violations().get(0).message();
        assertTrue(message.startsWith("not valid JSON: "), message);
        assertTrue(message.contains("(line 2"), message);
        assertTrue(!message.contains("Source") && !message.contains("StreamReadFeature"), message);
    }

    @Test
    void deepNesting_isRefused() {
        String deep = "[".repeat(5_000) + "]".repeat(5_000);
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> ENGINE.json().read(deep));
        assertTrue(e.violations().get(0).message().contains("too large or too deeply nested"), e.getMessage());
    }

    @Test
    void javaRequests_areCheckedLikeJsonOnes() {
        Request bad = Request.of("test-top-up", java.time.LocalDate.of(2026, 1, 1),
                new org.senrules.core.testpack.TestTopUpCase("", null, true, 99, null, null));
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> ENGINE.decide(bad));
        assertEquals(List.of("case.caseId", "case.setting", "case.requestedUnits"),
                e.violations().stream().map(Violation::path).collect(Collectors.toList()));
    }

    private static List<String> paths(JsonNode error) {
        return java.util.stream.StreamSupport.stream(error.get("violations").spliterator(), false)
                .map(v -> v.get("path").asText()).collect(Collectors.toList());
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> names = new java.util.ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
