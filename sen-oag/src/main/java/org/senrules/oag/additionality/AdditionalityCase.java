package org.senrules.oag.additionality;

import java.util.List;
import org.senrules.core.ApiStatus;
import org.senrules.core.domain.Phase;
import org.senrules.core.spi.CaseInput;
import org.senrules.oag.ProvisionLine;

/**
 * A case of the {@code oag-additionality} rule set: which of a plan's provision lines are
 * ordinarily available for the pupil's phase, and which are additional.
 *
 * @param caseId    the pseudonymous case id
 * @param phase     the pupil's phase of education
 * @param provision the plan's provision lines, in plan order
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public record AdditionalityCase(String caseId, Phase phase, List<ProvisionLine> provision) implements CaseInput {

    public AdditionalityCase {
        provision = provision == null ? null : List.copyOf(provision);
    }

    @Override
    public String toString() {
        return "AdditionalityCase[" + caseId + "]";
    }

    /** Starts a AdditionalityCase with no field set; {@link Builder#build()} checks it as the engine checks a JSON case. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of this case, to build a changed copy. */
    public Builder toBuilder() {
        return new Builder()
                .caseId(caseId)
                .phase(phase)
                .provision(provision);
    }

    /**
     * Builds a {@link AdditionalityCase} by named fields, the names of the JSON contract. {@link #build()} refuses a
     * required field never set, and checks the rest exactly as the engine checks a JSON case.
     */
    public static final class Builder {
        private String caseId;
        private Phase phase;
        private List<ProvisionLine> provision;

        private Builder() {
        }

        /** The pseudonymous case id. */
        public Builder caseId(String caseId) {
            this.caseId = caseId;
            return this;
        }

        /** The pupil's phase of education. */
        public Builder phase(Phase phase) {
            this.phase = phase;
            return this;
        }

        /** The plan's provision lines, in plan order. */
        public Builder provision(List<ProvisionLine> provision) {
            this.provision = provision;
            return this;
        }

        /**
         * The case, checked.
         *
         * @throws org.senrules.core.InvalidRequestException naming every violation (paths {@code case.<field>}),
         *                                                   as deciding the same case from JSON would
         */
        public AdditionalityCase build() {
            java.util.List<String> unset = new java.util.ArrayList<>();
            return org.senrules.core.spi.CaseChecks.checked(new AdditionalityCase(caseId,
                    phase,
                    provision), unset);
        }
    }
}
