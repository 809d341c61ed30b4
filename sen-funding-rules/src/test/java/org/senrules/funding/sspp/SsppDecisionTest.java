package org.senrules.funding.sspp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.senrules.funding.sspp.SsppEngine.AS_OF;
import static org.senrules.funding.sspp.SsppEngine.decide;
import static org.senrules.funding.sspp.SsppEngine.fundable;
import static org.senrules.funding.sspp.SsppEngine.outcome;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.senrules.core.Decision;
import org.senrules.core.ParameterUse;
import org.senrules.core.Reason;
import org.senrules.core.RuleInfo;
import org.senrules.core.domain.Money;
import org.senrules.core.domain.PlanStatus;
import org.senrules.core.domain.PrimaryNeed;
import org.senrules.core.domain.Setting;

/** What a decision says beyond its outcome: reasons, sources, parameters used, illustrative flags. */
class SsppDecisionTest {

    static SsppCase withLocality(String locality) {
        SsppCase c = fundable();
        return c.toBuilder()
                .parentalConsent(true)
                .coCreatedWithSupportServices(true)
                .outsideAgencySupport(true)
                .discussedAtMapMeeting(true)
                .renewal(false)
                .locality(locality)
                .build();
    }

    @Test
    void notConsidered_readsNoParameterAndIsNotIllustrative() {
        SsppCase c = fundable();
        SsppCase noConsent = SsppCase.builder()
                .caseId(c.caseId())
                .planStatus(c.planStatus())
                .setting(c.setting())
                .primaryNeed(c.primaryNeed())
                .parentalConsent(false)
                .graduatedApproachCycles(0)
                .coCreatedWithSupportServices(false)
                .outsideAgencySupport(false)
                .discussedAtMapMeeting(false)
                .requestedSupportUnits(9)
                .renewal(true)
                .cohorts(List.of())
                .locality("Nowhere")
                .build();
        for (String policy : SsppEngine.POLICIES) {
            Decision<?> d = decide(policy, AS_OF, noConsent);
            assertEquals(List.of("parental-consent-required"), d.reasons().stream().map(Reason::rule).toList(), policy);
            assertTrue(d.parameters().isEmpty(), policy + ": no parameter may be read: " + d.parameters());
            assertFalse(d.illustrative(), policy);
        }
    }

    @Test
    void everyFailedCriterion_givesItsOwnReason() {
        SsppCase failsAll = SsppCase.builder()
                .caseId("P-9")
                .planStatus(PlanStatus.EHCP)
                .setting(Setting.SPECIAL_SCHOOL)
                .primaryNeed(PrimaryNeed.OTH)
                .parentalConsent(true)
                .graduatedApproachCycles(0)
                .coCreatedWithSupportServices(false)
                .outsideAgencySupport(false)
                .discussedAtMapMeeting(false)
                .requestedSupportUnits(6)
                .renewal(true)
                .cohorts(List.of())
                .locality("North")
                .build();
        Decision<?> d = decide("dbv-option-1", AS_OF, failsAll);
        assertEquals(List.of("funding-ceased", "sen-support-only", "mainstream-or-early-years-setting",
                        "graduated-approach-evidenced", "co-created-with-support-services", "outside-agency-support",
                        "discussed-at-map-meeting", "main-area-of-need-required"),
                d.reasons().stream().map(Reason::rule).sorted(SsppDecisionTest::byRuleOrder).toList());
        Decision<?> d5 = decide("dbv-option-5", AS_OF, failsAll);
        // option 5 sets a fixed term but bars no renewal (S1), so only the cohort test refuses this renewal
        assertTrue(d5.firedRule("targeted-cohort-required") && !d5.firedRule("renewal-not-allowed"));
        assertFalse(outcome(d5).isEligible());
    }

    private static int byRuleOrder(String a, String b) {
        List<String> order = List.of("funding-ceased", "sen-support-only", "mainstream-or-early-years-setting",
                "graduated-approach-evidenced", "co-created-with-support-services", "outside-agency-support",
                "discussed-at-map-meeting", "main-area-of-need-required");
        return Integer.compare(order.indexOf(a), order.indexOf(b));
    }

