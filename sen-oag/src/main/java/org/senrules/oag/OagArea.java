package org.senrules.oag;

import org.senrules.core.ApiStatus;
import org.senrules.core.domain.AreaOfNeed;
import org.senrules.core.domain.Titled;

/**
 * The areas of need that Section Two of the Ordinarily Available Guidance is organised by, each
 * with the broad area of need (SEND Code of Practice) it belongs to. Autism and speech, language
 * and communication both sit within communication and interaction.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public enum OagArea implements Titled {
    AUTISM("Autism", AreaOfNeed.COMMUNICATION_AND_INTERACTION),
    COGNITION_AND_LEARNING("Cognition and Learning", AreaOfNeed.COGNITION_AND_LEARNING),
    SPEECH_LANGUAGE_AND_COMMUNICATION("Speech, Language and Communication", AreaOfNeed.COMMUNICATION_AND_INTERACTION),
    SEMH("Social, Emotional and Mental Health", AreaOfNeed.SEMH),
    PHYSICAL_AND_SENSORY("Physical and Sensory", AreaOfNeed.SENSORY_AND_PHYSICAL);

    private final String title;
    private final AreaOfNeed areaOfNeed;

    OagArea(String title, AreaOfNeed areaOfNeed) {
        this.title = title;
        this.areaOfNeed = areaOfNeed;
    }

    /** The guidance's wording, for explanations. */
    @Override
    public String title() {
        return title;
    }

    /** The broad area of need this Section Two area belongs to; never null. */
    public AreaOfNeed areaOfNeed() {
        return areaOfNeed;
    }
}
