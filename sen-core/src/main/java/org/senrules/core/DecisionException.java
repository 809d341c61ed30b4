package org.senrules.core;

/**
 * A valid request whose rules failed while deciding (a rule file read an undeclared parameter,
 * or rules fired without end). Nothing was decided. The message names the rule set and rule,
 * never the case's contents.
 */
@ApiStatus(ApiStatus.Level.STABLE)
public final class DecisionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DecisionException(String message, Throwable cause) {
        super(message, cause);
    }
}
