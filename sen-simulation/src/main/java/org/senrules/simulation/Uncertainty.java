package org.senrules.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.senrules.core.ApiStatus;
import org.senrules.core.domain.FinancialYear;
import org.senrules.core.domain.Money;

/**
 * Uncertainty runs of a {@link Trajectory}: the same cohort run many times, each run with the
 * trajectory's assumptions drawn from stated distributions (a cohort profile's {@code uncertainty}
 * entry, {@link Draws#fromProfile}) and its own draws of who leaves and who joins, so that a
 * finance officer reads, per policy and year, the 10th, 50th and 90th percentiles of the cost, the
 * variance and the reserve, and in how many runs the reserve is exhausted by then.
 *
 * <p>Reproducible: run {@code k} of seed {@code s} draws from its own generator,
 * {@link #runSeed(long, int)}, which depends on nothing but {@code s} and {@code k}, so the same
 * seed gives the same runs in any order, on any number of threads or machines ({@code sen-spark}
 * spreads them over a cluster). Each drawn value is rounded half up to two decimals, as
 * {@link Assumption#with} takes it. The assumptions a profile does not draw stay at their base.
 *
 * <p>Percentiles are nearest-rank: of the runs' amounts in order, the one at place
 * ⌈p × runs / 100⌉ (the 10th percentile of 20 runs is the second lowest), so every figure is an
 * amount some run gave, exact to the penny. Each figure's percentile is taken on its own: the run
 * at the 10th percentile of cost need not be the one at the 10th of the reserve.
 *
 * @since 1.0
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class Uncertainty {
    /** The most runs one uncertainty run makes. */
    public static final int MAX_RUNS = 10_000;
    /** The percentiles reported. */
    public static final List<Integer> PERCENTILES = List.of(10, 50, 90);

    private Uncertainty() {
    }

    /**
     * The seed of run {@code run} (from 0) of an uncertainty run seeded {@code seed}: a mix of the
     * two, so that the runs of one seed share no stream with those of another.
     */
    public static long runSeed(long seed, int run) {
        return new SplittableRandom(new SplittableRandom(seed).nextLong() ^ (run * 0xD1B54A32D192ED03L)).nextLong();
    }

    /**
     * How one assumption is drawn: {@code uniform} between {@code low} and {@code high}, or
     * {@code triangular} from {@code low} to {@code high} and most likely at {@code mode}; with
     * where the range comes from, or why it is assumed. Immutable, compared by value.
     */
    public static final class Distribution implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String assumption;
        private final String kind;
        private final BigDecimal low;
        private final BigDecimal mode;
        private final BigDecimal high;
        private final String source;
        private final boolean illustrative;

        private Distribution(String assumption, String kind, BigDecimal low, BigDecimal mode, BigDecimal high, String source,
                             boolean illustrative) {
            this.assumption = Objects.requireNonNull(assumption, "assumption");
            this.kind = kind;
            this.low = Objects.requireNonNull(low, "low");
            this.mode = mode;
            this.high = Objects.requireNonNull(high, "high");
            this.source = Objects.requireNonNull(source, "source");
            this.illustrative = illustrative;
            if (low.compareTo(high) > 0 || mode != null && (mode.compareTo(low) < 0 || mode.compareTo(high) > 0)) {
                throw new IllegalArgumentException("low <= " + (mode == null ? "" : "mode <= ") + "high, not "
                        + low.toPlainString() + (mode == null ? "" : ", " + mode.toPlainString()) + ", " + high.toPlainString());
            }
        }

        /**
         * {@code assumption} (its name, {@link Assumption#COHORT_GROWTH}, …) drawn evenly from {@code low} to {@code high}.
         *
         * @throws IllegalArgumentException if {@code low} is above {@code high}
         */
        public static Distribution uniform(String assumption, BigDecimal low, BigDecimal high, String source, boolean illustrative) {
            return new Distribution(assumption, "uniform", low, null, high, source, illustrative);
        }

        /**
         * {@code assumption} drawn from {@code low} to {@code high}, most likely at {@code mode}.
         *
         * @throws IllegalArgumentException unless {@code low <= mode <= high}
         */
        public static Distribution triangular(String assumption, BigDecimal low, BigDecimal mode, BigDecimal high, String source,
                                              boolean illustrative) {
            return new Distribution(assumption, "triangular", low, Objects.requireNonNull(mode, "mode"), high, source, illustrative);
        }

        /** The assumption's name. */
        public String assumption() {
            return assumption;
        }

        /** {@code uniform} or {@code triangular}. */
        public String kind() {
            return kind;
        }

        /** The lowest value drawn. */
        public BigDecimal low() {
            return low;
        }

        /** The most likely value of a triangular distribution, or {@code null}. */
        public BigDecimal mode() {
            return mode;
        }

        /** The highest value drawn. */
        public BigDecimal high() {
            return high;
        }

        /** Where the range comes from, or why it is assumed. */
        public String source() {
            return source;
        }

        /** Whether no source publishes the range. */
        public boolean illustrative() {
            return illustrative;
        }

        /**
         * A value drawn with {@code random}, half up to two decimals. One uniform number is drawn
         * whatever the kind, so each assumption takes the same place in a run's stream.
         */
        public BigDecimal draw(SplittableRandom random) {
            double u = random.nextDouble();
            double a = low.doubleValue();
            double b = high.doubleValue();
            double x;
            if (mode == null || b == a) {
                x = a + u * (b - a);
            } else {
                // the triangular distribution's inverse: StrictMath, so every JVM draws the same number
                double c = mode.doubleValue();
                double f = (c - a) / (b - a);
                x = u < f ? a + StrictMath.sqrt(u * (b - a) * (c - a)) : b - StrictMath.sqrt((1 - u) * (b - a) * (b - c));
            }
            BigDecimal v = new BigDecimal(Double.toString(x)).setScale(2, RoundingMode.HALF_UP);
            return v.max(low).min(high);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Distribution o && assumption.equals(o.assumption) && kind.equals(o.kind) && low.compareTo(o.low) == 0
                    && (mode == null ? o.mode == null : o.mode != null && mode.compareTo(o.mode) == 0) && high.compareTo(o.high) == 0
                    && source.equals(o.source) && illustrative == o.illustrative;
        }

        @Override
        public int hashCode() {
            return Objects.hash(assumption, kind, low.stripTrailingZeros(), high.stripTrailingZeros(), source, illustrative);
        }

        @Override
        public String toString() {
            return "Distribution[" + assumption + " " + kind + " " + low.toPlainString() + (mode == null ? "" : " " + mode.toPlainString())
                    + " " + high.toPlainString() + (illustrative ? ", illustrative" : "") + "]";
        }
    }

    /**
     * The distributions of a run: each drawn assumption in the order {@link Assumption} lists
     * them, with where the distributions were read from.
     */
    public record Draws(List<Distribution> distributions, String label) implements Serializable {
        private static final long serialVersionUID = 1L;

        public Draws {
            distributions = List.copyOf(distributions);
            Objects.requireNonNull(label, "label");
            Set<String> seen = new TreeSet<>();
            for (Distribution d : distributions) {
                if (!seen.add(d.assumption())) {
                    throw new IllegalArgumentException("the assumption " + d.assumption() + " is drawn twice");
                }
            }
        }

        /**
         * The {@code uncertainty} entry of a cohort profile (JSON): for each assumption drawn, by
         * its name, {@code distribution} ({@code uniform} or {@code triangular}), {@code low},
         * {@code high}, a triangular's {@code mode} (a number, or {@code "base"}: the assumption's
         * value in the profile), {@code source} and {@code illustrative}. An assumption the entry
         * does not name is not drawn.
         *
         * @param json  the profile file's text
         * @param base  the profile's assumptions ({@link TrajectoryAssumptions#fromProfile}), whose values {@code "base"} means
         *              and whose ranges each distribution must stay within
         * @param label what to call the profile in messages and reports
         * @throws IllegalArgumentException naming the entry and key that is missing or wrong
         */
        public static Draws fromProfile(String json, TrajectoryAssumptions base, String label) {
            JsonNode root;
            try {
                root = new ObjectMapper().readTree(json);
            } catch (IOException e) {
                throw bad(label, "", "not valid JSON");
            }
            JsonNode entry = root == null ? null : root.get("uncertainty");
            if (entry == null || !entry.isObject()) {
                throw bad(label, "uncertainty", "is required for uncertainty runs: an object naming each assumption to draw ("
                        + String.join(", ", base.moveable().stream().map(Assumption::name).toList()) + ") with its distribution");
            }
            Map<String, JsonNode> named = new LinkedHashMap<>();
            for (Iterator<String> it = entry.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (name.equals("$comment")) {
                    continue;
                }
                try {
                    Assumption.named(base, name);
                } catch (IllegalArgumentException e) {
                    throw bad(label, "uncertainty." + name, e.getMessage());
                }
                named.put(name, entry.get(name));
            }
            if (named.isEmpty()) {
                throw bad(label, "uncertainty", "names no assumption to draw");
            }
            List<Distribution> out = new ArrayList<>();
            for (Assumption a : base.moveable()) {
                JsonNode d = named.get(a.name());
                if (d != null) {
                    out.add(distribution(d, a, "uncertainty." + a.name(), label));
                }
            }
            return new Draws(out, label);
        }

        private static Distribution distribution(JsonNode d, Assumption a, String path, String label) {
            if (!d.isObject()) {
                throw bad(label, path, "must be an object with distribution, low, high, source and illustrative");
            }
            Set<String> valid = Set.of("distribution", "low", "mode", "high", "source", "illustrative", "$comment");
            for (Iterator<String> it = d.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!valid.contains(f)) {
                    throw bad(label, path + "." + f, "unknown; valid here: " + new TreeSet<>(valid));
                }
            }
            String kind = d.path("distribution").asText("");
            if (!kind.equals("uniform") && !kind.equals("triangular")) {
                throw bad(label, path + ".distribution", "is uniform or triangular");
            }
            if (!d.path("source").isTextual() || d.path("source").asText().isBlank()) {
                throw bad(label, path + ".source", "is required: where the range comes from, or why it is assumed");
            }
            if (!d.path("illustrative").isBoolean()) {
                throw bad(label, path + ".illustrative", "is required: true or false");
            }
            BigDecimal low = number(d.path("low"), a, path + ".low", label);
            BigDecimal high = number(d.path("high"), a, path + ".high", label);
            BigDecimal mode = null;
            if (kind.equals("triangular")) {
                mode = d.path("mode").asText("").equals("base") ? a.base() : number(d.path("mode"), a, path + ".mode", label);
            } else if (d.has("mode")) {
                throw bad(label, path + ".mode", "is for a triangular distribution");
            }
            try {
                return mode == null ? Distribution.uniform(a.name(), low, high, d.path("source").asText(), d.path("illustrative").asBoolean())
                        : Distribution.triangular(a.name(), low, mode, high, d.path("source").asText(), d.path("illustrative").asBoolean());
            } catch (IllegalArgumentException e) {
                throw bad(label, path, e.getMessage());
            }
        }

        private static BigDecimal number(JsonNode v, Assumption a, String path, String label) {
            BigDecimal n;
            try {
                n = v.isTextual() || v.isNumber() ? new BigDecimal(v.asText()) : null;
            } catch (NumberFormatException e) {
                n = null;
            }
            if (n == null || n.stripTrailingZeros().scale() > 2) {
                throw bad(label, path, "must be a number with at most two decimals, such as \"3.5\"");
            }
            if (n.compareTo(a.min()) < 0 || n.compareTo(a.max()) > 0) {
                throw bad(label, path, "must be from " + a.min().toPlainString() + " to " + a.max().toPlainString() + " (" + a.unit()
                        + ")");
            }
            return n;
        }

        private static IllegalArgumentException bad(String label, String path, String message) {
            return new IllegalArgumentException("cohort profile " + label + (path.isEmpty() ? "" : ", " + path) + ": " + message);
        }

        /**
         * Run {@code run}'s assumptions and population seed: each distribution drawn in order from
         * the run's generator ({@link #runSeed}), then the seed of its leaver and new-pupil draws.
         */
        public Drawn draw(TrajectoryAssumptions base, long seed, int run) {
            SplittableRandom random = new SplittableRandom(runSeed(seed, run));
            TrajectoryAssumptions a = base;
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            for (Distribution d : distributions) {
                BigDecimal v = d.draw(random);
                values.put(d.assumption(), v);
                a = Assumption.named(base, d.assumption()).with(a, v);
            }
            return new Drawn(run, random.nextLong(), values, a);
        }
    }

    /**
     * What one run drew: its number, the seed of its leaver and new-pupil draws, each drawn
     * assumption's value, and the assumptions it ran with.
     */
    public record Drawn(int run, long seed, Map<String, BigDecimal> values, TrajectoryAssumptions assumptions) {
        public Drawn {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    /**
     * What one run gave, all a summary needs and nothing more (so a cluster sends back a few
     * kilobytes a run): per policy and reported year, the cost, the variance and the reserve in
     * pence (the Block's only where it has figures), and the first year each policy's reserve is
     * exhausted.
     */
    public static final class Outcome implements Serializable {
        private static final long serialVersionUID = 1L;
        final int run;
        final long seed;
        final LinkedHashMap<String, BigDecimal> values;
        final String[] policies;
        final String[] titles;
        final String[] years;
        final long[][] cost;
        final long[][] variance;
        final long[][] reserve;
        /** Whether the Block has figures in the year: the same for every policy. */
        final boolean[] block;
        /** Each policy's first year exhausted, as an index into the years, or -1. */
        final int[] exhausted;
        /** The decisions the run made (a repeated case decided once is still counted). */
        final long decisions;

        private Outcome(Drawn drawn, Trajectory.Result r) {
            this.run = drawn.run();
            this.seed = drawn.seed();
            this.values = new LinkedHashMap<>(drawn.values());
            this.decisions = r.decisions();
            int p = r.policies().size();
            int y = r.years().size();
            policies = new String[p];
            titles = new String[p];
            years = new String[y];
            cost = new long[p][y];
            variance = new long[p][y];
            reserve = new long[p][y];
            block = new boolean[y];
            exhausted = new int[p];
            for (int j = 0; j < y; j++) {
                years[j] = r.years().get(j).toString();
            }
            for (int i = 0; i < p; i++) {
                Trajectory.Policy policy = r.policies().get(i);
                policies[i] = policy.policy();
                titles[i] = policy.title();
                exhausted[i] = policy.firstExhausted() == null ? -1 : r.years().indexOf(policy.firstExhausted());
                for (int j = 0; j < y; j++) {
                    Trajectory.Year year = policy.years().get(j);
                    cost[i][j] = year.cost().pence();
                    if (year.block() != null) {
                        block[j] = true;
                        variance[i][j] = year.block().variance().pence();
                        reserve[i][j] = year.block().reserve().pence();
                    }
                }
            }
        }

        /** What {@code result}, the run {@code drawn} describes, gave. */
        public static Outcome of(Drawn drawn, Trajectory.Result result) {
            return new Outcome(drawn, result);
        }

        /** The run's number, from 0. */
        public int run() {
            return run;
        }
    }

    /** One policy in one year over every run. Immutable, compared by value; only the summary makes one. */
    public static final class Row {
        private final String policy;
        private final String title;
        private final FinancialYear financialYear;
        private final int runs;
        private final List<Money> cost;
        private final List<Money> variance;
        private final List<Money> reserve;
        private final int runsExhausted;
        private final BigDecimal probabilityExhausted;

        Row(String policy, String title, FinancialYear financialYear, int runs, List<Money> cost, List<Money> variance,
            List<Money> reserve, int runsExhausted, BigDecimal probabilityExhausted) {
            this.policy = policy;
            this.title = title;
            this.financialYear = financialYear;
            this.runs = runs;
            this.cost = List.copyOf(cost);
            this.variance = List.copyOf(variance);
            this.reserve = List.copyOf(reserve);
            this.runsExhausted = runsExhausted;
            this.probabilityExhausted = probabilityExhausted;
        }

        /** The policy. */
        public String policy() {
            return policy;
        }

        /** What it does. */
        public String title() {
            return title;
        }

        /** The year. */
        public FinancialYear financialYear() {
            return financialYear;
        }

        /** How many runs. */
        public int runs() {
            return runs;
        }

        /** The cost's percentiles ({@link #PERCENTILES}, in order). */
        public List<Money> cost() {
            return cost;
        }

        /** The variance's percentiles, or empty without Block figures that year. */
        public List<Money> variance() {
            return variance;
        }

        /** The reserve's percentiles, or empty without Block figures that year. */
        public List<Money> reserve() {
            return reserve;
        }

        /** The runs whose reserve is exhausted in this year or before. */
        public int runsExhausted() {
            return runsExhausted;
        }

        /** {@link #runsExhausted()} / {@link #runs()}, half up to four decimals. */
        public BigDecimal probabilityExhausted() {
            return probabilityExhausted;
        }

        /** Whether the Block has figures in this year. */
        public boolean hasBlock() {
            return !reserve.isEmpty();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Row o && policy.equals(o.policy) && title.equals(o.title) && financialYear.equals(o.financialYear)
                    && runs == o.runs && cost.equals(o.cost) && variance.equals(o.variance) && reserve.equals(o.reserve)
                    && runsExhausted == o.runsExhausted && probabilityExhausted.equals(o.probabilityExhausted);
        }

        @Override
        public int hashCode() {
            return Objects.hash(policy, financialYear, runs, cost, variance, reserve, runsExhausted);
        }

        @Override
        public String toString() {
            return "Row[" + policy + " " + financialYear + ", " + runs + " runs, cost " + cost + ", variance " + variance + ", reserve "
                    + reserve + ", exhausted in " + runsExhausted + "]";
        }
    }

    /** Every run's summary: rows per policy ({@code current} first) and year, and what each run drew. Immutable. */
    public static final class Result {
        private final Draws draws;
        private final long seed;
        private final int runs;
        private final List<FinancialYear> years;
        private final List<String> policies;
        private final List<Row> rows;
        private final List<Drawn> drawn;
        private final boolean hasBlock;
        private final long decisions;

        private Result(Draws draws, long seed, int runs, List<FinancialYear> years, List<String> policies, List<Row> rows,
                       List<Drawn> drawn, boolean hasBlock, long decisions) {
            this.decisions = decisions;
            this.draws = draws;
            this.seed = seed;
            this.runs = runs;
            this.years = List.copyOf(years);
            this.policies = List.copyOf(policies);
            this.rows = List.copyOf(rows);
            this.drawn = List.copyOf(drawn);
            this.hasBlock = hasBlock;
        }

        /**
         * The summary of {@code outcomes}: runs 0 to n − 1 of {@code draws} seeded {@code seed},
         * each once, in any order.
         *
         * @throws IllegalArgumentException if a run is missing or repeated, or the runs disagree on the policies or years
         */
        public static Result of(Draws draws, long seed, List<Outcome> outcomes) {
            int n = outcomes.size();
            if (n == 0 || n > MAX_RUNS) {
                throw new IllegalArgumentException("an uncertainty run has 1 to " + MAX_RUNS + " runs, not " + n);
            }
            Outcome[] byRun = new Outcome[n];
            for (Outcome o : outcomes) {
                if (o.run < 0 || o.run >= n || byRun[o.run] != null) {
                    throw new IllegalArgumentException("run " + o.run + " is missing, repeated or beyond the " + n + " runs");
                }
                byRun[o.run] = o;
            }
            Outcome first = byRun[0];
            for (Outcome o : byRun) {
                if (!Arrays.equals(o.policies, first.policies) || !Arrays.equals(o.years, first.years)
                        || !Arrays.equals(o.block, first.block)) {
                    throw new IllegalArgumentException("run " + o.run + " has other policies or years than run 0");
                }
            }
            List<Row> rows = new ArrayList<>();
            boolean anyBlock = false;
            for (int p = 0; p < first.policies.length; p++) {
                for (int y = 0; y < first.years.length; y++) {
                    long[] cost = new long[n];
                    long[] variance = new long[n];
                    long[] reserve = new long[n];
                    int exhausted = 0;
                    for (int r = 0; r < n; r++) {
                        cost[r] = byRun[r].cost[p][y];
                        variance[r] = byRun[r].variance[p][y];
                        reserve[r] = byRun[r].reserve[p][y];
                        int e = byRun[r].exhausted[p];
                        exhausted += e >= 0 && e <= y ? 1 : 0;
                    }
                    boolean block = first.block[y];
                    anyBlock |= block;
                    rows.add(new Row(first.policies[p], first.titles[p], FinancialYear.parse(first.years[y]), n, percentiles(cost),
                            block ? percentiles(variance) : List.of(), block ? percentiles(reserve) : List.of(), exhausted,
                            BigDecimal.valueOf(exhausted).divide(BigDecimal.valueOf(n), 4, RoundingMode.HALF_UP)));
                }
            }
            List<Drawn> drawn = new ArrayList<>();
            long decisions = 0;
            for (Outcome o : byRun) {
                drawn.add(new Drawn(o.run, o.seed, o.values, null));
                decisions += o.decisions;
            }
            List<FinancialYear> years = Arrays.stream(first.years).map(FinancialYear::parse).toList();
            return new Result(draws, seed, n, years, List.of(first.policies), rows, drawn, anyBlock, decisions);
        }

        /** Nearest-rank percentiles of {@code values}: the value at place ⌈p × n / 100⌉ of the sorted values. */
        static List<Money> percentiles(long[] values) {
            long[] sorted = values.clone();
            Arrays.sort(sorted);
            List<Money> out = new ArrayList<>();
            for (int p : PERCENTILES) {
                int rank = (int) Math.max(1, (p * (long) sorted.length + 99) / 100);
                out.add(Money.ofPence(sorted[rank - 1]));
            }
            return out;
        }

        /** The distributions drawn from. */
        public Draws draws() {
            return draws;
        }

        /** The seed the runs' seeds were split from. */
        public long seed() {
            return seed;
        }

        /** How many runs. */
        public int runs() {
            return runs;
        }

        /** The financial years reported. */
        public List<FinancialYear> years() {
            return years;
        }

        /** The policies, {@code current} first. */
        public List<String> policies() {
            return policies;
        }

        /** One row per policy and year, policy by policy, each policy's years in order. */
        public List<Row> rows() {
            return rows;
        }

        /** Each run's seed and drawn values (its assumptions are not kept), in run order. */
        public List<Drawn> drawn() {
            return drawn;
        }

        /** The decisions of every run together, a case repeated within or across runs counted each time. */
        public long decisions() {
            return decisions;
        }

        /** Whether a High Needs Block forecast was given, so that reserves are reported. */
        public boolean hasBlock() {
            return hasBlock;
        }

        /** The rows of {@code policy}, in year order. */
        public List<Row> rows(String policy) {
            return rows.stream().filter(r -> r.policy().equals(policy)).toList();
        }
    }
}
