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
}
