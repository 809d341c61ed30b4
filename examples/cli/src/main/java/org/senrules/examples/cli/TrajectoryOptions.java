package org.senrules.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.core.domain.FinancialYear;
import org.senrules.simulation.HighNeedsBlock;
import org.senrules.simulation.Sensitivity;
import org.senrules.simulation.Trajectory;
import org.senrules.simulation.TrajectoryAssumptions;
import org.senrules.simulation.TrajectoryRunner;
import org.senrules.simulation.Uncertainty;

/**
 * The year-by-year options of {@code simulate}: {@code --years 2025-26:2029-30} runs the
 * library's {@link Trajectory} over the cohort; {@code --profile FILE} gives the growth, leaver and
 * budget growth figures (the bundled cohort profile's otherwise) and {@code --seed N} the seed of
 * the leaver and new-pupil draws; {@code --sensitivity} runs it again with each main assumption
 * moved down and up ({@link Sensitivity}); {@code --runs N} runs it N times more, each run drawing the
 * assumptions from the profile's {@code uncertainty} entry ({@link Uncertainty}). Each is refused
 * without {@code --years}, which alone reads them.
 */
final class TrajectoryOptions {
    static final Set<String> OPTIONS = Set.of("--years", "--profile", "--seed", "--runs");
    /** The illustrative projected Support Unit values the demo passes, beside examples/data. */
    static final String PROJECTED_RATES = "examples/projected-rates/funding-shared.parameters.json";

    private TrajectoryOptions() {
    }

    /** The year-by-year run and, with {@code --sensitivity} and {@code --runs}, its sensitivity and uncertainty runs (else {@code null}). */
    record Years(Trajectory.Result trajectory, Sensitivity.Result sensitivity, Uncertainty.Result uncertainty) {
    }

    /** Refuses {@code --profile}, {@code --seed} and {@code --sensitivity} without {@code --years}. */
    static void check(Args args) {
        if (!args.has("--years")) {
            for (String o : List.of("--profile", "--seed", "--sensitivity", "--runs")) {
                if (args.has(o)) {
                    throw new UsageException(o + " is read only by a year-by-year run: add --years 2025-26:2029-30, or leave " + o + " out");
                }
            }
        }
    }

    /** The trajectory the options ask for, or {@code null} without {@code --years}. */
    static Years run(Args args, SenRules engine, List<Request> cohort, List<String> policies, HighNeedsBlock hnb) {
        if (!args.has("--years")) {
            return null;
        }
        String spec = args.value("--years").orElseThrow();
        FinancialYear first;
        FinancialYear last;
        try {
            String[] parts = spec.split(":", -1);
            if (parts.length > 2) {
                throw new IllegalArgumentException("");
            }
            first = FinancialYear.parse(parts[0]);
            last = parts.length == 2 ? FinancialYear.parse(parts[1]) : first;
        } catch (IllegalArgumentException e) {
            throw new UsageException("--years must be financial years FIRST:LAST such as 2025-26:2029-30, not \"" + spec + "\"");
        }
        String profile = args.value("--profile").map(f -> new String(Main.read(f), StandardCharsets.UTF_8)).orElseGet(TrajectoryOptions::bundledText);
        String label = args.value("--profile").map(f -> Path.of(f).getFileName().toString()).orElse("the bundled cohort profile");
        TrajectoryAssumptions assumptions;
        try {
            assumptions = TrajectoryAssumptions.fromProfile(profile, label);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--profile: " + e.getMessage());
        }
        // the uncertainty runs' ranges and number, checked before any work
        int runs = args.intValue("--runs", 0, 1, Uncertainty.MAX_RUNS);
        Uncertainty.Draws draws = null;
        if (runs > 0) {
            try {
                draws = Uncertainty.Draws.fromProfile(profile, assumptions, label);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--runs: " + e.getMessage());
            }
        }
        long seed = args.intValue("--seed", 1, Integer.MIN_VALUE, Integer.MAX_VALUE);
        TrajectoryRunner runner = Trajectory.of(engine, cohort).years(first, last).policies(policies).assumptions(assumptions).seed(seed);
        if (hnb != null) {
            runner.highNeedsBlock(hnb);
        }
        try {
            Trajectory.Result base;
            Sensitivity.Result s = null;
            if (args.has("--sensitivity")) {
                s = runner.sensitivity(Sensitivity.standard(assumptions));
                base = s.base();
            } else {
                base = runner.run();
            }
            return new Years(base, s, draws == null ? null : runner.uncertainty(draws, runs));
        } catch (IllegalArgumentException e) {
            String hint = e.getMessage().contains("cannot be decided under")
                    ? " For an illustrative example of projected Support Unit values: --parameters funding-shared=" + PROJECTED_RATES : "";
            throw new UsageException("--years " + spec + ": " + e.getMessage() + hint);
        }
    }

    static String bundledText() {
        try (InputStream in = CohortProfile.class.getResourceAsStream(CohortProfile.BUNDLED)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled cohort profile", e);
        }
    }
}
