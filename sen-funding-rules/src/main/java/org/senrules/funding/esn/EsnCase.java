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

    /** A request without a review date and with an existing agreement known only by its end date, as in version 1.0 of the rule set. */
    public EsnCase(String caseId, Setting setting, PlanStatus planStatus, LocalDate requestDate,
                   boolean linkedToAnnualReview, LocalDate annualReviewDue, LocalDate supportFrom,
                   boolean significantChangeInNeed, boolean timeLimitedOutcome, boolean extendedNeedException,
                   List<ExternalProfessional> externalProfessionals, LocalDate existingEsnUntil,
                   boolean placementTransition, boolean governingBodyResponseEvidence) {
        this(caseId, setting, planStatus, requestDate, linkedToAnnualReview, annualReviewDue, supportFrom,
                significantChangeInNeed, timeLimitedOutcome, extendedNeedException, externalProfessionals, existingEsnUntil,
                placementTransition, governingBodyResponseEvidence, null, null);
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
}
