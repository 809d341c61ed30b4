package org.senrules.oag;

import org.senrules.core.ApiStatus;


/**
 * A shortfall the reusable graduated-approach rules found, inserted as a fact for the using rule
 * set's own rules to match: one finding, with {@code evidenced == false}, per criterion that is
 * not met. That the graduated approach is evidenced is not a finding but both criteria met
 * ({@code EveryCriterionMet}), so a missing rule never reads as evidence; {@link #met()} remains
 * for a rule set's own rules that record a finding of their own.
 *
 * @param evidenced true if the graduated approach is evidenced
 * @param shortfall what is missing, or {@code null} when evidenced
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public record GraduatedApproachFinding(boolean evidenced, Shortfall shortfall) {

    /** A finding that the graduated approach is evidenced. */
    public static GraduatedApproachFinding met() {
        return new GraduatedApproachFinding(true, null);
    }

    /** A finding that the graduated approach is not evidenced, for one reason. */
    public static GraduatedApproachFinding missing(Shortfall shortfall) {
        return new GraduatedApproachFinding(false, shortfall);
    }

    /** What stops the graduated approach from being evidenced. */
    public enum Shortfall {
        /** Fewer assess–plan–do–review cycles than the rule set's minimum. */
        TOO_FEW_CYCLES,
        /** The plan was not reviewed with the parents or carers. */
        NOT_REVIEWED_WITH_PARENTS
    }
}
