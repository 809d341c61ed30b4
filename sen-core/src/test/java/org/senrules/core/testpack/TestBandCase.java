package org.senrules.core.testpack;

import org.senrules.core.spi.CaseFields;
import org.senrules.core.spi.CaseInput;

/** The case of the engine's banding-table test rule sets, written as the build writes a record case. */
public record TestBandCase(String caseId, String classification, int level) implements CaseInput {
    private static final CaseFields<TestBandCase> FIELDS = CaseFields.<TestBandCase, Object[]>declare(TestBandCase.class,
                    () -> new Object[3], a -> new TestBandCase((String) a[0], (String) a[1], (Integer) a[2]))
            .field("caseId", String.class, TestBandCase::caseId, (a, v) -> a[0] = v).describe("Case id", "a pseudonymous case id")
            .field("classification", String.class, TestBandCase::classification, (a, v) -> a[1] = v)
            .describe("Classification", "the row of the banding table")
            .field("level", int.class, TestBandCase::level, (a, v) -> a[2] = v).range(1L, 4L).describe("Level", "the level of need, 1 to 4")
            .done();

    /** The fields of the JSON case, in contract order, with their constraints. */
    public static CaseFields<TestBandCase> fields() {
        return FIELDS;
    }

    @Override
    public String toString() {
        return "TestBandCase[" + caseId + "]";
    }
}
