package org.senrules.simulation;

import java.time.LocalDate;
import org.senrules.core.ApiStatus;
import org.senrules.core.spi.CaseInput;

/**
 * How the cases of one rule set move on through the years, for a {@link Trajectory}: what a
 * pupil's case is a school year on, what a new pupil's case is, when a decided award ends and what
 * its renewal request is. The simulator ships one for {@code ehcp-top-up} and one for
 * {@code sspp-top-up}; a third-party rule set gives its own with
 * {@link TrajectoryRunner#cohortYear(CohortYear)}. Implementations must be stateless and
 * thread-safe, and must not read anything but the case and the outcome they are given.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public interface CohortYear {
    /** The rule set whose cases this moves on. */
    String ruleSet();

    /**
     * True when the cohort's cases are plans already in place (a census), funded from the start
     * of the cohort's financial year; false when each case is a request, funded from the day it is
     * decided (the cohort's {@code asOf}).
     */
    boolean plansInPlace();

    /**
     * The pupil's case on 1 September, one school year on (the National Curriculum year one
     * higher, the phase or setting a transfer gives), the same case when nothing changes, or
     * {@code null} when the pupil leaves (past the last year the rule set funds).
     */
    CaseInput nextYear(CaseInput c);

    /** A new pupil whose case is like {@code template}'s, with its own id, as a first request (no renewal). */
    CaseInput joiner(CaseInput template, String caseId);

    /** The last day the award an outcome decides is funded, or {@code null} when it lasts while the pupil stays. */
    LocalDate fundedUntil(Object outcome);

    /** The request that renews an award that has ended, or {@code null} when this rule set's awards are not renewed. */
    CaseInput renewal(CaseInput c);
}
