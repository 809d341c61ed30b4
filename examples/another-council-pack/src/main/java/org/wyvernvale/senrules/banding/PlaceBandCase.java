package org.wyvernvale.senrules.banding;

import org.senrules.core.ApiStatus;
import org.senrules.core.domain.PrimaryNeed;
import org.senrules.core.domain.Setting;
import org.senrules.core.spi.CaseInput;
import org.senrules.core.spi.Range;

/**
 * A request to band a funded place under Wyvern Vale's single banding table.
 *
 * @param caseId      a pseudonymous case id, never a name
 * @param setting     where the place is
 * @param primaryNeed the census primary need
 * @param needLevel   the level of need on Wyvern Vale's descriptors, 1 (lowest) to 5
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public record PlaceBandCase(String caseId, Setting setting, PrimaryNeed primaryNeed,
                            @Range(min = 1, max = 5) int needLevel) implements CaseInput {

    /** Prints the case id only: cases reach logs. */
    @Override
    public String toString() {
        return "PlaceBandCase[" + caseId + "]";
    }

    /** Starts a PlaceBandCase with no field set; {@link Builder#build()} checks it as the engine checks a JSON case. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of this case, to build a changed copy. */
    public Builder toBuilder() {
        return new Builder()
                .caseId(caseId)
                .setting(setting)
                .primaryNeed(primaryNeed)
                .needLevel(needLevel);
    }

    /**
     * Builds a {@link PlaceBandCase} by named fields, the names of the JSON contract. {@link #build()} refuses a
     * required field never set, and checks the rest exactly as the engine checks a JSON case.
     */
    public static final class Builder {
        private String caseId;
        private Setting setting;
        private PrimaryNeed primaryNeed;
        private Integer needLevel;

        private Builder() {
        }

        /** A pseudonymous case id, never a name. */
        public Builder caseId(String caseId) {
            this.caseId = caseId;
            return this;
        }

        /** Where the place is. */
        public Builder setting(Setting setting) {
            this.setting = setting;
            return this;
        }

        /** The census primary need. */
        public Builder primaryNeed(PrimaryNeed primaryNeed) {
            this.primaryNeed = primaryNeed;
            return this;
        }

        /** The level of need on Wyvern Vale's descriptors, 1 (lowest) to 5. */
        public Builder needLevel(int needLevel) {
            this.needLevel = needLevel;
            return this;
        }

        /**
         * The case, checked.
         *
         * @throws org.senrules.core.InvalidRequestException naming every violation (paths {@code case.<field>}),
         *                                                   as deciding the same case from JSON would
         */
        public PlaceBandCase build() {
            java.util.List<String> unset = new java.util.ArrayList<>();
            if (needLevel == null) {
                unset.add("needLevel");
            }
            return org.senrules.core.spi.CaseChecks.checked(new PlaceBandCase(caseId,
                    setting,
                    primaryNeed,
                    needLevel == null ? 0 : needLevel), unset);
        }
    }
}
