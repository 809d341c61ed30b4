package org.senrules.oag.additionality;

import org.senrules.core.ApiStatus;
import org.senrules.oag.OagArea;

/**
 * How one provision line was classified.
 *
 * @param index               the line's index in the case's provision list, from 0
 * @param ordinarilyAvailable true if the line is ordinarily available for the phase, so not additional
 * @param oagItem             the OAG item the line names, or {@code null}
 * @param area                the Section Two area of that item, or {@code null} if the line names none
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public record LineClassification(int index, boolean ordinarilyAvailable, String oagItem, OagArea area)
        implements Comparable<LineClassification> {

    /**
     * Orders classifications by line, as an outcome lists them whatever order the rules classify
     * the lines in.
     *
     * @since 1.2
     */
    @Override
    public int compareTo(LineClassification other) {
        return Integer.compare(index, other.index);
    }
}
