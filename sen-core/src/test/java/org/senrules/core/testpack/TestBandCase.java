package org.senrules.core.testpack;

import org.senrules.core.spi.CaseInput;
import org.senrules.core.spi.Range;

/** The case of the engine's banding-table test rule set. */
public record TestBandCase(String caseId, String classification, @Range(min = 1, max = 4) int level) implements CaseInput {
    @Override
    public String toString() {
        return "TestBandCase[" + caseId + "]";
    }
}
