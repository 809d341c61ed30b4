package org.senrules.oag;

import org.senrules.core.ApiStatus;


/**
 * What a case records about the graduated approach, as a fact for the reusable rules of
 * {@link GraduatedApproach}. A rule set that uses them inserts one from its {@code facts(...)}.
 *
 * @param cyclesCompleted     assess–plan–do–review cycles completed; never negative
 * @param reviewedWithParents whether the plan was reviewed with the child's parents or carers
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public record GraduatedApproachEvidence(int cyclesCompleted, boolean reviewedWithParents) {
    public GraduatedApproachEvidence {
        if (cyclesCompleted < 0) {
            throw new IllegalArgumentException("cyclesCompleted must not be negative");
        }
    }
}
