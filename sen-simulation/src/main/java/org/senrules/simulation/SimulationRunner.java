package org.senrules.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.senrules.core.PolicyVariant;
import org.senrules.core.Request;
import org.senrules.core.RuleSetInfo;
import org.senrules.core.SenRules;

/**
 * One simulation to configure and run: a cohort of one rule set under its policies
 * ({@code current} first), optionally compared with a second parameter set and carried into
 * the High Needs Block forecast. Not thread-safe; {@link #run()} may be called once per
 * configuration.
 */
public final class SimulationRunner {
    private final SenRules engine;
    private final List<Request> cohort;
    private List<String> policyNames = List.of();
    private SenRules compareEngine;
    private String compareLabel;
    private HighNeedsBlock hnb;
    private ProgressListener progress = ProgressListener.NONE;
    private RuleSetInfo info;
    private List<PolicyVariant> policies;

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
        List<Simulation.PolicyResult> results = new ArrayList<>();
        for (PolicyVariant p : policiesToRun()) {
            results.add(Simulation.run(engine, cohort, p, ruleSet.summary(), progress));
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
        return new Simulation.Result(ruleSet.id(), ruleSet.version(), cohort.get(0).asOf(), cohort.size(), ids, fields,
                results, comparison, baseline, hnb == null ? null : hnb.description());
    }
}
