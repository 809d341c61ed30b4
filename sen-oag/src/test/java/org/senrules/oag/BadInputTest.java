package org.senrules.oag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.senrules.core.SenRules;
import org.senrules.core.domain.Phase;
import org.senrules.oag.additionality.AdditionalityCase;
import org.senrules.oag.engagement.EngagementModelCase;

/**
 * Every case field of {@code oag-additionality} and {@code engagement-model} refused at least once,
 * with its JSON path, through the JSON contract.
 */
class BadInputTest {
    static final SenRules ENGINE = SenRules.builder().build();
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String LINE = "{ \"description\": \"Visual timetable\", \"supportUnits\": 1, \"oagItem\": \"autism.visual-timetable\" }";

    static String additionality(String caseBody) {
        return "{ \"ruleSet\": \"oag-additionality\", \"asOf\": \"2026-01-15\", \"case\": {" + caseBody + "} }";
    }

    static String engagement(String caseBody) {
        return "{ \"ruleSet\": \"engagement-model\", \"asOf\": \"2026-01-15\", \"case\": {" + caseBody + "} }";
    }

    /** The paths of the invalid-request answer, failing if the request was decided. */
    static List<String> violationPaths(String request) throws Exception {
        var answer = ENGINE.json().answer(request);
        assertFalse(answer.decided(), "expected a refusal, got " + answer.json());
        JsonNode root = MAPPER.readTree(answer.json());
        assertEquals("invalid-request", root.get("error").asText());
        List<String> paths = new ArrayList<>();
        root.get("violations").forEach(v -> paths.add(v.get("path").asText()));
        return paths;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            caseId missing                  | "phase": "SCHOOL_AGE", "provision": []                                       | case.caseId
            caseId empty                    | "caseId": " ", "phase": "SCHOOL_AGE", "provision": []                        | case.caseId
            phase missing                   | "caseId": "A", "provision": []                                               | case.phase
            phase unknown                   | "caseId": "A", "phase": "YEAR_7", "provision": []                            | case.phase
            provision missing               | "caseId": "A", "phase": "SCHOOL_AGE"                                         | case.provision
            provision not a list            | "caseId": "A", "phase": "SCHOOL_AGE", "provision": 3                         | case.provision
            line not an object              | "caseId": "A", "phase": "SCHOOL_AGE", "provision": [ 3 ]                     | case.provision[0]
            description missing             | "caseId": "A", "phase": "SCHOOL_AGE", "provision": [ { "supportUnits": 1 } ] | case.provision[0].description
            supportUnits negative           | "caseId": "A", "phase": "SCHOOL_AGE", "provision": [ { "description": "d", "supportUnits": -1 } ] | case.provision[0].supportUnits
            supportUnits not whole          | "caseId": "A", "phase": "SCHOOL_AGE", "provision": [ { "description": "d", "supportUnits": 1.5 } ] | case.provision[0].supportUnits
            supportUnits missing            | "caseId": "A", "phase": "SCHOOL_AGE", "provision": [ { "description": "d" } ] | case.provision[0].supportUnits
            oagItem unknown                 | "caseId": "A", "phase": "SCHOOL_AGE", "provision": [ { "description": "d", "supportUnits": 1, "oagItem": "autism.nope" } ] | case.provision[0].oagItem
            oagItem empty                   | "caseId": "A", "phase": "SCHOOL_AGE", "provision": [ { "description": "d", "supportUnits": 1, "oagItem": "" } ] | case.provision[0].oagItem
            oagItem not text                | "caseId": "A", "phase": "SCHOOL_AGE", "provision": [ { "description": "d", "supportUnits": 1, "oagItem": 7 } ] | case.provision[0].oagItem
            unknown field in a line         | "caseId": "A", "phase": "SCHOOL_AGE", "provision": [ { "description": "d", "supportUnits": 1, "units": 1 } ] | case.provision[0].units
            unknown field in the case       | "caseId": "A", "phase": "SCHOOL_AGE", "provision": [], "setting": "MAINSTREAM_SCHOOL" | case.setting
            """)
    void additionality_refusesEachBadField(String what, String body, String path) throws Exception {
        assertTrue(violationPaths(additionality(body)).contains(path), what);
    }

    @Test
    void additionality_refusesADescriptionOver500CharactersWithoutEchoingIt() throws Exception {
        String text = "Sam Example needs " + "x".repeat(500);
        String request = additionality("\"caseId\": \"A\", \"phase\": \"SCHOOL_AGE\", \"provision\": [ { \"description\": \"" + text
                + "\", \"supportUnits\": 1 } ]");
        assertEquals(List.of("case.provision[0].description"), violationPaths(request));
        assertFalse(ENGINE.json().answer(request).json().contains("Sam Example"));
    }

    @Test
    void additionality_reportsEveryViolationAtOnce() throws Exception {
        List<String> paths = violationPaths(additionality("\"caseId\": \"A\", \"phase\": \"SCHOOL_AGE\", \"provision\": [ " + LINE
                + ", { \"description\": \"d\", \"supportUnits\": 1, \"oagItem\": \"x.one\" }, { \"description\": \"d\", \"supportUnits\": 1, \"oagItem\": \"x.two\" } ]"));
        assertEquals(List.of("case.provision[1].oagItem", "case.provision[2].oagItem"), paths);
    }

    @Test
    void additionality_acceptsAMissingOagItem() {
        assertTrue(ENGINE.json().answer(additionality("\"caseId\": \"A\", \"phase\": \"SCHOOL_AGE\", \"provision\": [ { \"description\": \"d\", \"supportUnits\": 1 } ]")).decided());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            caseId missing                          | "ncYear": 3, "accessingSubjectSpecificStudy": false                   | case.caseId
            ncYear below nursery                    | "caseId": "E", "ncYear": -2, "accessingSubjectSpecificStudy": false   | case.ncYear
            ncYear above 14                         | "caseId": "E", "ncYear": 15, "accessingSubjectSpecificStudy": false   | case.ncYear
            ncYear as text                          | "caseId": "E", "ncYear": "Y3", "accessingSubjectSpecificStudy": false | case.ncYear
            ncYear missing                          | "caseId": "E", "accessingSubjectSpecificStudy": false                 | case.ncYear
            accessingSubjectSpecificStudy missing   | "caseId": "E", "ncYear": 3                                            | case.accessingSubjectSpecificStudy
            accessingSubjectSpecificStudy as text   | "caseId": "E", "ncYear": 3, "accessingSubjectSpecificStudy": "no"     | case.accessingSubjectSpecificStudy
            unknown field                           | "caseId": "E", "ncYear": 3, "accessingSubjectSpecificStudy": false, "keyStage": 1 | case.keyStage
            """)
    void engagement_refusesEachBadField(String what, String body, String path) throws Exception {
        assertTrue(violationPaths(engagement(body)).contains(path), what);
    }

    @Test
    void cases_printOnlyTheirId() {
        AdditionalityCase a = AdditionalityCase.builder()
                .caseId("A-9")
                .phase(Phase.SCHOOL_AGE)
                .provision(List.of(new ProvisionLine("Sam's 1:1 support", 2, null)))
                .build();
        assertEquals("AdditionalityCase[A-9]", a.toString());
        assertFalse(new ProvisionLine("Sam's 1:1 support", 2, null).toString().contains("Sam"));
        assertEquals("EngagementModelCase[E-9]", EngagementModelCase.builder()
                .caseId("E-9")
                .ncYear(2)
                .accessingSubjectSpecificStudy(false)
                .build().toString());
    }
}
