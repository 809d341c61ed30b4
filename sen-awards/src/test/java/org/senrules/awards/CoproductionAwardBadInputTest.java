package org.senrules.awards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.senrules.awards.AwardCase.DeliveryPlan;
import org.senrules.awards.AwardCase.Embedding;
import org.senrules.awards.AwardCase.Portfolio;
import org.senrules.awards.AwardCase.Registration;
import org.senrules.core.DecisionJson;
import org.senrules.core.InvalidRequestException;
import org.senrules.core.Request;
import org.senrules.core.Violation;

/** Every case field of {@code coproduction-award} refused at least once, with its JSON path; nothing decided. */
class CoproductionAwardBadInputTest {

    /** A valid request; each test breaks one thing in it by replacing a piece of text. */
    static final String VALID = """
            { "ruleSet": "coproduction-award", "asOf": "2025-01-15",
              "case": { "organisationId": "ORG-1", "basedInBirmingham": true, "sector": "HEALTH",
                        "coProducesWithFamilies": true, "currentStage": "BRONZE",
                        "registration": { "submitted": true, "commitsToCharter": true },
                        "deliveryPlan": { "coCommissioning": 1, "coDesign": 2, "coDelivery": 1, "coAssessment": 1 },
                        "portfolio": { "planImplemented": false, "principlesEvidenced": ["INVOLVED", "EQUAL"],
                                       "impactOnFamilies": false },
                        "embedding": { "longTermCommitment": false } } }
            """;

