package org.senrules.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.senrules.core.Decision;
import org.senrules.core.Reason;
import org.senrules.core.Request;
import org.senrules.core.domain.Phase;
import org.senrules.core.domain.PlanStatus;
import org.senrules.core.domain.PrimaryNeed;
import org.senrules.core.domain.Setting;
import org.senrules.funding.band.BandCase;
import org.senrules.funding.band.BandOutcome;
import org.senrules.funding.band.NeedClassification;
import org.senrules.funding.band.SpecialSchoolBand;
import org.senrules.funding.ehcp.EhcpFramework;
import org.senrules.funding.ehcp.EhcpTopUp;
import org.senrules.funding.ehcp.EhcpTopUpCase;
import org.senrules.funding.ehcp.EhcpTopUpOutcome;
import org.senrules.funding.internal.Golden;
import org.senrules.funding.mainstream.MainstreamTopUp;
import org.senrules.funding.mainstream.MainstreamTopUpCase;
import org.senrules.funding.mainstream.MainstreamTopUpOutcome;
import org.senrules.oag.OagCatalogue;
import org.senrules.oag.ProvisionLine;

/**
 * The same policy gives the same answer whichever rule set a council asks (issue 28, item 2):
 * <ul>
 * <li>for every special-school place and every policy (current and DBV workstream 2's options),
 *     {@code special-school-band} and {@code ehcp-top-up} give the same classification, band, top-up,
 *     environment amount, place funding, total and alignment check, in the same framework;</li>
 * <li>for every EHCP pupil in an early-years setting, a nursery school, a mainstream school, a
 *     resource base or a sixth form (a school's, or a post-16 setting), {@code mainstream-top-up}
 *     and {@code ehcp-top-up} (current, and option 1, do nothing) agree on whether the place is
 *     funded in Support Units, the units counted and the top-up; a school's sixth form is post-16
 *     in both (README, Decisions we made).</li>
 * </ul>
 */
class FrameworkAgreementProperties {
    static final List<String> POLICIES = List.of("current", "ws2-option-1", "ws2-option-2", "ws2-option-3", "ws2-option-3a",
            "ws2-option-4", "ws2-option-5");
    private static final OagCatalogue OAG = OagCatalogue.bundled();

    @Provide
    Arbitrary<LocalDate> dates() {
        // from the first band values to the end of the last illustrative Support Unit value
        return Arbitraries.longs().between(0, 3 * 365 - 1).map(d -> LocalDate.of(2024, 4, 1).plusDays(d));
    }

    @Provide
    Arbitrary<String> policies() {
        return Arbitraries.of(POLICIES);
    }

    /** A pupil's need as the panel gives it: a classification, or a census need (OTH and NSA included). */
    @Provide
    Arbitrary<Object> needs() {
        return Arbitraries.oneOf(Arbitraries.of(NeedClassification.class).map(c -> (Object) c),
                Arbitraries.of(PrimaryNeed.class).map(n -> (Object) n));
    }

    @Provide
    Arbitrary<ProvisionLine> lines() {
        Arbitrary<String> item = Arbitraries.oneOf(Arbitraries.of(List.copyOf(OAG.itemIds())), Arbitraries.just(null));
        return Combinators.combine(Arbitraries.integers().between(0, 40), item)
                .as((units, id) -> new ProvisionLine("a line of provision", units, id));
    }

    /** The settings of an early-years, mainstream, resource-base or sixth-form place (a school's post-16 phase, or a post-16 setting). */
    @Provide
    Arbitrary<Setting> settings() {
        return Arbitraries.of(Setting.EARLY_YEARS_SETTING, Setting.NURSERY_SCHOOL, Setting.MAINSTREAM_SCHOOL, Setting.RESOURCE_BASE,
                Setting.POST_16);
    }

    private static NeedClassification classification(Object need) {
        return need instanceof NeedClassification c ? c : null;
    }

    private static PrimaryNeed census(Object need) {
        return need instanceof PrimaryNeed p ? p : null;
    }

    /** Decides one special-school place in both rule sets and asserts they agree; returns the band decision. */
    private static BandOutcome assertSameMoney(Object need, int level, Phase phase, LocalDate asOf, String policy) {
        BandOutcome band = Golden.ENGINE.decide(new Request(SpecialSchoolBand.ID, asOf, policy, BandCase.builder()
                .caseId("A-1").setting(Setting.SPECIAL_SCHOOL).needClassification(classification(need)).primaryNeed(census(need))
                .complexityLevel(level).build())).outcome(BandOutcome.class);
        EhcpTopUpOutcome ehcp = Golden.ENGINE.decide(new Request(EhcpTopUp.ID, asOf, policy, EhcpTopUpCase.builder()
                .caseId("A-1").setting(Setting.SPECIAL_SCHOOL).phase(phase).needClassification(classification(need)).primaryNeed(census(need))
                .complexityLevel(level).provision(List.of(new ProvisionLine("a line of provision", 7, null)))
                .ncYear(phase == Phase.EARLY_YEARS ? -1 : phase == Phase.POST_16 ? 12 : 9).locality("North")
                .build())).outcome(EhcpTopUpOutcome.class);
        String place = need + " at level " + level + " on " + asOf + " under " + policy;
        assertTrue(band.isApplicable(), place);
        assertEquals(band.getTopUpModel(), ehcp.getFramework().name(), "the framework of " + place);
        assertEquals(band.getNeedClassification(), ehcp.getNeedClassification(), "the classification of " + place);
        assertEquals(band.getBand(), ehcp.getBand(), "the band of " + place);
        assertEquals(band.getTopUp(), ehcp.getTopUp(), "the top-up of " + place);
        assertEquals(band.getEnvironmentAmount(), ehcp.getEnvironmentAmount(), "the environment amount of " + place);
        assertEquals(band.getPlaceFunding(), ehcp.getPlaceFunding(), "the place funding of " + place);
        assertEquals(band.getTotal(), ehcp.getTotal(), "the total of " + place);
        assertEquals(band.getMainstreamEquivalent(), ehcp.getMainstreamEquivalent(), "the mainstream equivalent of " + place);
        assertEquals(band.isAlignmentAnomaly(), ehcp.isAlignmentAnomaly(), "the alignment check of " + place);
        return band;
    }

