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
 * @param timeBudget        the longest one decision may take before it is stopped
 * @param isolateDecisions  fire rules on a worker thread that can be given up on (see
 *                          {@link DecisionBudget}), rather than on the deciding thread
 */
public record EngineOptions(boolean strictExpiry, int staleAfterMonths, int maxRuleFirings, boolean reuseSessions,
                            java.time.Duration timeBudget, boolean isolateDecisions) {
    /** The default time budget of one decision. */
    public static final java.time.Duration DEFAULT_TIME_BUDGET = java.time.Duration.ofSeconds(2);

    public EngineOptions(boolean strictExpiry, int staleAfterMonths, int maxRuleFirings, boolean reuseSessions) {
        this(strictExpiry, staleAfterMonths, maxRuleFirings, reuseSessions, DEFAULT_TIME_BUDGET, false);
    }

    public EngineOptions(boolean strictExpiry, int staleAfterMonths, int maxRuleFirings) {
        this(strictExpiry, staleAfterMonths, maxRuleFirings, true);
    }

    public static EngineOptions defaults() {
        return new EngineOptions(true, 18, 10_000, true);
    }

    /** The same options with sessions pooled or not. */
    public EngineOptions withReuseSessions(boolean reuse) {
        return new EngineOptions(strictExpiry, staleAfterMonths, maxRuleFirings, reuse, timeBudget, isolateDecisions);
    }
}
