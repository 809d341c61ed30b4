package org.senrules.funding.esn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.senrules.core.Decision;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.core.domain.PlanStatus;
import org.senrules.core.domain.Setting;
import org.senrules.funding.internal.PackDefinitions;
import org.senrules.funding.internal.Requests;
import org.senrules.funding.internal.TestEngines;

/** esn-request from Java and from JSON: bad input on every field, explanations and warnings. */
class EsnInputTest {
    static final SenRules ENGINE = TestEngines.of(PackDefinitions.<EsnCase, EsnOutcome>of(EsnRequest.ID));
    static final LocalDate AS_OF = LocalDate.of(2025, 10, 1);

    static Map<String, String> valid() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("caseId", "\"ESN-1\"");
        m.put("setting", "\"MAINSTREAM_SCHOOL\"");
        m.put("planStatus", "\"EHCP\"");
        m.put("requestDate", "\"2025-09-15\"");
        m.put("linkedToAnnualReview", "true");
        m.put("annualReviewDue", "\"2025-10-20\"");
        m.put("supportFrom", "\"2025-09-15\"");
        m.put("significantChangeInNeed", "true");
        m.put("timeLimitedOutcome", "false");
        m.put("extendedNeedException", "false");
        m.put("externalProfessionals", "[\"HEALTH\"]");
        m.put("existingEsnUntil", "\"2026-03-31\"");
        m.put("placementTransition", "false");
        m.put("governingBodyResponseEvidence", "false");
        return m;
    }

    static EsnCase aCase(LocalDate requestDate, LocalDate supportFrom, List<ExternalProfessional> professionals) {
        return EsnCase.builder()
                .caseId("ESN-2")
                .setting(Setting.SPECIAL_SCHOOL)
                .planStatus(PlanStatus.EHCP)
                .requestDate(requestDate)
                .linkedToAnnualReview(true)
                .annualReviewDue(requestDate.plusWeeks(2))
                .supportFrom(supportFrom)
                .significantChangeInNeed(true)
                .timeLimitedOutcome(true)
                .extendedNeedException(false)
                .externalProfessionals(professionals)
                .existingEsnUntil(null)
                .placementTransition(false)
                .governingBodyResponseEvidence(false)
                .build();
    }

    @Test
    void validJson_isDecided() {
        var answer = ENGINE.json().answer(Requests.json(EsnRequest.ID, "2025-10-01", valid()));
        assertTrue(answer.decided(), answer.json());
        assertTrue(answer.json().contains("\"route\" : \"ANNUAL_REVIEW\""), answer.json());
    }

    @ParameterizedTest(name = "{0} = {1} is rejected")
    @CsvSource(delimiter = '|', value = {
        "caseId                        | ''                     | case.caseId",
        "setting                       | '\"ACADEMY\"'          | case.setting",
        "planStatus                    | '\"SSPP\"'             | case.planStatus",
        "planStatus                    |                        | case.planStatus",
        "requestDate                   | '\"15/09/2025\"'       | case.requestDate",
        "requestDate                   |                        | case.requestDate",
        "linkedToAnnualReview          | '\"yes\"'              | case.linkedToAnnualReview",
        "linkedToAnnualReview          |                        | case.linkedToAnnualReview",
        "annualReviewDue               | '\"2025-02-29\"'       | case.annualReviewDue",
        "annualReviewDue               |                        | case.annualReviewDue",
        "supportFrom                   | '20250915'             | case.supportFrom",
        "supportFrom                   |                        | case.supportFrom",
        "significantChangeInNeed       | '1'                    | case.significantChangeInNeed",
        "timeLimitedOutcome            | '\"false\"'            | case.timeLimitedOutcome",
        "extendedNeedException         |                        | case.extendedNeedException",
        "externalProfessionals         | '\"HEALTH\"'           | case.externalProfessionals",
        "externalProfessionals         | '[\"GP\"]'             | case.externalProfessionals[0]",
        "externalProfessionals         | '[null]'               | case.externalProfessionals[0]",
        "externalProfessionals         | '[\"HEALTH\",\"OTHER\",\"HEALTH\"]' | case.externalProfessionals[2]",
        "externalProfessionals         |                        | case.externalProfessionals",
        "existingEsnUntil              | '\"next March\"'       | case.existingEsnUntil",
        "placementTransition           | 'null'                 | case.placementTransition",
        "governingBodyResponseEvidence | '\"no\"'               | case.governingBodyResponseEvidence",
        "childName                     | '\"Sam\"'              | case.childName",
    })
    void badField_isRejectedWithItsPath(String field, String rawValue, String path) {
        String raw = rawValue == null ? null : rawValue.isEmpty() ? "\"\"" : rawValue; // '' in the table is empty text
        Requests.assertRejectedAt(ENGINE, Requests.json(EsnRequest.ID, "2025-10-01", Requests.with(valid(), field, raw)), path);
    }

    @Test
    void existingEsnUntil_isOptional() {
        var answer = ENGINE.json().answer(Requests.json(EsnRequest.ID, "2025-10-01", Requests.with(valid(), "existingEsnUntil", null)));
        assertTrue(answer.decided(), answer.json());
        assertTrue(answer.json().contains("\"existingAgreementHonouredUntil\" : null"), answer.json());
    }

    @Test
    void backdatedRequest_saysSupportBeforeTheRequestCannotBeClaimed() {
        Decision<?> d = ENGINE.decide(Request.of(EsnRequest.ID, AS_OF,
                aCase(LocalDate.of(2025, 9, 15), LocalDate.of(2025, 6, 1), List.of(ExternalProfessional.HEALTH))));
        EsnOutcome o = d.outcome(EsnOutcome.class);
        assertTrue(o.isBackdated());
        assertTrue(o.isAdmissible(), "a backdated request is still admissible from the request date");
        assertEquals(LocalDate.of(2025, 9, 15), o.getClaimableFrom());
        assertTrue(d.reasons().stream().anyMatch(r -> r.rule().equals("esn-no-backdating")
                && r.text().contains("support before the request date cannot be claimed")), d.reasons().toString());
    }

    @Test
    void decision_usesThePublishedSixWeeksAndFlagsTheIllustrativeWindow() {
        Decision<?> d = ENGINE.decide(Request.of(EsnRequest.ID, AS_OF,
                aCase(LocalDate.of(2025, 9, 15), LocalDate.of(2025, 9, 15), List.of())));
        // six weeks after the annual review due on 2025-09-29 that considers it, not after the form
        assertEquals(LocalDate.of(2025, 11, 10), d.outcome(EsnOutcome.class).getDecisionDueBy());
        var weeks = d.parameters().stream().filter(p -> p.name().equals("decisionWeeks")).findFirst().orElseThrow();
        assertEquals("6", weeks.value());
        assertFalse(weeks.illustrative());
        assertTrue(d.parameters().stream().anyMatch(p -> p.name().equals("reviewDueWithinWeeks") && p.illustrative()));
        assertTrue(d.illustrative());
        assertTrue(d.warnings().stream().anyMatch(w -> w.contains("No professional from outside the school")), d.warnings().toString());
        assertEquals(d.reasons().size(), d.reasons().stream().map(r -> r.rule()).distinct().count(), "each rule explains once");
    }

    @Test
    void placementPanelDecision_isNotIllustrative() {
        EsnCase c = EsnCase.builder()
                .caseId("ESN-3")
                .setting(Setting.SPECIAL_SCHOOL)
                .planStatus(PlanStatus.EHCP)
                .requestDate(LocalDate.of(2025, 9, 15))
                .linkedToAnnualReview(false)
                .annualReviewDue(LocalDate.of(2026, 5, 1))
                .supportFrom(LocalDate.of(2025, 9, 15))
                .significantChangeInNeed(true)
                .timeLimitedOutcome(false)
                .extendedNeedException(false)
                .externalProfessionals(List.of(ExternalProfessional.CHILDRENS_TRUST))
                .existingEsnUntil(null)
                .placementTransition(true)
                .governingBodyResponseEvidence(true)
                .build();
        Decision<?> d = ENGINE.decide(Request.of(EsnRequest.ID, AS_OF, c));
        EsnOutcome o = d.outcome(EsnOutcome.class);
        assertEquals(EsnRoute.PLACEMENT_PANEL, o.getRoute());
        assertNull(o.getAnnualReviewDueInTime());
        assertFalse(d.illustrative(), "the review window was not needed, so no illustrative value was used");
    }

    @Test
    void caseToString_printsOnlyTheId() {
        assertEquals("EsnCase[ESN-2]", aCase(AS_OF, AS_OF, List.of()).toString());
    }
}
