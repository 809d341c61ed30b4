package org.senrules.oag.additionality;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.senrules.core.ApiStatus;
import org.senrules.oag.OagArea;
import org.senrules.core.spi.Outcome;

/**
 * The outcome of {@code oag-additionality}: one classification per provision line, in line order,
 * and how many lines are additional. Filled in by the rules.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public class AdditionalityOutcome extends Outcome {
    // keyed by index, so that the result lists lines in case order whatever order the rules fire in
    private final Map<Integer, LineClassification> lines = new TreeMap<>();
    private int additionalCount;
    private boolean draftGuidance;

    /** Every line's classification, in index order. */
    public List<LineClassification> getLines() {
        return new ArrayList<>(lines.values());
    }

    /** How many lines are additional to what is ordinarily available. */
    public int getAdditionalCount() {
        return additionalCount;
    }

    /**
     * True when the lines were checked against a phase's guidance that is still a draft being
     * tested (the catalogue's {@code draft}); the reasons and a warning say so.
     */
    public boolean isDraftGuidance() {
        return draftGuidance;
    }

    public void setDraftGuidance(boolean draftGuidance) {
        changing();
        this.draftGuidance = draftGuidance;
    }

    /**
     * Records a line's classification; called by the rules, once per line.
     *
     * @throws IllegalStateException if the line was already classified, which would mean two rules overlap
     */
    public void classify(int index, boolean ordinarilyAvailable, String oagItem, OagArea area) {
        changing();
        LineClassification c = new LineClassification(index, ordinarilyAvailable, oagItem, area);
        if (lines.putIfAbsent(index, c) != null) {
            throw new IllegalStateException("provision line " + index + " was classified twice");
        }
        if (!ordinarilyAvailable) {
            additionalCount++;
        }
    }
}
