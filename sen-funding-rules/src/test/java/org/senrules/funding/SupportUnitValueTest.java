package org.senrules.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.senrules.core.Decision;
import org.senrules.core.ParameterUse;
import org.senrules.core.Request;
import org.senrules.core.domain.Phase;
import org.senrules.core.domain.PlanStatus;
import org.senrules.core.domain.PrimaryNeed;
import org.senrules.core.domain.Setting;
import org.senrules.funding.band.BandCase;
import org.senrules.funding.band.NeedClassification;
import org.senrules.funding.internal.Golden;
import org.senrules.funding.mainstream.MainstreamTopUpCase;
import org.senrules.funding.sspp.SsppCase;
import org.senrules.oag.ProvisionLine;

/**
 * A Support Unit is one unit in both frameworks (DOMAIN.md §3, §4): mainstream-top-up,
 * sspp-top-up and special-school-band (for its mainstream equivalent) use the same value, with
 * the same dates, on every day they are in force.
 */
class SupportUnitValueTest {
    @Test
    void bothRuleSetsPriceAUnitTheSameOnEveryDay() {
        for (LocalDate day = LocalDate.of(2025, 4, 1); !day.isAfter(LocalDate.of(2027, 3, 31)); day = day.plusDays(7)) {
            Decision<?> mainstream = Golden.ENGINE.decide(Request.of("mainstream-top-up", day, MainstreamTopUpCase.builder()
                    .caseId("U-1")
                    .planStatus(PlanStatus.EHCP)
                    .setting(Setting.MAINSTREAM_SCHOOL)
                    .phase(Phase.SCHOOL_AGE)
                    .provision(List.of(new ProvisionLine("extra adult support", 2, null)))
                    .build()));
            Decision<?> sspp = Golden.ENGINE.decide(Request.of("sspp-top-up", day, SsppCase.builder()
                    .caseId("U-2")
                    .planStatus(PlanStatus.SEN_SUPPORT)
                    .setting(Setting.MAINSTREAM_SCHOOL)
                    .primaryNeed(PrimaryNeed.SLCN)
                    .parentalConsent(true)
                    .graduatedApproachCycles(3)
                    .coCreatedWithSupportServices(true)
                    .outsideAgencySupport(true)
                    .discussedAtMapMeeting(true)
                    .requestedSupportUnits(2)
                    .renewal(false)
                    .cohorts(List.of())
                    .locality("North")
                    .build()));
            Decision<?> band = Golden.ENGINE.decide(Request.of("special-school-band", day, BandCase.builder()
                    .caseId("U-3")
                    .setting(Setting.SPECIAL_SCHOOL)
                    .needClassification(NeedClassification.A)
                    .primaryNeed(null)
                    .complexityLevel(2)
                    .build()));
            ParameterUse a = unitValue(mainstream);
            ParameterUse b = unitValue(sspp);
            ParameterUse c = unitValue(band);
            assertEquals(a, c.toBuilder().name(a.name()).build(),
                    "special-school-band's unit (for the mainstream equivalent and the unit model) on " + day);
            assertEquals(a.value(), b.value(), "unit value on " + day);
            assertEquals(a.effectiveFrom(), b.effectiveFrom(), "start of the unit value on " + day);
            assertEquals(a.until(), b.until(), "end of the unit value on " + day);
        }
    }

    private static ParameterUse unitValue(Decision<?> d) {
        return d.parameters().stream().filter(p -> p.name().equals("supportUnitValue")).findFirst()
                .orElseThrow(() -> new AssertionError(d.ruleSet() + " did not use supportUnitValue: " + d.reasons()));
    }
}
