package org.senrules.awards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senrules.core.Decision;
import org.senrules.core.ParameterUse;
import org.senrules.core.PolicyVariant;
import org.senrules.core.Reason;
import org.senrules.core.RuleInfo;
import org.senrules.core.RuleSetInfo;
import org.senrules.core.RuleSetProblem;
import org.senrules.core.SenRules;

/**
 * The rule set as an embedder and a rule author meet it: discovered, cited, worded as the Scheme
 * words it, flagged honestly, and re-pointable at another council through its parameters.
 */
class CoproductionAwardRuleSetTest {
    static final SenRules SOLIHULL = CoproductionAwardPropertiesTest.OTHER_COUNCIL;

    @Test
    void ruleSet_isDiscoveredWithItsCaseFieldsAndPolicies() {
        RuleSetInfo info = Cases.ENGINE.ruleSets().stream().filter(r -> r.id().equals(Cases.ID)).findFirst().orElseThrow();
        assertEquals("1.1.0", info.version());
        assertEquals(AwardCase.class, info.caseType());
        assertEquals(AwardOutcome.class, info.outcomeType());
        assertEquals(List.of("organisationId", "basedInBirmingham", "sector", "coProducesWithFamilies", "currentStage",
                "registration", "deliveryPlan", "portfolio", "embedding"), info.caseFields());
        assertEquals(List.of("current", "every-supported-stage"),
                info.policies().stream().map(PolicyVariant::name).collect(Collectors.toList()));
    }

    @Test
    void packagedFiles_loadWithoutErrorsOrWarnings() {
        List<RuleSetProblem> problems = SenRules.builder().check().stream()
                .filter(p -> p.file().contains(Cases.ID)).collect(Collectors.toList());
        assertEquals(List.of(), problems);
    }

    @Test
    void everyRule_citesTheFebruary2024NoticeboardWithAHeading() {
        List<RuleInfo> rules = Cases.ENGINE.rules(Cases.ID);
        assertEquals(21, rules.size(), "one rule per decision point");
        for (RuleInfo r : rules) {
            assertTrue(r.source().startsWith("S4 004_a7328fc989860800.txt \""), r.id() + ": " + r.source());
            assertTrue(r.id().matches("[a-z0-9]+(-[a-z0-9]+)*"), r.id());
        }
    }

    @Test
    void principles_haveTheCharterWordingInTheCharterOrder() {
        assertEquals(List.of("Trusted and Able to Trust", "Listened to and Heard", "Treated with Transparency and Openness",
                        "Fully Communicated with", "Involved", "Empowered", "Equal", "Accountable and able to hold to account"),
                Arrays.stream(CoproductionPrinciple.values()).map(CoproductionPrinciple::wording).collect(Collectors.toList()));
    }

    @Test
    void fourCs_haveTheSchemeWording() {
        assertEquals(List.of("Co-commissioning", "Co-design", "Co-delivery", "Co-assessment"),
                Arrays.stream(CoproductionC.values()).map(CoproductionC::wording).collect(Collectors.toList()));
        for (CoproductionC c : CoproductionC.values()) {
            assertEquals(AwardStage.SILVER, c.missingEvidence().stage());
        }
    }

    @Test
    void stages_areInOrderEachNamingItsElementOfTheCriteria() {
        assertNull(AwardStage.NONE.element());
        assertEquals(List.of("Evidence of Commitment", "Evidence of Planning", "Evidence of Impact", "Evidence of Embedding"),
                Arrays.stream(AwardStage.values()).skip(1).map(AwardStage::element).collect(Collectors.toList()));
        assertEquals(AwardStage.BRONZE, AwardStage.NONE.next());
        assertNull(AwardStage.PLATINUM.next());
        assertEquals(4, AwardStage.PLATINUM.stepsAbove(AwardStage.NONE));
    }

    @Test
    void decision_listsTheParametersUsedWithHonestIllustrativeFlags() {
        Decision<?> d = Cases.decide(Cases.complete(AwardStage.NONE));
        Map<String, ParameterUse> used = d.parameters().stream().collect(Collectors.toMap(ParameterUse::name, p -> p));
        assertEquals("Birmingham", used.get("councilArea").value());
        assertFalse(used.get("councilArea").illustrative(), "Birmingham is the published area");
        assertTrue(used.get("maxStagesPerAssessment").illustrative(), "the step limit is not published");
        assertTrue(used.get("minimumActionsPerC").illustrative(), "the number of actions per C is not published");
        assertTrue(d.illustrative());
    }

