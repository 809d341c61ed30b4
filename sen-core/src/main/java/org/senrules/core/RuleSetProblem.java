package org.senrules.core;

/**
 * A fault in a rule file, parameter file or policy file, found when the engine starts or when a
 * rule author validates their edits.
 *
 * @param file     the file, as a resource path or a file-system path
 * @param line     the line, or 0 when the fault is not tied to one line
 * @param message  what is wrong
 * @param severity whether it stops the engine
 */
@ApiStatus(ApiStatus.Level.STABLE)
public record RuleSetProblem(String file, int line, String message, Severity severity) {

    /** How serious a problem is. */
    public enum Severity {
        /** The engine will not start with it. */
        ERROR,
        /** Suspicious but allowed, such as a rate starting on a day that is not 1 April. */
        WARNING
    }

    public static RuleSetProblem error(String file, int line, String message) {
        return new RuleSetProblem(file, line, message, Severity.ERROR);
    }

    public static RuleSetProblem warning(String file, int line, String message) {
        return new RuleSetProblem(file, line, message, Severity.WARNING);
    }

    @Override
    public String toString() {
        return (severity == Severity.WARNING ? "warning: " : "error: ") + file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
