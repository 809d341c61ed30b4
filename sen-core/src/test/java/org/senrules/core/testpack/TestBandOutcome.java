package org.senrules.core.testpack;

import org.senrules.core.domain.Money;

/** The outcome of the engine's banding-table test rule set. */
public class TestBandOutcome {
    private int band;
    private Money topUp = Money.ZERO;

    public int getBand() {
        return band;
    }

    public void setBand(int band) {
        this.band = band;
    }

    public Money getTopUp() {
        return topUp;
    }

    public void setTopUp(Money topUp) {
        this.topUp = topUp;
    }
}
