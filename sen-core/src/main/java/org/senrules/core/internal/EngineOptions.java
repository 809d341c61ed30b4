package org.senrules.core.internal;

/**
 * Engine-wide settings chosen on the builder.
 *
 * @param strictExpiry      refuse a date past the last value of a parameter (true) or use the
 *                          last value with a warning (false)
 * @param staleAfterMonths  warn when a value used started longer ago than this
 * @param maxRuleFirings    stop a decision whose rules fire more often than this (a loop)
 * @param reuseSessions     decide in pooled Drools sessions, reset between decisions (true, the
 *                          default), or in a new session each time (false: the reference the
 *                          tests compare the pooled sessions with)
 */
public record EngineOptions(boolean strictExpiry, int staleAfterMonths, int maxRuleFirings, boolean reuseSessions) {

    public EngineOptions(boolean strictExpiry, int staleAfterMonths, int maxRuleFirings) {
        this(strictExpiry, staleAfterMonths, maxRuleFirings, true);
    }

    public static EngineOptions defaults() {
        return new EngineOptions(true, 18, 10_000, true);
    }

    /** The same options with sessions pooled or not. */
    public EngineOptions withReuseSessions(boolean reuse) {
        return new EngineOptions(strictExpiry, staleAfterMonths, maxRuleFirings, reuse);
    }
}
