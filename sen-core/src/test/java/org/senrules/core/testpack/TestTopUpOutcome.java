package org.senrules.core.testpack;

import org.senrules.core.domain.Money;

/** The outcome of the engine's test rule set. */
public class TestTopUpOutcome {
    private boolean considered = true;
    private int units;
    private Money topUp = Money.ZERO;

    public boolean isConsidered() {
        return considered;
    }

    public void setConsidered(boolean considered) {
        this.considered = considered;
    }

    public int getUnits() {
        return units;
    }

    public void setUnits(int units) {
        this.units = units;
    }

    public Money getTopUp() {
        return topUp;
    }

    public void setTopUp(Money topUp) {
        this.topUp = topUp;
    }
}
