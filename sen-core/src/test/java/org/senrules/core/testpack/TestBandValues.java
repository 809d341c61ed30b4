package org.senrules.core.testpack;

import java.util.List;
import java.util.Objects;
import org.senrules.core.domain.Money;
import org.senrules.core.spi.Parameters;

/**
 * The values of the banding test rule sets in force for one decision, as their rules match them;
 * written by hand as sen-rules-build writes a rule set's values view.
 */
public final class TestBandValues {
    private final Parameters p;

    public TestBandValues(Parameters values) {
        this.p = Objects.requireNonNull(values, "values");
    }

    /** The bands of a classification, by level; null when the table has no such row. */
    public List<Integer> bandTable(String key) {
        return p.integersFor("bandTable", key);
    }

    /** The top-up of a band; null when the table has no such row. */
    public Money bandTopUp(String key) {
        return p.moneyFor("bandTopUp", key);
    }

    @Override
    public String toString() {
        return "TestBandValues[" + p.policy() + ", " + p.asOf() + "]";
    }
}
