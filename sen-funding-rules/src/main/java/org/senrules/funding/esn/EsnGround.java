package org.senrules.funding.esn;

import org.senrules.core.ApiStatus;

/**
 * The grounds the bulletin says ESN requests are likely to follow. On the review routes this
 * library asks for at least one (README, "Decisions we made"); the placement-panel route needs none.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public enum EsnGround {
    /** A significant change in the child's needs or behaviour. */
    SIGNIFICANT_CHANGE_IN_NEED,
    /** Intensive short-to-medium-term specialist intervention with a clear, time-limited outcome. */
    TIME_LIMITED_OUTCOME,
    /** The exception: specialist support or equipment needed for an extended period. */
    EXTENDED_NEED_EXCEPTION
}
