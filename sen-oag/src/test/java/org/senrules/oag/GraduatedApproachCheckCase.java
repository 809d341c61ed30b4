package org.senrules.oag;

import org.senrules.core.spi.CaseInput;

/** Test-only case: the evidence a rule set would pass to the shared graduated-approach rules. */
public record GraduatedApproachCheckCase(String caseId, int cyclesCompleted, boolean reviewedWithParents) implements CaseInput {
    @Override
    public String toString() {
        return "GraduatedApproachCheckCase[" + caseId + "]";
    }
}
