package org.senrules.core.internal;

/**
 * Engine-wide settings chosen on the builder.
 *
 * @param strictExpiry      refuse a date past the last value of a parameter (true) or use the
 *                          last value with a warning (false)
 * @param staleAfterMonths  0: a value is due for review after its parameter's declared cadence
 *                          ({@code reviewEvery}); otherwise this many months replace every declared
 *                          cadence. A parameter that declares none is never reported as due.
 * @param maxRuleFirings    stop a decision whose rules fire more often than this (a loop)
 * @param reuseSessions     decide in pooled Drools sessions, reset between decisions (true, the
 *                          default), or in a new session each time (false: the reference the
 *                          tests compare the pooled sessions with)
 * @param timeBudget        the longest one decision may take before it is stopped
 * @param isolateDecisions  fire rules on a worker thread that can be given up on (see
 *                          {@link DecisionBudget}), rather than on the deciding thread
 * @param expiryWarningDays a decision made this many days or fewer before a parameter's last value
 *                          ends warns that it ends (0: never)
 */
public record EngineOptions(boolean strictExpiry, int staleAfterMonths, int maxRuleFirings, boolean reuseSessions,
                            java.time.Duration timeBudget, boolean isolateDecisions, int expiryWarningDays) {
    /** The default time budget of one decision. */
    public static final java.time.Duration DEFAULT_TIME_BUDGET = java.time.Duration.ofSeconds(2);
    /** The default window before a value's end in which decisions warn of it. */
    public static final int DEFAULT_EXPIRY_WARNING_DAYS = 90;

    public EngineOptions(boolean strictExpiry, int staleAfterMonths, int maxRuleFirings, boolean reuseSessions,
                         java.time.Duration timeBudget, boolean isolateDecisions) {
        this(strictExpiry, staleAfterMonths, maxRuleFirings, reuseSessions, timeBudget, isolateDecisions, DEFAULT_EXPIRY_WARNING_DAYS);
    }

    public EngineOptions(boolean strictExpiry, int staleAfterMonths, int maxRuleFirings, boolean reuseSessions) {
        this(strictExpiry, staleAfterMonths, maxRuleFirings, reuseSessions, DEFAULT_TIME_BUDGET, false);
    }

    public EngineOptions(boolean strictExpiry, int staleAfterMonths, int maxRuleFirings) {
        this(strictExpiry, staleAfterMonths, maxRuleFirings, true);
    }

    public static EngineOptions defaults() {
        return new EngineOptions(true, 0, 10_000, true);
    }

    /** The same options with sessions pooled or not. */
    public EngineOptions withReuseSessions(boolean reuse) {
        return new EngineOptions(strictExpiry, staleAfterMonths, maxRuleFirings, reuse, timeBudget, isolateDecisions, expiryWarningDays);
    }
}
