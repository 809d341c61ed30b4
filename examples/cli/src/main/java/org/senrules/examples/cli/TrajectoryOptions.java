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
import org.senrules.simulation.Trajectory;
import org.senrules.simulation.TrajectoryAssumptions;
import org.senrules.simulation.TrajectoryRunner;

/**
 * The year-by-year options of {@code simulate}: {@code --years 2025-26:2029-30} runs the
 * library's {@link Trajectory} over the cohort; {@code --profile FILE} gives the growth, leaver and
 * budget growth figures (the bundled cohort profile's otherwise) and {@code --seed N} the seed of
 * the leaver and new-pupil draws; {@code --runs N} the uncertainty runs ({@link UncertaintyOptions}).
 * Each is refused without {@code --years}, which alone reads them.
 */
final class TrajectoryOptions {
    static final Set<String> OPTIONS = Set.of("--years", "--profile", "--seed", "--runs");
    /** The illustrative projected Support Unit values the demo passes, beside examples/data. */
    static final String PROJECTED_RATES = "examples/projected-rates/funding-shared.parameters.json";

    private TrajectoryOptions() {
    }

    /** Refuses {@code --profile} and {@code --seed} without {@code --years}. */
    static void check(Args args) {
        if (!args.has("--years")) {
            for (String o : List.of("--profile", "--seed", "--runs")) {
                if (args.has(o)) {
                    throw new UsageException(o + " is read only by a year-by-year run: add --years 2025-26:2029-30, or leave " + o + " out");
                }
            }
        }
    }

    /** The trajectory the options ask for, or {@code null} without {@code --years}. */
    static Trajectory.Result run(Args args, SenRules engine, List<Request> cohort, List<String> policies, HighNeedsBlock hnb) {
        if (!args.has("--years")) {
            return null;
        }
        TrajectoryRunner runner = runner(args, engine, cohort, policies, hnb);
        return handled(args, runner::run);
    }

    /** The profile's text and what to call it: {@code --profile FILE}'s, or the bundled one's. */
    record Profile(String text, String label) {
        /** Its assumptions. */
        TrajectoryAssumptions assumptions() {
            try {
                return TrajectoryAssumptions.fromProfile(text, label);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--profile: " + e.getMessage());
            }
        }
    }

    static Profile profile(Args args) {
        return args.value("--profile").map(f -> new Profile(new String(Main.read(f), StandardCharsets.UTF_8), Path.of(f).getFileName().toString()))
                .orElseGet(() -> new Profile(bundledText(), "the bundled profile " + CohortProfile.BUNDLED));
    }

    /** A runner of the years, profile, seed and forecast the options give. */
    static TrajectoryRunner runner(Args args, SenRules engine, List<Request> cohort, List<String> policies, HighNeedsBlock hnb) {
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
        TrajectoryAssumptions assumptions = profile(args).assumptions();
        long seed = args.intValue("--seed", 1, Integer.MIN_VALUE, Integer.MAX_VALUE);
        TrajectoryRunner runner = Trajectory.of(engine, cohort).years(first, last).policies(policies).assumptions(assumptions).seed(seed);
        if (hnb != null) {
            runner.highNeedsBlock(hnb);
        }
        return runner;
    }

    /** What {@code work} gives, a year it cannot run in refused as the options' fault, with a hint when values are missing. */
    static <T> T handled(Args args, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (IllegalArgumentException e) {
            String hint = e.getMessage().contains("cannot be decided under")
                    ? " For an illustrative example of projected Support Unit values: --parameters funding-shared=" + PROJECTED_RATES : "";
            throw new UsageException("--years " + args.value("--years").orElseThrow() + ": " + e.getMessage() + hint);
        }
    }

    private static String bundledText() {
        try (InputStream in = CohortProfile.class.getResourceAsStream(CohortProfile.BUNDLED)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled cohort profile", e);
        }
    }
}
