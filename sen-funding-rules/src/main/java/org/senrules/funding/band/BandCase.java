package org.senrules.funding.band;

import java.util.Objects;
import org.senrules.core.ApiStatus;
import org.senrules.core.domain.PrimaryNeed;
import org.senrules.core.domain.Setting;
import org.senrules.core.spi.CaseFields;
import org.senrules.core.spi.CaseInput;
import org.senrules.core.spi.Violations;

/**
 * A special-school place to band ({@code special-school-band}): the pupil's need classification,
 * given directly or as the census primary need, and the level of complexity chosen by best fit
 * against the descriptors.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class BandCase implements CaseInput {
    private static final CaseFields<BandCase> FIELDS = CaseFields.declare(BandCase.class, Builder::new, BandCase::new)
            .field("caseId", String.class, BandCase::caseId, Builder::caseId)
            .field("setting", Setting.class, BandCase::setting, Builder::setting)
            .field("needClassification", NeedClassification.class, BandCase::needClassification, Builder::needClassification).optional()
            .field("primaryNeed", PrimaryNeed.class, BandCase::primaryNeed, Builder::primaryNeed).optional()
            .field("complexityLevel", int.class, BandCase::complexityLevel, Builder::complexityLevel).range(1, 4)
            .done();

    private final String caseId;
    private final Setting setting;
    private final NeedClassification needClassification;
    private final PrimaryNeed primaryNeed;
    private final int complexityLevel;

    private BandCase(Builder b) {
        String caseId = b.caseId;
        Setting setting = b.setting;
        NeedClassification needClassification = b.needClassification;
        PrimaryNeed primaryNeed = b.primaryNeed;
        int complexityLevel = b.complexityLevel == null ? 0 : b.complexityLevel;
        this.caseId = caseId;
        this.setting = setting;
        this.needClassification = needClassification;
        this.primaryNeed = primaryNeed;
        this.complexityLevel = complexityLevel;
    }

    /** The fields of the JSON case, in contract order, with their constraints: how the engine reads and checks the case. */
    public static CaseFields<BandCase> fields() {
        return FIELDS;
    }

    /** Pseudonymous case id. */
    public String caseId() {
        return caseId;
    }

    /** The setting; only {@link Setting#SPECIAL_SCHOOL} is banded. */
    public Setting setting() {
        return setting;
    }

    /** The classification A–E chosen by the panel; give this or {@code primaryNeed}, not both. */
    public NeedClassification needClassification() {
        return needClassification;
    }

    /** The census primary need, mapped to A–E by the rules; give this or {@code needClassification}. */
    public PrimaryNeed primaryNeed() {
        return primaryNeed;
    }

    /** The level of complexity, 1 (lowest) to 4. */
    public int complexityLevel() {
        return complexityLevel;
    }

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

    /** Equal when every field is equal, as for a record. */
    @Override
    public boolean equals(Object o) {
        return o instanceof BandCase other
                && Objects.equals(caseId, other.caseId)
                && Objects.equals(setting, other.setting)
                && Objects.equals(needClassification, other.needClassification)
                && Objects.equals(primaryNeed, other.primaryNeed)
                && complexityLevel == other.complexityLevel;
    }

    @Override
    public int hashCode() {
        return Objects.hash(caseId, setting, needClassification, primaryNeed, complexityLevel);
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
            return org.senrules.core.spi.CaseChecks.checked(new BandCase(this), unset);
        }
    }}
