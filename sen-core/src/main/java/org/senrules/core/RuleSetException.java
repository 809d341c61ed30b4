package org.senrules.core;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The engine could not start: a rule pack or one of its files is faulty. The message names
 * every file and line at fault.
 */
@ApiStatus(ApiStatus.Level.STABLE)
public final class RuleSetException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<RuleSetProblem> problems;

    public RuleSetException(List<RuleSetProblem> problems) {
        super(problems.stream().map(RuleSetProblem::toString).collect(Collectors.joining("\n", "the rules cannot be loaded:\n", "")));
        this.problems = List.copyOf(problems);
    }

    public RuleSetException(String message) {
        this(List.of(RuleSetProblem.error("(engine)", 0, message)));
    }

    /** Every problem found, errors and warnings. */
    public List<RuleSetProblem> problems() {
        return problems;
    }
}
