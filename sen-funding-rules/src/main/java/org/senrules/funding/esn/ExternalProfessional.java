package org.senrules.funding.esn;

import org.senrules.core.ApiStatus;
import org.senrules.core.domain.Titled;


/**
 * Kinds of professional external to the school who support an ESN request. Kinds, not names:
 * a case never carries a person's name.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public enum ExternalProfessional implements Titled {
    /** The council's specialist education services (for example the educational psychology or SEND advisory services). */
    SPECIALIST_EDUCATION_SERVICES("specialist education services"),
    /** Health professionals. */
    HEALTH("health"),
    /** Birmingham Children's Trust (children's social care). */
    CHILDRENS_TRUST("Birmingham Children's Trust"),
    /** Any other professional from outside the school. */
    OTHER("another professional from outside the school");

    private final String title;

    ExternalProfessional(String title) {
        this.title = title;
    }

    /** Plain words for explanations. */
    @Override
    public String title() {
        return title;
    }
}
