package org.senrules.funding.esn;

import org.senrules.core.ApiStatus;


/** How an admissible ESN request is decided. */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public enum EsnRoute {
    /** With the annual review that is due: the review paperwork ticks ESN and attaches the ESN form. */
    ANNUAL_REVIEW,
    /** No annual review is due in time, so an early review is called to bring the two processes together. */
    EARLY_REVIEW,
    /** By the placement panel, to support a transition to a new placement. */
    PLACEMENT_PANEL,
    /**
     * By the tribunal team, to support a transition to a new placement that a tribunal appeal
     * decides (S2: "Placement panel/tribunal team may still award"; its phase transfer appeals).
     *
     * @since 1.3
     */
    TRIBUNAL_TEAM
}
