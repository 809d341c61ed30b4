package org.senrules.awards;

import org.senrules.core.ApiStatus;
import org.senrules.core.domain.Titled;


/**
 * The sector an organisation works in. The Scheme is open to organisations "working across
 * education, health and social care and the voluntary sector"; {@link #OTHER} is any other.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public enum Sector implements Titled {
    EDUCATION("education"),
    HEALTH("health"),
    SOCIAL_CARE("social care"),
    VOLUNTARY("voluntary"),
    /** Outside the sectors the Scheme is open to. */
    OTHER("other");

    private final String wording;

    Sector(String wording) {
        this.wording = wording;
    }

    /** The sector in words, for sentences such as "works in the social care sector". */
    public String wording() {
        return wording;
    }

    /**
     * The sector in words, for sentences: its {@link #wording()}.
     *
     * @since 1.2
     */
    @Override
    public String title() {
        return wording;
    }
}
