package org.senrules.funding.sspp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.senrules.core.InvalidRequestException;
import org.senrules.core.Request;
import org.senrules.core.Violation;
import org.senrules.core.domain.PlanStatus;
import org.senrules.core.domain.PrimaryNeed;
import org.senrules.core.domain.Setting;

/** Bad requests are refused with every violation at its JSON path, and nothing is decided. */
class SsppBadInputTest {
    static final String VALID_CASE = "\"caseId\": \"P-0001\", \"planStatus\": \"SEN_SUPPORT\", \"setting\": \"MAINSTREAM_SCHOOL\","
            + " \"primaryNeed\": \"SLCN\", \"parentalConsent\": true, \"graduatedApproachCycles\": 3,"
            + " \"coCreatedWithSupportServices\": true, \"outsideAgencySupport\": true, \"discussedAtMapMeeting\": true,"
            + " \"requestedSupportUnits\": 6, \"renewal\": false, \"cohorts\": [], \"locality\": \"North\"";

    /** The valid case with one field's JSON replaced (or removed, when {@code json} is {@code "<absent>"}). */
    static String requestWith(String field, String json) {
        StringBuilder fields = new StringBuilder();
        boolean found = false;
        for (String part : VALID_CASE.split(", (?=\")")) {
            String name = part.substring(1, part.indexOf('"', 1));
            if (name.equals(field)) {
                found = true;
                if (!json.equals("<absent>")) {
                    fields.append(fields.length() == 0 ? "" : ", ").append('"').append(field).append("\": ").append(json);
                }
            } else {
                fields.append(fields.length() == 0 ? "" : ", ").append(part);
            }
        }
        if (!found) {
            fields.append(", \"").append(field).append("\": ").append(json);
        }
        return "{\"ruleSet\": \"sspp-top-up\", \"asOf\": \"2026-01-15\", \"case\": {" + fields + "}}";
    }

