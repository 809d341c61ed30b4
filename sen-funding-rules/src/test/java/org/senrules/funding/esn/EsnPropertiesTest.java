package org.senrules.funding.esn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.senrules.core.Decision;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.core.domain.PlanStatus;
import org.senrules.core.domain.Setting;
import org.senrules.funding.internal.PackDefinitions;
import org.senrules.funding.internal.TestEngines;

/** Invariants of esn-request over arbitrary requests. */
class EsnPropertiesTest {
    static final SenRules ENGINE = TestEngines.of(PackDefinitions.<EsnCase, EsnOutcome>of(EsnRequest.ID));
    static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);
    static final LocalDate BASE = LocalDate.of(2025, 4, 1);

    @Provide
    Arbitrary<EsnCase> requests() {
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 700).map(BASE::plusDays);
        Arbitrary<List<ExternalProfessional>> professionals = Arbitraries.of(ExternalProfessional.class).set().map(List::copyOf);
        Arbitrary<LocalDate> existing = dates.injectNull(0.5);
        return Builders.withBuilder(() -> new Object[14])
                .use(Arbitraries.of(Setting.class)).in((a, v) -> set(a, 1, v))
                .use(Arbitraries.of(PlanStatus.class)).in((a, v) -> set(a, 2, v))
                .use(dates).in((a, v) -> set(a, 3, v))
                .use(Arbitraries.of(true, false)).in((a, v) -> set(a, 4, v))
                .use(dates).in((a, v) -> set(a, 5, v))
                .use(dates).in((a, v) -> set(a, 6, v))
                .use(Arbitraries.of(true, false)).in((a, v) -> set(a, 7, v))
                .use(Arbitraries.of(true, false)).in((a, v) -> set(a, 8, v))
                .use(Arbitraries.of(true, false)).in((a, v) -> set(a, 9, v))
                .use(professionals).in((a, v) -> set(a, 10, v))
                .use(existing).in((a, v) -> set(a, 11, v))
                .use(Arbitraries.of(true, false)).in((a, v) -> set(a, 12, v))
                .use(Arbitraries.of(true, false)).in((a, v) -> set(a, 13, v))
                .build(a -> EsnCase.builder()
                        .caseId("ESN-P")
                        .setting((Setting) a[1])
                        .planStatus((PlanStatus) a[2])
                        .requestDate((LocalDate) a[3])
                        .linkedToAnnualReview((Boolean) a[4])
                        .annualReviewDue((LocalDate) a[5])
                        .supportFrom((LocalDate) a[6])
                        .significantChangeInNeed((Boolean) a[7])
                        .timeLimitedOutcome((Boolean) a[8])
                        .extendedNeedException((Boolean) a[9])
                        .externalProfessionals(cast(a[10]))
                        .existingEsnUntil((LocalDate) a[11])
                        .placementTransition((Boolean) a[12])
                        .governingBodyResponseEvidence((Boolean) a[13])
                        .build());
    }

    /**
     * Requests that also give a review date (on or after the request) and an existing agreement
     * with or without a period; {@link #requests()} stays as it is, since the golden cases come from it.
     */
    @Provide
    Arbitrary<EsnCase> requestsWithReviewDates() {
        Arbitrary<Integer> reviewOffset = Arbitraries.integers().between(0, 120).injectNull(0.4);
        Arbitrary<Boolean> inPlace = Arbitraries.of(Boolean.TRUE, Boolean.FALSE).injectNull(0.4);
        return net.jqwik.api.Combinators.combine(requests(), reviewOffset, inPlace).as((c, offset, agreement) -> c.toBuilder()
                .existingEsnUntil(Boolean.FALSE.equals(agreement) ? null : c.existingEsnUntil())
                .reviewDate(offset == null ? null : c.requestDate().plusDays(offset))
                .existingEsnInPlace(agreement)
                .build());
    }

    private static Object[] set(Object[] a, int i, Object v) {
        a[i] = v;
        return a;
    }

    @SuppressWarnings("unchecked")
    private static List<ExternalProfessional> cast(Object o) {
        return (List<ExternalProfessional>) o;
    }

    static Decision<?> decide(EsnCase c) {
        return ENGINE.decide(Request.of(EsnRequest.ID, AS_OF, c));
    }

    @Property(tries = 300)
    void decisionDueByIsTheDecisionWeeksAfterTheReviewOrNullWithAReason(@ForAll("requestsWithReviewDates") EsnCase c) {
        Decision<?> d = decide(c);
        EsnOutcome o = d.outcome(EsnOutcome.class);
        if (o.getDecisionDueBy() == null) {
            assertTrue(o.getDecisionDueByUnknownBecause() != null, "a null deadline says why");
            assertNull(o.getReviewDate());
        } else {
            int weeks = Integer.parseInt(d.parameters().stream().filter(p -> p.name().equals("decisionWeeks")).findFirst()
                    .orElseThrow().value());
            assertEquals(6, weeks);
            assertNull(o.getDecisionDueByUnknownBecause());
            assertEquals(o.getReviewDate().plusWeeks(weeks), o.getDecisionDueBy());
            // never a deadline before the review that considers the request, nor before the request itself
            assertTrue(o.getDecisionDueBy().isAfter(c.requestDate()));
            assertTrue(o.getReviewDate().equals(c.reviewDate()) || o.getReviewDate().equals(c.annualReviewDue()));
        }
        assertEquals(!o.isAdmissible(), o.getDecisionDueByUnknownBecause() == EsnDeadlineUnknown.NOT_ADMISSIBLE);
    }

    @Property(tries = 200)
    void currentFundingAlwaysContinues(@ForAll("requestsWithReviewDates") EsnCase c) {
        assertTrue(decide(c).outcome(EsnOutcome.class).isCurrentFundingContinues());
    }

    @Property(tries = 200)
    void claimableFromIsNeverBeforeTheRequestDate(@ForAll("requests") EsnCase c) {
        EsnOutcome o = decide(c).outcome(EsnOutcome.class);
        assertTrue(o.getClaimableFrom() == null || !o.getClaimableFrom().isBefore(c.requestDate()));
        assertEquals(o.isAdmissible(), o.getClaimableFrom() != null);
    }

    @Property(tries = 200)
    void backdatedExactlyWhenSupportStartsBeforeTheRequest(@ForAll("requests") EsnCase c) {
        assertEquals(c.supportFrom().isBefore(c.requestDate()), decide(c).outcome(EsnOutcome.class).isBackdated());
    }

    @Property(tries = 200)
    void anAdmissibleRequestHasARouteAndAGroundAndAnInadmissibleOneHasNoRoute(@ForAll("requests") EsnCase c) {
        EsnOutcome o = decide(c).outcome(EsnOutcome.class);
        if (o.isAdmissible()) {
            assertTrue(o.getRoute() != null);
            // the placement-panel route stands on the governing body response; the review routes need a ground
            assertTrue(!o.getGrounds().isEmpty() || o.getRoute() == EsnRoute.PLACEMENT_PANEL);
            assertTrue(c.setting() == Setting.SPECIAL_SCHOOL || c.setting() == Setting.MAINSTREAM_SCHOOL
                    || c.setting() == Setting.RESOURCE_BASE);
            assertEquals(PlanStatus.EHCP, c.planStatus());
        } else {
            assertNull(o.getRoute());
        }
    }

    @Property(tries = 300)
    void aRunningAgreementIsHonouredToItsEndDateOrElseUntilTheNextReviewIsDue(@ForAll("requestsWithReviewDates") EsnCase c) {
        EsnOutcome o = decide(c).outcome(EsnOutcome.class);
        LocalDate end = c.existingEsnUntil() != null ? c.existingEsnUntil()
                : Boolean.TRUE.equals(c.existingEsnInPlace()) ? c.annualReviewDue() : null; // in place, no period set
        boolean running = end != null && !end.isBefore(c.requestDate());
        assertEquals(running ? end : null, o.getExistingAgreementHonouredUntil());
    }
}
