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
import org.senrules.funding.internal.CriterionRuleEdits;
import org.senrules.funding.internal.FundingRulePack;
import org.senrules.funding.internal.PackDefinitions;

/**
 * Admissibility fails closed: an ESN rule file whose rule for any one criterion never matches
 * admits no request, each refused with that criterion's reason; and a rule file that deletes a
 * criterion's rule is refused when the rules load, naming the declaration and the criterion.
 */
class EsnFailClosedProperties {
    private static final RuleSetDefinition<EsnCase, EsnOutcome> DEFINITION = PackDefinitions.of(EsnRequest.ID);
    /** Criterion id to an engine whose rule for it never matches. */
    private static final Map<String, SenRules> NEVER = CriterionRuleEdits.neverMatching(DEFINITION);

    @Provide
    Arbitrary<EsnCase> requests() {
        return new EsnPropertiesTest().requestsWithReviewDates();
    }

    @Provide
    Arbitrary<String> criteria() {
        return Arbitraries.of(List.copyOf(NEVER.keySet()));
    }

    @Example
    void everyDeclaredCriterionHasARule() {
        assertEquals(List.of("esn-setting-special-or-mainstream", "esn-needs-ehcp", "esn-grounds-missing", "esn-not-linked-to-due-review"),
                List.copyOf(NEVER.keySet()));
    }

    @Example
    void deletingTheEhcpRule_isRefusedWhenTheRulesLoad_namingTheDeclarationAndTheCriterion() {
        List<RuleSetProblem> problems = SenRules.builder().discoverPacks(false).addPack(new FundingRulePack())
                .rulesDirectory(CriterionRuleEdits.folderWithout(DEFINITION, "esn-needs-ehcp")).check();
        RuleSetProblem p = problems.stream().filter(x -> x.message().contains("\"esn-needs-ehcp\" is declared but no rule")).findFirst()
                .orElseThrow(() -> new AssertionError(problems.toString()));
        assertEquals(RuleSetProblem.Severity.ERROR, p.severity());
        assertTrue(p.file().endsWith("esn-request.rule-set.json"), p.toString());
        assertTrue(p.line() > 1, p.toString());
    }

    @Example
    void anEhcpRuleThatNeverMatches_admitsNoPupil_evenWithAnEhcp() {
        EsnCase ehcp = EsnCase.builder().caseId("ESN-1").setting(Setting.MAINSTREAM_SCHOOL).planStatus(PlanStatus.EHCP)
                .requestDate(LocalDate.of(2026, 1, 10)).linkedToAnnualReview(true).annualReviewDue(LocalDate.of(2026, 2, 20))
                .supportFrom(LocalDate.of(2026, 1, 10)).significantChangeInNeed(true).timeLimitedOutcome(false).extendedNeedException(false)
                .externalProfessionals(List.of()).placementTransition(false).governingBodyResponseEvidence(false).build();
        assertTrue(EsnPropertiesTest.decide(ehcp).outcome(EsnOutcome.class).isAdmissible(), "the full rules admit it");
        Decision<?> d = NEVER.get("esn-needs-ehcp").decide(Request.of(EsnRequest.ID, LocalDate.of(2026, 1, 15), ehcp));
        assertFalse(d.outcome(EsnOutcome.class).isAdmissible());
        assertTrue(d.reasons().stream().anyMatch(r -> r.rule().equals("esn-needs-ehcp")), d.reasons().toString());
    }

    @Property(tries = 300)
    void aCriterionRuleThatNeverMatches_admitsNoRequest_andGivesTheCriterionsReason(@ForAll("requests") EsnCase c,
                                                                                   @ForAll("criteria") String broken) {
        Request request = Request.of(EsnRequest.ID, EsnPropertiesTest.AS_OF, c);
        Decision<?> cut = NEVER.get(broken).decide(request);
        EsnOutcome without = cut.outcome(EsnOutcome.class);
        assertFalse(without.isAdmissible());
        assertNull(without.getRoute());
        assertNull(without.getClaimableFrom());
        assertEquals(EsnDeadlineUnknown.NOT_ADMISSIBLE, without.getDecisionDueByUnknownBecause());
        List<String> rules = cut.reasons().stream().map(Reason::rule).toList();
        assertTrue(rules.contains(broken), rules.toString());
    }
}
