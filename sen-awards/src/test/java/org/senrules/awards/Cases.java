package org.senrules.awards;

import java.time.LocalDate;
import java.util.List;
import org.senrules.awards.AwardCase.DeliveryPlan;
import org.senrules.awards.AwardCase.Embedding;
import org.senrules.awards.AwardCase.Portfolio;
import org.senrules.awards.AwardCase.Registration;
import org.senrules.core.Decision;
import org.senrules.core.Request;
import org.senrules.core.SenRules;

/** Shared engine and case builders for the tests of {@code coproduction-award}. */
final class Cases {
    static final String ID = "coproduction-award";
    static final LocalDate AS_OF = LocalDate.of(2025, 1, 15);
    /** Built once: the engine is thread-safe, and compiling the rules is the slow part. */
    static final SenRules ENGINE = SenRules.builder().build();

    private Cases() {
    }

    /** An eligible organisation in education holding {@code held}, with every piece of evidence for every stage. */
    static AwardCase complete(AwardStage held) {
        return AwardCase.builder()
                .organisationId("ORG-1")
                .basedInBirmingham(true)
                .sector(Sector.EDUCATION)
                .coProducesWithFamilies(true)
                .currentStage(held)
                .registration(new Registration(true, true))
                .deliveryPlan(new DeliveryPlan(1, 2, 3, 1))
                .portfolio(new Portfolio(true, List.of(CoproductionPrinciple.values()), true))
                .embedding(new Embedding(true))
                .build();
    }

    /** An eligible organisation in education holding {@code held}, with no evidence at all. */
    static AwardCase empty(AwardStage held) {
        return AwardCase.builder()
                .organisationId("ORG-2")
                .basedInBirmingham(true)
                .sector(Sector.EDUCATION)
                .coProducesWithFamilies(true)
                .currentStage(held)
                .registration(new Registration(false, false))
                .deliveryPlan(new DeliveryPlan(0, 0, 0, 0))
                .portfolio(new Portfolio(false, List.of(), false))
                .embedding(new Embedding(false))
                .build();
    }

    static Decision<?> decide(SenRules engine, AwardCase c) {
        return engine.decide(Request.of(ID, AS_OF, c));
    }

    static Decision<?> decide(AwardCase c) {
        return decide(ENGINE, c);
    }

    static AwardOutcome outcome(Decision<?> d) {
        return d.outcome(AwardOutcome.class);
    }
}