    static Set<String> violationPaths(String json) {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> Cases.ENGINE.json().read(json));
        return e.violations().stream().map(Violation::path).collect(Collectors.toSet());
    }

    static String breaking(String valid, String broken) {
        assertTrue(VALID.contains(valid), "test set-up: the valid request has no " + valid);
        return VALID.replace(valid, broken);
    }

    @Test
    void validRequest_isDecided() {
        DecisionJson.Answer answer = Cases.ENGINE.json().answer(VALID);
        assertTrue(answer.decided(), answer.json());
        assertTrue(answer.json().contains("\"stageAwarded\" : \"SILVER\""), answer.json());
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            case.organisationId                     | "organisationId": "ORG-1",                    | "organisationId": "  ",
            case.organisationId                     | "organisationId": "ORG-1",                    |
            case.basedInBirmingham                  | "basedInBirmingham": true                      | "basedInBirmingham": "yes"
            case.sector                             | "sector": "HEALTH"                             | "sector": "RETAIL"
            case.sector                             | "sector": "HEALTH"                             | "sector": "health"
            case.coProducesWithFamilies             | "coProducesWithFamilies": true,                |
            case.currentStage                       | "currentStage": "BRONZE"                       | "currentStage": "DIAMOND"
            case.currentStage                       | "currentStage": "BRONZE"                       | "currentStage": null
            case.registration                       | "registration": { "submitted": true, "commitsToCharter": true } | "registration": true
            case.registration.submitted             | "submitted": true,                             |
            case.registration.commitsToCharter      | "commitsToCharter": true                       | "commitsToCharter": 1
            case.deliveryPlan                       | "deliveryPlan": {                              | "deliveryPlanned": {
            case.deliveryPlan.coCommissioning       | "coCommissioning": 1                           | "coCommissioning": -1
            case.deliveryPlan.coDesign              | "coDesign": 2                                  | "coDesign": 1.5
            case.deliveryPlan.coDelivery            | "coDelivery": 1                                | "coDelivery": "two"
            case.deliveryPlan.coAssessment          | "coAssessment": 1                              | "coAssessment": 1001
            case.portfolio                          | "portfolio": {                                 | "portfolio": [], "x": {
            case.portfolio.planImplemented          | "planImplemented": false                       | "planImplemented": null
            case.portfolio.principlesEvidenced      | ["INVOLVED", "EQUAL"]                          | "INVOLVED"
            case.portfolio.principlesEvidenced[1]   | ["INVOLVED", "EQUAL"]                          | ["INVOLVED", "FAIR"]
            case.portfolio.principlesEvidenced[0]   | ["INVOLVED", "EQUAL"]                          | [null, "EQUAL"]
            case.portfolio.impactOnFamilies         | "impactOnFamilies": false                      | "impactOnFamilies": "false"
            case.embedding                          | "embedding": { "longTermCommitment": false }   | "embedding": "none"
            case.embedding.longTermCommitment       | "longTermCommitment": false                    | "longTermCommitment": 0
            case.caseId                             | "organisationId": "ORG-1",                    | "organisationId": "ORG-1", "caseId": "ORG-1",
            case.embedding.since                    | "longTermCommitment": false                    | "longTermCommitment": false, "since": "2020"
            """)
    void brokenField_isRefusedWithItsPath(String path, String valid, String broken) {
        Set<String> paths = violationPaths(breaking(valid, broken == null ? "" : broken));
        assertTrue(paths.contains(path), "expected a violation at " + path + ", got " + paths);
    }

    @Test
    void organisationIdLongerThan100Characters_isRefused() {
        String json = breaking("\"ORG-1\"", "\"" + "X".repeat(101) + "\"");
        assertEquals(Set.of("case.organisationId"), violationPaths(json));
    }

    @Test
    void charterCommitmentWithoutASubmittedForm_isRefused() {
        String json = breaking("\"submitted\": true", "\"submitted\": false");
        assertEquals(Set.of("case.registration.commitsToCharter"), violationPaths(json));
    }

    @Test
    void principleListedTwice_isRefusedAtTheRepeat() {
        String json = breaking("[\"INVOLVED\", \"EQUAL\"]", "[\"INVOLVED\", \"EQUAL\", \"INVOLVED\"]");
        assertEquals(Set.of("case.portfolio.principlesEvidenced[2]"), violationPaths(json));
    }

    @Test
    void moreThanEightPrinciples_isRefused() {
        String nine = "[\"INVOLVED\", \"EQUAL\", \"EMPOWERED\", \"INVOLVED\", \"EQUAL\", \"EMPOWERED\", \"INVOLVED\", \"EQUAL\", \"EQUAL\"]";
        assertEquals(Set.of("case.portfolio.principlesEvidenced"), violationPaths(breaking("[\"INVOLVED\", \"EQUAL\"]", nine)));
    }

    @Test
    void everyViolation_isReportedAtOnce() {
        String json = VALID.replace("\"sector\": \"HEALTH\"", "\"sector\": \"RETAIL\"")
                .replace("\"coDesign\": 2", "\"coDesign\": -2")
                .replace("\"currentStage\": \"BRONZE\"", "\"currentStage\": \"TIN\"")
                .replace("\"longTermCommitment\": false", "\"longTermCommitment\": \"no\"");
        assertEquals(Set.of("case.sector", "case.deliveryPlan.coDesign", "case.currentStage", "case.embedding.longTermCommitment"),
                violationPaths(json));
    }

    @Test
    void refusedRequest_answersTheInvalidRequestJson() {
        DecisionJson.Answer answer = Cases.ENGINE.json().answer(VALID.replace("\"sector\": \"HEALTH\"", "\"sector\": \"RETAIL\""));
        assertFalse(answer.decided());
        assertTrue(answer.json().contains("\"error\" : \"invalid-request\""), answer.json());
        assertTrue(answer.json().contains("\"path\" : \"case.sector\""), answer.json());
    }

    @Test
    void caseBuiltInJava_isCheckedLikeJson() {
        // refused when built, with the violations and paths deciding it from JSON gives
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> AwardCase.builder()
                .organisationId("ORG-1")
                .basedInBirmingham(true)
                .sector(null)
                .coProducesWithFamilies(true)
                .currentStage(AwardStage.NONE)
                .registration(new Registration(false, true))
                .deliveryPlan(new DeliveryPlan(-1, 0, 0, 0))
                .portfolio(new Portfolio(false, List.of(), false))
                .embedding(new Embedding(false))
                .build());
        Set<String> paths = e.violations().stream().map(Violation::path).collect(Collectors.toSet());
        // the cross-field check (a commitment without a form) waits until every field is valid on its own
        assertEquals(Set.of("case.sector", "case.deliveryPlan.coCommissioning"), paths);
    }

    @Test
    void dateBeforeTheScheme_isRefusedWhenDecided() {
        // the request reads well; only deciding finds that no parameter value is in force before February 2024
        DecisionJson.Answer answer = Cases.ENGINE.json().answer(VALID.replace("2025-01-15", "2024-01-31"));
        assertFalse(answer.decided());
        assertTrue(answer.json().contains("\"path\" : \"asOf\""), answer.json());
    }
}
