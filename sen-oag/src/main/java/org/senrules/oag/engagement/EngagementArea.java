package org.senrules.oag.engagement;

import org.senrules.core.ApiStatus;


/** The five areas of engagement the Engagement Model assesses. */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public enum EngagementArea {
    EXPLORATION,
    REALISATION,
    ANTICIPATION,
    PERSISTENCE,
    INITIATION
}
