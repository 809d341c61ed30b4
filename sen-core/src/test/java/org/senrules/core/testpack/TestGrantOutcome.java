package org.senrules.core.testpack;

import org.senrules.core.spi.Outcome;
import org.senrules.core.spi.OutcomeFields;

/** The outcome of the engine's fail-closed test rule set: it starts not eligible. */
public class TestGrantOutcome extends Outcome {
    private static final OutcomeFields<TestGrantOutcome> FIELDS = OutcomeFields.of(TestGrantOutcome.class)
            .field("considered", TestGrantOutcome::isConsidered)
            .field("eligible", TestGrantOutcome::isEligible)
            .field("units", TestGrantOutcome::getUnits);

    private boolean considered = true;
    private boolean eligible;
    private int units;

    public boolean isConsidered() {
        return considered;
    }

    public void setConsidered(boolean considered) {
        changing();
        this.considered = considered;
    }

    public boolean isEligible() {
        return eligible;
    }

    public void setEligible(boolean eligible) {
        changing();
        this.eligible = eligible;
    }

    public int getUnits() {
        return units;
    }

    public void setUnits(int units) {
        changing();
        this.units = units;
    }

    /** The fields of the decision JSON, in order. */
    public static OutcomeFields<TestGrantOutcome> fields() {
        return FIELDS;
    }
}
