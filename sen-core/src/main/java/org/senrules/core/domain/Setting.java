package org.senrules.core.domain;

/** The kind of setting a pupil attends. */
public enum Setting {
    /** Early-years PVI settings and childminders. */
    EARLY_YEARS_SETTING,
    NURSERY_SCHOOL,
    MAINSTREAM_SCHOOL,
    /** A specialist unit inside a mainstream school. */
    RESOURCE_BASE,
    SPECIAL_SCHOOL,
    /** School sixth forms and colleges. */
    POST_16;

    /** True for the settings funded through Support Units rather than special-school bands. */
    public boolean isMainstreamFramework() {
        return this == EARLY_YEARS_SETTING || this == NURSERY_SCHOOL || this == MAINSTREAM_SCHOOL
                || this == RESOURCE_BASE;
    }
}
