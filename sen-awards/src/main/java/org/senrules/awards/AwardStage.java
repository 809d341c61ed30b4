package org.senrules.awards;

import org.senrules.core.ApiStatus;
import org.senrules.core.domain.Titled;


/**
 * The stages of the Co-production Award Scheme, lowest first. Each stage requires every stage
 * below it ("The Four Stages of the Award Scheme", SEND Noticeboard February 2024).
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public enum AwardStage implements Titled {
    /** No award held yet. */
    NONE("no award", null),
    /** Registration form committing to the SEND Co-production Framework &amp; Charter. */
    BRONZE("Bronze", "Evidence of Commitment"),
    /** A delivery plan of actions across the 4 Cs of co-production. */
    SILVER("Silver", "Evidence of Planning"),
    /** An evidence portfolio: the plan implemented and its positive impact on children and families. */
    GOLD("Gold", "Evidence of Impact"),
    /** Evidence of long-term commitment to embed co-production. */
    PLATINUM("Platinum", "Evidence of Embedding");

    private final String title;
    private final String element;

    AwardStage(String title, String element) {
        this.title = title;
        this.element = element;
    }

    /** The stage's name as the Scheme writes it, such as {@code "Gold"}. */
    @Override
    public String title() {
        return title;
    }

    /**
     * The element of the Award Scheme Criteria this stage is assessed on, such as
     * {@code "Evidence of Impact"}; {@code null} for {@link #NONE}.
     */
    public String element() {
        return element;
    }

    /** The stage above this one, or {@code null} for {@link #PLATINUM}, the highest. */
    public AwardStage next() {
        return this == PLATINUM ? null : values()[ordinal() + 1];
    }

    /** How many stages this one is above {@code other}; negative when it is below. */
    public int stepsAbove(AwardStage other) {
        return ordinal() - other.ordinal();
    }
}
