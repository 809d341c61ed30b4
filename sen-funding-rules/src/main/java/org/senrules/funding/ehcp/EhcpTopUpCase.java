package org.senrules.funding.ehcp;

import java.util.List;
import org.senrules.core.ApiStatus;
import org.senrules.core.domain.Phase;
import org.senrules.core.domain.PrimaryNeed;
import org.senrules.core.domain.Setting;
import org.senrules.core.spi.CaseInput;
import org.senrules.core.spi.MaxLength;
import org.senrules.core.spi.OptionalField;
import org.senrules.core.spi.Range;
import org.senrules.core.spi.Violations;
import org.senrules.funding.band.NeedClassification;
import org.senrules.oag.OagCatalogue;
import org.senrules.oag.ProvisionLine;

/**
 * A case of the {@code ehcp-top-up} rule set: one pupil with an EHCP, in any setting.
 *
 * @param caseId             the pseudonymous case id
 * @param setting            the kind of setting the pupil attends, which decides the framework
 * @param phase              the pupil's phase, which decides what is ordinarily available
 * @param needClassification the classification A–E chosen by the panel; optional when {@code primaryNeed} is given
 * @param primaryNeed        the census primary need, mapped to A–E when no classification is given; optional
 *                           when {@code needClassification} is given
 * @param complexityLevel    the level of complexity on the descriptors, 1 (lowest) to 4
 * @param provision          the provision lines of section F, in plan order (empty or absent: none)
 * @param ncYear             the National Curriculum year, -2 (nursery) to 14
 * @param locality           the locality of the pupil's setting, by the council's name
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public record EhcpTopUpCase(String caseId, Setting setting, Phase phase,
                            @OptionalField NeedClassification needClassification,
                            @OptionalField PrimaryNeed primaryNeed,
                            @Range(min = 1, max = 4) int complexityLevel,
                            @OptionalField @MaxLength(60) List<ProvisionLine> provision,
                            @Range(min = -2, max = 14) int ncYear,
                            @MaxLength(60) String locality) implements CaseInput {

    public EhcpTopUpCase {
        provision = provision == null ? List.of() : List.copyOf(provision);
    }

    /**
     * Refuses a case with neither a classification nor a primary need, an early-years setting
     * outside the early-years phase, and an {@code oagItem} the OAG catalogue does not hold.
     */
    @Override
    public void checkConsistency(Violations violations) {
        if (needClassification == null && primaryNeed == null) {
            violations.add("needClassification", "is required unless primaryNeed is given (one of the two, or both)");
        }
        if ((setting == Setting.EARLY_YEARS_SETTING || setting == Setting.NURSERY_SCHOOL) && phase != Phase.EARLY_YEARS) {
            violations.add("phase", "must be EARLY_YEARS for an early-years setting or a nursery school, not " + phase);
        }
        OagCatalogue.configured().checkProvision(provision, "provision", violations);
    }

    @Override
    public String toString() {
        return "EhcpTopUpCase[" + caseId + "]";
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
            return org.senrules.core.spi.CaseChecks.checked(new EhcpTopUpCase(caseId,
                    setting,
                    phase,
                    needClassification,
                    primaryNeed,
                    complexityLevel == null ? 0 : complexityLevel,
                    provision,
                    ncYear == null ? 0 : ncYear,
                    locality), unset);
        }
    }
}
