package org.senrules.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.senrules.core.SenRules;
import org.senrules.core.Violation;
import org.senrules.simulation.Simulation;
import org.senrules.simulation.SimulationParts;
import org.senrules.simulation.SimulationRunner;
import scala.Tuple2;

/**
 * The one-snapshot simulation on Spark: the cohort's cases are checked on the executors (a cohort
 * with any violation is refused whole, and nothing is decided), then decided under every policy in
 * slices of consecutive cases, one engine per executor JVM; each slice is added up in cohort order
 * by the simulator's own code ({@link SimulationParts}), and the slices' sums are merged by Spark
 * into the result the simulator gives for the whole cohort. Where the rule set declares locality
 * budgets (which bind request by request, in cohort order), the decided rows are first regrouped by
 * locality, each locality's rows in one slice in cohort order.
 */
final class SnapshotJob {
    /** The violations a refused cohort shows: the first by place in the cohort. */
    static final int VIOLATIONS_SHOWN = 50;

    private SnapshotJob() {
    }

    /** What checking the cohort found: how many cases, the last case's place, and the first violations. */
    record Checked(long cases, long last, long violationCount, List<Located> violations) implements Serializable {
        private static final long serialVersionUID = 1L;

        static Checked merge(Checked a, Checked b) {
            List<Located> all = new ArrayList<>(a.violations);
            all.addAll(b.violations);
            all.sort(Comparator.comparingLong(Located::index));
            return new Checked(a.cases + b.cases, Math.max(a.last, b.last), a.violationCount + b.violationCount,
                    List.copyOf(all.subList(0, Math.min(VIOLATIONS_SHOWN, all.size()))));
        }
    }

    /** A violation and the place of its case. */
    record Located(long index, String path, String message) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** Reads every case on the executors and gathers the violations; decides nothing. */
    static Checked check(CohortInput input, Broadcast<EngineSpec> spec) {
        CohortInput.Parser parser = input.parser;
        JavaRDD<Checked> checked = input.texts.mapPartitions(it -> {
            SenRules engine = spec.value().engine();
            List<CohortInput.CaseText> texts = new ArrayList<>();
            it.forEachRemaining(texts::add);
            long violations = 0;
            long last = -1;
            List<Located> shown = new ArrayList<>();
            for (CohortInput.Parsed p : parser.parse(engine, texts)) {
                last = Math.max(last, p.index());
                for (Violation v : p.violations()) {
                    violations++;
                    if (shown.size() < VIOLATIONS_SHOWN) {
                        shown.add(new Located(p.index(), v.path(), v.message()));
                    }
                }
            }
            for (CohortInput.CaseText t : texts) {
                last = Math.max(last, t.index());
            }
            return List.of(new Checked(texts.size(), last, violations, shown)).iterator();
        });
        return checked.fold(new Checked(0, -1, 0, List.of()), Checked::merge);
    }

