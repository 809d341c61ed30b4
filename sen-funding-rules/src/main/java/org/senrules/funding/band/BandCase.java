package org.senrules.funding.band;

import org.senrules.core.ApiStatus;
import org.senrules.core.domain.PrimaryNeed;
import org.senrules.core.domain.Setting;
import org.senrules.core.spi.CaseInput;
import org.senrules.core.spi.OptionalField;
import org.senrules.core.spi.Range;
import org.senrules.core.spi.Violations;

/**
 * A special-school place to band ({@code special-school-band}): the pupil's need classification,
 * given directly or as the census primary need, and the level of complexity chosen by best fit
 * against the descriptors.
 *
 * @param caseId             pseudonymous case id
 * @param setting            the setting; only {@link Setting#SPECIAL_SCHOOL} is banded
 * @param needClassification the classification A–E chosen by the panel; give this or {@code primaryNeed}, not both
 * @param primaryNeed        the census primary need, mapped to A–E by the rules; give this or {@code needClassification}
 * @param complexityLevel    the level of complexity, 1 (lowest) to 4
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public record BandCase(String caseId, Setting setting,
                       @OptionalField NeedClassification needClassification,
                       @OptionalField PrimaryNeed primaryNeed,
                       @Range(min = 1, max = 4) int complexityLevel) implements CaseInput {

    @Override
    public void checkConsistency(Violations violations) {
        if (needClassification == null && primaryNeed == null) {
            violations.add("needClassification", "is required unless primaryNeed is given (one of the two, not both)");
        } else if (needClassification != null && primaryNeed != null) {
            violations.add("primaryNeed", "must not be given together with needClassification: give one of the two");
        }
    }

    @Override
    public String toString() {
        return "BandCase[" + caseId + "]";
    }

    /** Starts a BandCase with no field set; {@link Builder#build()} checks it as the engine checks a JSON case. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of this case, to build a changed copy. */
    public Builder toBuilder() {
        return new Builder()
                .caseId(caseId)
                .setting(setting)
                .needClassification(needClassification)
                .primaryNeed(primaryNeed)
                .complexityLevel(complexityLevel);
    }

    /**
     * Builds a {@link BandCase} by named fields, the names of the JSON contract. {@link #build()} refuses a
     * required field never set, and checks the rest exactly as the engine checks a JSON case.
     */
    public static final class Builder {
        private String caseId;
        private Setting setting;
        private NeedClassification needClassification;
        private PrimaryNeed primaryNeed;
        private Integer complexityLevel;

        private Builder() {
        }

        /** Pseudonymous case id. */
        public Builder caseId(String caseId) {
            this.caseId = caseId;
            return this;
        }

        /** The setting; only {@link Setting#SPECIAL_SCHOOL} is banded. */
        public Builder setting(Setting setting) {
            this.setting = setting;
            return this;
        }

        /** The classification A–E chosen by the panel; give this or {@code primaryNeed}, not both. */
        public Builder needClassification(NeedClassification needClassification) {
            this.needClassification = needClassification;
            return this;
        }

        /** The census primary need, mapped to A–E by the rules; give this or {@code needClassification}. */
        public Builder primaryNeed(PrimaryNeed primaryNeed) {
            this.primaryNeed = primaryNeed;
            return this;
        }

        /** The level of complexity, 1 (lowest) to 4. */
        public Builder complexityLevel(int complexityLevel) {
            this.complexityLevel = complexityLevel;
            return this;
        }

        /**
         * The case, checked.
         *
         * @throws org.senrules.core.InvalidRequestException naming every violation (paths {@code case.<field>}),
         *                                                   as deciding the same case from JSON would
         */
        public BandCase build() {
            java.util.List<String> unset = new java.util.ArrayList<>();
            if (complexityLevel == null) {
                unset.add("complexityLevel");
            }
            return org.senrules.core.spi.CaseChecks.checked(new BandCase(caseId,
                    setting,
                    needClassification,
                    primaryNeed,
                    complexityLevel == null ? 0 : complexityLevel), unset);
        }
    }
}
