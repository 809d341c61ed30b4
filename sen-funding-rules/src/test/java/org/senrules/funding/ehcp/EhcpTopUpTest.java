package org.senrules.funding.ehcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.senrules.core.Decision;
import org.senrules.core.InvalidRequestException;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.core.domain.Money;
import org.senrules.core.domain.Phase;
import org.senrules.core.domain.PrimaryNeed;
import org.senrules.core.domain.Setting;
import org.senrules.funding.band.NeedClassification;
import org.senrules.funding.internal.FundingDefinitions;
import org.senrules.funding.internal.TestEngines;
import org.senrules.oag.ProvisionLine;

/**
 * {@code ehcp-top-up} on a small cohort, every figure by hand (2025-26: a Support Unit is
 * £1,000; Bands 2-5 are £4,000, £8,000, £13,000, £19,000; place funding £10,000):
 * <pre>
 *  P1 mainstream, ASD (A) level 3, section F 8 + 4 units + 2 units ordinarily available (visual timetable)
 *  P2 special school, SLD (B) level 3
 *  P3 special school, classification C level 1
 *  P4 resource base, PD (E) level 2, 5 units
 *  P5 post-16, MLD level 2
 *  P6 early years, OTH (no classification) level 2, 3 units
 * </pre>
 */
class EhcpTopUpTest {
    static final SenRules ENGINE = TestEngines.of(FundingDefinitions.ehcpTopUp());
    static final LocalDate AS_OF = LocalDate.of(2025, 9, 1);

    static List<EhcpTopUpCase> cohort() {
        return List.of(
                EhcpTopUpCase.builder()
                        .caseId("P1")
                        .setting(Setting.MAINSTREAM_SCHOOL)
                        .phase(Phase.SCHOOL_AGE)
                        .needClassification(null)
                        .primaryNeed(PrimaryNeed.ASD)
                        .complexityLevel(3)
                        .provision(List.of(new ProvisionLine("Teaching assistant support", 8, null),
                                new ProvisionLine("Speech and language therapy", 4, null),
                                new ProvisionLine("Visual timetable", 2, "autism.visual-timetable")))
                        .ncYear(5)
                        .locality("North")
                        .build(),
                EhcpTopUpCase.builder()
                        .caseId("P2")
                        .setting(Setting.SPECIAL_SCHOOL)
                        .phase(Phase.SCHOOL_AGE)
                        .needClassification(null)
                        .primaryNeed(PrimaryNeed.SLD)
                        .complexityLevel(3)
                        .provision(List.of())
                        .ncYear(8)
                        .locality("South")
                        .build(),
                EhcpTopUpCase.builder()
                        .caseId("P3")
                        .setting(Setting.SPECIAL_SCHOOL)
                        .phase(Phase.SCHOOL_AGE)
                        .needClassification(NeedClassification.C)
                        .primaryNeed(PrimaryNeed.SEMH)
                        .complexityLevel(1)
                        .provision(List.of())
                        .ncYear(10)
                        .locality("South")
                        .build(),
                EhcpTopUpCase.builder()
                        .caseId("P4")
                        .setting(Setting.RESOURCE_BASE)
                        .phase(Phase.SCHOOL_AGE)
                        .needClassification(null)
                        .primaryNeed(PrimaryNeed.PD)
                        .complexityLevel(2)
                        .provision(List.of(new ProvisionLine("Physiotherapy programme", 5, null)))
                        .ncYear(3)
                        .locality("East")
                        .build(),
                EhcpTopUpCase.builder()
                        .caseId("P5")
                        .setting(Setting.POST_16)
                        .phase(Phase.POST_16)
                        .needClassification(null)
                        .primaryNeed(PrimaryNeed.MLD)
                        .complexityLevel(2)
                        .provision(List.of())
                        .ncYear(12)
                        .locality("West")
                        .build(),
                EhcpTopUpCase.builder()
                        .caseId("P6")
                        .setting(Setting.EARLY_YEARS_SETTING)
                        .phase(Phase.EARLY_YEARS)
                        .needClassification(null)
                        .primaryNeed(PrimaryNeed.OTH)
                        .complexityLevel(2)
                        .provision(List.of(new ProvisionLine("Key person support", 3, null)))
                        .ncYear(-1)
                        .locality("North")
                        .build());
    }

