package org.wyvernvale.senrules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senrules.core.Decision;
import org.senrules.core.Request;
import org.senrules.core.RuleSetProblem;
import org.senrules.core.SenRules;
import org.senrules.core.domain.Money;
import org.senrules.core.domain.PrimaryNeed;
import org.senrules.core.domain.Setting;
import org.senrules.core.spi.RuleResource;
import org.senrules.simulation.Simulation;
import org.wyvernvale.senrules.banding.PlaceBandCase;
import org.wyvernvale.senrules.banding.PlaceBandOutcome;
import org.wyvernvale.senrules.banding.WyvernPlaceBand;

/** The pack as the engine sees it: discovered with ServiceLoader, no wiring in senrules. */
class WyvernValePackTest {
    // Plain discovery, exactly as an embedder builds the engine: nothing names the pack.
    static final SenRules ENGINE = SenRules.builder().build();

    @Test
    void discovery_findsThePackWithoutAnyChangeToTheLibrary() {
        assertTrue(ENGINE.ruleSets().stream().anyMatch(r -> r.id().equals("wyvern-place-band")),
                "loaded: " + ENGINE.ruleSets());
        assertTrue(getClass().getModule().isNamed(), "the test runs on the module path");
    }

    @Test
    void decide_throughThePacksHandle_isTypedByItsOutcome() {
        // a third-party pack publishes its handle as the shipped packs do; the library names nothing
        Decision<PlaceBandOutcome> d = ENGINE.decide(WyvernPlaceBand.RULE_SET, PlaceBandCase.builder()
                .caseId("WV-9")
                .setting(Setting.SPECIAL_SCHOOL)
                .primaryNeed(PrimaryNeed.SLD)
                .needLevel(4)
                .build(), LocalDate.of(2025, 9, 1));
        PlaceBandOutcome o = d.outcome();
        assertEquals(5, o.getBand());
        assertEquals(Money.parse("25500.00"), o.getTotal());
        assertEquals("org.wyvernvale.senrules", PlaceBandOutcome.class.getModule().getName());
        // the string route gives the same decision, for JSON and for callers without the handle
        Decision<?> byId = ENGINE.decide(Request.of("wyvern-place-band", LocalDate.of(2025, 9, 1), PlaceBandCase.builder()
                .caseId("WV-9").setting(Setting.SPECIAL_SCHOOL).primaryNeed(PrimaryNeed.SLD).needLevel(4).build()));
        assertEquals(ENGINE.json().write(byId), ENGINE.json().write(d));
    }

    @Test
    void policyConstant_isThePacksPolicy() {
        assertEquals(List.of("current", WyvernPlaceBand.FLAT_SPECIAL_BANDS.name()), ENGINE.ruleSets().stream()
                .filter(r -> r.id().equals(WyvernPlaceBand.ID)).findFirst().orElseThrow().policies().stream()
                .map(org.senrules.core.PolicyVariant::name).toList());
        Decision<PlaceBandOutcome> d = ENGINE.decide(WyvernPlaceBand.FLAT_SPECIAL_BANDS, PlaceBandCase.builder()
                .caseId("WV-11").setting(Setting.SPECIAL_SCHOOL).primaryNeed(PrimaryNeed.SLD).needLevel(4).build(),
                LocalDate.of(2025, 9, 1));
        assertEquals("flat-special-bands", d.policy());
    }

    @Test
    void decide_councilOverrideFile_replacesTheTopUpTable() {
        SenRules overridden = SenRules.builder()
                .overrideParameters("wyvern-place-band", Path.of("council-parameters/wyvern-place-band.parameters.json"))
                .build();
        Decision<?> d = overridden.decide(Request.of("wyvern-place-band", LocalDate.of(2026, 6, 1),
                PlaceBandCase.builder()
                        .caseId("WV-10")
                        .setting(Setting.MAINSTREAM_SCHOOL)
                        .primaryNeed(PrimaryNeed.ASD)
                        .needLevel(3)
                        .build()));
        assertEquals(Money.parse("4250.00"), d.outcome(PlaceBandOutcome.class).getTopUp());
        assertTrue(d.parameters().stream().anyMatch(p -> p.origin().contains("wyvern-place-band.parameters.json")));
    }

