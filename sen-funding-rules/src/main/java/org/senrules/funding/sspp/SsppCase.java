package org.senrules.funding.sspp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.senrules.core.ApiStatus;
import org.senrules.core.domain.PlanStatus;
import org.senrules.core.domain.PrimaryNeed;
import org.senrules.core.domain.Setting;
import org.senrules.core.spi.CaseFields;
import org.senrules.core.spi.CaseInput;
import org.senrules.core.spi.Violations;

/**
 * A request for high-needs top-up funding through an SSPP (SEN Support Provision Plan), the case
 * of rule set {@code sspp-top-up}. Every field is a JSON case field of the contract; build one with {@link #builder()}.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class SsppCase implements CaseInput {
    private static final CaseFields<SsppCase> FIELDS = CaseFields.declare(SsppCase.class, Builder::new, SsppCase::new)
            .field("caseId", String.class, SsppCase::caseId, Builder::caseId)
            .field("planStatus", PlanStatus.class, SsppCase::planStatus, Builder::planStatus)
            .field("setting", Setting.class, SsppCase::setting, Builder::setting)
            .field("primaryNeed", PrimaryNeed.class, SsppCase::primaryNeed, Builder::primaryNeed)
            .field("parentalConsent", boolean.class, SsppCase::parentalConsent, Builder::parentalConsent)
            .field("graduatedApproachCycles", int.class, SsppCase::graduatedApproachCycles, Builder::graduatedApproachCycles).range(0, 30)
            .field("coCreatedWithSupportServices", boolean.class, SsppCase::coCreatedWithSupportServices, Builder::coCreatedWithSupportServices)
            .field("outsideAgencySupport", boolean.class, SsppCase::outsideAgencySupport, Builder::outsideAgencySupport)
            .field("discussedAtMapMeeting", boolean.class, SsppCase::discussedAtMapMeeting, Builder::discussedAtMapMeeting)
            .field("requestedSupportUnits", int.class, SsppCase::requestedSupportUnits, Builder::requestedSupportUnits).range(1, 40)
            .field("renewal", boolean.class, SsppCase::renewal, Builder::renewal)
            .list("cohorts", String.class, SsppCase::cohorts, Builder::cohorts).optional().maxLength(20)
            .field("locality", String.class, SsppCase::locality, Builder::locality).maxLength(60)
            .done();

    private final String caseId;
    private final PlanStatus planStatus;
    private final Setting setting;
    private final PrimaryNeed primaryNeed;
    private final boolean parentalConsent;
    private final int graduatedApproachCycles;
    private final boolean coCreatedWithSupportServices;
    private final boolean outsideAgencySupport;
    private final boolean discussedAtMapMeeting;
    private final int requestedSupportUnits;
    private final boolean renewal;
    private final List<String> cohorts;
    private final String locality;

    private SsppCase(Builder b) {
        String caseId = b.caseId;
        PlanStatus planStatus = b.planStatus;
        Setting setting = b.setting;
        PrimaryNeed primaryNeed = b.primaryNeed;
        boolean parentalConsent = b.parentalConsent != null && b.parentalConsent;
        int graduatedApproachCycles = b.graduatedApproachCycles == null ? 0 : b.graduatedApproachCycles;
        boolean coCreatedWithSupportServices = b.coCreatedWithSupportServices != null && b.coCreatedWithSupportServices;
        boolean outsideAgencySupport = b.outsideAgencySupport != null && b.outsideAgencySupport;
        boolean discussedAtMapMeeting = b.discussedAtMapMeeting != null && b.discussedAtMapMeeting;
        int requestedSupportUnits = b.requestedSupportUnits == null ? 0 : b.requestedSupportUnits;
        boolean renewal = b.renewal != null && b.renewal;
        List<String> cohorts = b.cohorts;
        String locality = b.locality;
        cohorts = cohorts == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(cohorts));
        this.caseId = caseId;
        this.planStatus = planStatus;
        this.setting = setting;
        this.primaryNeed = primaryNeed;
        this.parentalConsent = parentalConsent;
        this.graduatedApproachCycles = graduatedApproachCycles;
        this.coCreatedWithSupportServices = coCreatedWithSupportServices;
        this.outsideAgencySupport = outsideAgencySupport;
        this.discussedAtMapMeeting = discussedAtMapMeeting;
        this.requestedSupportUnits = requestedSupportUnits;
        this.renewal = renewal;
        this.cohorts = cohorts;
        this.locality = locality;
    }

    /** The fields of the JSON case, in contract order, with their constraints: how the engine reads and checks the case. */
    public static CaseFields<SsppCase> fields() {
        return FIELDS;
    }

    /** Pseudonymous case id, such as {@code "P-0001"}; never a name. */
    public String caseId() {
        return caseId;
    }

    /** {@code SEN_SUPPORT}, or {@code EHCP} if a plan is already in place. */
    public PlanStatus planStatus() {
        return planStatus;
    }

    /** The kind of setting the pupil attends. */
    public Setting setting() {
        return setting;
    }

    /** The census primary need; gives the main area of need and so the decision group. */
    public PrimaryNeed primaryNeed() {
        return primaryNeed;
    }

    /** Whether parental permission for information sharing is recorded. */
    public boolean parentalConsent() {
        return parentalConsent;
    }

    /** Completed assess–plan–do–review cycles, 0 to 30. */
    public int graduatedApproachCycles() {
        return graduatedApproachCycles;
    }

    /** Whether the plan was co-created with the council's SEN support services. */
    public boolean coCreatedWithSupportServices() {
        return coCreatedWithSupportServices;
    }

    /** Whether the outside agencies involved support the request. */
    public boolean outsideAgencySupport() {
        return outsideAgencySupport;
    }

    /** Whether the case was discussed at the school's multi-agency planning meeting. */
    public boolean discussedAtMapMeeting() {
        return discussedAtMapMeeting;
    }

    /** The Support Units judged necessary for the provision in the plan, 1 to 40. */
    public int requestedSupportUnits() {
        return requestedSupportUnits;
    }

    /** Whether this request renews an SSPP top-up that is ending. */
    public boolean renewal() {
        return renewal;
    }

    /** The targeted cohorts the pupil belongs to, by the council's names; may be empty or absent (read as empty); at most 20. */
    public List<String> cohorts() {
        return cohorts;
    }

    /** The locality of the pupil's setting, by the council's name (letters, digits, spaces, hyphens, apostrophes, ampersands; at most 60 characters). */
    public String locality() {
        return locality;
    }

    /*
     * Cohort and locality names are matched against council parameters and the locality ends up in
     * the outcome's decision group ("LOCALITY:<name>"), so they are restricted to name characters
     * rather than arbitrary text.
     */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 '&_-]*");

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

    /** Equal when every field is equal, as for a record. */
    @Override
    public boolean equals(Object o) {
        return o instanceof SsppCase other
                && Objects.equals(caseId, other.caseId)
                && Objects.equals(planStatus, other.planStatus)
                && Objects.equals(setting, other.setting)
                && Objects.equals(primaryNeed, other.primaryNeed)
                && parentalConsent == other.parentalConsent
                && graduatedApproachCycles == other.graduatedApproachCycles
                && coCreatedWithSupportServices == other.coCreatedWithSupportServices
                && outsideAgencySupport == other.outsideAgencySupport
                && discussedAtMapMeeting == other.discussedAtMapMeeting
                && requestedSupportUnits == other.requestedSupportUnits
                && renewal == other.renewal
                && Objects.equals(cohorts, other.cohorts)
                && Objects.equals(locality, other.locality);
    }

    @Override
    public int hashCode() {
        return Objects.hash(caseId, planStatus, setting, primaryNeed, parentalConsent, graduatedApproachCycles, coCreatedWithSupportServices, outsideAgencySupport, discussedAtMapMeeting, requestedSupportUnits, renewal, cohorts, locality);
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
            return org.senrules.core.spi.CaseChecks.checked(new SsppCase(this), unset);
        }
    }}
