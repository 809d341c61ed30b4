package org.senrules.core.testpack;

import org.senrules.core.domain.Setting;
import org.senrules.core.spi.CaseInput;
import org.senrules.core.spi.MaxLength;
import org.senrules.core.spi.OptionalField;
import org.senrules.core.spi.Range;
import org.senrules.core.spi.Violations;

/**
 * The case of the engine's own test rule set: a toy top-up request, just rich enough to exercise
 * every path of the engine.
 */
public record TestTopUpCase(String caseId, Setting setting, boolean parentalConsent,
                            @Range(min = 0, max = 40) int requestedUnits,
                            @OptionalField @Range(min = 0, max = 40) Integer minimumUnits,
                            @OptionalField @MaxLength(500) String note) implements CaseInput {

    @Override
    public void checkConsistency(Violations violations) {
        if (minimumUnits != null && minimumUnits > requestedUnits) {
            violations.add("minimumUnits", "must not be more than requestedUnits");
        }
    }

    @Override
    public String toString() {
        return "TestTopUpCase[" + caseId + "]";
    }
}
