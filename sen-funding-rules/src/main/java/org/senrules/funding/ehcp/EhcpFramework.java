package org.senrules.funding.ehcp;

import org.senrules.core.ApiStatus;
import org.senrules.core.domain.Titled;

/**
 * The framework an EHCP pupil's top-up is found in. Which framework funds each setting is the
 * table {@code framework} of the shared values {@code top-up-frameworks}, which DBV workstream 2's
 * options change.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public enum EhcpFramework implements Titled {
    /** Section F provision costed in Support Units, ordinarily available provision excluded. */
    SUPPORT_UNITS("Support Units"),
    /** A band from the need classification and level of complexity, and the band's value. */
    BANDS("banded"),
    /** Special schools on a unit model: the units the need and level are costed at (option 4). */
    UNIT_MODEL("unit model"),
    /** The average spend reported for the setting and need, met in full (option 5's hypothetical). */
    AVERAGE_SPEND("average reported spend"),
    /** No top-up framework applies, such as a post-16 setting. */
    NONE("no");

    private final String title;

    EhcpFramework(String title) {
        this.title = title;
    }

    /** The framework in words, for reasons: "funded in the {framework|title} framework". */
    @Override
    public String title() {
        return title;
    }
}
