package org.senrules.funding.sspp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.senrules.core.ApiStatus;
import org.senrules.core.domain.PlanStatus;
import org.senrules.core.domain.PrimaryNeed;
import org.senrules.core.domain.Setting;
import org.senrules.core.spi.CaseInput;
import org.senrules.core.spi.MaxLength;
import org.senrules.core.spi.OptionalField;
import org.senrules.core.spi.Range;
import org.senrules.core.spi.Violations;

/**
 * A request for high-needs top-up funding through an SSPP (SEN Support Provision Plan), the case
 * of rule set {@code sspp-top-up}. Every component is a JSON case field of the contract.
 *
 * @param caseId                       pseudonymous case id, such as {@code "P-0001"}; never a name
 * @param planStatus                   {@code SEN_SUPPORT}, or {@code EHCP} if a plan is already in place
 * @param setting                      the kind of setting the pupil attends
 * @param primaryNeed                  the census primary need; gives the main area of need and so the decision group
 * @param parentalConsent              whether parental permission for information sharing is recorded
 * @param graduatedApproachCycles      completed assess–plan–do–review cycles, 0 to 30
 * @param coCreatedWithSupportServices whether the plan was co-created with the council's SEN support services
 * @param outsideAgencySupport         whether the outside agencies involved support the request
 * @param discussedAtMapMeeting        whether the case was discussed at the school's multi-agency planning meeting
 * @param requestedSupportUnits        the Support Units judged necessary for the provision in the plan, 1 to 40
 * @param renewal                      whether this request renews an SSPP top-up that is ending
 * @param cohorts                      the targeted cohorts the pupil belongs to, by the council's names; may be
 *                                     empty or absent (read as empty); at most 20
 * @param locality                     the locality of the pupil's setting, by the council's name (letters, digits,
 *                                     spaces, hyphens, apostrophes, ampersands; at most 60 characters)
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public record SsppCase(String caseId,
                       PlanStatus planStatus,
                       Setting setting,
                       PrimaryNeed primaryNeed,
                       boolean parentalConsent,
                       @Range(min = 0, max = 30) int graduatedApproachCycles,
                       boolean coCreatedWithSupportServices,
                       boolean outsideAgencySupport,
                       boolean discussedAtMapMeeting,
                       @Range(min = 1, max = 40) int requestedSupportUnits,
                       boolean renewal,
                       @OptionalField @MaxLength(20) List<String> cohorts,
                       @MaxLength(60) String locality) implements CaseInput {

    /*
     * Cohort and locality names are matched against council parameters and the locality ends up in
     * the outcome's decision group ("LOCALITY:<name>"), so they are restricted to name characters
     * rather than arbitrary text.
     */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 '&_-]*");

    /**
     * Normalises an absent cohort list (possible when built in Java) to an empty one and keeps an
     * unmodifiable copy; null items are kept so that validation can report them by index.
     */
    public SsppCase {
        cohorts = cohorts == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(cohorts));
    }

    @Override
    public void checkConsistency(Violations violations) {
        if (!NAME.matcher(locality).matches()) {
            violations.add("locality", "must be a locality name: letters, digits, spaces, hyphens, apostrophes, ampersands");
        }
        for (int i = 0; i < cohorts.size(); i++) {
            String cohort = cohorts.get(i);
            if (cohort.length() > 60 || !NAME.matcher(cohort).matches()) {
                violations.add("cohorts[" + i + "]", "must be a cohort name of at most 60 characters: letters, digits, "
                        + "spaces, hyphens, underscores, apostrophes, ampersands");
            }
        }
    }

    /** Prints the case id only: cases reach logs and exception messages. */
    @Override
    public String toString() {
        return "SsppCase[" + caseId + "]";
    }

    /** Starts a SsppCase with no field set; {@link Builder#build()} checks it as the engine checks a JSON case. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of this case, to build a changed copy. */
    public Builder toBuilder() {
        return new Builder()
                .caseId(caseId)
                .planStatus(planStatus)
                .setting(setting)
                .primaryNeed(primaryNeed)
                .parentalConsent(parentalConsent)
                .graduatedApproachCycles(graduatedApproachCycles)
                .coCreatedWithSupportServices(coCreatedWithSupportServices)
                .outsideAgencySupport(outsideAgencySupport)
                .discussedAtMapMeeting(discussedAtMapMeeting)
                .requestedSupportUnits(requestedSupportUnits)
                .renewal(renewal)
                .cohorts(cohorts)
                .locality(locality);
    }

    /**
     * Builds a {@link SsppCase} by named fields, the names of the JSON contract. {@link #build()} refuses a
     * required field never set, and checks the rest exactly as the engine checks a JSON case.
     */
    public static final class Builder {
        private String caseId;
        private PlanStatus planStatus;
        private Setting setting;
        private PrimaryNeed primaryNeed;
        private Boolean parentalConsent;
        private Integer graduatedApproachCycles;
        private Boolean coCreatedWithSupportServices;
        private Boolean outsideAgencySupport;
        private Boolean discussedAtMapMeeting;
        private Integer requestedSupportUnits;
        private Boolean renewal;
        private List<String> cohorts;
        private String locality;

        private Builder() {
        }

        /** Pseudonymous case id, such as {@code "P-0001"}; never a name. */
        public Builder caseId(String caseId) {
            this.caseId = caseId;
            return this;
        }

        /** {@code SEN_SUPPORT}, or {@code EHCP} if a plan is already in place. */
        public Builder planStatus(PlanStatus planStatus) {
            this.planStatus = planStatus;
            return this;
        }

        /** The kind of setting the pupil attends. */
        public Builder setting(Setting setting) {
            this.setting = setting;
            return this;
        }

        /** The census primary need; gives the main area of need and so the decision group. */
        public Builder primaryNeed(PrimaryNeed primaryNeed) {
            this.primaryNeed = primaryNeed;
            return this;
        }

        /** Whether parental permission for information sharing is recorded. */
        public Builder parentalConsent(boolean parentalConsent) {
            this.parentalConsent = parentalConsent;
            return this;
        }

        /** Completed assess–plan–do–review cycles, 0 to 30. */
        public Builder graduatedApproachCycles(int graduatedApproachCycles) {
            this.graduatedApproachCycles = graduatedApproachCycles;
            return this;
        }

        /** Whether the plan was co-created with the council's SEN support services. */
        public Builder coCreatedWithSupportServices(boolean coCreatedWithSupportServices) {
            this.coCreatedWithSupportServices = coCreatedWithSupportServices;
            return this;
        }

        /** Whether the outside agencies involved support the request. */
        public Builder outsideAgencySupport(boolean outsideAgencySupport) {
            this.outsideAgencySupport = outsideAgencySupport;
            return this;
        }

        /** Whether the case was discussed at the school's multi-agency planning meeting. */
        public Builder discussedAtMapMeeting(boolean discussedAtMapMeeting) {
            this.discussedAtMapMeeting = discussedAtMapMeeting;
            return this;
        }

        /** The Support Units judged necessary for the provision in the plan, 1 to 40. */
        public Builder requestedSupportUnits(int requestedSupportUnits) {
            this.requestedSupportUnits = requestedSupportUnits;
            return this;
        }

        /** Whether this request renews an SSPP top-up that is ending. */
        public Builder renewal(boolean renewal) {
            this.renewal = renewal;
            return this;
        }

        /** The targeted cohorts the pupil belongs to, by the council's names; may be empty or absent (read as empty); at most 20. */
        public Builder cohorts(List<String> cohorts) {
            this.cohorts = cohorts;
            return this;
        }

        /** The locality of the pupil's setting, by the council's name (letters, digits, spaces, hyphens, apostrophes, ampersands; at most 60 characters). */
        public Builder locality(String locality) {
            this.locality = locality;
            return this;
        }

        /**
         * The case, checked.
         *
         * @throws org.senrules.core.InvalidRequestException naming every violation (paths {@code case.<field>}),
         *                                                   as deciding the same case from JSON would
         */
        public SsppCase build() {
            java.util.List<String> unset = new java.util.ArrayList<>();
            if (parentalConsent == null) {
                unset.add("parentalConsent");
            }
            if (graduatedApproachCycles == null) {
                unset.add("graduatedApproachCycles");
            }
            if (coCreatedWithSupportServices == null) {
                unset.add("coCreatedWithSupportServices");
            }
            if (outsideAgencySupport == null) {
                unset.add("outsideAgencySupport");
            }
            if (discussedAtMapMeeting == null) {
                unset.add("discussedAtMapMeeting");
            }
            if (requestedSupportUnits == null) {
                unset.add("requestedSupportUnits");
            }
            if (renewal == null) {
                unset.add("renewal");
            }
            return org.senrules.core.spi.CaseChecks.checked(new SsppCase(caseId,
                    planStatus,
                    setting,
                    primaryNeed,
                    parentalConsent != null && parentalConsent,
                    graduatedApproachCycles == null ? 0 : graduatedApproachCycles,
                    coCreatedWithSupportServices != null && coCreatedWithSupportServices,
                    outsideAgencySupport != null && outsideAgencySupport,
                    discussedAtMapMeeting != null && discussedAtMapMeeting,
                    requestedSupportUnits == null ? 0 : requestedSupportUnits,
                    renewal != null && renewal,
                    cohorts,
                    locality), unset);
        }
    }
}
