package org.senrules.funding.mainstream;

import java.util.List;
import org.senrules.core.ApiStatus;
import org.senrules.core.domain.Phase;
import org.senrules.core.domain.PlanStatus;
import org.senrules.core.domain.Setting;
import org.senrules.core.spi.CaseInput;
import org.senrules.core.spi.Violations;
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
}
