package org.senrules.funding.mainstream;

import java.util.List;
import java.util.Objects;
import org.senrules.core.ApiStatus;
import org.senrules.core.domain.Phase;
import org.senrules.core.domain.PlanStatus;
import org.senrules.core.domain.Setting;
import org.senrules.core.spi.CaseFields;
import org.senrules.core.spi.CaseInput;
import org.senrules.core.spi.Violations;
import org.senrules.oag.ProvisionLine;

/**
 * A case of the {@code mainstream-top-up} rule set: the provision written in section F of an
 * EHCP, or in the provision section of an SSPP (plan status {@code SEN_SUPPORT}), costed in
 * Support Units, for a pupil in an early-years setting, nursery school, mainstream school or
 * resource base.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class MainstreamTopUpCase implements CaseInput {
    private static final CaseFields<MainstreamTopUpCase> FIELDS = CaseFields.declare(MainstreamTopUpCase.class, Builder::new, MainstreamTopUpCase::new)
            .field("caseId", String.class, MainstreamTopUpCase::caseId, Builder::caseId)
            .field("planStatus", PlanStatus.class, MainstreamTopUpCase::planStatus, Builder::planStatus)
            .field("setting", Setting.class, MainstreamTopUpCase::setting, Builder::setting)
            .field("phase", Phase.class, MainstreamTopUpCase::phase, Builder::phase)
            .list("provision", ProvisionLine.class, MainstreamTopUpCase::provision, Builder::provision)
            .done();

    private final String caseId;
    private final PlanStatus planStatus;
    private final Setting setting;
    private final Phase phase;
    private final List<ProvisionLine> provision;

    private MainstreamTopUpCase(Builder b) {
        String caseId = b.caseId;
        PlanStatus planStatus = b.planStatus;
        Setting setting = b.setting;
        Phase phase = b.phase;
        List<ProvisionLine> provision = b.provision;
        provision = provision == null ? null : List.copyOf(provision);
        this.caseId = caseId;
        this.planStatus = planStatus;
        this.setting = setting;
        this.phase = phase;
        this.provision = provision;
    }

    /** The fields of the JSON case, in contract order, with their constraints: how the engine reads and checks the case. */
    public static CaseFields<MainstreamTopUpCase> fields() {
        return FIELDS;
    }

    /** The pseudonymous case id. */
    public String caseId() {
        return caseId;
    }

    /** {@code EHCP}, or {@code SEN_SUPPORT} for a pupil with an SSPP. */
    public PlanStatus planStatus() {
        return planStatus;
    }

    /** The kind of setting the pupil attends. */
    public Setting setting() {
        return setting;
    }

    /** The pupil's phase, which decides what is ordinarily available. */
    public Phase phase() {
        return phase;
    }

    /** The plan's provision lines, in plan order. */
    public List<ProvisionLine> provision() {
        return provision;
    }

    /**
     * Refuses an early-years setting or nursery school outside the early-years phase. (An
     * {@code oagItem} the engine's OAG catalogue does not hold is refused by the rule set's
     * case check, at {@code provision[i].oagItem}.)
     */
    @Override
    public void checkConsistency(Violations violations) {
        if ((setting == Setting.EARLY_YEARS_SETTING || setting == Setting.NURSERY_SCHOOL) && phase != Phase.EARLY_YEARS) {
            violations.add("phase", "must be EARLY_YEARS for an early-years setting or a nursery school, not " + phase);
        }
    }

    @Override
    public String toString() {
        return "MainstreamTopUpCase[" + caseId + "]";
    }

    /** Equal when every field is equal, as for a record. */
    @Override
    public boolean equals(Object o) {
        return o instanceof MainstreamTopUpCase other
                && Objects.equals(caseId, other.caseId)
                && Objects.equals(planStatus, other.planStatus)
                && Objects.equals(setting, other.setting)
                && Objects.equals(phase, other.phase)
                && Objects.equals(provision, other.provision);
    }

    @Override
    public int hashCode() {
        return Objects.hash(caseId, planStatus, setting, phase, provision);
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
            return org.senrules.core.spi.CaseChecks.checked(new MainstreamTopUpCase(this), unset);
        }
    }}
