package org.senrules.funding.ehcp;

import java.util.List;
import java.util.Objects;
import org.senrules.core.ApiStatus;
import org.senrules.core.domain.Phase;
import org.senrules.core.domain.PrimaryNeed;
import org.senrules.core.domain.Setting;
import org.senrules.core.spi.CaseFields;
import org.senrules.core.spi.CaseInput;
import org.senrules.core.spi.Violations;
import org.senrules.funding.band.NeedClassification;
import org.senrules.oag.ProvisionLine;

/**
 * A case of the {@code ehcp-top-up} rule set: one pupil with an EHCP, in any setting.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class EhcpTopUpCase implements CaseInput {
    private static final CaseFields<EhcpTopUpCase> FIELDS = CaseFields.declare(EhcpTopUpCase.class, Builder::new, EhcpTopUpCase::new)
            .field("caseId", String.class, EhcpTopUpCase::caseId, Builder::caseId)
            .field("setting", Setting.class, EhcpTopUpCase::setting, Builder::setting)
            .field("phase", Phase.class, EhcpTopUpCase::phase, Builder::phase)
            .field("needClassification", NeedClassification.class, EhcpTopUpCase::needClassification, Builder::needClassification).optional()
            .field("primaryNeed", PrimaryNeed.class, EhcpTopUpCase::primaryNeed, Builder::primaryNeed).optional()
            .field("complexityLevel", int.class, EhcpTopUpCase::complexityLevel, Builder::complexityLevel).range(1, 4)
            .list("provision", ProvisionLine.class, EhcpTopUpCase::provision, Builder::provision).optional().maxLength(60)
            .field("ncYear", int.class, EhcpTopUpCase::ncYear, Builder::ncYear).range(-2, 14)
            .field("locality", String.class, EhcpTopUpCase::locality, Builder::locality).maxLength(60)
            .done();

    private final String caseId;
    private final Setting setting;
    private final Phase phase;
    private final NeedClassification needClassification;
    private final PrimaryNeed primaryNeed;
    private final int complexityLevel;
    private final List<ProvisionLine> provision;
    private final int ncYear;
    private final String locality;

    private EhcpTopUpCase(Builder b) {
        String caseId = b.caseId;
        Setting setting = b.setting;
        Phase phase = b.phase;
        NeedClassification needClassification = b.needClassification;
        PrimaryNeed primaryNeed = b.primaryNeed;
        int complexityLevel = b.complexityLevel == null ? 0 : b.complexityLevel;
        List<ProvisionLine> provision = b.provision;
        int ncYear = b.ncYear == null ? 0 : b.ncYear;
        String locality = b.locality;
        provision = provision == null ? List.of() : List.copyOf(provision);
        this.caseId = caseId;
        this.setting = setting;
        this.phase = phase;
        this.needClassification = needClassification;
        this.primaryNeed = primaryNeed;
        this.complexityLevel = complexityLevel;
        this.provision = provision;
        this.ncYear = ncYear;
        this.locality = locality;
    }

    /** The fields of the JSON case, in contract order, with their constraints: how the engine reads and checks the case. */
    public static CaseFields<EhcpTopUpCase> fields() {
        return FIELDS;
    }

    /** The pseudonymous case id. */
    public String caseId() {
        return caseId;
    }

    /** The kind of setting the pupil attends, which decides the framework. */
    public Setting setting() {
        return setting;
    }

    /** The pupil's phase, which decides what is ordinarily available. */
    public Phase phase() {
        return phase;
    }

    /** The classification A–E chosen by the panel; optional when {@code primaryNeed} is given. */
    public NeedClassification needClassification() {
        return needClassification;
    }

    /** The census primary need, mapped to A–E when no classification is given; optional when {@code needClassification} is given. */
    public PrimaryNeed primaryNeed() {
        return primaryNeed;
    }

    /** The level of complexity on the descriptors, 1 (lowest) to 4. */
    public int complexityLevel() {
        return complexityLevel;
    }

    /** The provision lines of section F, in plan order (empty or absent: none). */
    public List<ProvisionLine> provision() {
        return provision;
    }

    /** The National Curriculum year, -2 (nursery) to 14. */
    public int ncYear() {
        return ncYear;
    }

    /** The locality of the pupil's setting, by the council's name. */
    public String locality() {
        return locality;
    }

    /**
     * Refuses a case with neither a classification nor a primary need, an early-years setting
     * outside the early-years phase. (An {@code oagItem} the engine's OAG catalogue does not hold
     * is refused by the rule set's case check.)
     */
    @Override
    public void checkConsistency(Violations violations) {
        if (needClassification == null && primaryNeed == null) {
            violations.add("needClassification", "is required unless primaryNeed is given (one of the two, or both)");
        }
        if ((setting == Setting.EARLY_YEARS_SETTING || setting == Setting.NURSERY_SCHOOL) && phase != Phase.EARLY_YEARS) {
            violations.add("phase", "must be EARLY_YEARS for an early-years setting or a nursery school, not " + phase);
        }
    }

    @Override
    public String toString() {
        return "EhcpTopUpCase[" + caseId + "]";
    }

    /** Equal when every field is equal, as for a record. */
    @Override
    public boolean equals(Object o) {
        return o instanceof EhcpTopUpCase other
                && Objects.equals(caseId, other.caseId)
                && Objects.equals(setting, other.setting)
                && Objects.equals(phase, other.phase)
                && Objects.equals(needClassification, other.needClassification)
                && Objects.equals(primaryNeed, other.primaryNeed)
                && complexityLevel == other.complexityLevel
                && Objects.equals(provision, other.provision)
                && ncYear == other.ncYear
                && Objects.equals(locality, other.locality);
    }

    @Override
    public int hashCode() {
        return Objects.hash(caseId, setting, phase, needClassification, primaryNeed, complexityLevel, provision, ncYear, locality);
    }

    /** Starts a EhcpTopUpCase with no field set; {@link Builder#build()} checks it as the engine checks a JSON case. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of this case, to build a changed copy. */
    public Builder toBuilder() {
        return new Builder()
                .caseId(caseId)
                .setting(setting)
                .phase(phase)
                .needClassification(needClassification)
                .primaryNeed(primaryNeed)
                .complexityLevel(complexityLevel)
                .provision(provision)
                .ncYear(ncYear)
                .locality(locality);
    }

    /**
     * Builds a {@link EhcpTopUpCase} by named fields, the names of the JSON contract. {@link #build()} refuses a
     * required field never set, and checks the rest exactly as the engine checks a JSON case.
     */
    public static final class Builder {
        private String caseId;
        private Setting setting;
        private Phase phase;
        private NeedClassification needClassification;
        private PrimaryNeed primaryNeed;
        private Integer complexityLevel;
        private List<ProvisionLine> provision;
        private Integer ncYear;
        private String locality;

        private Builder() {
        }

        /** The pseudonymous case id. */
        public Builder caseId(String caseId) {
            this.caseId = caseId;
            return this;
        }

        /** The kind of setting the pupil attends, which decides the framework. */
        public Builder setting(Setting setting) {
            this.setting = setting;
            return this;
        }

        /** The pupil's phase, which decides what is ordinarily available. */
        public Builder phase(Phase phase) {
            this.phase = phase;
            return this;
        }

        /** The classification A–E chosen by the panel; optional when {@code primaryNeed} is given. */
        public Builder needClassification(NeedClassification needClassification) {
            this.needClassification = needClassification;
            return this;
        }

        /** The census primary need, mapped to A–E when no classification is given; optional when {@code needClassification} is given. */
        public Builder primaryNeed(PrimaryNeed primaryNeed) {
            this.primaryNeed = primaryNeed;
            return this;
        }

        /** The level of complexity on the descriptors, 1 (lowest) to 4. */
        public Builder complexityLevel(int complexityLevel) {
            this.complexityLevel = complexityLevel;
            return this;
        }

        /** The provision lines of section F, in plan order (empty or absent: none). */
        public Builder provision(List<ProvisionLine> provision) {
            this.provision = provision;
            return this;
        }

        /** The National Curriculum year, -2 (nursery) to 14. */
        public Builder ncYear(int ncYear) {
            this.ncYear = ncYear;
            return this;
        }

        /** The locality of the pupil's setting, by the council's name. */
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
        public EhcpTopUpCase build() {
            java.util.List<String> unset = new java.util.ArrayList<>();
            if (complexityLevel == null) {
                unset.add("complexityLevel");
            }
            if (ncYear == null) {
                unset.add("ncYear");
            }
            return org.senrules.core.spi.CaseChecks.checked(new EhcpTopUpCase(this), unset);
        }
    }}
