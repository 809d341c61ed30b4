package org.senrules.core.domain;

import org.senrules.core.ApiStatus;


/**
 * Where a pupil stands on the statutory ladder. An SSPP (SEN Support Provision Plan) is
 * Birmingham's pre-statutory plan and sits within SEN Support, so it is a case field of its own
 * rather than a third status.
 */
@ApiStatus(ApiStatus.Level.STABLE)
public enum PlanStatus implements Titled {
    /** SEN Support: no Education, Health and Care Plan. */
    SEN_SUPPORT("SEN Support"),
    /** An Education, Health and Care Plan is in place. */
    EHCP("an EHCP");

    private final String title;

    PlanStatus(String title) {
        this.title = title;
    }

    /** The council's wording, for explanations: {@code "SEN Support"}, {@code "an EHCP"}. */
    public String title() {
        return title;
    }
}
