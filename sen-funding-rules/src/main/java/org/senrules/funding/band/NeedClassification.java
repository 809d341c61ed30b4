package org.senrules.funding.band;

import org.senrules.core.ApiStatus;
import org.senrules.core.domain.Titled;

/**
 * The primary need classification of Birmingham's special-school banded descriptors, A to E.
 * It splits the Code of Practice's "Sensory and/or Physical" area into Sensory (D) and
 * Physical (E), as the banding review does.
 *
 * <p>How a census {@link org.senrules.core.domain.PrimaryNeed} maps to a classification is a
 * parameter table ({@code needClassification} of the shared values {@code top-up-frameworks}),
 * checked when the engine starts, so a council changes it without touching rules or Java.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public enum NeedClassification implements Titled {
    /** Speech, Language and Communication (census SLCN and ASD). */
    A("Speech, Language & Communication"),
    /** Cognition and Learning (census SPLD, MLD, SLD, PMLD). */
    B("Cognition & Learning"),
    /** Social, Emotional and Mental Health (census SEMH). */
    C("Social, Emotional and Mental Health"),
    /** Sensory (census HI, VI, MSI). */
    D("Sensory"),
    /** Physical (census PD). */
    E("Physical");

    private final String title;

    NeedClassification(String title) {
        this.title = title;
    }

    /** The descriptors' wording, for explanations: what a reason writes for {@code {classification|title}}. */
    @Override
    public String title() {
        return title;
    }
}
