package org.senrules.awards;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.senrules.core.ApiStatus;
import org.senrules.core.spi.CaseFields;
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
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class AwardCase implements CaseInput {
    private static final CaseFields<AwardCase> FIELDS = CaseFields.declare(AwardCase.class, Builder::new, AwardCase::new)
            .field("organisationId", String.class, AwardCase::organisationId, Builder::organisationId).maxLength(100)
            .field("basedInBirmingham", boolean.class, AwardCase::basedInBirmingham, Builder::basedInBirmingham)
            .field("sector", Sector.class, AwardCase::sector, Builder::sector)
            .field("coProducesWithFamilies", boolean.class, AwardCase::coProducesWithFamilies, Builder::coProducesWithFamilies)
            .field("currentStage", AwardStage.class, AwardCase::currentStage, Builder::currentStage)
            .field("registration", Registration.class, AwardCase::registration, Builder::registration)
            .field("deliveryPlan", DeliveryPlan.class, AwardCase::deliveryPlan, Builder::deliveryPlan)
            .field("portfolio", Portfolio.class, AwardCase::portfolio, Builder::portfolio)
            .field("embedding", Embedding.class, AwardCase::embedding, Builder::embedding)
            .done();

    private final String organisationId;
    private final boolean basedInBirmingham;
    private final Sector sector;
    private final boolean coProducesWithFamilies;
    private final AwardStage currentStage;
    private final Registration registration;
    private final DeliveryPlan deliveryPlan;
    private final Portfolio portfolio;
    private final Embedding embedding;

    private AwardCase(Builder b) {
        String organisationId = b.organisationId;
        boolean basedInBirmingham = b.basedInBirmingham != null && b.basedInBirmingham;
        Sector sector = b.sector;
        boolean coProducesWithFamilies = b.coProducesWithFamilies != null && b.coProducesWithFamilies;
        AwardStage currentStage = b.currentStage;
        Registration registration = b.registration;
        DeliveryPlan deliveryPlan = b.deliveryPlan;
        Portfolio portfolio = b.portfolio;
        Embedding embedding = b.embedding;
        this.organisationId = organisationId;
        this.basedInBirmingham = basedInBirmingham;
        this.sector = sector;
        this.coProducesWithFamilies = coProducesWithFamilies;
        this.currentStage = currentStage;
        this.registration = registration;
        this.deliveryPlan = deliveryPlan;
        this.portfolio = portfolio;
        this.embedding = embedding;
    }

    /** The fields of the JSON case, in contract order, with their constraints: how the engine reads and checks the case. */
    public static CaseFields<AwardCase> fields() {
        return FIELDS;
    }

    /** A pseudonymous id of the organisation; the decision's case id. */
    public String organisationId() {
        return organisationId;
    }

    /** Whether the organisation is based in the council area of the Scheme. */
    public boolean basedInBirmingham() {
        return basedInBirmingham;
    }

    /** The sector it works in. */
    public Sector sector() {
        return sector;
    }

    /** Whether it can show co-production of SEND services with children, young people and parent carers. */
    public boolean coProducesWithFamilies() {
        return coProducesWithFamilies;
    }

    /** The highest stage it already holds ({@link AwardStage#NONE} if none). */
    public AwardStage currentStage() {
        return currentStage;
    }

    /** Evidence of commitment (Bronze). */
    public Registration registration() {
        return registration;
    }

    /** Evidence of planning (Silver). */
    public DeliveryPlan deliveryPlan() {
        return deliveryPlan;
    }

    /** Evidence of impact (Gold). */
    public Portfolio portfolio() {
        return portfolio;
    }

    /** Evidence of embedding (Platinum). */
    public Embedding embedding() {
        return embedding;
    }

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

    /** Equal when every field is equal, as for a record. */
    @Override
    public boolean equals(Object o) {
        return o instanceof AwardCase other
                && Objects.equals(organisationId, other.organisationId)
                && basedInBirmingham == other.basedInBirmingham
                && Objects.equals(sector, other.sector)
                && coProducesWithFamilies == other.coProducesWithFamilies
                && Objects.equals(currentStage, other.currentStage)
                && Objects.equals(registration, other.registration)
                && Objects.equals(deliveryPlan, other.deliveryPlan)
                && Objects.equals(portfolio, other.portfolio)
                && Objects.equals(embedding, other.embedding);
    }

    @Override
    public int hashCode() {
        return Objects.hash(organisationId, basedInBirmingham, sector, coProducesWithFamilies, currentStage, registration, deliveryPlan, portfolio, embedding);
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
            return org.senrules.core.spi.CaseChecks.checked(new AwardCase(this), unset);
        }
    }}
