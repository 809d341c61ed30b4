package org.senrules.funding.esn;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.senrules.core.ApiStatus;
import org.senrules.core.domain.PlanStatus;
import org.senrules.core.domain.Setting;
import org.senrules.core.spi.CaseFields;
import org.senrules.core.spi.CaseInput;
import org.senrules.core.spi.Violations;

/**
 * An Exceptional Special Needs (ESN) funding request ({@code esn-request}).
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class EsnCase implements CaseInput {
    private static final CaseFields<EsnCase> FIELDS = CaseFields.declare(EsnCase.class, Builder::new, EsnCase::new)
            .field("caseId", String.class, EsnCase::caseId, Builder::caseId)
            .field("setting", Setting.class, EsnCase::setting, Builder::setting)
            .field("planStatus", PlanStatus.class, EsnCase::planStatus, Builder::planStatus)
            .field("requestDate", LocalDate.class, EsnCase::requestDate, Builder::requestDate)
            .field("linkedToAnnualReview", boolean.class, EsnCase::linkedToAnnualReview, Builder::linkedToAnnualReview)
            .field("annualReviewDue", LocalDate.class, EsnCase::annualReviewDue, Builder::annualReviewDue)
            .field("supportFrom", LocalDate.class, EsnCase::supportFrom, Builder::supportFrom)
            .field("significantChangeInNeed", boolean.class, EsnCase::significantChangeInNeed, Builder::significantChangeInNeed)
            .field("timeLimitedOutcome", boolean.class, EsnCase::timeLimitedOutcome, Builder::timeLimitedOutcome)
            .field("extendedNeedException", boolean.class, EsnCase::extendedNeedException, Builder::extendedNeedException)
            .list("externalProfessionals", ExternalProfessional.class, EsnCase::externalProfessionals, Builder::externalProfessionals).maxLength(10)
            .field("existingEsnUntil", LocalDate.class, EsnCase::existingEsnUntil, Builder::existingEsnUntil).optional()
            .field("placementTransition", boolean.class, EsnCase::placementTransition, Builder::placementTransition)
            .field("governingBodyResponseEvidence", boolean.class, EsnCase::governingBodyResponseEvidence, Builder::governingBodyResponseEvidence)
            .field("reviewDate", LocalDate.class, EsnCase::reviewDate, Builder::reviewDate).optional()
            .field("existingEsnInPlace", Boolean.class, EsnCase::existingEsnInPlace, Builder::existingEsnInPlace).optional()
            .done();

    private final String caseId;
    private final Setting setting;
    private final PlanStatus planStatus;
    private final LocalDate requestDate;
    private final boolean linkedToAnnualReview;
    private final LocalDate annualReviewDue;
    private final LocalDate supportFrom;
    private final boolean significantChangeInNeed;
    private final boolean timeLimitedOutcome;
    private final boolean extendedNeedException;
    private final List<ExternalProfessional> externalProfessionals;
    private final LocalDate existingEsnUntil;
    private final boolean placementTransition;
    private final boolean governingBodyResponseEvidence;
    private final LocalDate reviewDate;
    private final Boolean existingEsnInPlace;

    private EsnCase(Builder b) {
        String caseId = b.caseId;
        Setting setting = b.setting;
        PlanStatus planStatus = b.planStatus;
        LocalDate requestDate = b.requestDate;
        boolean linkedToAnnualReview = b.linkedToAnnualReview != null && b.linkedToAnnualReview;
        LocalDate annualReviewDue = b.annualReviewDue;
        LocalDate supportFrom = b.supportFrom;
        boolean significantChangeInNeed = b.significantChangeInNeed != null && b.significantChangeInNeed;
        boolean timeLimitedOutcome = b.timeLimitedOutcome != null && b.timeLimitedOutcome;
        boolean extendedNeedException = b.extendedNeedException != null && b.extendedNeedException;
        List<ExternalProfessional> externalProfessionals = b.externalProfessionals;
        LocalDate existingEsnUntil = b.existingEsnUntil;
        boolean placementTransition = b.placementTransition != null && b.placementTransition;
        boolean governingBodyResponseEvidence = b.governingBodyResponseEvidence != null && b.governingBodyResponseEvidence;
        LocalDate reviewDate = b.reviewDate;
        Boolean existingEsnInPlace = b.existingEsnInPlace;
        this.caseId = caseId;
        this.setting = setting;
        this.planStatus = planStatus;
        this.requestDate = requestDate;
        this.linkedToAnnualReview = linkedToAnnualReview;
        this.annualReviewDue = annualReviewDue;
        this.supportFrom = supportFrom;
        this.significantChangeInNeed = significantChangeInNeed;
        this.timeLimitedOutcome = timeLimitedOutcome;
        this.extendedNeedException = extendedNeedException;
        this.externalProfessionals = externalProfessionals;
        this.existingEsnUntil = existingEsnUntil;
        this.placementTransition = placementTransition;
        this.governingBodyResponseEvidence = governingBodyResponseEvidence;
        this.reviewDate = reviewDate;
        this.existingEsnInPlace = existingEsnInPlace;
    }

    /** The fields of the JSON case, in contract order, with their constraints: how the engine reads and checks the case. */
    public static CaseFields<EsnCase> fields() {
        return FIELDS;
    }

    /** Pseudonymous case id. */
    public String caseId() {
        return caseId;
    }

    /** The pupil's setting; special schools and mainstream schools, with their resource bases, can request ESN. */
    public Setting setting() {
        return setting;
    }

    /** The pupil's plan; ESN goes with the EHCP annual review, so an EHCP is needed. */
    public PlanStatus planStatus() {
        return planStatus;
    }

    /** The date the request was made. */
    public LocalDate requestDate() {
        return requestDate;
    }

    /** True if the annual review paperwork ticks ESN and attaches the ESN form. */
    public boolean linkedToAnnualReview() {
        return linkedToAnnualReview;
    }

    /** The date the next annual review is due (may be past if it is overdue). */
    public LocalDate annualReviewDue() {
        return annualReviewDue;
    }

    /** The date from which the school asks for the support to be funded. */
    public LocalDate supportFrom() {
        return supportFrom;
    }

    /** A significant change in the child's needs or behaviour. */
    public boolean significantChangeInNeed() {
        return significantChangeInNeed;
    }

    /** Intensive short-to-medium-term intervention with a clear, time-limited outcome. */
    public boolean timeLimitedOutcome() {
        return timeLimitedOutcome;
    }

    /** Specialist support or equipment needed for an extended period (the exception). */
    public boolean extendedNeedException() {
        return extendedNeedException;
    }

    /** Kinds of professional external to the school involved, each at most once; may be empty. */
    public List<ExternalProfessional> externalProfessionals() {
        return externalProfessionals;
    }

    /** The end date of an ESN agreement already in place, if it was agreed with one. */
    public LocalDate existingEsnUntil() {
        return existingEsnUntil;
    }

    /** The request supports a transition to a new placement. */
    public boolean placementTransition() {
        return placementTransition;
    }

    /** Evidence for ESN is in the governing body response. */
    public boolean governingBodyResponseEvidence() {
        return governingBodyResponseEvidence;
    }

    /** Optional: the day the review that considers the request is held or booked (the early review once it is called, or an overdue annual review); on or after {@code requestDate}. Without it the annual review's due date is used, and an early review not yet called gives no deadline. */
    public LocalDate reviewDate() {
        return reviewDate;
    }

    /** Optional: true when an ESN agreement is already in place; with no {@code existingEsnUntil} it runs until the next review is due. Absent, it is read from {@code existingEsnUntil}; false with an end date is refused. */
    public Boolean existingEsnInPlace() {
        return existingEsnInPlace;
    }

    /** True when an ESN agreement is already in place: said so, or implied by its end date. */
    public boolean hasExistingAgreement() {
        return existingEsnInPlace != null ? existingEsnInPlace : existingEsnUntil != null;
    }

    @Override
    public void checkConsistency(Violations violations) {
        if (reviewDate != null && reviewDate.isBefore(requestDate)) {
            violations.add("reviewDate", "is " + reviewDate + ", before the request date " + requestDate
                    + ": the ESN form goes in with the review that considers it, so that review is held on or after the request date");
        }
        if (Boolean.FALSE.equals(existingEsnInPlace) && existingEsnUntil != null) {
            violations.add("existingEsnInPlace", "is false, but existingEsnUntil gives an agreement's end date; "
                    + "set it true, or leave existingEsnUntil out when no agreement is in place");
        }
        Set<ExternalProfessional> seen = new HashSet<>();
        for (int i = 0; i < externalProfessionals.size(); i++) {
            if (!seen.add(externalProfessionals.get(i))) {
                violations.add("externalProfessionals[" + i + "]", externalProfessionals.get(i) + " is listed twice");
            }
        }
    }

    @Override
    public String toString() {
        return "EsnCase[" + caseId + "]";
    }

    /** Equal when every field is equal, as for a record. */
    @Override
    public boolean equals(Object o) {
        return o instanceof EsnCase other
                && Objects.equals(caseId, other.caseId)
                && Objects.equals(setting, other.setting)
                && Objects.equals(planStatus, other.planStatus)
                && Objects.equals(requestDate, other.requestDate)
                && linkedToAnnualReview == other.linkedToAnnualReview
                && Objects.equals(annualReviewDue, other.annualReviewDue)
                && Objects.equals(supportFrom, other.supportFrom)
                && significantChangeInNeed == other.significantChangeInNeed
                && timeLimitedOutcome == other.timeLimitedOutcome
                && extendedNeedException == other.extendedNeedException
                && Objects.equals(externalProfessionals, other.externalProfessionals)
                && Objects.equals(existingEsnUntil, other.existingEsnUntil)
                && placementTransition == other.placementTransition
                && governingBodyResponseEvidence == other.governingBodyResponseEvidence
                && Objects.equals(reviewDate, other.reviewDate)
                && Objects.equals(existingEsnInPlace, other.existingEsnInPlace);
    }

    @Override
    public int hashCode() {
        return Objects.hash(caseId, setting, planStatus, requestDate, linkedToAnnualReview, annualReviewDue, supportFrom, significantChangeInNeed, timeLimitedOutcome, extendedNeedException, externalProfessionals, existingEsnUntil, placementTransition, governingBodyResponseEvidence, reviewDate, existingEsnInPlace);
    }

    /** Starts a EsnCase with no field set; {@link Builder#build()} checks it as the engine checks a JSON case. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of this case, to build a changed copy. */
    public Builder toBuilder() {
        return new Builder()
                .caseId(caseId)
                .setting(setting)
                .planStatus(planStatus)
                .requestDate(requestDate)
                .linkedToAnnualReview(linkedToAnnualReview)
                .annualReviewDue(annualReviewDue)
                .supportFrom(supportFrom)
                .significantChangeInNeed(significantChangeInNeed)
                .timeLimitedOutcome(timeLimitedOutcome)
                .extendedNeedException(extendedNeedException)
                .externalProfessionals(externalProfessionals)
                .existingEsnUntil(existingEsnUntil)
                .placementTransition(placementTransition)
                .governingBodyResponseEvidence(governingBodyResponseEvidence)
                .reviewDate(reviewDate)
                .existingEsnInPlace(existingEsnInPlace);
    }

    /**
     * Builds a {@link EsnCase} by named fields, the names of the JSON contract. {@link #build()} refuses a
     * required field never set, and checks the rest exactly as the engine checks a JSON case.
     */
    public static final class Builder {
        private String caseId;
        private Setting setting;
        private PlanStatus planStatus;
        private LocalDate requestDate;
        private Boolean linkedToAnnualReview;
        private LocalDate annualReviewDue;
        private LocalDate supportFrom;
        private Boolean significantChangeInNeed;
        private Boolean timeLimitedOutcome;
        private Boolean extendedNeedException;
        private List<ExternalProfessional> externalProfessionals;
        private LocalDate existingEsnUntil;
        private Boolean placementTransition;
        private Boolean governingBodyResponseEvidence;
        private LocalDate reviewDate;
        private Boolean existingEsnInPlace;

        private Builder() {
        }

        /** Pseudonymous case id. */
        public Builder caseId(String caseId) {
            this.caseId = caseId;
            return this;
        }

        /** The pupil's setting; special schools and mainstream schools, with their resource bases, can request ESN. */
        public Builder setting(Setting setting) {
            this.setting = setting;
            return this;
        }

        /** The pupil's plan; ESN goes with the EHCP annual review, so an EHCP is needed. */
        public Builder planStatus(PlanStatus planStatus) {
            this.planStatus = planStatus;
            return this;
        }

        /** The date the request was made. */
        public Builder requestDate(LocalDate requestDate) {
            this.requestDate = requestDate;
            return this;
        }

        /** True if the annual review paperwork ticks ESN and attaches the ESN form. */
        public Builder linkedToAnnualReview(boolean linkedToAnnualReview) {
            this.linkedToAnnualReview = linkedToAnnualReview;
            return this;
        }

        /** The date the next annual review is due (may be past if it is overdue). */
        public Builder annualReviewDue(LocalDate annualReviewDue) {
            this.annualReviewDue = annualReviewDue;
            return this;
        }

        /** The date from which the school asks for the support to be funded. */
        public Builder supportFrom(LocalDate supportFrom) {
            this.supportFrom = supportFrom;
            return this;
        }

        /** A significant change in the child's needs or behaviour. */
        public Builder significantChangeInNeed(boolean significantChangeInNeed) {
            this.significantChangeInNeed = significantChangeInNeed;
            return this;
        }

        /** Intensive short-to-medium-term intervention with a clear, time-limited outcome. */
        public Builder timeLimitedOutcome(boolean timeLimitedOutcome) {
            this.timeLimitedOutcome = timeLimitedOutcome;
            return this;
        }

        /** Specialist support or equipment needed for an extended period (the exception). */
        public Builder extendedNeedException(boolean extendedNeedException) {
            this.extendedNeedException = extendedNeedException;
            return this;
        }

        /** Kinds of professional external to the school involved, each at most once; may be empty. */
        public Builder externalProfessionals(List<ExternalProfessional> externalProfessionals) {
            this.externalProfessionals = externalProfessionals;
            return this;
        }

        /** The end date of an ESN agreement already in place, if it was agreed with one. */
        public Builder existingEsnUntil(LocalDate existingEsnUntil) {
            this.existingEsnUntil = existingEsnUntil;
            return this;
        }

        /** The request supports a transition to a new placement. */
        public Builder placementTransition(boolean placementTransition) {
            this.placementTransition = placementTransition;
            return this;
        }

        /** Evidence for ESN is in the governing body response. */
        public Builder governingBodyResponseEvidence(boolean governingBodyResponseEvidence) {
            this.governingBodyResponseEvidence = governingBodyResponseEvidence;
            return this;
        }

        /** Optional: the day the review that considers the request is held or booked (the early review once it is called, or an overdue annual review); on or after {@code requestDate}. Without it the annual review's due date is used, and an early review not yet called gives no deadline. */
        public Builder reviewDate(LocalDate reviewDate) {
            this.reviewDate = reviewDate;
            return this;
        }

        /** Optional: true when an ESN agreement is already in place; with no {@code existingEsnUntil} it runs until the next review is due. Absent, it is read from {@code existingEsnUntil}; false with an end date is refused. */
        public Builder existingEsnInPlace(Boolean existingEsnInPlace) {
            this.existingEsnInPlace = existingEsnInPlace;
            return this;
        }

        /**
         * The case, checked.
         *
         * @throws org.senrules.core.InvalidRequestException naming every violation (paths {@code case.<field>}),
         *                                                   as deciding the same case from JSON would
         */
        public EsnCase build() {
            java.util.List<String> unset = new java.util.ArrayList<>();
            if (linkedToAnnualReview == null) {
                unset.add("linkedToAnnualReview");
            }
            if (significantChangeInNeed == null) {
                unset.add("significantChangeInNeed");
            }
            if (timeLimitedOutcome == null) {
                unset.add("timeLimitedOutcome");
            }
            if (extendedNeedException == null) {
                unset.add("extendedNeedException");
            }
            if (placementTransition == null) {
                unset.add("placementTransition");
            }
            if (governingBodyResponseEvidence == null) {
                unset.add("governingBodyResponseEvidence");
            }
            return org.senrules.core.spi.CaseChecks.checked(new EsnCase(this), unset);
        }
    }}
