package org.senrules.core.spi;

import org.senrules.core.ApiStatus;


/** Collects the problems found in one case, each against the field it concerns. */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public interface Violations {

    /**
     * Records a problem.
     *
     * @param field the field's path relative to the case, such as {@code "supportFrom"} or
     *              {@code "provision[2].supportUnits"}
     * @param message a plain sentence saying what is wrong and what is allowed
     */
    void add(String field, String message);
}
