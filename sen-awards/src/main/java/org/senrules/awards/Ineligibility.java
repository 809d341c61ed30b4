package org.senrules.awards;

import org.senrules.core.ApiStatus;


/**
 * Why an organisation cannot be assessed for an award ("Who can apply for the awards?", SEND
 * Noticeboard February 2024): the codes of {@link AwardOutcome#getIneligibleBecause()}, each with a
 * sentence in the decision's reasons.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public enum Ineligibility {
    /** Not based in the council area the Scheme serves (the {@code councilArea} parameter). */
    NOT_BASED_IN_COUNCIL_AREA,
    /** Not working in education, health, social care or the voluntary sector. */
    SECTOR_NOT_COVERED,
    /** Cannot show co-production of SEND services with children, young people and parent carers. */
    NOT_COPRODUCING_WITH_FAMILIES
}
