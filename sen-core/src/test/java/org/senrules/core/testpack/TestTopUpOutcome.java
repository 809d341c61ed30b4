package org.senrules.core.testpack;

import org.senrules.core.domain.Money;
import org.senrules.core.spi.Outcome;
import org.senrules.core.spi.OutcomeFields;

/** The outcome of the engine's test rule set. */
public class TestTopUpOutcome extends Outcome {
    private static final OutcomeFields<TestTopUpOutcome> FIELDS = OutcomeFields.of(TestTopUpOutcome.class)
            .field("considered", TestTopUpOutcome::isConsidered)
            .field("units", TestTopUpOutcome::getUnits)
            .field("topUp", TestTopUpOutcome::getTopUp);

    private boolean considered = true;
    private int units;
    private Money topUp = Money.ZERO;

    public boolean isConsidered() {
        return considered;
    }

    public void setConsidered(boolean considered) {
        changing();
        this.considered = considered;
    }

    public int getUnits() {
        return units;
    }

    public void setUnits(int units) {
        changing();
        this.units = units;
    }

    public Money getTopUp() {
        return topUp;
    }

    public void setTopUp(Money topUp) {
        changing();
        this.topUp = topUp;
    }

    /** The fields of the decision JSON, in order. */
    public static OutcomeFields<TestTopUpOutcome> fields() {
        return FIELDS;
    }
}
