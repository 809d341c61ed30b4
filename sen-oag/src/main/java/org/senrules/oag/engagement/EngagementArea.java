package org.senrules.oag.engagement;

/** The five areas of engagement the Engagement Model assesses. */
public enum EngagementArea {
    EXPLORATION,
    REALISATION,
    ANTICIPATION,
    PERSISTENCE,
    INITIATION
}
