package org.senrules.funding.forecast;

import org.senrules.core.ApiStatus;
import org.senrules.core.domain.Money;
import org.senrules.core.spi.Outcome;

/**
 * The outcome of {@code high-needs-forecast}, in pounds. Money may be negative: a negative
 * variance is an underspend, a negative reserve a deficit, a negative movement an improvement.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public class ForecastOutcome extends Outcome {
    private Integer latestQuarter;
    private Money latestOutturn;
    private Money variance;
    private Money cumulativeReserve;
    private Integer previousQuarter;
    private Money movementSinceLastQuarter;
    private boolean overspend;
    private boolean reserveExhausted;
    private Money pressuresTotal;
    private boolean asOfInFinancialYear = true;

    /** The latest quarter forecast, whose outturn the variance uses. */
    public Integer getLatestQuarter() {
        return latestQuarter;
    }

    public void setLatestQuarter(Integer latestQuarter) {
        changing();
        this.latestQuarter = latestQuarter;
    }

    /** The latest quarter's forecast outturn. */
    public Money getLatestOutturn() {
        return latestOutturn;
    }

    public void setLatestOutturn(Money latestOutturn) {
        changing();
        this.latestOutturn = latestOutturn;
    }

    /** Latest forecast outturn minus budget: positive is an overspend. */
    public Money getVariance() {
        return variance;
    }

    public void setVariance(Money variance) {
        changing();
        this.variance = variance;
    }

    /** Brought forward minus variance: the reserve forecast at the end of the year. */
    public Money getCumulativeReserve() {
        return cumulativeReserve;
    }

    public void setCumulativeReserve(Money cumulativeReserve) {
        changing();
        this.cumulativeReserve = cumulativeReserve;
    }

    /** The quarter the movement is measured from; {@code null} when only one quarter is given. */
    public Integer getPreviousQuarter() {
        return previousQuarter;
    }

    public void setPreviousQuarter(Integer previousQuarter) {
        changing();
        this.previousQuarter = previousQuarter;
    }

    /** Latest outturn minus the previous quarter's; {@code null} when only one quarter is given. */
    public Money getMovementSinceLastQuarter() {
        return movementSinceLastQuarter;
    }

    public void setMovementSinceLastQuarter(Money movementSinceLastQuarter) {
        changing();
        this.movementSinceLastQuarter = movementSinceLastQuarter;
    }

    /** True when the variance is above zero. */
    public boolean isOverspend() {
        return overspend;
    }

    public void setOverspend(boolean overspend) {
        changing();
        this.overspend = overspend;
    }

    /** True when the forecast leaves no reserve at the end of the year (zero or a deficit). */
    public boolean isReserveExhausted() {
        return reserveExhausted;
    }

    public void setReserveExhausted(boolean reserveExhausted) {
        changing();
        this.reserveExhausted = reserveExhausted;
    }

    /** The sum of the pressures listed; {@code null} when none is listed. */
    public Money getPressuresTotal() {
        return pressuresTotal;
    }

    public void setPressuresTotal(Money pressuresTotal) {
        changing();
        this.pressuresTotal = pressuresTotal;
    }

    /**
     * False when the decision date falls outside the forecast's financial year (a 2025-26 forecast
     * decided for a day in 2027): the figures are still worked out, with a warning.
     */
    public boolean isAsOfInFinancialYear() {
        return asOfInFinancialYear;
    }

    public void setAsOfInFinancialYear(boolean asOfInFinancialYear) {
        changing();
        this.asOfInFinancialYear = asOfInFinancialYear;
    }
}