    @Test
    void fundedDecision_explainsWithTheValuesUsedAndIsIllustrative() {
        Decision<?> d = decide("current", AS_OF, fundable());
        Reason granted = d.reasons().stream().filter(r -> r.rule().equals("units-judged-necessary")).findFirst().orElseThrow();
        assertEquals("Every criterion is met. The 6 Support Units judged necessary are funded at £1,000.00 each for 2025-26:"
                + " a top-up of £6,000.00.", granted.text());
        assertTrue(granted.source().startsWith("council funding pages [public]"));
        ParameterUse value = d.parameters().stream().filter(p -> p.name().equals("supportUnitValue")).findFirst().orElseThrow();
        assertEquals("1000.00", value.value());
        assertEquals(LocalDate.of(2025, 4, 1), value.effectiveFrom());
        assertTrue(value.illustrative());
        assertTrue(d.illustrative(), "the Support Unit value is illustrative");
        assertEquals("1.0.0", d.ruleSetVersion());
    }

    @Test
    void capUnderOption4_isReportedAsPublishedNotIllustrative() {
        Decision<?> d = decide("dbv-option-4", AS_OF, fundable());
        ParameterUse cap = d.parameters().stream().filter(p -> p.name().equals("supportUnitCap")).findFirst().orElseThrow();
        assertEquals("4", cap.value());
        assertEquals("policy:dbv-option-4", cap.origin());
        assertFalse(cap.illustrative());
        assertEquals(Money.parse("4000.00"), outcome(d).getTopUp());
    }

    @Test
    void localityLed_reportsTheLocalityAndTheBudgetConsulted() {
        Decision<?> d = decide("dbv-option-6", AS_OF, withLocality("South"));
        assertEquals("LOCALITY:South", outcome(d).getDecisionGroup());
        Reason r = d.reasons().stream().filter(x -> x.rule().equals("locality-led-decision")).findFirst().orElseThrow();
        assertTrue(r.text().contains("£2,100,000.00") && r.text().contains("dbv-option-2"), r.text());
        assertFalse(r.text().contains("South"), "reasons never repeat the case's own text");
        ParameterUse budget = d.parameters().stream().filter(p -> p.name().equals("localityBudgets[South]")).findFirst().orElseThrow();
        assertEquals("2100000.00", budget.value());
        assertTrue(budget.illustrative());
    }

    @Test
    void unknownLocality_isNotNamedInTheReason() {
        Decision<?> d = decide("dbv-option-6", AS_OF, withLocality("Made Up Place"));
        assertFalse(outcome(d).isEligible());
        assertTrue(d.reasons().stream().noneMatch(r -> r.text().contains("Made Up Place")));
    }

    @Test
    void openEndedUnderCurrent_andTwelveMonthsUnderOption3() {
        SsppOutcome current = outcome(decide("current", AS_OF, fundable()));
        assertEquals(AS_OF, current.getFundedFrom());
        assertNull(current.getFundedUntil());
        assertTrue(current.isRenewable());
        SsppOutcome limited = outcome(decide("dbv-option-3", LocalDate.of(2026, 2, 1), fundable()));
        assertEquals(LocalDate.of(2027, 1, 31), limited.getFundedUntil());
        assertFalse(limited.isRenewable());
    }

    @Test
    void outcomeJson_hasExactlyTheContractFields() {
        String json = SsppEngine.ENGINE.json().write(decide("current", AS_OF, fundable()));
        for (String field : List.of("\"considered\"", "\"eligible\"", "\"decisionGroup\"", "\"supportUnits\"", "\"topUp\" : \"6000.00\"",
                "\"fundedFrom\" : \"2026-01-15\"", "\"fundedUntil\" : null", "\"renewable\"")) {
            assertTrue(json.contains(field), field + " missing from " + json);
        }
    }

    @Test
    void everyRule_hasAnIdAndCitesItsSource() {
        List<RuleInfo> rules = SsppEngine.ENGINE.rules(SsppEngine.ID);
        assertEquals(22, rules.size());
        for (RuleInfo r : rules) {
            assertTrue(r.id().matches("[a-z]+(-[a-z0-9]+)*"), r.id());
            assertTrue(r.source().startsWith("council funding pages [public] (DOMAIN.md §4)")
                    || r.source().startsWith("S1 001_9fda0e487175dfd0.txt \"Delivering Better Value Programme\" / \"Workstream 2\", "
                            + "\"For children on SEN Support receiving top up funding by SSPPs, the options in the first draft were\", option"),
                    r.id() + " cites " + r.source());
        }
    }

    @Test
    void caseToString_printsOnlyTheId() {
        assertEquals("SsppCase[P-0001]", fundable().toString());
    }
}
