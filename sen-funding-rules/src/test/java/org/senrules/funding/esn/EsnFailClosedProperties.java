package org.senrules.funding.esn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.senrules.core.Decision;
import org.senrules.core.Reason;
import org.senrules.core.Request;
import org.senrules.core.RuleSetProblem;
import org.senrules.core.SenRules;
import org.senrules.core.domain.PlanStatus;
import org.senrules.core.domain.Setting;
import org.senrules.core.spi.RuleSetDefinition;
import org.senrules.funding.internal.CriterionRuleDeletions;
import org.senrules.funding.internal.EsnRuleSet;
import org.senrules.funding.internal.FundingRulePack;

/**
 * Admissibility fails closed: an ESN rule file with any one criterion rule deleted never admits a
 * request that the full rules find not admissible, and admits none at all, each with a reason
 * naming the criterion no rule assessed.
 */
class EsnFailClosedProperties {
    private static final RuleSetDefinition<EsnCase, EsnOutcome> DEFINITION = EsnRuleSet.definition();
    private static final Map<String, SenRules> WITHOUT = CriterionRuleDeletions.engines(DEFINITION);

    @Provide
    Arbitrary<EsnCase> requests() {
        return new EsnPropertiesTest().requestsWithReviewDates();
    }

    @Provide
    Arbitrary<String> criteria() {
        return Arbitraries.of(List.copyOf(WITHOUT.keySet()));
    }

    @Example
    void everyDeclaredCriterionHasARuleThatCanBeDeleted() {
        assertEquals(CriterionRuleDeletions.declared(DEFINITION), WITHOUT.keySet());
        assertEquals(4, WITHOUT.size());
    }

    @Example
    void deletingTheEhcpRule_isReportedWithFileAndLine_andAdmitsNoRequestWithoutAnEhcp() {
        List<RuleSetProblem> problems = SenRules.builder().discoverPacks(false).addPack(new FundingRulePack())
                .rulesDirectory(CriterionRuleDeletions.folderWithout(DEFINITION, "esn-needs-ehcp")).check();
        RuleSetProblem p = problems.stream().filter(x -> x.message().contains("\"esn-needs-ehcp\" is declared but no rule")).findFirst()
                .orElseThrow(() -> new AssertionError(problems.toString()));
        assertTrue(p.file().endsWith("esn-request.parameters.json"), p.toString());
        assertTrue(p.line() > 1, p.toString());

        // before failing closed, deleting this rule admitted a request for a pupil on SEN Support
        EsnCase senSupport = EsnCase.builder().caseId("ESN-1").setting(Setting.MAINSTREAM_SCHOOL).planStatus(PlanStatus.SEN_SUPPORT).requestDate(LocalDate.of(2026, 1, 10)).linkedToAnnualReview(true).annualReviewDue(LocalDate.of(2026, 2, 20)).supportFrom(LocalDate.of(2026, 1, 10)).significantChangeInNeed(true).timeLimitedOutcome(false).extendedNeedException(false).externalProfessionals(List.of()).existingEsnUntil(null).placementTransition(false).governingBodyResponseEvidence(false).build();
        Decision<?> d = WITHOUT.get("esn-needs-ehcp").decide(Request.of(EsnRuleSet.ID, LocalDate.of(2026, 1, 15), senSupport));
        EsnOutcome o = d.outcome(EsnOutcome.class);
        assertFalse(o.isAdmissible());
        assertNull(o.getRoute());
        assertTrue(d.reasons().stream().anyMatch(r -> r.rule().equals("criterion-not-assessed") && r.text().contains("\"esn-needs-ehcp\"")),
                d.reasons().toString());
        assertTrue(EsnPropertiesTest.decide(EsnCase.builder().caseId("ESN-1").setting(Setting.MAINSTREAM_SCHOOL).planStatus(PlanStatus.EHCP).requestDate(LocalDate.of(2026, 1, 10)).linkedToAnnualReview(true).annualReviewDue(LocalDate.of(2026, 2, 20)).supportFrom(LocalDate.of(2026, 1, 10)).significantChangeInNeed(true).timeLimitedOutcome(false).extendedNeedException(false).externalProfessionals(List.of()).existingEsnUntil(null).placementTransition(false).governingBodyResponseEvidence(false).build())
                .outcome(EsnOutcome.class).isAdmissible(), "the same request with an EHCP is admissible");
    }

    @Property(tries = 300)
    void removingAnyOneCriterionRule_neverAdmitsARequestThatWasNotAdmissible(@ForAll("requests") EsnCase c,
                                                                             @ForAll("criteria") String removed) {
        Request request = Request.of(EsnRuleSet.ID, EsnPropertiesTest.AS_OF, c);
        EsnOutcome full = EsnPropertiesTest.ENGINE.decide(request).outcome(EsnOutcome.class);
        Decision<?> cut = WITHOUT.get(removed).decide(request);
        EsnOutcome without = cut.outcome(EsnOutcome.class);
        if (!full.isAdmissible()) {
            assertFalse(without.isAdmissible(), "admitted without rule " + removed);
        }
        // stronger: without the rule no request is admitted or routed, and the decision names the criterion
        assertFalse(without.isAdmissible());
        assertNull(without.getRoute());
        assertNull(without.getClaimableFrom());
        assertEquals(EsnDeadlineUnknown.NOT_ADMISSIBLE, without.getDecisionDueByUnknownBecause());
        List<String> rules = cut.reasons().stream().map(Reason::rule).toList();
        assertTrue(cut.reasons().stream().anyMatch(r -> r.rule().equals("criterion-not-assessed") && r.text().contains("\"" + removed + "\"")),
                rules.toString());
    }
}
