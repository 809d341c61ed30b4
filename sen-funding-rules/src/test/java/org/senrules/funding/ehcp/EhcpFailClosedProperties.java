package org.senrules.funding.ehcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.senrules.core.Decision;
import org.senrules.core.Reason;
import org.senrules.core.Request;
import org.senrules.core.domain.Phase;
import org.senrules.core.domain.PrimaryNeed;
import org.senrules.core.domain.Setting;
import org.senrules.funding.band.NeedClassification;
import org.senrules.oag.ProvisionLine;

/**
 * Money fails closed in {@code ehcp-top-up}: the rules fund a place exactly when its setting has a
 * framework and it is not a school's sixth form; an unfunded place has no money and the criterion's
 * reason. (A deleted or never-matching criterion rule is refused by the engine: sen-testkit's
 * RuleSetContract checks every criterion.)
 */
class EhcpFailClosedProperties {
    static final List<String> POLICIES = List.of("current", "ws2-option-1", "ws2-option-2", "ws2-option-3", "ws2-option-3a",
            "ws2-option-4", "ws2-option-5");

    @Provide
    Arbitrary<EhcpTopUpCase> cases() {
        Arbitrary<Setting> setting = Arbitraries.of(Setting.class);
        Arbitrary<NeedClassification> classification = Arbitraries.of(NeedClassification.class).injectNull(0.5);
        Arbitrary<PrimaryNeed> need = Arbitraries.of(PrimaryNeed.class);
        Arbitrary<ProvisionLine> line = Combinators.combine(Arbitraries.integers().between(0, 10),
                        Arbitraries.of("autism.visual-timetable").injectNull(0.7))
                .as((units, oag) -> new ProvisionLine("Section F line", units, oag));
        Arbitrary<List<ProvisionLine>> provision = line.list().ofMaxSize(3);
        return Combinators.combine(setting, classification, need, Arbitraries.integers().between(1, 4), provision,
                        Arbitraries.of(Phase.SCHOOL_AGE, Phase.POST_16), Arbitraries.integers().between(-2, 14))
                .as((s, cls, n, level, lines, phase, year) -> {
                    // setting, phase and National Curriculum year agree, as the declaration requires (issue 32)
                    Phase p = s == Setting.EARLY_YEARS_SETTING || s == Setting.NURSERY_SCHOOL ? Phase.EARLY_YEARS : s == Setting.POST_16 ? Phase.POST_16 : phase;
                    int y = p == Phase.EARLY_YEARS ? -2 + Math.floorMod(year, 2) : p == Phase.POST_16 ? 12 + Math.floorMod(year, 3) : Math.floorMod(year, 12);
                    return EhcpTopUpCase.builder().caseId("EH-P").setting(s).phase(p).needClassification(cls).primaryNeed(cls == null ? n : (n.ordinal() % 2 == 0 ? null : n)).complexityLevel(level).provision(lines).ncYear(y).locality("North").build();
                });
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.of(LocalDate.of(2024, 9, 1), LocalDate.of(2025, 4, 1), LocalDate.of(2026, 1, 15));
    }

    @Provide
    Arbitrary<String> policies() {
        return Arbitraries.of(POLICIES);
    }

    @Property(tries = 200)
    void theFullRules_fundAPlaceExactlyWhenItsSettingHasAFramework(@ForAll("cases") EhcpTopUpCase c, @ForAll("dates") LocalDate asOf,
                                                                   @ForAll("policies") String policy) {
        Decision<?> d = EhcpTopUpTest.ENGINE.decide(new Request(EhcpTopUp.ID, asOf, policy, c));
        EhcpTopUpOutcome o = d.outcome(EhcpTopUpOutcome.class);
        // a school's sixth form is post-16, funded by no framework, as in mainstream-top-up (README, Decisions we made)
        boolean sixthForm = c.phase() == Phase.POST_16 && (c.setting() == Setting.MAINSTREAM_SCHOOL || c.setting() == Setting.RESOURCE_BASE);
        boolean hasFramework = c.setting() != Setting.POST_16 && !sixthForm;
        assertEquals(hasFramework, o.getFramework() != EhcpFramework.NONE, o.getFramework().toString());
        assertEquals(c.setting() == Setting.SPECIAL_SCHOOL, o.getPlaceFunding() != null, "place funding for special-school places only");
        assertTrue(!o.getTopUp().isNegative() && o.getTotal().compareTo(o.getTopUp()) >= 0, o.getTopUp() + " / " + o.getTotal());
        if (!hasFramework) {
            assertTrue(o.getTopUp().isZero() && o.getTotal().isZero());
            String criterion = c.setting() == Setting.POST_16 ? "ehcp-setting-has-framework" : "school-sixth-form-is-post-16";
            assertEquals(List.of(criterion), d.reasons().stream().map(Reason::rule).toList());
        }
    }
}
