package org.senrules.core.domain;

/** Phases of education, as the Ordinarily Available Guidance is versioned (0–25 overall). */
public enum Phase {
    EARLY_YEARS,
    SCHOOL_AGE,
    POST_16
}
