package org.senrules.core.domain;

import org.senrules.core.ApiStatus;


/** Phases of education, as the Ordinarily Available Guidance is versioned (0–25 overall). */
@ApiStatus(ApiStatus.Level.STABLE)
public enum Phase implements Titled {
    EARLY_YEARS("early years"),
    SCHOOL_AGE("school age"),
    POST_16("post-16");

    private final String title;

    Phase(String title) {
        this.title = title;
    }

    /** The council's wording, for explanations: {@code "early years"}. */
    public String title() {
        return title;
    }
}
