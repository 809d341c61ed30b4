package org.senrules.awards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.senrules.awards.AwardCase.DeliveryPlan;
import org.senrules.awards.AwardCase.Embedding;
import org.senrules.awards.AwardCase.Portfolio;
import org.senrules.awards.AwardCase.Registration;
import org.senrules.core.Decision;
import org.senrules.core.Reason;
import org.senrules.core.Request;
import org.senrules.core.SenRules;

/** The invariants of {@code coproduction-award}, over generated organisations, under each way of setting the step limit. */
class CoproductionAwardPropertiesTest {
    /** An engine re-pointed at another council: six principles for Gold, two stages per assessment. */
    static final SenRules OTHER_COUNCIL = SenRules.builder()
            .overrideParameters(Cases.ID, Path.of("src/test/parameters/another-council.parameters.json")).build();

    /** One way of deciding: an engine and a policy, with the step limit and principles required they give. */
    record Setting(String label, SenRules engine, String policy, int stepLimit, int principlesRequired) {
        Decision<?> decide(AwardCase c) {
            return engine.decide(new Request(Cases.ID, Cases.AS_OF, policy, c));
        }

        @Override
        public String toString() {
            return label;
        }
    }

    static final List<Setting> SETTINGS = List.of(
            new Setting("Birmingham defaults", Cases.ENGINE, "current", 1, 8),
            new Setting("policy every-supported-stage", Cases.ENGINE, "every-supported-stage", 4, 8),
            new Setting("another council's override", OTHER_COUNCIL, "current", 2, 6));

    /** The rule that reports each missing piece of evidence. */
    static final Map<Evidence, String> GAP_RULE = Map.of(
            Evidence.REGISTRATION_FORM, "bronze-registration-form-missing",
            Evidence.CHARTER_COMMITMENT, "bronze-charter-commitment-missing",
            Evidence.CO_COMMISSIONING_ACTIONS, "silver-actions-missing",
            Evidence.CO_DESIGN_ACTIONS, "silver-actions-missing",
            Evidence.CO_DELIVERY_ACTIONS, "silver-actions-missing",
            Evidence.CO_ASSESSMENT_ACTIONS, "silver-actions-missing",
            Evidence.PLAN_IMPLEMENTED, "gold-plan-not-implemented",
            Evidence.IMPACT_ON_FAMILIES, "gold-impact-not-shown",
            Evidence.PRINCIPLES_EVIDENCE, "gold-principles-not-evidenced",
            Evidence.LONG_TERM_COMMITMENT, "platinum-embedding-not-evidenced");

    /** One more piece of evidence added to a submission. */
    enum MoreEvidence {
        REGISTRATION_SUBMITTED, CHARTER_COMMITMENT, CO_COMMISSIONING, CO_DESIGN, CO_DELIVERY, CO_ASSESSMENT,
        PLAN_IMPLEMENTED, IMPACT_ON_FAMILIES, ONE_MORE_PRINCIPLE, LONG_TERM_COMMITMENT;

        AwardCase addTo(AwardCase c) {
            Registration r = c.registration();
            DeliveryPlan d = c.deliveryPlan();
            Portfolio p = c.portfolio();
            switch (this) {
                case REGISTRATION_SUBMITTED:
                    r = new Registration(true, r.commitsToCharter());
                    break;
                case CHARTER_COMMITMENT:
                    r = new Registration(true, true);
                    break;
                case CO_COMMISSIONING:
                    d = new DeliveryPlan(d.coCommissioning() + 1, d.coDesign(), d.coDelivery(), d.coAssessment());
                    break;
                case CO_DESIGN:
                    d = new DeliveryPlan(d.coCommissioning(), d.coDesign() + 1, d.coDelivery(), d.coAssessment());
                    break;
                case CO_DELIVERY:
                    d = new DeliveryPlan(d.coCommissioning(), d.coDesign(), d.coDelivery() + 1, d.coAssessment());
                    break;
                case CO_ASSESSMENT:
                    d = new DeliveryPlan(d.coCommissioning(), d.coDesign(), d.coDelivery(), d.coAssessment() + 1);
                    break;
                case PLAN_IMPLEMENTED:
                    p = new Portfolio(true, p.principlesEvidenced(), p.impactOnFamilies());
                    break;
                case IMPACT_ON_FAMILIES:
                    p = new Portfolio(p.planImplemented(), p.principlesEvidenced(), true);
                    break;
                case ONE_MORE_PRINCIPLE:
                    List<CoproductionPrinciple> more = new ArrayList<>(p.principlesEvidenced());
                    // the first principle of the eight, in the Charter's order, that the portfolio does not yet show
                    java.util.Arrays.stream(CoproductionPrinciple.values()).filter(x -> !more.contains(x)).findFirst().ifPresent(more::add);
                    p = new Portfolio(p.planImplemented(), more, p.impactOnFamilies());
                    break;
                case LONG_TERM_COMMITMENT:
                    return c.toBuilder()
                            .registration(r)
                            .deliveryPlan(d)
                            .portfolio(p)
                            .embedding(new Embedding(true))
                            .build();
                default:
                    throw new AssertionError(this);
            }
            return c.toBuilder()
                    .registration(r)
                    .deliveryPlan(d)
                    .portfolio(p)
                    .build();
        }
    }

