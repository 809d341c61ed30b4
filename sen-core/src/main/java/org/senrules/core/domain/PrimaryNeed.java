package org.senrules.core.domain;

import java.util.Optional;
import org.senrules.core.ApiStatus;

/**
 * The DfE school-census primary need types, each with the broad area of need it belongs to.
 * {@link #OTH} (other difficulty) and {@link #NSA} (SEN support but no specialist assessment)
 * belong to no area.
 */
@ApiStatus(ApiStatus.Level.STABLE)
public enum PrimaryNeed implements Titled {
    SPLD("Specific learning difficulty", AreaOfNeed.COGNITION_AND_LEARNING),
    MLD("Moderate learning difficulty", AreaOfNeed.COGNITION_AND_LEARNING),
    SLD("Severe learning difficulty", AreaOfNeed.COGNITION_AND_LEARNING),
    PMLD("Profound and multiple learning difficulty", AreaOfNeed.COGNITION_AND_LEARNING),
    SLCN("Speech, language and communication needs", AreaOfNeed.COMMUNICATION_AND_INTERACTION),
    ASD("Autistic spectrum disorder", AreaOfNeed.COMMUNICATION_AND_INTERACTION),
    SEMH("Social, emotional and mental health", AreaOfNeed.SEMH),
    HI("Hearing impairment", AreaOfNeed.SENSORY_AND_PHYSICAL),
    VI("Visual impairment", AreaOfNeed.SENSORY_AND_PHYSICAL),
    MSI("Multi-sensory impairment", AreaOfNeed.SENSORY_AND_PHYSICAL),
    PD("Physical disability", AreaOfNeed.SENSORY_AND_PHYSICAL),
    OTH("Other difficulty or disability", null),
    NSA("SEN support but no specialist assessment of type of need", null);

    private final String title;
    private final AreaOfNeed area;

    PrimaryNeed(String title, AreaOfNeed area) {
        this.title = title;
        this.area = area;
    }

    /** The census wording. */
    public String title() {
        return title;
    }

    /** The broad area of need, empty for {@code OTH} and {@code NSA}. */
    public Optional<AreaOfNeed> area() {
        return Optional.ofNullable(area);
    }

    /** The broad area of need, or {@code null} for {@code OTH} and {@code NSA}; convenient in rule files. */
    public AreaOfNeed areaOrNull() {
        return area;
    }
}