    @Test
    void ineligibleDecision_usesOnlyTheParametersItsReasonsNeed() {
        AwardCase c = AwardCase.builder()
                .organisationId("ORG-9")
                .basedInBirmingham(true)
                .sector(Sector.OTHER)
                .coProducesWithFamilies(true)
                .currentStage(AwardStage.NONE)
                .registration(new AwardCase.Registration(true, true))
                .deliveryPlan(new AwardCase.DeliveryPlan(1, 1, 1, 1))
                .portfolio(new AwardCase.Portfolio(true, List.of(), true))
                .embedding(new AwardCase.Embedding(true))
                .build();
        Decision<?> d = Cases.decide(c);
        // the sector's reason names the sectors the Scheme is open to, and nothing else is read
        assertEquals(List.of("eligibleSectors"), d.parameters().stream().map(ParameterUse::name).toList());
        assertFalse(d.illustrative());
    }

    @Test
    void anotherCouncil_repointsTheSchemeByOverridingCouncilArea() {
        AwardCase outside = AwardCase.builder()
                .organisationId("ORG-7")
                .basedInBirmingham(false)
                .sector(Sector.HEALTH)
                .coProducesWithFamilies(true)
                .currentStage(AwardStage.NONE)
                .registration(new AwardCase.Registration(true, true))
                .deliveryPlan(new AwardCase.DeliveryPlan(0, 0, 0, 0))
                .portfolio(new AwardCase.Portfolio(false, List.of(), false))
                .embedding(new AwardCase.Embedding(false))
                .build();
        Decision<?> d = Cases.decide(SOLIHULL, outside);
        Reason reason = d.reasons().get(0);
        assertEquals("not-based-in-council-area", reason.rule());
        assertTrue(reason.text().contains("based in Solihull"), reason.text());
        assertFalse(reason.text().contains("Birmingham"), reason.text());
        ParameterUse area = d.parameters().stream().filter(p -> p.name().equals("councilArea")).findFirst().orElseThrow();
        assertTrue(area.origin().contains("another-council.parameters.json"), area.origin());
    }

    @Test
    void anotherCouncil_canAskForFewerPrinciplesAndAllowTwoStages() {
        List<CoproductionPrinciple> six = List.of(CoproductionPrinciple.values()).subList(0, 6);
        AwardCase c = AwardCase.builder()
                .organisationId("ORG-8")
                .basedInBirmingham(true)
                .sector(Sector.VOLUNTARY)
                .coProducesWithFamilies(true)
                .currentStage(AwardStage.BRONZE)
                .registration(new AwardCase.Registration(true, true))
                .deliveryPlan(new AwardCase.DeliveryPlan(1, 1, 1, 1))
                .portfolio(new AwardCase.Portfolio(true, six, true))
                .embedding(new AwardCase.Embedding(true))
                .build();
        AwardOutcome there = Cases.outcome(Cases.decide(SOLIHULL, c));
        assertEquals(AwardStage.GOLD, there.getStageAwarded(), "Silver and Gold in one assessment, six principles enough");
        AwardOutcome here = Cases.outcome(Cases.decide(c));
        assertEquals(AwardStage.SILVER, here.getStageAwarded());
    }

    @Test
    void goldFeedback_namesThePrinciplesNotYetShownInPlainWords() {
        AwardCase c = AwardCase.builder()
                .organisationId("ORG-6")
                .basedInBirmingham(true)
                .sector(Sector.SOCIAL_CARE)
                .coProducesWithFamilies(true)
                .currentStage(AwardStage.SILVER)
                .registration(new AwardCase.Registration(true, true))
                .deliveryPlan(new AwardCase.DeliveryPlan(1, 1, 1, 1))
                .portfolio(new AwardCase.Portfolio(true, List.of(CoproductionPrinciple.INVOLVED, CoproductionPrinciple.EQUAL), true))
                .embedding(new AwardCase.Embedding(false))
                .build();
        Decision<?> d = Cases.decide(c);
        String text = d.reasons().stream().filter(r -> r.rule().equals("gold-principles-not-evidenced")).findFirst().orElseThrow().text();
        assertTrue(text.contains("all eight principles"), text);
        assertTrue(text.contains("it shows 2"), text);
        assertTrue(text.contains("Listened to and Heard"), text);
        assertFalse(text.contains("Equal;"), text);
        assertEquals(6, Cases.outcome(d).getPrinciplesNotEvidenced().size());
    }

