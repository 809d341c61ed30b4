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
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class SimulationRunner {
    private final SenRules engine;
    private final List<Request> cohort;
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
            info = Simulation.ruleSet(engine, cohort);
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

    /** How many decisions {@link #run()} will make. */
    public long decisions() {
        return (long) cohort.size() * (policiesToRun().size() + (compareEngine == null ? 0 : 1));
    }

    /** Runs every policy and returns the aggregated result. */
    public Simulation.Result run() {
        RuleSetInfo ruleSet = ruleSet();
        Simulation.Fields fields = Simulation.Fields.of(ruleSet);
        List<Simulation.PolicyResult> results = null;
        // refused here, before the one-pass route, whose failures fall back to the other route
        DistinctCases.enabled();
        if (Simulation.onePass()) {
            try {
                results = Simulation.runAll(engine, cohort, policiesToRun(), ruleSet.summary(), progress);
            } catch (RuntimeException e) {
                // an invalid case or a failing rule: the policy-by-policy route below refuses the
                // cohort with the same message (same paths, the first failing policy) as it always has
                results = null;
            }
        }
        if (results == null) {
            results = new ArrayList<>();
            for (PolicyVariant p : policiesToRun()) {
                results.add(Simulation.run(engine, cohort, p, ruleSet.summary(), progress));
            }
        }
        Simulation.PolicyResult compared = compareEngine == null ? null
                : Simulation.run(compareEngine, cohort, policiesToRun().get(0), ruleSet.summary(), progress);
        Simulation.PolicyResult current = results.get(0);
        for (Simulation.PolicyResult p : results) {
            Simulation.compareWithCurrent(current, p);
        }
        String[] ids = new String[cohort.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = cohort.get(i).caseData().caseId();
        }
        Simulation.Comparison comparison = compared == null ? null
                : Simulation.compareParameters(compareLabel, fields, ids, current, compared);
        HighNeedsBlock.Effect baseline = null;
        if (hnb != null) {
            baseline = hnb.baseline();
            for (Simulation.PolicyResult p : results) {
                p.hnb = hnb.withChange(p.change);
            }
        }
        List<String> warnings = new ArrayList<>();
        for (Simulation.PolicyResult p : results) {
            String w = Simulation.costNeutralCheck(current, p, costNeutralTolerancePercent);
            if (w != null) {
                warnings.add(w);
            }
        }
        if (hnb != null) {
            // the Staffordshire check: an option's effect means little if current is not what the forecast is
            Money cost = current.all().topUp();
            Money outturn = baseline.outturn();
            long gap = Math.abs(cost.minus(outturn).pence());
            if (gap * 100 > (long) forecastTolerancePercent * Math.abs(outturn.pence())) {
                long percent = outturn.pence() == 0 ? 0 : cost.pence() * 100 / outturn.pence();
                warnings.add("The current policy's simulated cost, " + cost.display() + ", is " + percent + "% of the forecast outturn "
                        + "it is laid against (" + outturn.display() + "), beyond the " + forecastTolerancePercent + "% tolerance: "
                        + "the cohort is not the whole High Needs Block, so read each option's variance and reserve as the "
                        + "effect of its change only.");
            }
            String cohortYear = FinancialYear.containing(cohort.get(0).asOf()).toString();
            if (!cohortYear.equals(hnb.financialYear())) {
                warnings.add("The cohort is decided with " + cohortYear + " values (as of " + cohort.get(0).asOf()
                        + ") but the forecast is for " + hnb.financialYear() + ".");
            }
        }
        return new Simulation.Result(ruleSet.id(), ruleSet.version(), cohort.get(0).asOf(), cohort.size(), ids, fields,
                results, comparison, baseline, hnb == null ? null : hnb.description(),
                RunSources.of(engine.origin(ruleSet.id()), rulesFolder, parameterFiles, compareFiles), List.copyOf(warnings));
    }
}
