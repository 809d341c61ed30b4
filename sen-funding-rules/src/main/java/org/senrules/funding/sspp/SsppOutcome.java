package org.senrules.funding.sspp;

import java.time.LocalDate;
import org.senrules.core.ApiStatus;
import org.senrules.core.domain.Money;
import org.senrules.core.spi.Outcome;

/**
 * The outcome of rule set {@code sspp-top-up}: whether the request could be considered, whether it
 * is eligible, which decision group decides it, and what is funded for how long. The rules fill it
 * in; embedders read it from {@code Decision.outcome(SsppOutcome.class)}.
 *
 * <p>A fresh outcome is "considered, not eligible, nothing granted": eligibility fails closed, and
 * only the grant rule, which needs every declared criterion recorded as met, makes a request
 * eligible and grants units. When a request is not
 * eligible, {@code supportUnits} is 0, {@code topUp} is {@link Money#ZERO} and the dates are
 * {@code null}.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public class SsppOutcome extends Outcome {
    private boolean considered = true;
    private boolean eligible;
    private String decisionGroup;
    private int supportUnits;
    private Money topUp = Money.ZERO;
    private LocalDate fundedFrom;
    private LocalDate fundedUntil;
    private boolean renewable;

    /** False when the request cannot be considered at all (no parental consent); nothing else is then decided. */
    public boolean isConsidered() {
        return considered;
    }

    public void setConsidered(boolean considered) {
        changing();
        this.considered = considered;
    }

    /** True when every criterion of the policy is met and units are granted. */
    public boolean isEligible() {
        return eligible;
    }

    public void setEligible(boolean eligible) {
        changing();
        this.eligible = eligible;
    }

    /**
     * The group that decides the request: an area of need ({@code "SEMH"},
     * {@code "COGNITION_AND_LEARNING"}, ...) or {@code "LOCALITY:<name>"} under locality-led
     * decisions; {@code null} when it was not considered or has no main area of need.
     */
    public String getDecisionGroup() {
        return decisionGroup;
    }

    public void setDecisionGroup(String decisionGroup) {
        changing();
        this.decisionGroup = decisionGroup;
    }

    /** The Support Units granted, after any cap; 0 when not eligible. */
    public int getSupportUnits() {
        return supportUnits;
    }

    public void setSupportUnits(int supportUnits) {
        changing();
        this.supportUnits = supportUnits;
    }

    /** The top-up: units granted × the Support Unit value for the financial year of {@code asOf}. */
    public Money getTopUp() {
        return topUp;
    }

    public void setTopUp(Money topUp) {
        changing();
        this.topUp = topUp;
    }

    /** The first day funded (the decision's {@code asOf}), or {@code null} when nothing is granted. */
    public LocalDate getFundedFrom() {
        return fundedFrom;
    }

    public void setFundedFrom(LocalDate fundedFrom) {
        changing();
        this.fundedFrom = fundedFrom;
    }

    /** The last day funded, inclusive; {@code null} when open-ended (reviewed with parents) or nothing is granted. */
    public LocalDate getFundedUntil() {
        return fundedUntil;
    }

    public void setFundedUntil(LocalDate fundedUntil) {
        changing();
        this.fundedUntil = fundedUntil;
    }

    /** Whether the funding may be renewed when it is reviewed or ends; false when nothing is granted. */
    public boolean isRenewable() {
        return renewable;
    }

    public void setRenewable(boolean renewable) {
        changing();
        this.renewable = renewable;
    }

    @Override
    public String toString() {
        return "SsppOutcome[considered=" + considered + ", eligible=" + eligible + ", decisionGroup=" + decisionGroup
                + ", supportUnits=" + supportUnits + ", topUp=" + topUp + ", fundedFrom=" + fundedFrom
                + ", fundedUntil=" + fundedUntil + ", renewable=" + renewable + "]";
    }
}
