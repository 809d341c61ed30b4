package org.senrules.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.core.domain.FinancialYear;
import org.senrules.simulation.Trajectory;
import org.senrules.simulation.TrajectoryAssumptions;
import org.senrules.simulation.TrajectoryRunner;
import org.senrules.simulation.Uncertainty;

/**
 * The year-by-year simulation on Spark. A trajectory moves the whole cohort (who leaves and who
 * joins is drawn pupil by pupil from one seeded generator, in cohort order), so one trajectory is
 * one piece of work: the base run is made on the driver (the files are written from its result),
 * and what a cluster spreads is many trajectories, the uncertainty runs, in tasks of consecutive
 * runs on the executors, each with its JVM's engine.
 */
final class TrajectoryJob {
    /**
     * Each executor JVM reads a job's cohort once, however many of its tasks run trajectories of it;
     * only the last cohort is kept, so a long-lived cluster does not gather every job's.
     */
    private static volatile Held held;

    /** A cohort read, and the broadcast it was read from. */
    private record Held(long broadcast, List<Request> cohort) {
    }

    private TrajectoryJob() {
    }

    /** What a trajectory of the job is: its years, policies, assumptions, seed and High Needs Block. */
    record Spec(String first, String last, List<String> policies, String profile, String profileLabel, long seed, HnbSpec hnb)
            implements Serializable {
        private static final long serialVersionUID = 1L;

        Spec {
            policies = List.copyOf(policies);
        }

        TrajectoryAssumptions assumptions() {
            return TrajectoryAssumptions.fromProfile(profile, profileLabel);
        }

        /** A runner of this spec over {@code cohort}. */
        TrajectoryRunner runner(SenRules engine, List<Request> cohort) {
            TrajectoryRunner r = Trajectory.of(engine, cohort).years(FinancialYear.parse(first), FinancialYear.parse(last))
                    .policies(new ArrayList<>(policies)).assumptions(assumptions()).seed(seed);
            if (hnb != null) {
                r.highNeedsBlock(hnb.forecast(engine));
            }
            return r;
        }
    }


    /** The cohort of {@code texts}, read once per executor JVM. */
    static List<Request> cohort(SenRules engine, Broadcast<List<CohortInput.CaseText>> texts, CohortInput.Parser parser) {
        Held h = held;
        if (h != null && h.broadcast() == texts.id()) {
            return h.cohort();
        }
        synchronized (TrajectoryJob.class) {
            h = held;
            if (h != null && h.broadcast() == texts.id()) {
                return h.cohort();
            }
            List<Request> out = new ArrayList<>();
            for (CohortInput.Parsed p : parser.parse(engine, texts.value())) {
                if (p.request() == null) {
                    throw new IllegalStateException("a case of the cohort could not be read on an executor; was the input changed?");
                }
                out.add(p.request());
            }
            held = new Held(texts.id(), List.copyOf(out));
            return held.cohort();
        }
    }

    /**
     * The uncertainty runs of {@code spec}: runs 0 to {@code runs} − 1 in {@code tasks} tasks of
     * consecutive runs, each task on an executor with that JVM's engine, its runs sharing one memo
     * of decided cases; each run's outcome (a few kilobytes) comes back, and the summary is made
     * from all of them, as {@code ./sen simulate --runs} makes it: a percentile needs every run's
     * figure, and there are runs × policies × years of them.
     */
    static Uncertainty.Result uncertainty(JavaSparkContext sc, Broadcast<EngineSpec> engine, Broadcast<List<CohortInput.CaseText>> texts,
                                          CohortInput.Parser parser, Spec spec, Uncertainty.Draws draws, int runs, int tasks) {
        int n = Math.max(1, Math.min(tasks, runs));
        List<int[]> ranges = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            int from = (int) ((long) runs * t / n);
            int to = (int) ((long) runs * (t + 1) / n);
            if (to > from) {
                ranges.add(new int[] {from, to});
            }
        }
        List<Uncertainty.Outcome> outcomes = sc.parallelize(ranges, ranges.size()).flatMap(r -> {
            SenRules e = engine.value().engine();
            return spec.runner(e, cohort(e, texts, parser)).uncertaintyRuns(draws, r[0], r[1]).iterator();
        }).collect();
        return Uncertainty.Result.of(draws, spec.seed(), new ArrayList<>(outcomes));
    }

    /**
     * The base trajectory of {@code spec}, on the driver with its engine: one run, whose result the
     * workbook and the reconciliation are made from, as {@code ./sen simulate} makes them.
     */
    static Trajectory.Result base(SenRules engine, List<CohortInput.CaseText> texts, CohortInput.Parser parser, Spec spec) {
        List<Request> cohort = new ArrayList<>();
        for (CohortInput.Parsed p : parser.parse(engine, texts)) {
            cohort.add(p.request());
        }
        return spec.runner(engine, cohort).run();
    }
}
