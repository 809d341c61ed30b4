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
}