    @Test
    void principlesRequiredAboveEight_isRefusedAtLoad_sinceGoldCouldNeverBeReached() {
        // the declared range (0 to 8, the Scheme's eight principles) refuses the mistake before any
        // decision; the rules' own warning stays for a pack that declares the parameter more loosely
        org.senrules.core.RuleSetException e = org.junit.jupiter.api.Assertions.assertThrows(org.senrules.core.RuleSetException.class,
                () -> SenRules.builder().overrideParameters(Cases.ID, Path.of("src/test/parameters/too-many-principles.parameters.json")).build());
        assertTrue(e.getMessage().contains("too-many-principles.parameters.json:4: principlesRequired: 9 is outside the range declared for it, 0 to 8"),
                e.getMessage());
    }

    @Test
    void sectorsTheSchemeIsOpenTo_areACouncilTable_checkedAtLoad(@TempDir Path dir) throws java.io.IOException {
        Path wider = java.nio.file.Files.writeString(dir.resolve("coproduction-award.parameters.json"), "{\n  \"eligibleSectors\": [ { \"from\": "
                + "\"2024-02-01\", \"intended\": true, \"illustrative\": false,\n    \"value\": [\"EDUCATION\", \"HEALTH\", \"OTHER\"] } ]\n}\n");
        SenRules council = SenRules.builder().overrideParameters(Cases.ID, wider).build();
        AwardCase other = AwardCase.builder().organisationId("ORG-5").basedInBirmingham(true).sector(Sector.OTHER).coProducesWithFamilies(true).currentStage(AwardStage.NONE).registration(new AwardCase.Registration(true, true)).deliveryPlan(new AwardCase.DeliveryPlan(1, 1, 1, 1)).portfolio(new AwardCase.Portfolio(true, List.of(), true)).embedding(new AwardCase.Embedding(true)).build();
        assertEquals(AwardStage.BRONZE, Cases.outcome(Cases.decide(council, other)).getStageAwarded());
        assertNull(Cases.outcome(Cases.decide(other)).getStageAwarded(), "the packaged table leaves OTHER out");
        AwardCase voluntary = AwardCase.builder().organisationId("ORG-4").basedInBirmingham(true).sector(Sector.VOLUNTARY).coProducesWithFamilies(true).currentStage(AwardStage.NONE).registration(other.registration()).deliveryPlan(other.deliveryPlan()).portfolio(other.portfolio()).embedding(other.embedding()).build();
        Decision<?> refused = Cases.decide(council, voluntary);
        assertEquals(List.of(Ineligibility.SECTOR_NOT_COVERED), Cases.outcome(refused).getIneligibleBecause());
        assertTrue(refused.reasons().get(0).text().contains("working in the education, health or other sector"), refused.reasons().get(0).text());

        Path misspelt = java.nio.file.Files.writeString(dir.resolve("misspelt.parameters.json"), "{\n  \"eligibleSectors\": [ { \"from\": "
                + "\"2024-02-01\", \"intended\": true, \"illustrative\": false,\n    \"value\": [\"EDUCATON\"] } ]\n}\n");
        org.senrules.core.RuleSetException e = org.junit.jupiter.api.Assertions.assertThrows(org.senrules.core.RuleSetException.class,
                () -> SenRules.builder().overrideParameters(Cases.ID, misspelt).build());
        assertTrue(e.getMessage().contains("misspelt.parameters.json:") && e.getMessage().contains("EDUCATON"), e.getMessage());
    }

    @Test
    void caseToString_printsTheOrganisationIdOnly() {
        assertEquals("AwardCase[ORG-1]", Cases.complete(AwardStage.NONE).toString());
    }
}
