package org.senrules.core.testpack;

import java.time.LocalDate;
import java.util.Objects;
import org.senrules.core.domain.Money;
import org.senrules.core.spi.Parameters;

/**
 * The values of {@code test-top-up} in force for one decision, as its rules match them; written
 * by hand as sen-rules-build writes a rule set's values view. Each accessor reads the value and
 * records it with the decision.
 */
public final class TestTopUpValues {
    private final Parameters p;

    public TestTopUpValues(Parameters values) {
        this.p = Objects.requireNonNull(values, "values");
    }

    /** The date the values are in force on: the decision's {@code asOf}. */
    public LocalDate asOf() {
        return p.asOf();
    }

    /** The value of one unit. */
    public Money unitValue() {
        return p.money("unitValue");
    }

    /** The most units granted, if capped; null when none. */
    public Integer unitCap() {
        return p.isSet("unitCap") ? p.integer("unitCap") : null;
    }

    @Override
    public String toString() {
        return "TestTopUpValues[" + p.policy() + ", " + p.asOf() + "]";
    }
}
