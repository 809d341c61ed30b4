package org.senrules.funding.mainstream;

import java.util.List;
import org.senrules.core.ApiStatus;
import org.senrules.core.domain.Phase;
import org.senrules.core.domain.PlanStatus;
import org.senrules.core.domain.Setting;
import org.senrules.core.spi.CaseInput;
import org.senrules.core.spi.Violations;
import org.senrules.oag.OagCatalogue;
import org.senrules.oag.ProvisionLine;

/**
 * A case of the {@code mainstream-top-up} rule set: the provision written in section F of an
 * EHCP, or in the provision section of an SSPP (plan status {@code SEN_SUPPORT}), costed in
 * Support Units, for a pupil in an early-years setting, nursery school, mainstream school or
 * resource base.
 *
 * @param caseId     the pseudonymous case id
 * @param planStatus {@code EHCP}, or {@code SEN_SUPPORT} for a pupil with an SSPP
 * @param setting    the kind of setting the pupil attends
 * @param phase      the pupil's phase, which decides what is ordinarily available
 * @param provision  the plan's provision lines, in plan order
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public record MainstreamTopUpCase(String caseId, PlanStatus planStatus, Setting setting, Phase phase,
                                  List<ProvisionLine> provision) implements CaseInput {

    public MainstreamTopUpCase {
        provision = provision == null ? null : List.copyOf(provision);
    }

    /**
     * Refuses an early-years setting or nursery school outside the early-years phase, and any
     * {@code oagItem} the OAG catalogue in use does not hold ({@code provision[i].oagItem}).
     */
    @Override
    public void checkConsistency(Violations violations) {
        if ((setting == Setting.EARLY_YEARS_SETTING || setting == Setting.NURSERY_SCHOOL) && phase != Phase.EARLY_YEARS) {
            violations.add("phase", "must be EARLY_YEARS for an early-years setting or a nursery school, not " + phase);
        }
        OagCatalogue.configured().checkProvision(provision, "provision", violations);
    }

    @Override
    public String toString() {
        return "MainstreamTopUpCase[" + caseId + "]";
    }

    /** Starts a MainstreamTopUpCase with no field set; {@link Builder#build()} checks it as the engine checks a JSON case. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of this case, to build a changed copy. */
    public Builder toBuilder() {
        return new Builder()
                .caseId(caseId)
                .planStatus(planStatus)
                .setting(setting)
                .phase(phase)
                .provision(provision);
    }

    /**
     * Builds a {@link MainstreamTopUpCase} by named fields, the names of the JSON contract. {@link #build()} refuses a
     * required field never set, and checks the rest exactly as the engine checks a JSON case.
     */
    public static final class Builder {
        private String caseId;
        private PlanStatus planStatus;
        private Setting setting;
        private Phase phase;
        private List<ProvisionLine> provision;

        private Builder() {
        }

        /** The pseudonymous case id. */
        public Builder caseId(String caseId) {
            this.caseId = caseId;
            return this;
        }

        /** {@code EHCP}, or {@code SEN_SUPPORT} for a pupil with an SSPP. */
        public Builder planStatus(PlanStatus planStatus) {
            this.planStatus = planStatus;
            return this;
        }

        /** The kind of setting the pupil attends. */
        public Builder setting(Setting setting) {
            this.setting = setting;
            return this;
        }

        /** The pupil's phase, which decides what is ordinarily available. */
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
        public MainstreamTopUpCase build() {
            java.util.List<String> unset = new java.util.ArrayList<>();
            return org.senrules.core.spi.CaseChecks.checked(new MainstreamTopUpCase(caseId,
                    planStatus,
                    setting,
                    phase,
                    provision), unset);
        }
    }
}
