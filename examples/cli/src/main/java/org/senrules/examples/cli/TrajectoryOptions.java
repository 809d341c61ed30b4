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
import org.senrules.simulation.Scenario;
import org.senrules.simulation.Sufficiency;
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
    static final Set<String> OPTIONS = Set.of("--years", "--profile", "--seed", "--sufficiency", "--places-open", "--scenario",
            "--scenario-switch", "--runs");
    /** The sufficiency file shipped: Birmingham's places (S4's SEND Sufficiency Strategy 2024-2030 and S1), by this name. */
    static final String BUNDLED_SUFFICIENCY = "birmingham-2024-2030";
    /** Its resource, beside the cohort profile. */
    static final String BUNDLED_SUFFICIENCY_FILE = "sufficiency-birmingham-2024-2030.json";
    /** The illustrative projected Support Unit values the demo passes, beside examples/data. */
    static final String PROJECTED_RATES = "examples/projected-rates/funding-shared.parameters.json";

    private TrajectoryOptions() {
    }

    /**
     * The year-by-year run and, with {@code --sensitivity} and {@code --runs}, its sensitivity and
     * uncertainty runs, and with a scenario the same years without it (else {@code null}).
     */
    record Years(Trajectory.Result trajectory, Sensitivity.Result sensitivity, Uncertainty.Result uncertainty,
            Trajectory.Result withoutScenario) {
        Years(Trajectory.Result trajectory, Sensitivity.Result sensitivity) {
            this(trajectory, sensitivity, null, null);
        }
    }

    /**
     * Refuses {@code --profile}, {@code --seed}, {@code --sensitivity}, {@code --sufficiency},
     * {@code --places-open}, {@code --scenario} and {@code --scenario-switch} without {@code --years},
     * {@code --places-open} without {@code --sufficiency} and {@code --scenario-switch} without {@code --scenario}.
     */
    static void check(Args args) {
        if (!args.has("--years")) {
            for (String o : List.of("--profile", "--seed", "--sensitivity", "--sufficiency", "--places-open", "--scenario",
                    "--scenario-switch", "--runs")) {
                if (args.has(o)) {
                    throw new UsageException(o + " is read only by a year-by-year run: add --years 2025-26:2029-30, or leave " + o + " out");
                }
            }
        }
        if (args.has("--places-open") && !args.has("--sufficiency")) {
            throw new UsageException("--places-open adds places to a sufficiency file's: give --sufficiency " + BUNDLED_SUFFICIENCY
                    + " (or a file) as well");
        }
        if (args.has("--scenario-switch") && !args.has("--scenario")) {
            throw new UsageException("--scenario-switch sets a switch of a scenario: give --scenario as well");
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
        Sufficiency sufficiency = sufficiency(args, first, last);
        if (sufficiency != null && assumptions.sufficiencySlippage() == null) {
            // the file's slippage is the base the sensitivity and uncertainty runs move
            assumptions = assumptions.withSufficiencySlippage(sufficiency.slippage());
        }
        Scenario scenario = scenario(args);
        TrajectoryRunner runner = Trajectory.of(engine, cohort).years(first, last).policies(policies).assumptions(assumptions).seed(seed)
                .scenario(scenario);
        if (sufficiency != null) {
            runner.sufficiency(sufficiency);
        }
        if (hnb != null) {
            runner.highNeedsBlock(hnb);
        }
        try {
            Sensitivity.Result s = args.has("--sensitivity") ? runner.sensitivity(Sensitivity.standard(assumptions)) : null;
            Trajectory.Result t = s != null ? s.base() : runner.run();
            Uncertainty.Result u = draws == null ? null : runner.uncertainty(draws, runs);
            // a scenario is read against none: the same run without it, so that its effect is the difference
            Trajectory.Result none = scenario.isNone() ? null : runner.scenario(Scenario.NONE).run();
            return new Years(t, s, u, none);
        } catch (IllegalArgumentException e) {
            String hint = e.getMessage().contains("cannot be decided under")
                    ? " For an illustrative example of projected Support Unit values: --parameters funding-shared=" + PROJECTED_RATES : "";
            throw new UsageException("--years " + spec + ": " + e.getMessage() + hint);
        }
    }

    /** {@code --sufficiency NAME|FILE} with each {@code --places-open} added, or {@code null} without it. */
    static Sufficiency sufficiency(Args args, FinancialYear first, FinancialYear last) {
        if (!args.has("--sufficiency")) {
            return null;
        }
        String given = args.value("--sufficiency").orElseThrow();
        Sufficiency s;
        try {
            if (given.equals(BUNDLED_SUFFICIENCY)) {
                s = Sufficiency.fromJson(resource(BUNDLED_SUFFICIENCY_FILE), BUNDLED_SUFFICIENCY_FILE);
            } else if (given.toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
                s = Sufficiency.fromJson(new String(Main.read(given), StandardCharsets.UTF_8), Path.of(given).getFileName().toString());
            } else {
                throw new UsageException("--sufficiency is " + BUNDLED_SUFFICIENCY + " (the places shipped) or a sufficiency file ending "
                        + ".json");
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException("--sufficiency: " + e.getMessage());
        }
        for (String open : args.values("--places-open")) {
            s = PlacesOpen.parse(open).addTo(s, first, last);
        }
        return s;
    }

    /** {@code --scenario NAME|FILE} ({@code none} by default) with each {@code --scenario-switch NAME=on|off} set. */
    static Scenario scenario(Args args) {
        String given = args.value("--scenario").orElse(Scenario.NONE_NAME);
        Scenario s;
        try {
            s = given.toLowerCase(java.util.Locale.ROOT).endsWith(".json")
                    ? Scenario.fromJson(new String(Main.read(given), StandardCharsets.UTF_8), Path.of(given).getFileName().toString())
                    : Scenario.bundled(given);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--scenario: " + e.getMessage());
        }
        for (String sw : args.values("--scenario-switch")) {
            int eq = sw.indexOf('=');
            String value = eq < 0 ? "" : sw.substring(eq + 1).toLowerCase(java.util.Locale.ROOT);
            boolean on = value.equals("on") || value.equals("true") || value.equals("yes");
            boolean off = value.equals("off") || value.equals("false") || value.equals("no");
            if (eq <= 0 || !on && !off) {
                throw new UsageException("--scenario-switch is NAME=on or NAME=off, such as localPlanApproved=off");
            }
            try {
                s = s.withSwitch(sw.substring(0, eq), on);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--scenario-switch: " + e.getMessage());
            }
        }
        return s;
    }

    /** The text of a resource beside this class. */
    static String resource(String name) {
        try (InputStream in = TrajectoryOptions.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled " + name, e);
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
