package org.senrules.funding.esn;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.senrules.core.ApiStatus;
import org.senrules.core.domain.PlanStatus;
import org.senrules.core.domain.Setting;
import org.senrules.core.spi.CaseInput;
import org.senrules.core.spi.MaxLength;
import org.senrules.core.spi.OptionalField;
import org.senrules.core.spi.Violations;

/**
 * An Exceptional Special Needs (ESN) funding request ({@code esn-request}).
 *
 * @param caseId                         pseudonymous case id
 * @param setting                        the pupil's setting; special schools and mainstream schools, with their resource bases, can request ESN
 * @param planStatus                     the pupil's plan; ESN goes with the EHCP annual review, so an EHCP is needed
 * @param requestDate                    the date the request was made
 * @param linkedToAnnualReview           true if the annual review paperwork ticks ESN and attaches the ESN form
 * @param annualReviewDue                the date the next annual review is due (may be past if it is overdue)
 * @param supportFrom                    the date from which the school asks for the support to be funded
 * @param significantChangeInNeed        a significant change in the child's needs or behaviour
 * @param timeLimitedOutcome             intensive short-to-medium-term intervention with a clear, time-limited outcome
 * @param extendedNeedException          specialist support or equipment needed for an extended period (the exception)
 * @param externalProfessionals          kinds of professional external to the school involved, each at most once; may be empty
 * @param existingEsnUntil               the end date of an ESN agreement already in place, if it was agreed with one
 * @param placementTransition            the request supports a transition to a new placement
 * @param governingBodyResponseEvidence  evidence for ESN is in the governing body response
 * @param reviewDate                     optional: the day the review that considers the request is held or booked
 *                                       (the early review once it is called, or an overdue annual review); on or
 *                                       after {@code requestDate}. Without it the annual review's due date is used,
 *                                       and an early review not yet called gives no deadline
 * @param existingEsnInPlace             optional: true when an ESN agreement is already in place; with no
 *                                       {@code existingEsnUntil} it runs until the next review is due. Absent, it
 *                                       is read from {@code existingEsnUntil}; false with an end date is refused
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public record EsnCase(String caseId, Setting setting, PlanStatus planStatus, LocalDate requestDate,
                      boolean linkedToAnnualReview, LocalDate annualReviewDue, LocalDate supportFrom,
                      boolean significantChangeInNeed, boolean timeLimitedOutcome, boolean extendedNeedException,
                      @MaxLength(10) List<ExternalProfessional> externalProfessionals,
                      @OptionalField LocalDate existingEsnUntil,
                      boolean placementTransition, boolean governingBodyResponseEvidence,
                      @OptionalField LocalDate reviewDate, @OptionalField Boolean existingEsnInPlace) implements CaseInput {

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
            return org.senrules.core.spi.CaseChecks.checked(new EsnCase(caseId,
                    setting,
                    planStatus,
                    requestDate,
                    linkedToAnnualReview != null && linkedToAnnualReview,
                    annualReviewDue,
                    supportFrom,
                    significantChangeInNeed != null && significantChangeInNeed,
                    timeLimitedOutcome != null && timeLimitedOutcome,
                    extendedNeedException != null && extendedNeedException,
                    externalProfessionals,
                    existingEsnUntil,
                    placementTransition != null && placementTransition,
                    governingBodyResponseEvidence != null && governingBodyResponseEvidence,
                    reviewDate,
                    existingEsnInPlace), unset);
        }
    }
}
