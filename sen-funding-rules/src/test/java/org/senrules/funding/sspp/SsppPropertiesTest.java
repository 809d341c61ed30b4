package org.senrules.funding.sspp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.senrules.core.Decision;
import org.senrules.core.Reason;
import org.senrules.core.domain.FinancialYear;
import org.senrules.core.domain.Money;
import org.senrules.core.domain.PlanStatus;
import org.senrules.core.domain.PrimaryNeed;
import org.senrules.core.domain.Setting;

/** The invariants of sspp-top-up over generated cases, dates and policies. */
class SsppPropertiesTest {
    /** The illustrative Support Unit values shipped in sspp-top-up.parameters.json, by financial year. */
    static final Map<FinancialYear, Money> UNIT_VALUE = Map.of(
            new FinancialYear(2025), Money.parse("1000.00"),
            new FinancialYear(2026), Money.parse("1025.00"));
    static final Set<String> CRITERIA = Set.of("funding-ceased", "sen-support-only", "mainstream-or-early-years-setting",
            "graduated-approach-evidenced", "co-created-with-support-services", "outside-agency-support",
            "discussed-at-map-meeting", "renewal-not-allowed", "targeted-cohort-required", "main-area-of-need-required",
            "locality-budget-required");

    static Decision<?> decide(String policy, LocalDate asOf, SsppCase c) {
        return SsppEngine.decide(policy, asOf, c);
    }

    static SsppOutcome outcome(String policy, LocalDate asOf, SsppCase c) {
        return SsppEngine.outcome(decide(policy, asOf, c));
    }

    // ---- generators: weighted towards requests that meet the criteria, so that grants are common ----

    static Arbitrary<Boolean> mostlyTrue() {
        return Arbitraries.frequency(Tuple.of(8, true), Tuple.of(1, false));
    }

    @Provide
    Arbitrary<SsppCase> cases() {
        Arbitrary<PlanStatus> plan = Arbitraries.frequency(Tuple.of(5, PlanStatus.SEN_SUPPORT), Tuple.of(1, PlanStatus.EHCP));
        Arbitrary<Setting> setting = Arbitraries.frequency(Tuple.of(4, Setting.MAINSTREAM_SCHOOL), Tuple.of(2, Setting.EARLY_YEARS_SETTING),
                Tuple.of(2, Setting.NURSERY_SCHOOL), Tuple.of(1, Setting.RESOURCE_BASE), Tuple.of(1, Setting.SPECIAL_SCHOOL),
                Tuple.of(1, Setting.POST_16));
        Arbitrary<PrimaryNeed> need = Arbitraries.of(PrimaryNeed.class);
        Arbitrary<Integer> cycles = Arbitraries.integers().between(0, 30);
        Arbitrary<Integer> units = Arbitraries.integers().between(1, 40);
        Arbitrary<List<String>> cohorts = Arbitraries.of("early-years", "phase-transition", "at-risk-of-exclusion",
                "children-in-care", "young-carers").list().uniqueElements().ofMaxSize(3);
        Arbitrary<String> locality = Arbitraries.of("North", "South", "East", "West", "Central", "Sutton Coldfield");
        Arbitrary<Object[]> head = Combinators.combine(plan, setting, need, mostlyTrue(), cycles, mostlyTrue(), mostlyTrue(), mostlyTrue())
                .as((p, s, n, consent, cy, co, oa, map) -> new Object[] {p, s, n, consent, cy, co, oa, map});
        Arbitrary<Object[]> tail = Combinators.combine(units, Arbitraries.of(true, false), cohorts, locality)
                .as((u, r, ch, l) -> new Object[] {u, r, ch, l});
        return Combinators.combine(head, tail).as(SsppPropertiesTest::build);
    }

