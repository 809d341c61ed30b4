package org.senrules.core.testpack;

import org.senrules.core.domain.Setting;
import org.senrules.core.spi.CaseFields;
import org.senrules.core.spi.CaseInput;
import org.senrules.core.spi.Violations;

/**
 * The case of the engine's own test rule sets: a toy top-up request, just rich enough to exercise
 * every path of the engine. Written by hand as sen-rules-build's TypesGenerator writes a record
 * case from {@code test-top-up.rule-set.json} (sen-core's tests cannot use the build): its fields
 * are declared once, in contract order, with their constraints.
 */
public record TestTopUpCase(String caseId, Setting setting, boolean parentalConsent, int requestedUnits, Integer minimumUnits,
                            String note) implements CaseInput {
    private static final CaseFields<TestTopUpCase> FIELDS = CaseFields.<TestTopUpCase, Object[]>declare(TestTopUpCase.class,
                    () -> new Object[6], a -> new TestTopUpCase((String) a[0], (Setting) a[1], (Boolean) a[2], (Integer) a[3],
                            (Integer) a[4], (String) a[5]))
            .field("caseId", String.class, TestTopUpCase::caseId, (a, v) -> a[0] = v).describe("Case id", "a pseudonymous case id")
            .field("setting", Setting.class, TestTopUpCase::setting, (a, v) -> a[1] = v).describe("Setting", "where the pupil is")
            .field("parentalConsent", boolean.class, TestTopUpCase::parentalConsent, (a, v) -> a[2] = v)
            .describe("Parental consent", "whether the parents consented to the request")
            .field("requestedUnits", int.class, TestTopUpCase::requestedUnits, (a, v) -> a[3] = v).range(0L, 40L)
            .describe("Requested units", "the units asked for, 0 to 40")
            .field("minimumUnits", Integer.class, TestTopUpCase::minimumUnits, (a, v) -> a[4] = v).optional().range(0L, 40L)
            .describe("Minimum units", "the fewest units that would do, 0 to 40, at most the units asked for")
            .field("note", String.class, TestTopUpCase::note, (a, v) -> a[5] = v).optional().maxLength(500)
            .describe("Note", "a note on the request, at most 500 characters")
            .done();

    /** The fields of the JSON case, in contract order, with their constraints. */
    public static CaseFields<TestTopUpCase> fields() {
        return FIELDS;
    }

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
