package org.senrules.funding.esn;

import org.senrules.core.ApiStatus;

/**
 * Why an ESN decision has no {@code decisionDueBy}: the six weeks of the interim process run from
 * the review that considers the request, and here that review's date is not known, or no review
 * considers the request at all.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public enum EsnDeadlineUnknown {
    /** An early review is to be called and has no date yet; send {@code reviewDate} once it has one. */
    EARLY_REVIEW_NOT_YET_CALLED,
    /** The annual review is overdue and the day it will be held is not given; send {@code reviewDate}. */
    ANNUAL_REVIEW_OVERDUE,
    /** The placement panel decides a request not linked to a review; the bulletin gives its timetable no deadline. */
    PLACEMENT_PANEL,
    /**
     * The tribunal team decides a request not linked to a review; the bulletin gives its timetable no deadline.
     *
     * @since 1.3
     */
    TRIBUNAL_TEAM,
    /** The request is not admissible as made, so no review considers it. */
    NOT_ADMISSIBLE
}
