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

    /** Starts a EngagementModelCase with no field set; {@link Builder#build()} checks it as the engine checks a JSON case. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of this case, to build a changed copy. */
    public Builder toBuilder() {
        return new Builder()
                .caseId(caseId)
                .ncYear(ncYear)
                .accessingSubjectSpecificStudy(accessingSubjectSpecificStudy);
    }

    /**
     * Builds a {@link EngagementModelCase} by named fields, the names of the JSON contract. {@link #build()} refuses a
     * required field never set, and checks the rest exactly as the engine checks a JSON case.
     */
    public static final class Builder {
        private String caseId;
        private Integer ncYear;
        private Boolean accessingSubjectSpecificStudy;

        private Builder() {
        }

        /** The pseudonymous case id. */
        public Builder caseId(String caseId) {
            this.caseId = caseId;
            return this;
        }

        /** The National Curriculum year group: -1 nursery, 0 reception, 1 to 14. */
        public Builder ncYear(int ncYear) {
            this.ncYear = ncYear;
            return this;
        }

        /** Whether the pupil is able to access subject-specific study. */
        public Builder accessingSubjectSpecificStudy(boolean accessingSubjectSpecificStudy) {
            this.accessingSubjectSpecificStudy = accessingSubjectSpecificStudy;
            return this;
        }

        /**
         * The case, checked.
         *
         * @throws org.senrules.core.InvalidRequestException naming every violation (paths {@code case.<field>}),
         *                                                   as deciding the same case from JSON would
         */
        public EngagementModelCase build() {
            java.util.List<String> unset = new java.util.ArrayList<>();
            if (ncYear == null) {
                unset.add("ncYear");
            }
            if (accessingSubjectSpecificStudy == null) {
                unset.add("accessingSubjectSpecificStudy");
            }
            return org.senrules.core.spi.CaseChecks.checked(new EngagementModelCase(caseId,
                    ncYear == null ? 0 : ncYear,
                    accessingSubjectSpecificStudy != null && accessingSubjectSpecificStudy), unset);
        }
    }
}
