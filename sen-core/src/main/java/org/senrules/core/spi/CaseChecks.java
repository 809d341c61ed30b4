package org.senrules.core.spi;

import java.util.ArrayList;
import java.util.List;
import org.senrules.core.ApiStatus;
import org.senrules.core.InvalidRequestException;
import org.senrules.core.Violation;
import org.senrules.core.internal.CaseReader;

/**
 * The check a case builder's {@code build()} runs: the same constraints, in the same order and
 * with the same messages, as the engine applies to the {@code case} of a JSON request, so that a
 * case built in Java is refused exactly as the same case sent as JSON.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class CaseChecks {
    private CaseChecks() {
    }

    /**
     * Returns {@code built} if it is a valid case.
     *
     * @param built the case made from the builder's values (an unset primitive field as its default)
     * @param unset the required fields the builder was never given, in declaration order; each is
     *              refused as {@code "is required"}, as a field missing from a JSON case is
     * @throws InvalidRequestException naming every violation, with paths {@code case.<field>} as in a request
     */
    public static <C extends CaseInput> C checked(C built, List<String> unset) {
        List<Violation> violations = new ArrayList<>();
        for (String field : unset) {
            violations.add(new Violation("case." + field, "is required"));
        }
        if (violations.isEmpty()) {
            CaseReader.check(built, "case", violations);
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return built;
    }
}
