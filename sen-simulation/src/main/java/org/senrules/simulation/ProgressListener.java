package org.senrules.simulation;

import org.senrules.core.ApiStatus;

/**
 * Hears how far a simulation has got, chunk by chunk, for a progress bar. Called from the
 * thread that runs the simulation.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
@FunctionalInterface
public interface ProgressListener {
    /** A listener that ignores progress. */
    ProgressListener NONE = (decisions, policy) -> { };

    /**
     * {@code decisions} more decisions are made under {@code policy}.
     *
     * @param decisions how many since the last call
     * @param policy    the policy they were made under
     */
    void advance(long decisions, String policy);
}