    static List<String> violationPaths(String json) {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> SsppEngine.ENGINE.json().read(json));
        return e.violations().stream().map(Violation::path).toList();
    }

    @Test
    void theValidRequestIsDecided() {
        assertTrue(SsppEngine.ENGINE.json().answer(requestWith("caseId", "\"P-0001\"")).decided());
        assertTrue(SsppEngine.ENGINE.json().answer(requestWith("cohorts", "<absent>")).decided(), "cohorts is optional");
    }

    @ParameterizedTest(name = "{0} = {1} is refused")
    @CsvSource(delimiter = '|', value = {
        "caseId                       | <absent>",
        "caseId                       | \"   \"",
        "caseId                       | 42",
        "planStatus                   | \"SSPP\"",
        "planStatus                   | <absent>",
        "setting                      | \"ACADEMY\"",
        "setting                      | null",
        "primaryNeed                  | \"ADHD\"",
        "primaryNeed                  | \"slcn\"",
        "parentalConsent              | \"yes\"",
        "parentalConsent              | <absent>",
        "graduatedApproachCycles      | -1",
        "graduatedApproachCycles      | 31",
        "graduatedApproachCycles      | 2.5",
        "coCreatedWithSupportServices | 1",
        "outsideAgencySupport         | null",
        "discussedAtMapMeeting        | <absent>",
        "requestedSupportUnits        | 0",
        "requestedSupportUnits        | -3",
        "requestedSupportUnits        | 41",
        "requestedSupportUnits        | \"6\"",
        "renewal                      | \"no\"",
        "cohorts                      | \"children-in-care\"",
        "locality                     | <absent>",
        "locality                     | \"\"",
        "locality                     | \"<script>alert(1)</script>\"",
        "locality                     | \"A locality name that is much much longer than sixty characters in all\"",
    })
    void eachFieldIsRefusedAtItsPath(String field, String json) {
        assertTrue(violationPaths(requestWith(field, json)).contains("case." + field));
    }

    @Test
    void cohortItemsAreRefusedAtTheirIndex() {
        assertTrue(violationPaths(requestWith("cohorts", "[\"children-in-care\", null]")).contains("case.cohorts[1]"));
        assertTrue(violationPaths(requestWith("cohorts", "[\"ok\", \"no;drop table\"]")).contains("case.cohorts[1]"));
        assertTrue(violationPaths(requestWith("cohorts", "[\"ok\", 7]")).contains("case.cohorts[1]"));
        String many = String.join(",", java.util.Collections.nCopies(21, "\"c\""));
        assertTrue(violationPaths(requestWith("cohorts", "[" + many + "]")).contains("case.cohorts"));
    }

    @Test
    void unknownFieldsArePathsToo() {
        assertTrue(violationPaths(requestWith("childName", "\"Alex\"")).contains("case.childName"));
    }

    @Test
    void everyViolationIsReportedAtOnce() {
        String json = "{\"ruleSet\": \"sspp-top-up\", \"asOf\": \"2026-01-15\", \"case\": {\"caseId\": \"P-1\", \"planStatus\": \"X\","
                + " \"setting\": \"X\", \"primaryNeed\": \"X\", \"parentalConsent\": 0, \"graduatedApproachCycles\": -1,"
                + " \"coCreatedWithSupportServices\": 0, \"outsideAgencySupport\": 0, \"discussedAtMapMeeting\": 0,"
                + " \"requestedSupportUnits\": 0, \"renewal\": 0, \"cohorts\": 0, \"locality\": 0}}";
        List<String> paths = violationPaths(json);
        for (String field : Arrays.asList("planStatus", "setting", "primaryNeed", "parentalConsent", "graduatedApproachCycles",
                "coCreatedWithSupportServices", "outsideAgencySupport", "discussedAtMapMeeting", "requestedSupportUnits",
                "renewal", "cohorts", "locality")) {
            assertTrue(paths.contains("case." + field), field + " not in " + paths);
        }
    }

    @Test
    void theAnswerIsTheContractsInvalidRequestJson() {
        var answer = SsppEngine.ENGINE.json().answer(requestWith("requestedSupportUnits", "-3"));
        assertFalse(answer.decided());
        assertTrue(answer.json().contains("\"error\" : \"invalid-request\""), answer.json());
        assertTrue(answer.json().contains("\"path\" : \"case.requestedSupportUnits\""), answer.json());
    }

    @Test
    void anUnknownPolicyIsRefused() {
        String json = requestWith("caseId", "\"P-1\"").replace("\"asOf\"", "\"policy\": \"dbv-option-7\", \"asOf\"");
        assertTrue(violationPaths(json).contains("policy"));
    }

    @Test
    void casesBuiltInJavaAreCheckedTheSameWay() {
        List<String> cohorts = new ArrayList<>();
        cohorts.add(null);
        // the builder refuses the case exactly as deciding it from JSON would, with the same paths
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> SsppCase.builder()
                .caseId(" ")
                .planStatus(PlanStatus.SEN_SUPPORT)
                .setting(Setting.MAINSTREAM_SCHOOL)
                .primaryNeed(PrimaryNeed.SLCN)
                .parentalConsent(true)
                .graduatedApproachCycles(40)
                .coCreatedWithSupportServices(true)
                .outsideAgencySupport(true)
                .discussedAtMapMeeting(true)
                .requestedSupportUnits(0)
                .renewal(false)
                .cohorts(cohorts)
                .locality("North")
                .build());
        List<String> paths = e.violations().stream().map(Violation::path).toList();
        assertTrue(paths.containsAll(List.of("case.caseId", "case.graduatedApproachCycles", "case.requestedSupportUnits",
                "case.cohorts[0]")), paths.toString());
        assertThrows(InvalidRequestException.class, () -> SsppCase.builder()
                .caseId("P-1")
                .planStatus(PlanStatus.SEN_SUPPORT)
                .setting(Setting.MAINSTREAM_SCHOOL)
                .primaryNeed(PrimaryNeed.SLCN)
                .parentalConsent(true)
                .graduatedApproachCycles(3)
                .coCreatedWithSupportServices(true)
                .outsideAgencySupport(true)
                .discussedAtMapMeeting(true)
                .requestedSupportUnits(3)
                .renewal(false)
                .cohorts(null)
                .locality("North\u0000")
                .build());
        // an unset required field is refused as a missing JSON field is
        InvalidRequestException missing = assertThrows(InvalidRequestException.class,
                () -> SsppCase.builder().caseId("P-2").planStatus(PlanStatus.SEN_SUPPORT).setting(Setting.MAINSTREAM_SCHOOL)
                        .primaryNeed(PrimaryNeed.SLCN).graduatedApproachCycles(3).coCreatedWithSupportServices(true)
                        .outsideAgencySupport(true).discussedAtMapMeeting(true).requestedSupportUnits(3).renewal(false)
                        .locality("North").build());
        assertEquals(List.of(new Violation("case.parentalConsent", "is required")), missing.violations());
    }
}
