package org.senrules.core.spi;

import org.senrules.core.ApiStatus;


/**
 * The input type of a rule set: a record whose components are the case fields of the JSON
 * contract, or (for more than four fields, so that no public constructor takes them by position)
 * a final class that declares its fields with {@link CaseFields}. The engine validates the JSON
 * against the declaration (unknown, missing, wrongly typed and out-of-range fields, see the
 * annotations in this package), then calls {@link #checkConsistency} for rules that span fields.
 * A case's builder runs the same check through {@link CaseChecks}.
 *
 * <p>Cases hold pseudonymous ids only. Implementations override {@code toString()} so that it
 * prints the case id and nothing else, because cases end up in logs and exception messages.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public interface CaseInput {

    /** The pseudonymous id that the decision carries, such as {@code "P-0001"}. */
    String caseId();

    /**
     * Reports violations that involve more than one field (an end date before a start date),
     * using field names relative to the case. Called only when every field is valid on its own.
     */
    default void checkConsistency(Violations violations) {
    }
}
