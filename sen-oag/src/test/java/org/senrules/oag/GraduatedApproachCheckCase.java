package org.senrules.oag;

import org.senrules.core.spi.CaseFields;
import org.senrules.core.spi.CaseInput;

/** Test-only case: the evidence a rule set would pass to the shared graduated-approach rules, written as the build writes a record case. */
public record GraduatedApproachCheckCase(String caseId, int cyclesCompleted, boolean reviewedWithParents) implements CaseInput {
    private static final CaseFields<GraduatedApproachCheckCase> FIELDS = CaseFields.<GraduatedApproachCheckCase, Object[]>declare(
                    GraduatedApproachCheckCase.class, () -> new Object[3],
                    a -> new GraduatedApproachCheckCase((String) a[0], (Integer) a[1], (Boolean) a[2]))
            .field("caseId", String.class, GraduatedApproachCheckCase::caseId, (a, v) -> a[0] = v).describe("Case id", "a pseudonymous case id")
            .field("cyclesCompleted", int.class, GraduatedApproachCheckCase::cyclesCompleted, (a, v) -> a[1] = v).range(0L, 30L)
            .describe("Cycles completed", "assess-plan-do-review cycles completed, 0 to 30")
            .field("reviewedWithParents", boolean.class, GraduatedApproachCheckCase::reviewedWithParents, (a, v) -> a[2] = v)
            .describe("Reviewed with parents", "whether the plan was reviewed with the parents")
            .done();

    /** The fields of the JSON case, in contract order, with their constraints. */
    public static CaseFields<GraduatedApproachCheckCase> fields() {
        return FIELDS;
    }

    @Override
    public String toString() {
        return "GraduatedApproachCheckCase[" + caseId + "]";
    }
}
