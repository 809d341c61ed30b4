package org.senrules.core.testpack;

import java.time.LocalDate;
import java.util.Objects;
import org.senrules.core.spi.Parameters;

/**
 * The values of {@code test-eligibility} in force for one decision, as its rules match them;
 * written by hand as sen-rules-build writes a rule set's values view. Each accessor reads the
 * value and records it with the decision.
 */
public final class TestGrantValues {
    private final Parameters p;

    public TestGrantValues(Parameters values) {
        this.p = Objects.requireNonNull(values, "values");
    }

    /** The date the values are in force on: the decision's {@code asOf}. */
    public LocalDate asOf() {
        return p.asOf();
    }

    /** The most units granted. */
    public int unitCap() {
        return p.integer("unitCap");
    }

    @Override
    public String toString() {
        return "TestGrantValues[" + p.policy() + ", " + p.asOf() + "]";
    }
}