    static List<EhcpTopUpOutcome> decide(String policy) {
        List<EhcpTopUpOutcome> out = new ArrayList<>();
        for (EhcpTopUpCase c : cohort()) {
            out.add(ENGINE.decide(new Request(EhcpTopUp.ID, AS_OF, policy, c)).outcome(EhcpTopUpOutcome.class));
        }
        return out;
    }

    static List<String> topUps(List<EhcpTopUpOutcome> outcomes) {
        return outcomes.stream().map(o -> o.getTopUp().toString()).toList();
    }

    @Test
    void current_supportUnitsInMainstreamBandsInSpecialSchools() {
        List<EhcpTopUpOutcome> o = decide("current");
        assertEquals(List.of("12000.00", "13000.00", "0.00", "5000.00", "0.00", "3000.00"), topUps(o));
        assertEquals(EhcpFramework.SUPPORT_UNITS, o.get(0).getFramework());
        assertEquals(12, o.get(0).getCountedUnits(), "the ordinarily available visual timetable does not count");
        assertEquals(EhcpFramework.BANDS, o.get(1).getFramework());
        assertEquals(4, o.get(1).getBand(), "B at level 3 is Band 4");
        assertEquals(Money.parse("23000.00"), o.get(1).getTotal());
        assertTrue(o.get(1).isAlignmentAnomaly(), "£13,000 against 9 units (£9,000) is out of line by more than 25%");
        assertEquals(1, o.get(2).getBand());
        assertEquals(Money.parse("10000.00"), o.get(2).getTotal(), "Band 1: no top-up, place funding still paid");
        assertEquals(EhcpFramework.NONE, o.get(4).getFramework());
        assertNull(o.get(5).getNeedClassification(), "OTH has no classification; Support Units need none");
        assertEquals(topUps(o), topUps(decide("ws2-option-1")), "option 1 is do nothing");
    }

    @Test
    void option2_alignedBandsAndReviewedDescriptors() {
        List<EhcpTopUpOutcome> o = decide("ws2-option-2");
        // P1: A at level 3 funds at most 10 units; P2: Band 3 (£8,000) is within 25% of £9,000; P4: 5 is under 6; then the
        // funds freed are shared back: 12% on every banded top-up (£8,960), 5% on every top-up in units (issue 32)
        assertEquals(List.of("10500.00", "8960.00", "0.00", "5250.00", "0.00", "3150.00"), topUps(o));
        assertEquals(10, o.get(0).getCountedUnits());
        assertFalse(o.get(1).isAlignmentAnomaly());
    }

    @Test
    void option3_oneFramework_sameNeedAndLevelCostTheSameInAnySetting() {
        List<EhcpTopUpOutcome> o = decide("ws2-option-3");
        // A level 3 and B level 3 are Band 3 (£8,400) in a mainstream and a special school; E level 2 Band 2 (£4,100)
        assertEquals(List.of("8400.00", "8400.00", "0.00", "4100.00", "0.00", "0.00"), topUps(o));
        assertEquals(EhcpFramework.BANDS, o.get(0).getFramework());
        assertEquals(Money.parse("18400.00"), o.get(1).getTotal());
        assertEquals(Money.ZERO, o.get(5).getTopUp(), "banded, OTH finds no classification and so no top-up");
        EhcpTopUpCase special = EhcpTopUpCase.builder()
                .caseId("S")
                .setting(Setting.SPECIAL_SCHOOL)
                .phase(Phase.SCHOOL_AGE)
                .needClassification(NeedClassification.D)
                .primaryNeed(null)
                .complexityLevel(4)
                .provision(List.of())
                .ncYear(9)
                .locality("North")
                .build();
        EhcpTopUpCase mainstream = EhcpTopUpCase.builder()
                .caseId("M")
                .setting(Setting.MAINSTREAM_SCHOOL)
                .phase(Phase.SCHOOL_AGE)
                .needClassification(NeedClassification.D)
                .primaryNeed(null)
                .complexityLevel(4)
                .provision(List.of())
                .ncYear(9)
                .locality("North")
                .build();
        assertEquals(topUp(special, "ws2-option-3"), topUp(mainstream, "ws2-option-3"));
    }

