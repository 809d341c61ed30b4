package org.senrules.core.testpack;

/** The outcome of the engine's fail-closed test rule set: it starts not eligible. */
public class TestGrantOutcome {
    private boolean considered = true;
    private boolean eligible;
    private int units;

    public boolean isConsidered() {
        return considered;
    }

    public void setConsidered(boolean considered) {
        this.considered = considered;
    }

    public boolean isEligible() {
        return eligible;
    }

    public void setEligible(boolean eligible) {
        this.eligible = eligible;
    }

    public int getUnits() {
        return units;
    }

    public void setUnits(int units) {
        this.units = units;
    }
}
