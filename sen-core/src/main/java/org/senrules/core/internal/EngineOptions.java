package org.senrules.core.internal;

/**
 * Engine-wide settings chosen on the builder.
 *
 * @param strictExpiry      refuse a date past the last value of a parameter (true) or use the
 *                          last value with a warning (false)
 * @param staleAfterMonths  warn when a value used started longer ago than this
 * @param maxRuleFirings    stop a decision whose rules fire more often than this (a loop)
 */
public record EngineOptions(boolean strictExpiry, int staleAfterMonths, int maxRuleFirings) {
    public static EngineOptions defaults() {
        return new EngineOptions(true, 18, 10_000);
    }
}
