package org.senrules.core.domain;

import org.senrules.core.ApiStatus;


/**
 * The four broad areas of need of the SEND Code of Practice, as used by Birmingham's decision
 * groups. The banding review splits Sensory and/or Physical further; see
 * {@code NeedClassification} in the funding pack for that finer split.
 */
@ApiStatus(ApiStatus.Level.STABLE)
public enum AreaOfNeed implements Titled {
    COMMUNICATION_AND_INTERACTION("Communication and Interaction"),
    COGNITION_AND_LEARNING("Cognition and Learning"),
    SEMH("Social, Emotional and Mental Health"),
    SENSORY_AND_PHYSICAL("Sensory and/or Physical");

    private final String title;

    AreaOfNeed(String title) {
        this.title = title;
    }

    /** The council's wording, for explanations. */
    public String title() {
        return title;
    }
}