    @SuppressWarnings("unchecked")
    private static SsppCase build(Object[] h, Object[] t) {
        return SsppCase.builder()
                .caseId("G-1")
                .planStatus((PlanStatus) h[0])
                .setting((Setting) h[1])
                .primaryNeed((PrimaryNeed) h[2])
                .parentalConsent((Boolean) h[3])
                .graduatedApproachCycles((Integer) h[4])
                .coCreatedWithSupportServices((Boolean) h[5])
                .outsideAgencySupport((Boolean) h[6])
                .discussedAtMapMeeting((Boolean) h[7])
                .requestedSupportUnits((Integer) t[0])
                .renewal((Boolean) t[1])
                .cohorts((List<String>) t[2])
                .locality((String) t[3])
                .build();
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 729).map(d -> LocalDate.of(2025, 4, 1).plusDays(d));
    }

    @Provide
    Arbitrary<String> policies() {
        return Arbitraries.of(SsppEngine.POLICIES);
    }

    // ---- invariants ----

    @Property(tries = 200)
    void topUpIsNeverNegative(@ForAll("cases") SsppCase c, @ForAll("dates") LocalDate asOf, @ForAll("policies") String policy) {
        assertFalse(outcome(policy, asOf, c).getTopUp().isNegative());
    }

    @Property(tries = 200)
    void moneyEqualsUnitsTimesTheUnitValueOfTheFinancialYear(@ForAll("cases") SsppCase c, @ForAll("dates") LocalDate asOf,
                                                              @ForAll("policies") String policy) {
        Decision<?> d = decide(policy, asOf, c);
        SsppOutcome o = SsppEngine.outcome(d);
        assertEquals(UNIT_VALUE.get(FinancialYear.containing(asOf)).times(o.getSupportUnits()), o.getTopUp());
        if (o.getSupportUnits() > 0) {
            String reported = d.parameters().stream().filter(p -> p.name().equals("supportUnitValue")).findFirst().orElseThrow().value();
            assertEquals(UNIT_VALUE.get(FinancialYear.containing(asOf)).toString(), reported);
        }
    }

    @Property(tries = 200)
    void theCapIsNeverExceededUnderOptions4And4a(@ForAll("cases") SsppCase c, @ForAll("dates") LocalDate asOf) {
        for (String policy : List.of("dbv-option-4", "dbv-option-4a")) {
            SsppOutcome o = outcome(policy, asOf, c);
            assertTrue(o.getSupportUnits() <= 4, policy + " granted " + o.getSupportUnits());
            assertTrue(o.getTopUp().compareTo(UNIT_VALUE.get(FinancialYear.containing(asOf)).times(4)) <= 0);
        }
    }

    @Property(tries = 200)
    void noGrantRunsPastTwelveMonthsUnderOptions3_4a_5AndNoRenewalIsGrantedUnder3_4a(@ForAll("cases") SsppCase c,
                                                                                     @ForAll("dates") LocalDate asOf) {
        for (String policy : List.of("dbv-option-3", "dbv-option-4a", "dbv-option-5")) {
            SsppOutcome o = outcome(policy, asOf, c);
            // S1 bars renewals under options 3 and 4A; option 5's fixed term of up to 12 months does not
            boolean noRenewals = !policy.equals("dbv-option-5");
            if (noRenewals) {
                assertFalse(o.isRenewable(), policy);
            }
            if (noRenewals && c.renewal()) {
                assertFalse(o.isEligible(), policy + " granted a renewal");
            }
            if (o.isEligible()) {
                assertNotNull(o.getFundedUntil(), policy + " granted open-ended funding");
                assertFalse(o.getFundedUntil().isAfter(o.getFundedFrom().plusMonths(12).minusDays(1)), policy);
                assertFalse(o.getFundedUntil().isBefore(o.getFundedFrom()), policy);
            }
        }
    }

    @Property(tries = 200)
    void option1GrantsNothing(@ForAll("cases") SsppCase c, @ForAll("dates") LocalDate asOf) {
        SsppOutcome o = outcome("dbv-option-1", asOf, c);
        assertFalse(o.isEligible());
        assertEquals(0, o.getSupportUnits());
        assertEquals(Money.ZERO, o.getTopUp());
        assertNull(o.getFundedFrom());
    }

    @Property(tries = 200)
    void withoutParentalConsentNothingIsConsideredUnderAnyPolicy(@ForAll("cases") SsppCase generated,
                                                                 @ForAll("dates") LocalDate asOf, @ForAll("policies") String policy) {
        SsppCase c = generated.toBuilder().parentalConsent(false).build();
        Decision<?> d = decide(policy, asOf, c);
        SsppOutcome o = SsppEngine.outcome(d);
        assertFalse(o.isConsidered());
        assertFalse(o.isEligible());
        assertNull(o.getDecisionGroup());
        assertEquals(0, o.getSupportUnits());
        assertEquals(Money.ZERO, o.getTopUp());
        assertEquals(List.of("parental-consent-required"), d.reasons().stream().map(Reason::rule).toList());
    }

    @Property(tries = 200)
    void option4NeverGrantsMoreThanCurrent(@ForAll("cases") SsppCase c, @ForAll("dates") LocalDate asOf) {
        SsppOutcome current = outcome("current", asOf, c);
        SsppOutcome option4 = outcome("dbv-option-4", asOf, c);
        assertTrue(option4.getSupportUnits() <= current.getSupportUnits());
        assertTrue(option4.getTopUp().compareTo(current.getTopUp()) <= 0);
        assertEquals(current.isEligible(), option4.isEligible(), "the cap reduces funding; it does not change eligibility");
    }

    @Property(tries = 200)
    void option2DecisionsEqualCurrentDecisions(@ForAll("cases") SsppCase c, @ForAll("dates") LocalDate asOf) {
        Decision<?> current = decide("current", asOf, c);
        Decision<?> option2 = decide("dbv-option-2", asOf, c);
        assertEquals(current.outcome(SsppOutcome.class).toString(), option2.outcome(SsppOutcome.class).toString());
        assertEquals(current.reasons(), option2.reasons());
    }

    @Property(tries = 200)
    void consideredRequestsAreEligibleExactlyWhenNoCriterionFailed(@ForAll("cases") SsppCase c, @ForAll("dates") LocalDate asOf,
                                                                   @ForAll("policies") String policy) {
        Decision<?> d = decide(policy, asOf, c);
        SsppOutcome o = SsppEngine.outcome(d);
        assertEquals(c.parentalConsent(), o.isConsidered());
        boolean criterionFailed = d.reasons().stream().anyMatch(r -> CRITERIA.contains(r.rule()));
        if (o.isConsidered()) {
            assertEquals(!criterionFailed, o.isEligible(), d.reasons().toString());
        }
        assertEquals(o.isEligible(), o.getSupportUnits() > 0);
        assertEquals(o.isEligible() ? asOf : null, o.getFundedFrom());
    }

    @Property(tries = 200)
    void decisionGroupIsTheAreaOfNeedOrTheLocality(@ForAll("cases") SsppCase c, @ForAll("dates") LocalDate asOf,
                                                   @ForAll("policies") String policy) {
        SsppOutcome o = outcome(policy, asOf, c);
        if (!c.parentalConsent()) {
            assertNull(o.getDecisionGroup());
        } else if (policy.equals("dbv-option-6")) {
            assertEquals("LOCALITY:" + c.locality(), o.getDecisionGroup());
        } else {
            assertEquals(c.primaryNeed().area().map(Enum::name).orElse(null), o.getDecisionGroup());
        }
    }

    @Property(tries = 100)
    void theCurrentProcessIsOpenEndedAndRenewable(@ForAll("cases") SsppCase c, @ForAll("dates") LocalDate asOf) {
        SsppOutcome o = outcome("current", asOf, c);
        if (o.isEligible()) {
            assertNull(o.getFundedUntil());
            assertTrue(o.isRenewable());
            assertEquals(c.requestedSupportUnits(), o.getSupportUnits());
        }
    }
}
