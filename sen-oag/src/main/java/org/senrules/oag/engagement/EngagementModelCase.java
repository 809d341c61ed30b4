package org.senrules.oag.engagement;

import org.senrules.core.ApiStatus;
import org.senrules.core.spi.CaseInput;
import org.senrules.core.spi.Range;

/**
 * A case of the {@code engagement-model} rule set.
 *
 * @param caseId                         the pseudonymous case id
 * @param ncYear                         the National Curriculum year group: -1 nursery, 0 reception, 1 to 14
 * @param accessingSubjectSpecificStudy  whether the pupil is able to access subject-specific study
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public record EngagementModelCase(String caseId, @Range(min = -1, max = 14) int ncYear,
                                  boolean accessingSubjectSpecificStudy) implements CaseInput {

    @Override
    public String toString() {
        return "EngagementModelCase[" + caseId + "]";
    }
}