    @Property(tries = 300)
    void aSpecialSchoolPlace_costsTheSameInSpecialSchoolBandAndEhcpTopUp(@ForAll("needs") Object need, @ForAll @IntRange(min = 1, max = 4) int level,
                                                                         @ForAll Phase phase, @ForAll("dates") LocalDate asOf,
                                                                         @ForAll("policies") String policy) {
        assertSameMoney(need, level, phase, asOf, policy);
    }

    @Example
    void everyClassificationLevelAndPolicy_costsTheSameInBoth_andTheIssuesExamplesNowAgree() {
        // the issue's 20 places (classes A-E x levels 1-4): £143,550 against £160,500 under 3A, £183,000 against £317,600 under 5
        LocalDate asOf = LocalDate.of(2025, 9, 1);
        for (String policy : POLICIES) {
            long pence = 0;
            for (NeedClassification c : NeedClassification.values()) {
                for (int level = 1; level <= 4; level++) {
                    pence += assertSameMoney(c, level, Phase.SCHOOL_AGE, asOf, policy).getTotal().pence();
                }
            }
            if (policy.equals("ws2-option-3a")) {
                // the option 3 continuum (Bands 1-4) plus £1,500 for each of the 20 places, on top of 20 x £10,000 place funding
                assertEquals((5 * (0 + 4100 + 8400 + 13600) + 20 * 1500 + 20 * 10000) * 100L, pence, policy);
            }
            if (policy.equals("ws2-option-5")) {
                // the average spend reported for special schools by classification, four levels each, plus place funding
                assertEquals((4 * (14200 + 15800 + 17600 + 14900 + 16900) + 20 * 10000) * 100L, pence, policy);
            }
        }
    }

    @Property(tries = 300)
    void anEarlyYearsMainstreamResourceBaseOrSixthFormPupil_getsTheSameAnswerFromMainstreamTopUpAndEhcpTopUp(
            @ForAll("settings") Setting setting, @ForAll Phase schoolPhase, @ForAll("needs") Object need,
            @ForAll @IntRange(min = 1, max = 4) int level, @ForAll("dates") LocalDate asOf,
            @ForAll @Size(max = 8) List<@From("lines") ProvisionLine> lines, @ForAll boolean doNothing) {
        // early-years settings and nursery schools are early years only, a post-16 setting post-16; a school's post-16 phase is its sixth form
        Phase phase = setting == Setting.EARLY_YEARS_SETTING || setting == Setting.NURSERY_SCHOOL ? Phase.EARLY_YEARS
                : setting == Setting.POST_16 ? Phase.POST_16 : schoolPhase;
        Decision<?> m = Golden.ENGINE.decide(Request.of(MainstreamTopUp.ID, asOf, MainstreamTopUpCase.builder()
                .caseId("A-2").planStatus(PlanStatus.EHCP).setting(setting).phase(phase).provision(lines).build()));
        Decision<?> e = Golden.ENGINE.decide(new Request(EhcpTopUp.ID, asOf, doNothing ? "ws2-option-1" : "current", EhcpTopUpCase.builder()
                .caseId("A-2").setting(setting).phase(phase).needClassification(classification(need)).primaryNeed(census(need))
                .complexityLevel(level).provision(lines).ncYear(phase == Phase.EARLY_YEARS ? -1 : phase == Phase.POST_16 ? 12 : 5).locality("North").build()));
        MainstreamTopUpOutcome mainstream = m.outcome(MainstreamTopUpOutcome.class);
        EhcpTopUpOutcome ehcp = e.outcome(EhcpTopUpOutcome.class);
        String pupil = setting + " in phase " + phase + " on " + asOf;
        assertEquals(mainstream.isApplicable(), ehcp.getFramework() == EhcpFramework.SUPPORT_UNITS, "funded in Support Units: " + pupil);
        assertEquals(mainstream.getTopUp(), ehcp.getTopUp(), "the top-up of " + pupil);
        assertEquals(mainstream.getTopUp(), ehcp.getTotal(), "no place funding outside special schools: " + pupil);
        if (mainstream.isApplicable()) {
            assertEquals(mainstream.getCountedUnits(), ehcp.getCountedUnits(), "the units counted for " + pupil);
        } else {
            // the same reading of a sixth form: the same criterion says why
            assertEquals(EhcpFramework.NONE, ehcp.getFramework(), pupil);
            boolean sixthForm = setting != Setting.POST_16;
            assertEquals(sixthForm, m.reasons().stream().map(Reason::rule).toList().contains("school-sixth-form-is-post-16"), pupil);
            assertEquals(sixthForm, e.reasons().stream().map(Reason::rule).toList().contains("school-sixth-form-is-post-16"), pupil);
            assertEquals(Phase.POST_16, phase, "only a sixth form or a post-16 setting is not funded: " + pupil);
        }
    }
}