    // ------------------------------------------------------------------ generators

    /** The organisation itself, before its evidence. */
    record Who(String id, boolean based, Sector sector, boolean coProduces, AwardStage held) {
    }

    @Provide
    Arbitrary<Setting> settings() {
        return Arbitraries.of(SETTINGS);
    }

    static Arbitrary<AwardCase> organisations(Arbitrary<Boolean> based, Arbitrary<Sector> sector, Arbitrary<Boolean> coProduces) {
        Arbitrary<String> id = Arbitraries.strings().withCharRange('A', 'Z').ofLength(10).map(s -> "ORG-" + s);
        Arbitrary<Registration> registration = Arbitraries.of(
                new Registration(false, false), new Registration(true, false), new Registration(true, true));
        // a third or so of the Cs have no action, so every path of the Silver rule is reached often
        Arbitrary<Integer> actions = Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(0)),
                Tuple.of(3, Arbitraries.integers().between(1, 3)));
        Arbitrary<DeliveryPlan> plan = Combinators.combine(actions, actions, actions, actions).as(DeliveryPlan::new);
        Arbitrary<List<CoproductionPrinciple>> principles = Arbitraries.of(CoproductionPrinciple.class).set().ofMaxSize(8)
                .map(List::copyOf);
        Arbitrary<Portfolio> portfolio = Combinators.combine(Arbitraries.of(true, false), principles, Arbitraries.of(true, false))
                .as(Portfolio::new);
        Arbitrary<Embedding> embedding = Arbitraries.of(true, false).map(Embedding::new);
        Arbitrary<AwardStage> held = Arbitraries.of(AwardStage.class);
        Arbitrary<Who> who = Combinators.combine(id, based, sector, coProduces, held).as(Who::new);
        return Combinators.combine(who, registration, plan, portfolio, embedding)
                .as((w, r, d, p, e) -> AwardCase.builder()
                        .organisationId(w.id())
                        .basedInBirmingham(w.based())
                        .sector(w.sector())
                        .coProducesWithFamilies(w.coProduces())
                        .currentStage(w.held())
                        .registration(r)
                        .deliveryPlan(d)
                        .portfolio(p)
                        .embedding(e)
                        .build());
    }

    @Provide
    Arbitrary<AwardCase> anyOrganisation() {
        return organisations(Arbitraries.of(true, false), Arbitraries.of(Sector.class), Arbitraries.of(true, false));
    }

    @Provide
    Arbitrary<AwardCase> eligibleOrganisation() {
        return organisations(Arbitraries.just(true), Arbitraries.of(Sector.EDUCATION, Sector.HEALTH, Sector.SOCIAL_CARE,
                Sector.VOLUNTARY), Arbitraries.just(true));
    }

    @Provide
    Arbitrary<AwardCase> ineligibleOrganisation() {
        return anyOrganisation().filter(c -> !c.basedInBirmingham() || c.sector() == Sector.OTHER || !c.coProducesWithFamilies());
    }

    @Provide
    Arbitrary<MoreEvidence> moreEvidence() {
        return Arbitraries.of(MoreEvidence.class);
    }

    // ------------------------------------------------------------------ properties

    @Property(tries = 200)
    void addingEvidenceNeverLowersTheStageAwarded(@ForAll("anyOrganisation") AwardCase before,
                                                  @ForAll("moreEvidence") MoreEvidence more, @ForAll("settings") Setting setting) {
        AwardStage was = Cases.outcome(setting.decide(before)).getStageAwarded();
        AwardStage now = Cases.outcome(setting.decide(more.addTo(before))).getStageAwarded();
        if (was == null) {
            assertNull(now, "evidence does not change eligibility");
        } else {
            assertTrue(now.compareTo(was) >= 0, "adding " + more + " lowered the stage from " + was + " to " + now);
        }
    }

    @Property(tries = 200)
    void stageAwardedIsNeverAboveTheCurrentStagePlusTheStepLimit(@ForAll("anyOrganisation") AwardCase c,
                                                                 @ForAll("settings") Setting setting) {
        AwardStage awarded = Cases.outcome(setting.decide(c)).getStageAwarded();
        if (awarded != null) {
            assertTrue(awarded.stepsAbove(c.currentStage()) <= setting.stepLimit(),
                    awarded + " is more than " + setting.stepLimit() + " stage(s) above " + c.currentStage());
        }
    }

    @Property(tries = 200)
    void ineligibleOrganisationIsNeverAwardedAStage(@ForAll("ineligibleOrganisation") AwardCase c,
                                                    @ForAll("settings") Setting setting) {
        AwardOutcome o = Cases.outcome(setting.decide(c));
        assertFalse(o.isEligible());
        assertNull(o.getStageAwarded());
        assertNull(o.getNextStage());
        assertFalse(o.isCertificate());
        assertTrue(o.getMissingEvidence().isEmpty());
        assertFalse(o.getIneligibleBecause().isEmpty(), "an ineligible organisation is told why");
        assertEquals(c.currentStage(), o.getStageHeld(), "an ineligible organisation keeps the stage it holds");
    }

    @Property(tries = 200)
    void anAwardAlreadyHeldIsNeverTakenAway(@ForAll("eligibleOrganisation") AwardCase c, @ForAll("settings") Setting setting) {
        AwardOutcome o = Cases.outcome(setting.decide(c));
        assertTrue(o.isEligible());
        assertTrue(o.getStageAwarded().compareTo(c.currentStage()) >= 0, o.getStageAwarded() + " is below " + c.currentStage());
        assertEquals(o.getStageAwarded(), o.getStageHeld());
    }

    @Property(tries = 200)
    void certificateIsIssuedExactlyWhenANewStageIsAwarded(@ForAll("anyOrganisation") AwardCase c,
                                                          @ForAll("settings") Setting setting) {
        AwardOutcome o = Cases.outcome(setting.decide(c));
        boolean newStage = o.getStageAwarded() != null && o.getStageAwarded().compareTo(c.currentStage()) > 0;
        assertEquals(newStage, o.isCertificate());
    }

    @Property(tries = 200)
    void eachMissingPieceOfEvidenceIsForTheNextStageAndHasItsReason(@ForAll("eligibleOrganisation") AwardCase c,
                                                                    @ForAll("settings") Setting setting) {
        Decision<?> d = setting.decide(c);
        AwardOutcome o = Cases.outcome(d);
        assertEquals(o.getStageAwarded().next(), o.getNextStage());
        for (Evidence e : o.getMissingEvidence()) {
            assertEquals(o.getNextStage(), e.stage(), e + " is not evidence for the next stage");
            assertTrue(d.firedRule(GAP_RULE.get(e)), "no reason given for " + e);
        }
        long gapReasons = d.reasons().stream().filter(r -> GAP_RULE.containsValue(r.rule())).count();
        assertEquals(o.getMissingEvidence().size(), gapReasons, "one sentence for each missing piece, and no other");
    }

    @Property(tries = 200)
    void stageAwardedIsTheHighestTheEvidenceSupportsWithinTheStepLimit(@ForAll("eligibleOrganisation") AwardCase c,
                                                                       @ForAll("settings") Setting setting) {
        // An independent reading of "The Four Stages of the Award Scheme": climb from the stage held
        // while the next stage's evidence is complete and the step limit allows.
        AwardStage expected = c.currentStage();
        while (expected.next() != null && expected.stepsAbove(c.currentStage()) < setting.stepLimit()
                && complete(expected.next(), c, setting.principlesRequired())) {
            expected = expected.next();
        }
        assertEquals(expected, Cases.outcome(setting.decide(c)).getStageAwarded());
    }

    @Property(tries = 100)
    void reasonsNeverRepeatTheOrganisationId(@ForAll("anyOrganisation") AwardCase c, @ForAll("settings") Setting setting) {
        for (Reason r : setting.decide(c).reasons()) {
            assertFalse(r.text().contains(c.organisationId()), r.rule() + " repeats the organisation id");
        }
    }

    private static boolean complete(AwardStage stage, AwardCase c, int principlesRequired) {
        Set<CoproductionPrinciple> shown = EnumSet.noneOf(CoproductionPrinciple.class);
        shown.addAll(c.portfolio().principlesEvidenced());
        switch (stage) {
            case BRONZE:
                return c.registration().submitted() && c.registration().commitsToCharter();
            case SILVER:
                DeliveryPlan d = c.deliveryPlan();
                return d.coCommissioning() >= 1 && d.coDesign() >= 1 && d.coDelivery() >= 1 && d.coAssessment() >= 1;
            case GOLD:
                return c.portfolio().planImplemented() && c.portfolio().impactOnFamilies() && shown.size() >= principlesRequired;
            case PLATINUM:
                return c.embedding().longTermCommitment();
            default:
                throw new AssertionError(stage);
        }
    }
}
