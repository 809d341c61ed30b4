package org.senrules.core;

import java.time.LocalDate;

/**
 * The last day of a parameter's dated values, where they end: after it no value is in force, so
 * (with strict expiry, the default) a decision that needs the parameter is refused until the
 * council adds the next value. For operations' readiness checks and a council's CI
 * ({@code ./sen validate --expiring-within 90d}).
 *
 * @param ruleSet   the rule set that reads the parameter (a shared value appears once for each)
 * @param policy    {@code current}, or the policy whose own values of the parameter end
 * @param parameter the parameter's name
 * @param lastDay   the last day a value is in force
 * @param file      the file that sets the last value (a packaged file's resource name, or the council's file)
 * @since 1.2
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public record ValueEnd(String ruleSet, String policy, String parameter, LocalDate lastDay, String file) {
}
