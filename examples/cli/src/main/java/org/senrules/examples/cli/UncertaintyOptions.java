package org.senrules.examples.cli;

import java.util.List;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.simulation.HighNeedsBlock;
import org.senrules.simulation.Uncertainty;

/**
 * {@code simulate ... --years FIRST:LAST --runs N [--seed S]}: the uncertainty runs of the
 * trajectory ({@link Uncertainty}), each drawing the assumptions from the profile's
 * {@code uncertainty} entry ({@code --profile FILE}, or the bundled profile) and its own leavers and
 * joiners, from seeds split from {@code --seed}; {@code uncertainty.csv},
 * {@code uncertainty-runs.csv} and a fan chart per policy in the report.
 */
final class UncertaintyOptions {
    private UncertaintyOptions() {
    }

    /** The runs the options ask for, or {@code null} without {@code --runs}. */
    static Uncertainty.Result run(Args args, SenRules engine, List<Request> cohort, List<String> policies, HighNeedsBlock hnb) {
        if (!args.has("--runs")) {
            return null;
        }
        int runs = args.intValue("--runs", 1, 1, Uncertainty.MAX_RUNS);
        TrajectoryOptions.Profile profile = TrajectoryOptions.profile(args);
        Uncertainty.Draws draws;
        try {
            draws = Uncertainty.Draws.fromProfile(profile.text(), profile.assumptions(), profile.label());
        } catch (IllegalArgumentException e) {
            throw new UsageException("--runs: " + e.getMessage());
        }
        return TrajectoryOptions.handled(args, () -> TrajectoryOptions.runner(args, engine, cohort, policies, hnb).uncertainty(draws, runs));
    }
}