    @Test
    void option3a_anEnvironmentAmountForEverySpecialSchoolPlace_band1Included() {
        List<EhcpTopUpOutcome> o = decide("ws2-option-3a");
        assertEquals(List.of("8400.00", "9900.00", "1500.00", "4100.00", "0.00", "0.00"), topUps(o));
        assertEquals(Money.parse("1500.00"), o.get(2).getEnvironmentAmount());
        assertEquals(1, o.get(2).getBand());
        assertNull(o.get(0).getEnvironmentAmount(), "mainstream places get no environment amount");
    }

    @Test
    void option4_reviewedSupportUnitsInMainstream_unitModelInSpecialSchools() {
        List<EhcpTopUpOutcome> o = decide("ws2-option-4");
        // P2: B at level 3 is costed at 9 units; P3: C at level 1 at 0 units
        assertEquals(List.of("10000.00", "9000.00", "0.00", "5000.00", "0.00", "3000.00"), topUps(o));
        assertEquals(EhcpFramework.UNIT_MODEL, o.get(1).getFramework());
        assertEquals(9, o.get(1).getCountedUnits());
        assertNull(o.get(1).getBand());
    }

    @Test
    void option5_averageReportedSpendBySettingAndNeed_metInFull() {
        List<EhcpTopUpOutcome> o = decide("ws2-option-5");
        assertEquals(List.of("7400.00", "15800.00", "17600.00", "12800.00", "0.00", "0.00"), topUps(o));
        assertEquals(EhcpFramework.AVERAGE_SPEND, o.get(3).getFramework());
    }

    @Test
    void alignmentCheck_findsTheCurrentAnomalies_andNoneAfterOption2() {
        List<String> current = new ArrayList<>();
        for (String year : List.of("2024-09-01", "2025-09-01", "2026-09-01")) {
            for (NeedClassification cls : NeedClassification.values()) {
                for (int level = 1; level <= 4; level++) {
                    EhcpTopUpCase c = EhcpTopUpCase.builder()
                            .caseId("G")
                            .setting(Setting.SPECIAL_SCHOOL)
                            .phase(Phase.SCHOOL_AGE)
                            .needClassification(cls)
                            .primaryNeed(null)
                            .complexityLevel(level)
                            .provision(List.of())
                            .ncYear(7)
                            .locality("North")
                            .build();
                    LocalDate on = LocalDate.parse(year);
                    if (decideOn(c, on, "current").isAlignmentAnomaly() && year.equals("2025-09-01")) {
                        current.add(cls + "" + level);
                    }
                    assertFalse(decideOn(c, on, "ws2-option-2").isAlignmentAnomaly(), cls + " level " + level + " on " + year);
                }
            }
        }
        assertEquals(List.of("B3", "B4", "C4", "E3", "E4"), current);
    }

    @Test
    void aCaseWithNeitherClassificationNorNeed_isRefused() {
        InvalidRequestException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidRequestException.class,
                () -> ENGINE.json().read("""
                        { "ruleSet": "ehcp-top-up", "asOf": "2025-09-01", "case": { "caseId": "X", "setting": "SPECIAL_SCHOOL",
                          "phase": "SCHOOL_AGE", "complexityLevel": 2, "ncYear": 4, "locality": "North" } }
                        """));
        assertTrue(e.violations().stream().anyMatch(v -> v.path().equals("case.needClassification")), e.violations().toString());
    }

    private static Money topUp(EhcpTopUpCase c, String policy) {
        return decideOn(c, AS_OF, policy).getTopUp();
    }

    private static EhcpTopUpOutcome decideOn(EhcpTopUpCase c, LocalDate on, String policy) {
        Decision<?> d = ENGINE.decide(new Request(EhcpTopUp.ID, on, policy, c));
        return d.outcome(EhcpTopUpOutcome.class);
    }
}
