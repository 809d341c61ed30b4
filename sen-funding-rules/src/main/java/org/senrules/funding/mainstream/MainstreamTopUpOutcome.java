package org.senrules.funding.mainstream;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.senrules.core.ApiStatus;
import org.senrules.core.domain.Money;
import org.senrules.core.spi.Outcome;

/**
 * The outcome of {@code mainstream-top-up}: the Support Units that count, the lines excluded as
 * ordinarily available, and the top-up (element 3) for the financial year of the request's
 * {@code asOf}. Filled in by the rules.
 *
 * <p>When the setting is outside the Support Unit framework, {@code applicable} is false, no line
 * is counted and the top-up is zero; it starts false and the rules set it true only when every
 * criterion of the rule set is met. {@code notionalSenContribution} is the first part of
 * additional support a mainstream school meets from its own notional SEN budget (element 2),
 * reported beside the top-up, never subtracted from it; {@code null} for other settings.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public class MainstreamTopUpOutcome extends Outcome {
    // fails closed: only the grant rule, once every criterion is met, makes the place applicable
    private boolean applicable;
    private int countedUnits;
    // keyed by index, so the list follows plan order whatever order the rules fire in
    private final Map<Integer, ExcludedLine> excludedLines = new TreeMap<>();
    private Money topUp = Money.ZERO;
    private Money supportUnitValue;
    private Money notionalSenContribution;
    private final Map<Integer, Integer> counted = new TreeMap<>();

    /** False when the setting is not funded through Support Units. */
    public boolean isApplicable() {
        return applicable;
    }

    public void setApplicable(boolean applicable) {
        changing();
        this.applicable = applicable;
    }

    /** The Support Units of the lines that count. */
    public int getCountedUnits() {
        return countedUnits;
    }

    /** The lines that do not count, in plan order. */
    public List<ExcludedLine> getExcludedLines() {
        return new ArrayList<>(excludedLines.values());
    }

    /** Counted units × the unit value for the financial year; zero when nothing counts. */
    public Money getTopUp() {
        return topUp;
    }

    public void setTopUp(Money topUp) {
        changing();
        this.topUp = topUp;
    }

    /** The value of one Support Unit used, or {@code null} when not applicable. */
    public Money getSupportUnitValue() {
        return supportUnitValue;
    }

    public void setSupportUnitValue(Money supportUnitValue) {
        changing();
        this.supportUnitValue = supportUnitValue;
    }

    /** The notional SEN budget contribution (element 2) of a mainstream school, or {@code null}. */
    public Money getNotionalSenContribution() {
        return notionalSenContribution;
    }

    public void setNotionalSenContribution(Money notionalSenContribution) {
        changing();
        this.notionalSenContribution = notionalSenContribution;
    }

    /**
     * Counts a line's units; called by the rules, once per counted line.
     *
     * @throws IllegalStateException if the line was already counted or excluded (overlapping rules)
     */
    public void count(int index, int units) {
        changing();
        if (excludedLines.containsKey(index) || counted.putIfAbsent(index, units) != null) {
            throw new IllegalStateException("provision line " + index + " was decided twice");
        }
        countedUnits = Math.addExact(countedUnits, units);
    }

    /**
     * Excludes a line; called by the rules, once per excluded line.
     *
     * @throws IllegalStateException if the line was already counted or excluded (overlapping rules)
     */
    public void exclude(int index, String reason) {
        changing();
        if (counted.containsKey(index) || excludedLines.putIfAbsent(index, new ExcludedLine(index, reason)) != null) {
            throw new IllegalStateException("provision line " + index + " was decided twice");
        }
    }
}
