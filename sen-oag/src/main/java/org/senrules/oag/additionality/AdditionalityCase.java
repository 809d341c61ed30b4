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
}
