package org.senrules.funding.mainstream;

import org.senrules.core.ApiStatus;


/**
 * A provision line that does not count towards top-up.
 *
 * @param index  the line's index in the case's provision list, from 0
 * @param reason why, in plain English; it never quotes the line's description
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public record ExcludedLine(int index, String reason) {
}
