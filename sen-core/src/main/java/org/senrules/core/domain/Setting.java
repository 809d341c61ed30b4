package org.senrules.core.domain;

import org.senrules.core.ApiStatus;


/** The kind of setting a pupil attends. */
@ApiStatus(ApiStatus.Level.STABLE)
public enum Setting implements Titled {
    /** Early-years PVI settings and childminders. */
    EARLY_YEARS_SETTING("early-years setting"),
    NURSERY_SCHOOL("nursery school"),
    MAINSTREAM_SCHOOL("mainstream school"),
    /** A specialist unit inside a mainstream school. */
    RESOURCE_BASE("resource base"),
    SPECIAL_SCHOOL("special school"),
    /** School sixth forms and colleges. */
    POST_16("post-16 setting");

    private final String title;

    Setting(String title) {
        this.title = title;
    }

    /** The council's wording, lower case, for explanations: {@code "mainstream school"}. */
    public String title() {
        return title;
    }

    /**
     * The wording of settings named in a parameter, joined for a sentence:
     * {@code ["NURSERY_SCHOOL", "MAINSTREAM_SCHOOL"]} gives {@code "nursery school or mainstream school"}.
     */
    public static String titlesOf(java.util.List<String> names) {
        java.util.List<String> titles = names.stream().map(n -> valueOf(n).title()).toList();
        if (titles.size() <= 1) {
            return String.join("", titles);
        }
        return String.join(", ", titles.subList(0, titles.size() - 1)) + " or " + titles.get(titles.size() - 1);
    }

    /** True for the settings funded through Support Units rather than special-school bands. */
    public boolean isMainstreamFramework() {
        return this == EARLY_YEARS_SETTING || this == NURSERY_SCHOOL || this == MAINSTREAM_SCHOOL
                || this == RESOURCE_BASE;
    }
}
