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
 * @param setting                        the pupil's setting; only special and mainstream schools can request ESN
 * @param planStatus                     the pupil's plan; ESN goes with the EHCP annual review, so an EHCP is needed
 * @param requestDate                    the date the request was made
 * @param linkedToAnnualReview           true if the annual review paperwork ticks ESN and attaches the ESN form
 * @param annualReviewDue                the date the next annual review is due (may be past if it is overdue)
 * @param supportFrom                    the date from which the school asks for the support to be funded
 * @param significantChangeInNeed        a significant change in the child's needs or behaviour
 * @param timeLimitedOutcome             intensive short-to-medium-term intervention with a clear, time-limited outcome
 * @param extendedNeedException          specialist support or equipment needed for an extended period (the exception)
 * @param externalProfessionals          kinds of professional external to the school involved, each at most once; may be empty
 * @param existingEsnUntil               the end date of an ESN agreement already in place, if any
 * @param placementTransition            the request supports a transition to a new placement
 * @param governingBodyResponseEvidence  evidence for ESN is in the governing body response
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public record EsnCase(String caseId, Setting setting, PlanStatus planStatus, LocalDate requestDate,
                      boolean linkedToAnnualReview, LocalDate annualReviewDue, LocalDate supportFrom,
                      boolean significantChangeInNeed, boolean timeLimitedOutcome, boolean extendedNeedException,
                      @MaxLength(10) List<ExternalProfessional> externalProfessionals,
                      @OptionalField LocalDate existingEsnUntil,
                      boolean placementTransition, boolean governingBodyResponseEvidence) implements CaseInput {

    @Override
    public void checkConsistency(Violations violations) {
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
