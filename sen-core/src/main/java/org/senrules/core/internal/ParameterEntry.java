package org.senrules.core.internal;

import java.time.LocalDate;

/**
 * One dated value of one parameter.
 *
 * @param from         first day in force
 * @param until        last day in force, or null while no later value replaces it
 * @param value        the typed value (Money, Integer, Boolean, String, List, Map), or null
 * @param illustrative whether it is an illustrative default
 * @param origin       "default", "policy:NAME" or the override file
 * @param file         the file it was read from
 * @param line         the line of the entry in that file
 * @param reviewEvery  how often the council reviews this value ({@code "reviewEvery"} in the file),
 *                     or null to take the parameter's declared cadence
 */
record ParameterEntry(LocalDate from, LocalDate until, Object value, boolean illustrative, String origin,
                      String file, int line, java.time.Period reviewEvery) {

    ParameterEntry(LocalDate from, LocalDate until, Object value, boolean illustrative, String origin, String file, int line) {
        this(from, until, value, illustrative, origin, file, line, null);
    }

    boolean covers(LocalDate date) {
        return !date.isBefore(from) && (until == null || !date.isAfter(until));
    }
}
