package org.senrules.funding.ehcp;

import org.senrules.core.ApiStatus;

/** The framework an EHCP pupil's top-up was found in. */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public enum EhcpFramework {
    /** Section F provision costed in Support Units, ordinarily available provision excluded. */
    SUPPORT_UNITS,
    /** A band from the need classification and level of complexity, and the band's value. */
    BANDS,
    /** Special schools on a unit model: the units the need and level are costed at (option 4). */
    UNIT_MODEL,
    /** The average spend reported for the setting and need, met in full (option 5's hypothetical). */
    AVERAGE_SPEND,
    /** No top-up framework applies, such as a post-16 setting. */
    NONE
}