    /**
     * Decides the checked cohort under every policy of {@code runner} (configured as for
     * {@code ./sen simulate}) in {@code slices} slices and returns the result.
     */
    static Simulation.Result run(CohortInput input, Broadcast<EngineSpec> spec, SenRules driverEngine, SimulationRunner runner,
                                 long cases, int slices) {
        CohortInput.Parser parser = input.parser;
        String ruleSet = input.ruleSet;
        // the policies reported and the base options of combinations, which their changes are split against
        List<String> names = new ArrayList<>(SimulationParts.decided(runner));
        boolean byLocality = SimulationParts.budgetsBindByLocality(driverEngine, ruleSet);
        JavaRDD<CohortInput.CaseText> ranged = input.texts.mapToPair(t -> new Tuple2<>(t.index(), t))
                .repartitionAndSortWithinPartitions(new IndexRanges(slices, cases)).values();
        JavaRDD<byte[]> parts;
        if (!byLocality) {
            // each slice of consecutive cases is decided and added up where it is
            parts = ranged.mapPartitions(it -> {
                SenRules engine = spec.value().engine();
                SimulationParts.Decider decider = SimulationParts.decider(engine, ruleSet, names);
                SimulationParts.Aggregator sums = SimulationParts.aggregator(engine, ruleSet, names);
                for (CohortInput.Parsed p : parse(parser, engine, it)) {
                    sums.add(decider.decide(p.index(), p.request()));
                }
                sums.add(decider.facts());
                return List.of(sums.finish()).iterator();
            });
        } else {
            JavaPairRDD<RowKey, byte[]> rows = ranged.mapPartitions(it -> {
                SenRules engine = spec.value().engine();
                SimulationParts.Decider decider = SimulationParts.decider(engine, ruleSet, names);
                List<byte[]> out = new ArrayList<>();
                for (CohortInput.Parsed p : parse(parser, engine, it)) {
                    out.add(decider.decide(p.index(), p.request()));
                }
                out.add(decider.facts());
                return out.iterator();
            }).mapToPair(r -> new Tuple2<>(SimulationParts.isRow(r)
                    ? new RowKey(SimulationParts.localityOf(r), SimulationParts.indexOf(r)) : new RowKey(null, -1), r));
            parts = rows.repartitionAndSortWithinPartitions(new ByLocality(slices), new ByIndex()).values().mapPartitions(it -> {
                SimulationParts.Aggregator sums = SimulationParts.aggregator(spec.value().engine(), ruleSet, names);
                it.forEachRemaining(sums::add);
                return List.of(sums.finish()).iterator();
            });
        }
        byte[] merged = parts.treeReduce(SimulationParts::merge);
        return SimulationParts.result(runner, merged);
    }

    private static List<CohortInput.Parsed> parse(CohortInput.Parser parser, SenRules engine, Iterator<CohortInput.CaseText> it) {
        List<CohortInput.CaseText> texts = new ArrayList<>();
        it.forEachRemaining(texts::add);
        List<CohortInput.Parsed> parsed = parser.parse(engine, texts);
        for (CohortInput.Parsed p : parsed) {
            if (p.request() == null) {
                // checked before: the input changed between the check and the run
                throw new IllegalStateException("a case of the cohort could not be read on the second pass; was the input changed?");
            }
        }
        return parsed;
    }

    /** Slices of consecutive cases, by place in the cohort. */
    static final class IndexRanges extends Partitioner {
        private static final long serialVersionUID = 1L;
        private final int slices;
        private final long cases;

        IndexRanges(int slices, long cases) {
            this.slices = slices;
            this.cases = Math.max(1, cases);
        }

        @Override
        public int numPartitions() {
            return slices;
        }

        @Override
        public int getPartition(Object key) {
            long index = (Long) key;
            return (int) Math.min(slices - 1, index * slices / cases);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof IndexRanges r && r.slices == slices && r.cases == cases;
        }

        @Override
        public int hashCode() {
            return Objects.hash(slices, cases);
        }
    }

    /** A decided row's locality and place; facts have neither. */
    record RowKey(String locality, long index) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** Every row of a locality in one slice: {@link String#hashCode()} is the same on every JVM. */
    static final class ByLocality extends Partitioner {
        private static final long serialVersionUID = 1L;
        private final int slices;

        ByLocality(int slices) {
            this.slices = slices;
        }

        @Override
        public int numPartitions() {
            return slices;
        }

        @Override
        public int getPartition(Object key) {
            return Math.floorMod(Objects.hashCode(((RowKey) key).locality()), slices);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ByLocality b && b.slices == slices;
        }

        @Override
        public int hashCode() {
            return slices;
        }
    }

    /** Rows in cohort order within a slice. */
    static final class ByIndex implements Comparator<RowKey>, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public int compare(RowKey a, RowKey b) {
            return Long.compare(a.index(), b.index());
        }
    }
}
