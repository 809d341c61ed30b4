package org.senrules.core;

import java.util.List;

/**
 * A request that cannot be decided: nothing was decided. Carries every violation found, each
 * with its JSON path; its JSON form is the contract's {@code invalid-request} error.
 */
@ApiStatus(ApiStatus.Level.STABLE)
public final class InvalidRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Violation> violations;

    public InvalidRequestException(List<Violation> violations) {
        super(summary(violations), null, false, false);
        this.violations = List.copyOf(violations);
    }

    /** The violations, in the order found; never empty. */
    public List<Violation> violations() {
        return violations;
    }

    private static String summary(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid request has at least one violation");
        }
        StringBuilder sb = new StringBuilder("invalid request: ");
        for (int i = 0; i < violations.size(); i++) {
            Violation v = violations.get(i);
            if (i > 0) {
                sb.append("; ");
            }
            sb.append(v.path().isEmpty() ? "(document)" : v.path()).append(": ").append(v.message());
        }
        return sb.toString();
    }
}
