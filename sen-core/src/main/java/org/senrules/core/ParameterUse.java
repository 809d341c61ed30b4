package org.senrules.core;

import java.time.LocalDate;

/**
 * A parameter value that a decision used, with the dates it is in force.
 *
 * @param name          the parameter, with {@code [key]} for one entry of a table
 *                      ({@code "bandTopUp[3]"})
 * @param value         the value as text: money as {@code "1234.50"}, lists comma-separated,
 *                      {@code "none"} for an unset optional value
 * @param effectiveFrom the first day the value applies
 * @param until         the last day it applies, or {@code null} if open-ended
 * @param illustrative  true if the value is an illustrative default, not the council's figure
 * @param origin        where the value came from: {@code "default"}, {@code "policy:<name>"} or
 *                      the council's override file
 */
@ApiStatus(ApiStatus.Level.STABLE)
public record ParameterUse(String name, String value, LocalDate effectiveFrom, LocalDate until,
                           boolean illustrative, String origin) {
}