    @Test
    void deletedCriterionRule_isRefusedWhenTheRulesLoad_namingTheDeclaration(@TempDir Path rules) throws IOException {
        String drl = RuleResource.of(PlaceBandCase.class, "META-INF/senrules/wyvern-place-band/wyvern-place-band.drl").read();
        int start = drl.indexOf("rule \"The type of need has been assessed\"");
        Files.writeString(rules.resolve("wyvern-place-band.drl"), drl.substring(0, start) + drl.substring(drl.indexOf("end\n", start) + 4));
        // the author confirms the deletion, as the rules folder requires
        Files.writeString(rules.resolve("senrules-manifest.txt"), "removes wyvern-place-band the-type-of-need-has-been-assessed\n");
        List<RuleSetProblem> problems = SenRules.builder().rulesDirectory(rules).check();
        assertTrue(problems.stream().anyMatch(p -> p.severity() == RuleSetProblem.Severity.ERROR
                && p.file().endsWith("wyvern-place-band.rule-set.json") && p.message().contains("criterion \"need-assessed\" is declared but no rule")),
                problems.toString());
    }

    @Test
    void criterionRuleThatNeverMatches_bandsNothing_andGivesTheCriterionsReason(@TempDir Path rules) throws IOException {
        String drl = RuleResource.of(PlaceBandCase.class, "META-INF/senrules/wyvern-place-band/wyvern-place-band.drl").read();
        Files.writeString(rules.resolve("wyvern-place-band.drl"),
                drl.replace("PlaceBandCase( primaryNeed != PrimaryNeed.NSA )", "eval( false )"));
        SenRules cut = SenRules.builder().rulesDirectory(rules).build();
        Decision<?> d = cut.decide(Request.of("wyvern-place-band", LocalDate.of(2025, 9, 1),
                PlaceBandCase.builder()
                        .caseId("WV-11")
                        .setting(Setting.SPECIAL_SCHOOL)
                        .primaryNeed(PrimaryNeed.SLD)
                        .needLevel(4)
                        .build()));
        PlaceBandOutcome o = d.outcome(PlaceBandOutcome.class);
        assertEquals(0, o.getBand());
        assertEquals(Money.parse("10000.00"), o.getTotal(), "place funding only");
        assertTrue(d.reasons().stream().anyMatch(r -> r.rule().equals("need-assessed")), d.reasons().toString());
    }

    @Test
    void sourcesAreCitedByKey_andWrittenOutForReaders() {
        assertTrue(ENGINE.rules("wyvern-place-band").stream()
                .allMatch(r -> r.source().startsWith("Wyvern Vale Place Funding Policy (fictional example), section ")), "sources written out");
    }

    @Test
    void simulate_theDeclaredSummary_addsUpTheTopUpByBandAndAreaOfNeed() {
        LocalDate asOf = LocalDate.of(2025, 9, 1);
        List<Request> cohort = List.of(
                Request.of("wyvern-place-band", asOf, PlaceBandCase.builder()
                        .caseId("WV-1")
                        .setting(Setting.SPECIAL_SCHOOL)
                        .primaryNeed(PrimaryNeed.SLD)
                        .needLevel(4)
                        .build()),
                Request.of("wyvern-place-band", asOf, PlaceBandCase.builder()
                        .caseId("WV-2")
                        .setting(Setting.SPECIAL_SCHOOL)
                        .primaryNeed(PrimaryNeed.ASD)
                        .needLevel(1)
                        .build()),
                Request.of("wyvern-place-band", asOf, PlaceBandCase.builder()
                        .caseId("WV-3")
                        .setting(Setting.MAINSTREAM_SCHOOL)
                        .primaryNeed(PrimaryNeed.ASD)
                        .needLevel(3)
                        .build()));
        Simulation.Result r = Simulation.of(ENGINE, cohort).run();
        // current: SPECIAL level 4 is band 5 (£15,500), SPECIAL level 1 band 2 (£4,000), MAINSTREAM level 3 band 2 (£4,000)
        Simulation.PolicyResult current = r.current();
        assertEquals(Money.parse("23500.00"), current.all().topUp());
        assertEquals(Money.parse("8000.00"), current.byArea().get("Communication and Interaction").topUp());
        assertEquals(Money.parse("15500.00"), current.byArea().get("Cognition and Learning").topUp());
        assertEquals("band", r.fields().band());
        assertEquals(null, r.fields().units(), "the pack declares no units");
        // flat-special-bands: one band lower in special schools, band 4 (£11,000) and band 1 (£1,500)
        Simulation.PolicyResult flat = r.policies().get(1);
        assertEquals("flat-special-bands", flat.policy());
        assertEquals(Money.parse("16500.00"), flat.all().topUp());
        assertEquals(Money.parse("-7000.00"), flat.change());
        assertEquals(2, flat.lose());
        assertEquals(1, flat.keep());
    }
}
