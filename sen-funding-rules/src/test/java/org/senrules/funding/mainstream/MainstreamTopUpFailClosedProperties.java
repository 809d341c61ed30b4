package org.senrules.funding.mainstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.senrules.core.Decision;
import org.senrules.core.Reason;
import org.senrules.core.Request;
import org.senrules.core.RuleSetProblem;
import org.senrules.core.SenRules;
import org.senrules.core.domain.Money;
import org.senrules.core.domain.PlanStatus;
import org.senrules.core.domain.Setting;
import org.senrules.core.spi.RuleSetDefinition;
import org.senrules.funding.internal.CriterionRuleDeletions;
import org.senrules.funding.internal.MainstreamTopUpRuleSet;
import org.senrules.oag.ProvisionLine;

/**
 * Support Unit top-up fails closed: a rule file with any one criterion rule deleted never funds a
 * place that the full rules leave unfunded, and funds no place at all, each with a reason naming
 * the criterion no rule assessed.
 */
class MainstreamTopUpFailClosedProperties {
    private static final RuleSetDefinition<MainstreamTopUpCase, MainstreamTopUpOutcome> DEFINITION = MainstreamTopUpRuleSet.definition();
    private static final Map<String, SenRules> WITHOUT = CriterionRuleDeletions.engines(DEFINITION);
    private final MainstreamTopUpPropertiesTest generators = new MainstreamTopUpPropertiesTest();

    @Provide
    Arbitrary<MainstreamTopUpPropertiesTest.Placement> placements() {
        return generators.placements();
    }

    @Provide
    Arbitrary<ProvisionLine> lines() {
        return generators.lines();
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return generators.dates();
    }

    @Provide
    Arbitrary<String> criteria() {
        return Arbitraries.of(List.copyOf(WITHOUT.keySet()));
    }

    @Example
    void everyDeclaredCriterionHasARuleThatCanBeDeleted() {
        assertEquals(CriterionRuleDeletions.declared(DEFINITION), WITHOUT.keySet());
        assertEquals(3, WITHOUT.size());
    }

    @Example
    void deletingTheSpecialSchoolRule_isReportedWithFileAndLine_andFundsNoSpecialSchool() {
        List<RuleSetProblem> problems = SenRules.builder().discoverPacks(false)
                .addPack(new org.senrules.funding.internal.FundingRulePack())
                .rulesDirectory(CriterionRuleDeletions.folderWithout(DEFINITION, "special-school-not-support-units")).check();
        RuleSetProblem p = problems.stream()
                .filter(x -> x.message().contains("\"special-school-not-support-units\" is declared but no rule")).findFirst()
                .orElseThrow(() -> new AssertionError(problems.toString()));
        assertTrue(p.file().endsWith("mainstream-top-up.parameters.json"), p.toString());
        assertTrue(p.line() > 1, p.toString());

        // before failing closed, deleting this rule costed a special-school place in Support Units
        Decision<?> d = WITHOUT.get("special-school-not-support-units").decide(Request.of(MainstreamTopUpRuleSet.ID, LocalDate.of(2026, 1, 15),
                MainstreamTopUpCase.builder().caseId("P-1").planStatus(PlanStatus.EHCP).setting(Setting.SPECIAL_SCHOOL).phase(org.senrules.core.domain.Phase.SCHOOL_AGE).provision(List.of(new ProvisionLine("a line of provision", 10, null))).build()));
        MainstreamTopUpOutcome o = d.outcome(MainstreamTopUpOutcome.class);
        assertFalse(o.isApplicable());
        assertEquals(Money.ZERO, o.getTopUp());
        assertEquals(List.of("criterion-not-assessed"), d.reasons().stream().map(Reason::rule).toList());
    }

    @Property(tries = 200)
    void removingAnyOneCriterionRule_neverFundsAPlaceThatWasNotFunded(
            @ForAll PlanStatus status, @ForAll("placements") MainstreamTopUpPropertiesTest.Placement p, @ForAll("dates") LocalDate on,
            @ForAll @Size(max = 8) List<@From("lines") ProvisionLine> lines, @ForAll("criteria") String removed) {
        Request request = Request.of(MainstreamTopUpRuleSet.ID, on, MainstreamTopUpCase.builder().caseId("P-1").planStatus(status).setting(p.setting()).phase(p.phase()).provision(lines).build());
        MainstreamTopUpOutcome full = MainstreamTopUpPropertiesTest.ENGINE.decide(request).outcome(MainstreamTopUpOutcome.class);
        Decision<?> cut = WITHOUT.get(removed).decide(request);
        MainstreamTopUpOutcome without = cut.outcome(MainstreamTopUpOutcome.class);
        if (!full.isApplicable()) {
            assertFalse(without.isApplicable(), "funded without rule " + removed);
        }
        // stronger: without the rule nothing is funded at all, and the decision says which criterion went unassessed
        assertFalse(without.isApplicable());
        assertEquals(0, without.getCountedUnits());
        assertTrue(without.getTopUp().isZero());
        assertTrue(without.getExcludedLines().isEmpty());
        assertTrue(cut.reasons().stream().anyMatch(r -> r.rule().equals("criterion-not-assessed") && r.text().contains("\"" + removed + "\"")),
                cut.reasons().toString());
    }
}
