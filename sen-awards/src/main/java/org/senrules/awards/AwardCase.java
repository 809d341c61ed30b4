package org.senrules.awards;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.senrules.core.ApiStatus;
import org.senrules.core.spi.CaseInput;
import org.senrules.core.spi.MaxLength;
import org.senrules.core.spi.Range;
import org.senrules.core.spi.Violations;

/**
 * An organisation's submission to the Co-production Award Scheme, as assessed by the
 * Co-production Champions Group: the case of the {@code coproduction-award} rule set. Every
 * field is required.
 *
 * <p>{@code basedInBirmingham} keeps its contract name for every council: it means "based in the
 * council area the Scheme serves", and the area's name comes from the {@code councilArea}
 * parameter, so another council re-points the rule set by overriding that parameter.
 *
 * @param organisationId         a pseudonymous id of the organisation; the decision's case id
 * @param basedInBirmingham      whether the organisation is based in the council area of the Scheme
 * @param sector                 the sector it works in
 * @param coProducesWithFamilies whether it can show co-production of SEND services with children,
 *                               young people and parent carers
 * @param currentStage           the highest stage it already holds ({@link AwardStage#NONE} if none)
 * @param registration           evidence of commitment (Bronze)
 * @param deliveryPlan           evidence of planning (Silver)
 * @param portfolio              evidence of impact (Gold)
 * @param embedding              evidence of embedding (Platinum)
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public record AwardCase(@MaxLength(100) String organisationId, boolean basedInBirmingham, Sector sector,
                        boolean coProducesWithFamilies, AwardStage currentStage, Registration registration,
                        DeliveryPlan deliveryPlan, Portfolio portfolio, Embedding embedding) implements CaseInput {

    @Override
    public String caseId() {
        return organisationId;
    }

    @Override
    public void checkConsistency(Violations violations) {
        // The commitment is made on the registration form, so it cannot exist without one.
        if (registration.commitsToCharter() && !registration.submitted()) {
            violations.add("registration.commitsToCharter",
                    "a commitment to the Framework and Charter is made on the registration form, so registration.submitted must be true");
        }
        // A principle counts once however often it is listed; a repeat is a data error, not more evidence.
        Set<CoproductionPrinciple> seen = EnumSet.noneOf(CoproductionPrinciple.class);
        List<CoproductionPrinciple> principles = portfolio.principlesEvidenced();
        for (int i = 0; i < principles.size(); i++) {
            if (!seen.add(principles.get(i))) {
                violations.add("portfolio.principlesEvidenced[" + i + "]", "lists " + principles.get(i) + " more than once");
            }
        }
    }

    /** Prints the organisation id only: cases reach logs and exception messages. */
    @Override
    public String toString() {
        return "AwardCase[" + organisationId + "]";
    }

    /**
     * Evidence of commitment: the registration form (Bronze).
     *
     * @param submitted        whether the registration form has been submitted
     * @param commitsToCharter whether it commits to the SEND Co-production Framework &amp; Charter;
     *                         true only if {@code submitted}
     */
    public record Registration(boolean submitted, boolean commitsToCharter) {
    }

    /**
     * Evidence of planning: the delivery plan (Silver), as the number of actions planned in each
     * of the 4 Cs of co-production.
     *
     * @param coCommissioning actions in co-commissioning
     * @param coDesign        actions in co-design
     * @param coDelivery      actions in co-delivery
     * @param coAssessment    actions in co-assessment
     */
    public record DeliveryPlan(@Range(min = 0, max = 1000) int coCommissioning, @Range(min = 0, max = 1000) int coDesign,
                               @Range(min = 0, max = 1000) int coDelivery, @Range(min = 0, max = 1000) int coAssessment) {

        /** The number of actions planned in {@code c}. */
        public int actionsIn(CoproductionC c) {
            return switch (c) {
                case CO_COMMISSIONING -> coCommissioning;
                case CO_DESIGN -> coDesign;
                case CO_DELIVERY -> coDelivery;
                case CO_ASSESSMENT -> coAssessment;
            };
        }
    }

    /**
     * Evidence of impact: the evidence portfolio (Gold).
     *
     * @param planImplemented     whether it shows the delivery plan implemented
     * @param principlesEvidenced the principles it shows positive impact against, each at most once
     * @param impactOnFamilies    whether it shows positive impact on the lives of children and families
     */
    public record Portfolio(boolean planImplemented, @MaxLength(8) List<CoproductionPrinciple> principlesEvidenced,
                            boolean impactOnFamilies) {

        /** The principles of the eight that the portfolio does not yet show impact against, in the Charter's order. */
        public List<CoproductionPrinciple> principlesNotEvidenced() {
            Set<CoproductionPrinciple> missing = EnumSet.allOf(CoproductionPrinciple.class);
            missing.removeAll(principlesEvidenced);
            return List.copyOf(missing);
        }
    }

    /**
     * Evidence of embedding (Platinum).
     *
     * @param longTermCommitment whether it evidences long-term commitment to embed co-production
     */
    public record Embedding(boolean longTermCommitment) {
    }

    /** Starts a AwardCase with no field set; {@link Builder#build()} checks it as the engine checks a JSON case. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of this case, to build a changed copy. */
    public Builder toBuilder() {
        return new Builder()
                .organisationId(organisationId)
                .basedInBirmingham(basedInBirmingham)
                .sector(sector)
                .coProducesWithFamilies(coProducesWithFamilies)
                .currentStage(currentStage)
                .registration(registration)
                .deliveryPlan(deliveryPlan)
                .portfolio(portfolio)
                .embedding(embedding);
    }

    /**
     * Builds a {@link AwardCase} by named fields, the names of the JSON contract. {@link #build()} refuses a
     * required field never set, and checks the rest exactly as the engine checks a JSON case.
     */
    public static final class Builder {
        private String organisationId;
        private Boolean basedInBirmingham;
        private Sector sector;
        private Boolean coProducesWithFamilies;
        private AwardStage currentStage;
        private Registration registration;
        private DeliveryPlan deliveryPlan;
        private Portfolio portfolio;
        private Embedding embedding;

        private Builder() {
        }

        /** A pseudonymous id of the organisation; the decision's case id. */
        public Builder organisationId(String organisationId) {
            this.organisationId = organisationId;
            return this;
        }

        /** Whether the organisation is based in the council area of the Scheme. */
        public Builder basedInBirmingham(boolean basedInBirmingham) {
            this.basedInBirmingham = basedInBirmingham;
            return this;
        }

        /** The sector it works in. */
        public Builder sector(Sector sector) {
            this.sector = sector;
            return this;
        }

        /** Whether it can show co-production of SEND services with children, young people and parent carers. */
        public Builder coProducesWithFamilies(boolean coProducesWithFamilies) {
            this.coProducesWithFamilies = coProducesWithFamilies;
            return this;
        }

        /** The highest stage it already holds ({@link AwardStage#NONE} if none). */
        public Builder currentStage(AwardStage currentStage) {
            this.currentStage = currentStage;
            return this;
        }

        /** Evidence of commitment (Bronze). */
        public Builder registration(Registration registration) {
            this.registration = registration;
            return this;
        }

        /** Evidence of planning (Silver). */
        public Builder deliveryPlan(DeliveryPlan deliveryPlan) {
            this.deliveryPlan = deliveryPlan;
            return this;
        }

        /** Evidence of impact (Gold). */
        public Builder portfolio(Portfolio portfolio) {
            this.portfolio = portfolio;
            return this;
        }

        /** Evidence of embedding (Platinum). */
        public Builder embedding(Embedding embedding) {
            this.embedding = embedding;
            return this;
        }

        /**
         * The case, checked.
         *
         * @throws org.senrules.core.InvalidRequestException naming every violation (paths {@code case.<field>}),
         *                                                   as deciding the same case from JSON would
         */
        public AwardCase build() {
            java.util.List<String> unset = new java.util.ArrayList<>();
            if (basedInBirmingham == null) {
                unset.add("basedInBirmingham");
            }
            if (coProducesWithFamilies == null) {
                unset.add("coProducesWithFamilies");
            }
            return org.senrules.core.spi.CaseChecks.checked(new AwardCase(organisationId,
                    basedInBirmingham != null && basedInBirmingham,
                    sector,
                    coProducesWithFamilies != null && coProducesWithFamilies,
                    currentStage,
                    registration,
                    deliveryPlan,
                    portfolio,
                    embedding), unset);
        }
    }
}
