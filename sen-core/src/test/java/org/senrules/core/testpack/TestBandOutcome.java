package org.senrules.core.testpack;

import org.senrules.core.domain.Money;
import org.senrules.core.spi.Outcome;
import org.senrules.core.spi.OutcomeFields;

/** The outcome of the engine's banding-table test rule set. */
public class TestBandOutcome extends Outcome {
    private static final OutcomeFields<TestBandOutcome> FIELDS = OutcomeFields.of(TestBandOutcome.class)
            .field("band", TestBandOutcome::getBand)
            .field("topUp", TestBandOutcome::getTopUp);

    private int band;
    private Money topUp = Money.ZERO;

    public int getBand() {
        return band;
    }

    public void setBand(int band) {
        changing();
        this.band = band;
    }

    public Money getTopUp() {
        return topUp;
    }

    public void setTopUp(Money topUp) {
        changing();
        this.topUp = topUp;
    }

    /** The fields of the decision JSON, in order. */
    public static OutcomeFields<TestBandOutcome> fields() {
        return FIELDS;
    }
}
