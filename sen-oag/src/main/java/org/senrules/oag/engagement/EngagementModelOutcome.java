package org.senrules.oag.engagement;

import java.util.List;
import org.senrules.core.ApiStatus;
import org.senrules.core.spi.Outcome;

/**
 * The outcome of {@code engagement-model}: whether the Engagement Model applies to the pupil and,
 * if it does, the five areas to assess. Filled in by the rules.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public class EngagementModelOutcome extends Outcome {
    private boolean applies;
    private List<EngagementArea> areas = List.of();

    public boolean isApplies() {
        return applies;
    }

    public void setApplies(boolean applies) {
        changing();
        this.applies = applies;
    }

    /** The areas of engagement to assess; empty when the model does not apply. */
    public List<EngagementArea> getAreas() {
        return areas;
    }

    public void setAreas(List<EngagementArea> areas) {
        changing();
        this.areas = List.copyOf(areas);
    }
}
