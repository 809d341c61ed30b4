package org.senrules.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.senrules.core.InvalidRequestException;
import org.senrules.core.RuleSetInfo;
import org.senrules.core.SenRules;
import org.senrules.core.domain.AreaOfNeed;
import org.senrules.core.domain.Money;
import org.senrules.core.domain.Phase;
import org.senrules.core.domain.PrimaryNeed;
import org.senrules.core.domain.Setting;
import org.senrules.funding.band.NeedClassification;
import org.senrules.funding.ehcp.EhcpTopUpCase;

/**
 * The roles the shipped declarations give are the ones the simulator read in Java before it found
 * rule sets by role: ehcp-top-up places pupils (a classification's area as the Code of Practice
 * groups them, D and E one area; without one, the primary need's), high-needs-forecast decides
 * the Block, and no other shipped rule set plays either role.
 */
class DeclaredRolesTest {
    private static final SenRules ENGINE = SenRules.builder().build();

    private static RuleSetInfo info(String id) {
        return ENGINE.ruleSets().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static EhcpTopUpCase.Builder pupil() {
        return EhcpTopUpCase.builder().caseId("P-1").setting(Setting.SPECIAL_SCHOOL).phase(Phase.SCHOOL_AGE).complexityLevel(3).ncYear(7)
                .locality("North");
    }

    @Test
    void ehcpTopUp_placesByItsSettingYearLevelAndAreaOfNeed() {
        CaseFacts facts = CaseFacts.of(info("ehcp-top-up"));
        Map<NeedClassification, AreaOfNeed> areas = Map.of(NeedClassification.A, AreaOfNeed.COMMUNICATION_AND_INTERACTION,
                NeedClassification.B, AreaOfNeed.COGNITION_AND_LEARNING, NeedClassification.C, AreaOfNeed.SEMH,
                NeedClassification.D, AreaOfNeed.SENSORY_AND_PHYSICAL, NeedClassification.E, AreaOfNeed.SENSORY_AND_PHYSICAL);
        for (NeedClassification n : NeedClassification.values()) {
            // the classification wins over a primary need of another area
            PupilFacts f = facts.of(pupil().needClassification(n).primaryNeed(PrimaryNeed.HI).build());
            assertEquals(new PupilFacts(Setting.SPECIAL_SCHOOL, Sufficiency.SchoolPhase.of(7), areas.get(n), 3), f, n::toString);
        }
        for (PrimaryNeed p : PrimaryNeed.values()) {
            assertEquals(p.areaOrNull(), facts.of(pupil().primaryNeed(p).build()).need(), p::toString);
        }
        PupilFacts sixthForm = facts.of(pupil().setting(Setting.RESOURCE_BASE).phase(Phase.POST_16).ncYear(13).complexityLevel(4)
                .needClassification(NeedClassification.B).build());
        assertEquals(new PupilFacts(Setting.RESOURCE_BASE, Sufficiency.SchoolPhase.of(13), AreaOfNeed.COGNITION_AND_LEARNING, 4), sixthForm);
    }

    @Test
    void theShippedRoles_areEhcpTopUpsPlacement_andHighNeedsForecastsForecast() {
        List<String> placing = ENGINE.ruleSets().stream().filter(r -> r.placementRole() != null).map(RuleSetInfo::id).toList();
        assertEquals(List.of("ehcp-top-up"), placing);
        assertEquals(List.of("high-needs-forecast"), HighNeedsBlock.forecastRuleSets(ENGINE));
        assertNull(CaseFacts.of(info("sspp-top-up")), "sspp-top-up declares no placement role");
        assertEquals("ehcp-top-up cohorts", CaseFacts.whichCohorts(ENGINE.ruleSets()));
        assertEquals("cohorts of a rule set that declares the placement role, and none loaded does",
                CaseFacts.whichCohorts(List.of(info("sspp-top-up"))));
    }

    @Test
    void aForecastOfARuleSetThatPlaysNoForecastRole_isRefusedNamingTheRoleAndWhoPlaysIt() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> HighNeedsBlock.fromRequest(ENGINE,
                "{\"ruleSet\": \"sspp-top-up\", \"asOf\": \"2026-01-15\", \"case\": {}}", "file"));
        assertEquals("ruleSet", e.violations().get(0).path());
        assertEquals("must name a rule set that declares the High Needs Block forecast role (\"highNeedsForecast\" in its declaration's "
                + "\"roles\"): of the loaded rule sets, high-needs-forecast does", e.violations().get(0).message());
        SenRules noForecast = SenRules.builder().ruleSets("ehcp-top-up").build();
        InvalidRequestException none = assertThrows(InvalidRequestException.class, () -> HighNeedsBlock.fromFigures(noForecast,
                java.time.LocalDate.of(2026, 1, 15), Money.parse("100.00"), Money.parse("0.00"), Money.parse("100.00")));
        assertEquals("figures are decided by the one rule set that declares the High Needs Block forecast role (\"highNeedsForecast\"): "
                + "no loaded rule set does", none.violations().get(0).message());
    }

    @Test
    void theForecastRole_writesAndReadsTheFieldsItNames() {
        HighNeedsBlock hnb = HighNeedsBlock.fromFigures(ENGINE, java.time.LocalDate.of(2026, 1, 15), Money.parse("1000.00"),
                Money.parse("50.00"), Money.parse("1100.00"));
        assertEquals("2025-26", hnb.financialYear());
        HighNeedsBlock.Effect e = hnb.withChange(Money.parse("20.00"));
        // the rules decide: variance = outturn - budget, reserve = brought forward - variance
        assertEquals(Money.parse("1120.00"), e.outturn());
        assertEquals(Money.parse("120.00"), e.variance());
        assertEquals(Money.parse("-70.00"), e.reserve());
        assertEquals(true, e.overspend());
        assertEquals(true, e.reserveExhausted());
        assertEquals(Money.parse("100.00"), hnb.baseline().variance(), "the change is taken off again");
    }
}
