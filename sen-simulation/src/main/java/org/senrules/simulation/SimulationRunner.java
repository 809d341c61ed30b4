package org.senrules.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.senrules.core.ApiStatus;
import org.senrules.core.PolicyVariant;
import org.senrules.core.Request;
import org.senrules.core.RuleSetInfo;
import org.senrules.core.SenRules;
import org.senrules.core.domain.FinancialYear;
import org.senrules.core.domain.Money;
import org.senrules.simulation.distinct.DistinctCases;

/**
 * One simulation to configure and run: a cohort of one rule set under its policies
 * ({@code current} first), optionally compared with a second parameter set and carried into
 * the High Needs Block forecast. Not thread-safe; {@link #run()} may be called once per
 * configuration.
 *
 * <p>A cohort too large to hold ({@code ./sen simulate} of England's 1,700,000 cases) is run as
 * it is read: made with {@link Simulation#streamed}, configured the same way, then
 * {@link #start()} and each chunk of the cohort handed to {@link Pass#add} in order;
 * {@link Pass#finish()} gives the same result {@link #run()} gives for the same cases.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class SimulationRunner {
    private final SenRules engine;
    /** The cohort, or null when it is streamed. */
    private final List<Request> cohort;
    private final String ruleSetId;
    private final java.time.LocalDate asOf;
    private List<String> policyNames = List.of();
    private SenRules compareEngine;
    private String compareLabel;
    private HighNeedsBlock hnb;
    private ProgressListener progress = ProgressListener.NONE;
    private int forecastTolerancePercent = DEFAULT_FORECAST_TOLERANCE_PERCENT;
    /** How far the current policy's cost may differ from the forecast outturn before the Staffordshire check warns. */
    public static final int DEFAULT_FORECAST_TOLERANCE_PERCENT = 10;
    /** How far, in percent of current's cost, a policy declared cost-neutral may move the cost before the Staffordshire check warns. */
    public static final java.math.BigDecimal DEFAULT_COST_NEUTRAL_TOLERANCE_PERCENT = java.math.BigDecimal.ONE;
    private java.math.BigDecimal costNeutralTolerancePercent = DEFAULT_COST_NEUTRAL_TOLERANCE_PERCENT;
    private RuleSetInfo info;
    private List<PolicyVariant> policies;
    private String rulesFolder;
    private List<String> parameterFiles = List.of();
    private List<String> compareFiles = List.of();

    SimulationRunner(SenRules engine, List<Request> cohort) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.cohort = List.copyOf(cohort);
        this.ruleSetId = null;
        this.asOf = this.cohort.isEmpty() ? null : this.cohort.get(0).asOf();
    }

    SimulationRunner(SenRules engine, String ruleSet, java.time.LocalDate asOf) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.cohort = null;
        this.ruleSetId = Objects.requireNonNull(ruleSet, "ruleSet");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
    }

    /** The policies to run by name; empty (the default) runs every policy of the rule set. */
    public SimulationRunner policies(List<String> names) {
        this.policyNames = List.copyOf(names);
        this.policies = null;
        return this;
    }

    /**
     * Also runs the cohort under {@code current} on a second engine (another parameter file)
     * and reports the pupils whose funding or band changes.
     *
     * @param other the engine with the other parameters
     * @param label what to call the other parameters in the report, such as their file name
     */
    public SimulationRunner compareParameters(SenRules other, String label) {
        this.compareEngine = Objects.requireNonNull(other, "other");
        this.compareLabel = Objects.requireNonNull(label, "label");
        return this;
    }

    /** Carries each policy's change against {@code current} into this High Needs Block forecast. */
    public SimulationRunner highNeedsBlock(HighNeedsBlock forecast) {
        this.hnb = forecast;
        return this;
    }

    /**
     * Names the files the engine was built with, for the result's {@link RunSources}: the rules
     * folder (or null) and the parameter files, as the user gave them.
     */
    public SimulationRunner describedBy(String rulesFolder, List<String> parameterFiles, List<String> compareFiles) {
        this.rulesFolder = rulesFolder;
        this.parameterFiles = List.copyOf(parameterFiles);
        this.compareFiles = List.copyOf(compareFiles);
        return this;
    }

    /**
     * How far, as a whole percentage, the current policy's simulated cost may differ from the
     * forecast outturn it is laid against before the result carries a warning; 10 by default.
     */
    public SimulationRunner forecastTolerancePercent(int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("the forecast tolerance is a whole percentage from 0 to 100, not " + percent);
        }
        this.forecastTolerancePercent = percent;
        return this;
    }

    /**
     * How far, in percent of current's total (such as {@code 0.5}), the cost of a policy the
     * policy file declares cost-neutral may differ from current's before the result carries a
     * warning; 1 by default.
     *
     * @throws IllegalArgumentException if it is negative or over 100
     */
    public SimulationRunner costNeutralTolerancePercent(java.math.BigDecimal percent) {
        if (percent.signum() < 0 || percent.compareTo(java.math.BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("the cost-neutral tolerance is a percentage from 0 to 100, not " + percent.toPlainString());
        }
        this.costNeutralTolerancePercent = percent;
        return this;
    }

    /** Hears of progress; {@link ProgressListener#NONE} by default. */
    public SimulationRunner progress(ProgressListener listener) {
        this.progress = Objects.requireNonNull(listener, "listener");
        return this;
    }

    /**
     * The cohort's rule set.
     *
     * @throws IllegalArgumentException if the cohort mixes rule sets or its rule set has no money to simulate
     */
    public RuleSetInfo ruleSet() {
        if (info == null) {
            info = cohort == null ? Simulation.ruleSet(engine, java.util.Set.of(ruleSetId)) : Simulation.ruleSet(engine, cohort);
        }
        return info;
    }

    /**
     * The policies that will run, {@code current} first.
     *
     * @throws IllegalArgumentException naming an unknown policy and the known ones
     */
    public List<PolicyVariant> policiesToRun() {
        if (policies == null) {
            policies = Simulation.policies(ruleSet(), policyNames);
        }
        return policies;
    }

    /**
     * The policies run besides those asked for: the base option of each combination asked for
     * ({@code dbv-option-4} of {@code dbv-option-6/dbv-option-4}) when it is not asked for itself,
     * so that the combination's change can be split into its parts; not reported as policies.
     */
    List<PolicyVariant> bases() {
        List<PolicyVariant> out = new ArrayList<>();
        for (PolicyVariant v : policiesToRun()) {
            if (v.combined()) {
                String base = v.name().substring(v.name().indexOf(PolicyVariant.COMBINED) + 1);
                boolean present = policiesToRun().stream().anyMatch(p -> p.name().equals(base))
                        || out.stream().anyMatch(p -> p.name().equals(base));
                if (!present) {
                    out.add(Simulation.policies(ruleSet(), List.of(base)).get(1));
                }
            }
        }
        return out;
    }

    /** How many decisions {@link #run()} will make; for a streamed cohort, how many each case takes. */
    public long decisions() {
        return (long) (cohort == null ? 1 : cohort.size()) * (policiesToRun().size() + bases().size() + (compareEngine == null ? 0 : 1));
    }

    /**
     * A run over a cohort handed to it a chunk at a time, as it is read.
     * The configuration is fixed once it has started.
     */
    public Pass start() {
        RuleSetInfo ruleSet = ruleSet();
        DistinctCases.enabled(); // a value other than true or false is refused on either route
        // each distinct case decided once, on the one-pass route (off with the property: every case decided)
        DistinctCases distinct = Simulation.onePass() ? DistinctCases.of(engine, ruleSet.id(), ruleSet.caseType()) : null;
        List<PolicyVariant> all = new ArrayList<>(policiesToRun());
        all.addAll(bases());
        return new Pass(new CohortPass(engine, ruleSet.id(), all, ruleSet.summary(), compareEngine, progress,
                cohort == null ? 0 : cohort.size(), distinct));
    }

    /**
     * A simulation under way: hand it the cohort's cases in order, then {@link #finish()}. Not
     * thread-safe. What it keeps grows by a few bytes a case per policy: each case's decisions are
     * added to the aggregates and dropped.
     */
    public final class Pass {
        private final CohortPass pass;
        private boolean finished;

        private Pass(CohortPass pass) {
            this.pass = pass;
        }

        /** The number of cases a chunk best has: as many decisions as the cores are kept busy with. */
        public int chunkSize() {
            return pass.chunkSize();
        }

        /**
         * Decides the next cases of the cohort under every policy and adds them to the result.
         *
         * @throws IllegalArgumentException if a case is of another rule set than the simulation's
         * @throws IllegalStateException    once finished
         */
        public void add(List<Request> chunk) {
            if (finished) {
                throw new IllegalStateException("the simulation is finished");
            }
            pass.add(chunk);
        }

        /**
         * The result, as {@link SimulationRunner#run()} gives it.
         *
         * @throws IllegalArgumentException if no case was added
         * @throws RuntimeException         the rule failure the cohort met, as deciding it policy by policy meets it first
         */
        public Simulation.Result finish() {
            if (finished) {
                throw new IllegalStateException("the simulation is finished");
            }
            finished = true;
            if (pass.cases() == 0) {
                throw new IllegalArgumentException("a cohort to simulate has cases of one rule set, this one has []");
            }
            return SimulationRunner.this.finish(pass, pass.finish());
        }
    }

    /**
     * Runs every policy and returns the aggregated result.
     *
     * @throws IllegalStateException for a streamed cohort, which is run with {@link #start()}
     */
    public Simulation.Result run() {
        if (cohort == null) {
            throw new IllegalStateException("a streamed cohort is run with start(), a chunk at a time");
        }
        ruleSet();
        Pass pass = start();
        int chunk = pass.chunkSize();
        for (int from = 0; from < cohort.size(); from += chunk) {
            pass.add(cohort.subList(from, Math.min(cohort.size(), from + chunk)));
        }
        return pass.finish();
    }

    private Simulation.Result finish(CohortPass pass, String[] ids) {
        RuleSetInfo ruleSet = ruleSet();
        Simulation.Fields fields = Simulation.Fields.of(ruleSet);
        List<Simulation.PolicyResult> results = pass.results.subList(0, policiesToRun().size());
        Simulation.PolicyResult compared = pass.compared;
        Simulation.PolicyResult current = results.get(0);
        for (Simulation.PolicyResult p : pass.results) {
            Simulation.compareWithCurrent(current, p);
        }
        for (Simulation.PolicyResult p : results) {
            if (p.policy.contains(PolicyVariant.COMBINED)) {
                String base = p.policy.substring(p.policy.indexOf(PolicyVariant.COMBINED) + 1);
                Simulation.PolicyResult b = pass.results.stream().filter(x -> x.policy.equals(base)).findFirst().orElseThrow();
                Simulation.breakDown(current, b, p);
            }
        }
        Simulation.Comparison comparison = compared == null ? null
                : Simulation.compareParameters(compareLabel, fields, ids, current, compared);
        return conclude(results, comparison, ids.length, ids);
    }

    /**
     * The result of policy results already compared with {@code current}: the High Needs Block
     * effect of each, the Staffordshire check's warnings, and the run's sources. {@code ids} may be
     * empty when the cases' ids were not gathered (a run in parts, {@link SimulationParts}).
     */
    Simulation.Result conclude(List<Simulation.PolicyResult> results, Simulation.Comparison comparison, int cases, String[] ids) {
        RuleSetInfo ruleSet = ruleSet();
        Simulation.Fields fields = Simulation.Fields.of(ruleSet);
        Simulation.PolicyResult current = results.get(0);
        HighNeedsBlock.Effect baseline = null;
        if (hnb != null) {
            baseline = hnb.baseline();
            for (Simulation.PolicyResult p : results) {
                p.hnb = hnb.withChange(p.change);
            }
        }
        List<String> warnings = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Simulation.PolicyResult p : results) {
            String w = Simulation.costNeutralCheck(current, p, costNeutralTolerancePercent);
            if (w != null) {
                warnings.add(w);
            }
        }
        if (hnb != null) {
            // the Staffordshire check: an option's effect means little if current is not what the forecast is, like for like
            HighNeedsBlock.Calibration c = hnb.calibrate(ruleSet.id(), current.all().topUp(), "a full year at the values in force on "
                    + asOf, forecastTolerancePercent);
            (c.warning() ? warnings : notes).add(c.text());
            String cohortYear = FinancialYear.containing(asOf).toString();
            if (!cohortYear.equals(hnb.financialYear())) {
                warnings.add("The cohort is decided with " + cohortYear + " values (as of " + asOf
                        + ") but the forecast is for " + hnb.financialYear() + ".");
            }
        }
        return new Simulation.Result(ruleSet.id(), ruleSet.version(), asOf, cases, ids, fields,
                results, comparison, baseline, hnb == null ? null : hnb.description(),
                RunSources.of(engine.origin(ruleSet.id()), rulesFolder, parameterFiles, compareFiles), List.copyOf(warnings),
                List.copyOf(notes)).withStatement(hnb == null ? null : hnb.statement());
    }
}
