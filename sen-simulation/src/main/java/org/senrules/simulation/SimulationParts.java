package org.senrules.simulation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.senrules.core.ApiStatus;
import org.senrules.core.Decision;
import org.senrules.core.PolicyVariant;
import org.senrules.core.Request;
import org.senrules.core.RuleSetInfo;
import org.senrules.core.SenRules;
import org.senrules.core.domain.AreaOfNeed;
import org.senrules.core.domain.Money;
import org.senrules.core.domain.PrimaryNeed;
import org.senrules.core.domain.Setting;
import org.senrules.core.spi.Summary;
import org.senrules.simulation.distinct.DistinctCases;

/**
 * A snapshot simulation in parts, for a cluster (sen-spark): slices of the cohort are decided
 * apart ({@link Decider}), each slice's rows are added up in cohort order by the simulator's own
 * code ({@link Aggregator}), the slices' sums are merged in any order ({@link #merge}), and the
 * merged sums become the {@link Simulation.Result} the simulator gives for the whole cohort
 * ({@link #result}), so that {@link SimulationFiles} writes the same bytes.
 *
 * <p>Everything that crosses from one machine to another is a {@code byte[]} of this class's own
 * encoding (no Java serialization), tagged with its kind. Merging is associative and commutative:
 * what depends on cohort order (a locality's budget spent request by request, the first case of
 * each area of need, the unfunded requests in turn) carries the cases' places in the cohort.
 * Budgets bind within a locality, so where the rule set declares locality budgets a slice must
 * hold every case of its localities, in cohort order ({@link #localityOf}, {@link #indexOf}).
 * The case ids are not gathered: the result's {@link Simulation.Result#caseIds()} is empty, and a
 * parameter comparison (which lists cases) is not made in parts.
 */
@ApiStatus(ApiStatus.Level.INTERNAL)
public final class SimulationParts {
    private static final byte ROW = 'R';
    private static final byte FACTS = 'F';
    private static final byte PART = 'P';
    /** Cases a decider takes between the memo's sweeps: as a chunk of the one-pass route. */
    private static final int SWEEP = 512;

    private SimulationParts() {
    }

    /**
     * The names of every policy {@code runner} decides, in order: those it reports ({@code current}
     * first), then the base option of each combination that is not reported itself, which the
     * combination's change is split against. What a {@link Decider} and an {@link Aggregator} take.
     */
    public static List<String> decided(SimulationRunner runner) {
        List<String> out = new ArrayList<>();
        runner.policiesToRun().forEach(v -> out.add(v.name()));
        runner.bases().forEach(v -> out.add(v.name()));
        return List.copyOf(out);
    }

    /**
     * Whether a slice must hold every case of its localities in cohort order: the rule set's
     * summary declares locality budgets, which bind request by request.
     */
    public static boolean budgetsBindByLocality(SenRules engine, String ruleSet) {
        return Simulation.ruleSet(engine, java.util.Set.of(ruleSet)).summary().localityBudgetParameter() != null;
    }

    /** A decider for cases of {@code ruleSet} under {@code policies} ({@link #decided}, {@code current} first). */
    public static Decider decider(SenRules engine, String ruleSet, List<String> policies) {
        return new Decider(engine, ruleSet, policies);
    }

    /**
     * Decides cases one by one under every policy, in one pass ({@link SenRules#decideUnderPolicies}),
     * a repeated case once ({@link DistinctCases}), and gives each as a row; keeps what the
     * decisions say of themselves (illustrative values, fingerprints) for {@link #facts()}. One per
     * task: not thread-safe.
     */
    public static final class Decider {
        private final Summary<?, ?> summary;
        private final List<String> names;
        private final DistinctCases distinct;
        private final boolean[] illustrative;
        private final String[] rules;
        private final long[] rulesAt;
        private final List<TreeSet<String>> values = new ArrayList<>();
        private int sinceSweep;

        private Decider(SenRules engine, String ruleSet, List<String> policies) {
            RuleSetInfo info = Simulation.ruleSet(engine, java.util.Set.of(ruleSet));
            this.summary = info.summary();
            this.names = Simulation.policies(info, policies).stream().map(PolicyVariant::name).toList();
            DistinctCases.enabled();
            this.distinct = DistinctCases.of(engine, info.id(), info.caseType());
            this.illustrative = new boolean[names.size()];
            this.rules = new String[names.size()];
            this.rulesAt = new long[names.size()];
            java.util.Arrays.fill(rulesAt, -1);
            for (int p = 0; p < names.size(); p++) {
                values.add(new TreeSet<>());
            }
        }

        /**
         * The case at {@code index} of the cohort, decided under every policy, as a row.
         *
         * @throws org.senrules.core.InvalidRequestException as the engine refuses the case
         */
        public byte[] decide(long index, Request request) {
            if (sinceSweep++ % SWEEP == 0) {
                distinct.nextChunk();
            }
            List<Decision<?>> decisions = distinct.decide(request, names);
            Out out = new Out();
            out.b(ROW).l(index).s(request.caseData().caseId());
            Summary.Row first = null;
            List<Summary.Row> rows = new ArrayList<>(names.size());
            for (Decision<?> d : decisions) {
                Summary.Row row = summary.read(request.caseData(), d.outcome());
                rows.add(row);
                first = first == null ? row : first;
            }
            out.n(first.locality()).i(names.size());
            for (int p = 0; p < names.size(); p++) {
                Decision<?> d = decisions.get(p);
                Summary.Row row = rows.get(p);
                out.l(row.money().pence()).l(row.units())
                        .b((byte) ((row.considered() ? 1 : 0) | (row.eligible() ? 2 : 0) | (row.decidedByLocality() ? 4 : 0)))
                        .n(row.group()).n(row.band())
                        .b((byte) (row.need() == null ? 0 : row.need().ordinal() + 1))
                        .b((byte) (row.setting() == null ? 0 : row.setting().ordinal() + 1));
                List<String[]> used = new ArrayList<>(1);
                Simulation.budgetsUsed(d, summary, (k, v) -> used.add(new String[] {k, v}));
                out.i(used.size());
                for (String[] u : used) {
                    out.s(u[0]).s(u[1]);
                }
                illustrative[p] |= d.illustrative();
                if (index >= rulesAt[p]) {
                    rules[p] = d.rulesFingerprint();
                    rulesAt[p] = index;
                }
                values.get(p).add(d.parametersFingerprint());
            }
            return out.bytes();
        }

        /** What the decisions so far say of themselves, per policy: illustrative, fingerprints. */
        public byte[] facts() {
            Out out = new Out().b(FACTS).i(names.size());
            for (int p = 0; p < names.size(); p++) {
                out.bool(illustrative[p]).n(rules[p]).l(rulesAt[p]).i(values.get(p).size());
                values.get(p).forEach(out::s);
            }
            return out.bytes();
        }

        /** The memo's line for a log: how many distinct cases it decided. */
        public String distinctCases() {
            return distinct.summary();
        }
    }

    /** Whether {@code record} is a decided row (not facts or a part). */
    public static boolean isRow(byte[] record) {
        return record.length > 0 && record[0] == ROW;
    }

    /** A row's place in the cohort. */
    public static long indexOf(byte[] row) {
        In in = new In(row, ROW);
        return in.l();
    }

    /** A row's locality (the case's), or {@code null}: what a slice is keyed by where budgets bind. */
    public static String localityOf(byte[] row) {
        In in = new In(row, ROW);
        in.l();
        in.s();
        return in.n();
    }

    /** An aggregator for one slice of a cohort of {@code ruleSet} under {@code policies} ({@link #decided}, {@code current} first). */
    public static Aggregator aggregator(SenRules engine, String ruleSet, List<String> policies) {
        return new Aggregator(engine, ruleSet, policies);
    }

    /**
     * Adds up one slice's rows in cohort order with the simulator's own code, and takes in facts
     * and parts in any order. Not thread-safe.
     */
    public static final class Aggregator {
        private final Summary<?, ?> summary;
        private final List<Simulation.PolicyResult> results = new ArrayList<>();
        private final List<Map<String, Long>> budgetAt = new ArrayList<>();
        private final List<List<Long>> unfundedAt = new ArrayList<>();
        private final Map<String, Long> areaAt = new LinkedHashMap<>();
        private Part merged;
        private int cases;
        private long last = Long.MIN_VALUE;

        private Aggregator(SenRules engine, String ruleSet, List<String> policies) {
            RuleSetInfo info = Simulation.ruleSet(engine, java.util.Set.of(ruleSet));
            this.summary = info.summary();
            List<PolicyVariant> variants = Simulation.policies(info, policies);
            for (int p = 0; p < variants.size(); p++) {
                results.add(new Simulation.PolicyResult(variants.get(p), 0, p == 0));
                budgetAt.add(new TreeMap<>());
                unfundedAt.add(new ArrayList<>());
            }
            this.merged = new Part(variants.size());
        }

        /**
         * Adds a record: a row (after every row of this slice with a lower index), a decider's
         * facts, or another part.
         *
         * @throws IllegalArgumentException for a row out of cohort order, or a record of another run
         */
        public void add(byte[] record) {
            if (record.length == 0) {
                throw new IllegalArgumentException("an empty record");
            }
            switch (record[0]) {
                case ROW -> row(record);
                case FACTS -> merged.facts(record);
                case PART -> merged.merge(Part.decode(record));
                default -> throw new IllegalArgumentException("not a record of a simulation in parts");
            }
        }

        private void row(byte[] record) {
            In in = new In(record, ROW);
            long index = in.l();
            if (index <= last) {
                throw new IllegalArgumentException("rows must come in cohort order: " + index + " after " + last);
            }
            last = index;
            String caseId = in.s();
            String locality = in.n();
            int policies = in.i();
            if (policies != results.size()) {
                throw new IllegalArgumentException("a row of " + policies + " policies in a run of " + results.size());
            }
            cases++;
            for (int p = 0; p < policies; p++) {
                Simulation.PolicyResult pr = results.get(p);
                long pence = in.l();
                long units = in.l();
                byte flags = in.b();
                String group = in.n();
                String band = in.n();
                int need = in.b();
                int setting = in.b();
                int budgets = in.i();
                for (int k = 0; k < budgets; k++) {
                    String key = in.s();
                    String value = in.s();
                    int before = pr.localityBudgets.size();
                    Simulation.budgetUsed(pr, key, value);
                    if (pr.localityBudgets.size() > before) {
                        budgetAt.get(p).put(key, index);
                    }
                }
                PrimaryNeed primaryNeed = need == 0 ? null : PrimaryNeed.values()[need - 1];
                int unfunded = pr.unfunded.size();
                Simulation.add(pr, caseId, (flags & 1) != 0, (flags & 2) != 0, units, Money.ofPence(pence), group, band, primaryNeed,
                        locality, setting == 0 ? null : Setting.values()[setting - 1], (flags & 4) != 0, summary);
                if (pr.unfunded.size() > unfunded) {
                    unfundedAt.get(p).add(index);
                }
                if (p == 0 && summary.hasNeed()) {
                    AreaOfNeed area = primaryNeed == null ? null : primaryNeed.areaOrNull();
                    areaAt.putIfAbsent(area == null ? Simulation.NO_AREA : area.title(), index);
                }
            }
        }

        /** This slice's sums, with every fact and part added, as a part to merge. */
        public byte[] finish() {
            Part slice = new Part(results.size());
            slice.cases = cases;
            Simulation.PolicyResult current = results.get(0);
            for (Simulation.PolicyResult pr : results) {
                Simulation.compareWithCurrent(current, pr);
            }
            for (Simulation.PolicyResult pr : results) {
                if (pr.policy.contains(PolicyVariant.COMBINED)) {
                    // a combination's change split against its base option, pupil by pupil, as the simulator splits it
                    String base = pr.policy.substring(pr.policy.indexOf(PolicyVariant.COMBINED) + 1);
                    results.stream().filter(x -> x.policy.equals(base)).findFirst()
                            .ifPresent(b -> Simulation.breakDown(current, b, pr));
                }
            }
            for (int p = 0; p < results.size(); p++) {
                slice.policies[p].take(results.get(p), budgetAt.get(p), unfundedAt.get(p), areaAt);
            }
            slice.merge(merged);
            return slice.encode();
        }
    }

    /** Two parts merged, in either order. */
    public static byte[] merge(byte[] a, byte[] b) {
        Part p = Part.decode(a);
        p.merge(Part.decode(b));
        return p.encode();
    }

    /**
     * The simulation's result from the merged part of every slice: what {@code runner} (configured
     * as for the whole cohort, made with {@link Simulation#streamed}) gives, the High Needs Block
     * effect and the Staffordshire check's warnings included.
     *
     * @throws IllegalArgumentException if no case was added, or the part is of other policies
     */
    public static Simulation.Result result(SimulationRunner runner, byte[] part) {
        Part d = Part.decode(part);
        List<PolicyVariant> variants = new ArrayList<>(runner.policiesToRun());
        variants.addAll(runner.bases());
        if (d.policies.length != variants.size()) {
            throw new IllegalArgumentException("a part of " + d.policies.length + " policies for a run of " + variants.size());
        }
        if (d.cases == 0) {
            throw new IllegalArgumentException("a cohort to simulate has cases of one rule set, this one has []");
        }
        List<Simulation.PolicyResult> results = new ArrayList<>();
        for (int p = 0; p < variants.size(); p++) {
            Simulation.PolicyResult pr = new Simulation.PolicyResult(variants.get(p), 0, p == 0);
            d.policies[p].give(pr);
            results.add(pr);
        }
        return runner.conclude(results.subList(0, runner.policiesToRun().size()), null, d.cases, new String[0]);
    }

    /** Sums of cases, policy by policy: what a {@link Simulation.PolicyResult} holds, mergeable. */
    private static final class Part {
        int cases;
        final Sums[] policies;

        Part(int policies) {
            this.policies = new Sums[policies];
            for (int p = 0; p < policies; p++) {
                this.policies[p] = new Sums();
            }
        }

        void facts(byte[] record) {
            In in = new In(record, FACTS);
            int n = in.i();
            check(n);
            for (int p = 0; p < n; p++) {
                Sums s = policies[p];
                s.illustrative |= in.bool();
                String rules = in.n();
                long at = in.l();
                s.rules(rules, at);
                int k = in.i();
                for (int i = 0; i < k; i++) {
                    s.values.add(in.s());
                }
            }
        }

        void check(int n) {
            if (n != policies.length) {
                throw new IllegalArgumentException("a record of " + n + " policies in a run of " + policies.length);
            }
        }

        void merge(Part o) {
            check(o.policies.length);
            cases += o.cases;
            for (int p = 0; p < policies.length; p++) {
                policies[p].merge(o.policies[p]);
            }
        }

        byte[] encode() {
            Out out = new Out().b(PART).i(cases).i(policies.length);
            for (Sums s : policies) {
                s.write(out);
            }
            return out.bytes();
        }

        static Part decode(byte[] record) {
            In in = new In(record, PART);
            int cases = in.i();
            Part p = new Part(in.i());
            p.cases = cases;
            for (Sums s : p.policies) {
                s.read(in);
            }
            return p;
        }
    }

    /** Totals as numbers: cases, considered, eligible, units, top-up (pence), unfunded, unfunded top-up (pence). */
    private static long[] totals(Simulation.Totals t) {
        return new long[] {t.cases, t.considered, t.eligible, t.units, t.topUp.pence(), t.unfunded, t.unfundedTopUp.pence()};
    }

    private static Simulation.Totals totals(long[] v) {
        Simulation.Totals t = new Simulation.Totals();
        t.cases = Math.toIntExact(v[0]);
        t.considered = Math.toIntExact(v[1]);
        t.eligible = Math.toIntExact(v[2]);
        t.units = v[3];
        t.topUp = Money.ofPence(v[4]);
        t.unfunded = Math.toIntExact(v[5]);
        t.unfundedTopUp = Money.ofPence(v[6]);
        return t;
    }

    /** Changes as numbers: gain, lose, keep, none, lose over £1,000, lose over £5,000, gained, lost (pence). */
    private static long[] changes(Simulation.Changes c) {
        return new long[] {c.gain, c.lose, c.keep, c.none, c.loseOver1000, c.loseOver5000, c.gained, c.lost};
    }

    private static Simulation.Changes changes(long[] v, int from) {
        Simulation.Changes c = new Simulation.Changes();
        c.gain = Math.toIntExact(v[from]);
        c.lose = Math.toIntExact(v[from + 1]);
        c.keep = Math.toIntExact(v[from + 2]);
        c.none = Math.toIntExact(v[from + 3]);
        c.loseOver1000 = Math.toIntExact(v[from + 4]);
        c.loseOver5000 = Math.toIntExact(v[from + 5]);
        c.gained = v[from + 6];
        c.lost = v[from + 7];
        return c;
    }

    private static void add(long[] into, long[] from) {
        for (int i = 0; i < into.length; i++) {
            into[i] += from[i];
        }
    }

    /** One unfunded request and its place in the cohort. */
    private record Unfunded(long index, String caseId, String locality, long topUp, long left) {
    }

    /** One policy's sums over some cases. */
    private static final class Sums {
        long[] all = new long[7];
        final Map<String, long[]> byArea = new LinkedHashMap<>();
        final Map<String, long[]> byLocality = new TreeMap<>();
        final Map<String, long[]> byGroup = new TreeMap<>();
        /** Each locality's budget: the place of the case that first reported it, and the budget in pence. */
        final Map<String, long[]> budgets = new TreeMap<>();
        final Map<String, Long> budgetLeft = new TreeMap<>();
        final List<Unfunded> unfunded = new ArrayList<>();
        boolean illustrative;
        boolean localityLed;
        String rules;
        long rulesAt = -1;
        final TreeSet<String> values = new TreeSet<>();
        long change;
        long[] changes = new long[8];
        final Map<String, long[]> byBand = new TreeMap<>(Simulation.BAND_ORDER);
        /** Each area's changes after the place of the first case of that area under current. */
        final Map<String, long[]> byAreaChanges = new TreeMap<>();
        final Map<String, long[]> bySetting = new TreeMap<>();
        /** A combination's parts, by order: the change, then the changes' eight numbers; and their words. */
        final Map<Integer, long[]> parts = new TreeMap<>();
        final Map<Integer, String[]> partWords = new TreeMap<>();

        Sums() {
            for (AreaOfNeed a : AreaOfNeed.values()) {
                byArea.put(a.title(), new long[7]);
            }
            byArea.put(Simulation.NO_AREA, new long[7]);
        }

        void rules(String fingerprint, long at) {
            if (fingerprint != null && at >= rulesAt) {
                rules = fingerprint;
                rulesAt = at;
            }
        }

        /** A slice's policy result, with the places in the cohort the simulator does not keep. */
        void take(Simulation.PolicyResult pr, Map<String, Long> budgetAt, List<Long> unfundedAt, Map<String, Long> areaAt) {
            all = totals(pr.all);
            pr.byArea.forEach((k, t) -> byArea.put(k, totals(t)));
            pr.byLocality.forEach((k, t) -> byLocality.put(k, totals(t)));
            pr.byGroup.forEach((k, t) -> byGroup.put(k, totals(t)));
            pr.localityBudgets.forEach((k, m) -> budgets.put(k, new long[] {budgetAt.get(k), m.pence()}));
            budgetLeft.putAll(pr.budgetLeft);
            for (int i = 0; i < pr.unfunded.size(); i++) {
                Simulation.Unfunded u = pr.unfunded.get(i);
                unfunded.add(new Unfunded(unfundedAt.get(i), u.caseId(), u.locality(), u.topUp().pence(), u.budgetLeft().pence()));
            }
            localityLed = pr.localityLed;
            change = pr.change.pence();
            changes = changes(pr.changes);
            pr.changesByBand.forEach((k, c) -> byBand.put(k, changes(c)));
            pr.changesByArea.forEach((k, c) -> {
                long[] v = new long[9];
                v[0] = areaAt.get(k);
                System.arraycopy(changes(c), 0, v, 1, 8);
                byAreaChanges.put(k, v);
            });
            pr.changesBySetting.forEach((k, c) -> bySetting.put(k, changes(c)));
            for (Simulation.Part part : pr.breakdown) {
                long[] v = new long[9];
                v[0] = part.change().pence();
                System.arraycopy(changes(part.changes()), 0, v, 1, 8);
                parts.put(part.order(), v);
                partWords.put(part.order(), new String[] {part.policy(), part.what(), part.from()});
            }
        }

        void merge(Sums o) {
            add(all, o.all);
            sum(byArea, o.byArea);
            sum(byLocality, o.byLocality);
            sum(byGroup, o.byGroup);
            o.budgets.forEach((k, v) -> budgets.merge(k, v, (a, b) -> a[0] <= b[0] ? a : b));
            o.budgetLeft.forEach((k, v) -> {
                if (budgetLeft.putIfAbsent(k, v) != null) {
                    throw new IllegalArgumentException("the budget of locality " + k + " was spent in two slices: a locality's cases "
                            + "must be in one slice");
                }
            });
            unfunded.addAll(o.unfunded);
            unfunded.sort(Comparator.comparingLong(Unfunded::index));
            illustrative |= o.illustrative;
            localityLed |= o.localityLed;
            rules(o.rules, o.rulesAt);
            values.addAll(o.values);
            change += o.change;
            add(changes, o.changes);
            sum(byBand, o.byBand);
            o.byAreaChanges.forEach((k, v) -> byAreaChanges.merge(k, v, (a, b) -> {
                long[] out = new long[9];
                out[0] = Math.min(a[0], b[0]);
                for (int i = 1; i < 9; i++) {
                    out[i] = a[i] + b[i];
                }
                return out;
            }));
            sum(bySetting, o.bySetting);
            o.parts.forEach((k, v) -> parts.merge(k, v.clone(), (a, b) -> {
                long[] out = a.clone();
                add(out, b);
                return out;
            }));
            partWords.putAll(o.partWords);
        }

        private static void sum(Map<String, long[]> into, Map<String, long[]> from) {
            from.forEach((k, v) -> into.merge(k, v.clone(), (a, b) -> {
                long[] out = a.clone();
                add(out, b);
                return out;
            }));
        }

        /** Fills a policy result made for the whole cohort, as the simulator would have. */
        void give(Simulation.PolicyResult pr) {
            Simulation.Totals t = totals(all);
            copy(t, pr.all);
            byArea.forEach((k, v) -> copy(totals(v), pr.byArea.get(k)));
            byLocality.forEach((k, v) -> pr.byLocality.put(k, totals(v)));
            byGroup.forEach((k, v) -> pr.byGroup.put(k, totals(v)));
            budgets.forEach((k, v) -> pr.localityBudgets.put(k, Money.ofPence(v[1])));
            pr.budgetLeft.putAll(budgetLeft);
            unfunded.forEach(u -> pr.unfunded.add(new Simulation.Unfunded(u.caseId(), u.locality(), Money.ofPence(u.topUp()),
                    Money.ofPence(u.left()))));
            pr.illustrative = illustrative;
            pr.localityLed = localityLed;
            pr.rulesFingerprint = rules == null ? "" : rules;
            pr.parametersFingerprints.addAll(values);
            pr.change = Money.ofPence(change);
            copy(changes(changes, 0), pr.changes);
            byBand.forEach((k, v) -> pr.changesByBand.put(k, changes(v, 0)));
            // by area of need in the order each first appears in the cohort, as the simulator meets them
            byAreaChanges.entrySet().stream().sorted(Comparator.comparingLong(e -> e.getValue()[0]))
                    .forEach(e -> pr.changesByArea.put(e.getKey(), changes(e.getValue(), 1)));
            for (Setting s : Setting.values()) {
                long[] v = bySetting.get(s.title());
                if (v != null) {
                    pr.changesBySetting.put(s.title(), changes(v, 0));
                }
            }
            parts.forEach((order, v) -> {
                String[] w = partWords.get(order);
                pr.breakdown.add(new Simulation.Part(order, w[0], w[1], w[2], Money.ofPence(v[0]), changes(v, 1)));
            });
        }

        private static void copy(Simulation.Totals from, Simulation.Totals to) {
            to.cases = from.cases;
            to.considered = from.considered;
            to.eligible = from.eligible;
            to.units = from.units;
            to.topUp = from.topUp;
            to.unfunded = from.unfunded;
            to.unfundedTopUp = from.unfundedTopUp;
        }

        private static void copy(Simulation.Changes from, Simulation.Changes to) {
            to.gain = from.gain;
            to.lose = from.lose;
            to.keep = from.keep;
            to.none = from.none;
            to.loseOver1000 = from.loseOver1000;
            to.loseOver5000 = from.loseOver5000;
            to.gained = from.gained;
            to.lost = from.lost;
        }

        void write(Out out) {
            out.longs(all);
            map(out, byArea);
            map(out, byLocality);
            map(out, byGroup);
            map(out, budgets);
            out.i(budgetLeft.size());
            budgetLeft.forEach((k, v) -> out.s(k).l(v));
            out.i(unfunded.size());
            unfunded.forEach(u -> out.l(u.index()).s(u.caseId()).s(u.locality()).l(u.topUp()).l(u.left()));
            out.bool(illustrative).bool(localityLed).n(rules).l(rulesAt).i(values.size());
            values.forEach(out::s);
            out.l(change).longs(changes);
            map(out, byBand);
            map(out, byAreaChanges);
            map(out, bySetting);
            map(out, new TreeMap<>(parts.entrySet().stream().collect(java.util.stream.Collectors.toMap(e -> String.valueOf(e.getKey()),
                    Map.Entry::getValue))));
            out.i(partWords.size());
            partWords.forEach((k, w) -> out.i(k).s(w[0]).s(w[1]).s(w[2]));
        }

        void read(In in) {
            all = in.longs();
            byArea.clear();
            readMap(in, byArea);
            readMap(in, byLocality);
            readMap(in, byGroup);
            readMap(in, budgets);
            for (int i = in.i(); i > 0; i--) {
                budgetLeft.put(in.s(), in.l());
            }
            for (int i = in.i(); i > 0; i--) {
                unfunded.add(new Unfunded(in.l(), in.s(), in.s(), in.l(), in.l()));
            }
            illustrative = in.bool();
            localityLed = in.bool();
            rules = in.n();
            rulesAt = in.l();
            for (int i = in.i(); i > 0; i--) {
                values.add(in.s());
            }
            change = in.l();
            changes = in.longs();
            readMap(in, byBand);
            readMap(in, byAreaChanges);
            readMap(in, bySetting);
            Map<String, long[]> p = new TreeMap<>();
            readMap(in, p);
            p.forEach((k, v) -> parts.put(Integer.parseInt(k), v));
            for (int i = in.i(); i > 0; i--) {
                partWords.put(in.i(), new String[] {in.s(), in.s(), in.s()});
            }
        }

        private static void map(Out out, Map<String, long[]> m) {
            out.i(m.size());
            m.forEach((k, v) -> out.s(k).longs(v));
        }

        private static void readMap(In in, Map<String, long[]> m) {
            for (int i = in.i(); i > 0; i--) {
                m.put(in.s(), in.longs());
            }
        }
    }

    /** This class's encoding: big-endian numbers and modified UTF-8 strings, with a flag before a string that may be null. */
    private static final class Out {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        private final DataOutputStream out = new DataOutputStream(bytes);

        Out b(byte v) {
            try {
                out.writeByte(v);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        Out bool(boolean v) {
            return b((byte) (v ? 1 : 0));
        }

        Out i(int v) {
            try {
                out.writeInt(v);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        Out l(long v) {
            try {
                out.writeLong(v);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        Out longs(long[] v) {
            i(v.length);
            for (long x : v) {
                l(x);
            }
            return this;
        }

        Out s(String v) {
            try {
                out.writeUTF(v);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        Out n(String v) {
            bool(v != null);
            return v == null ? this : s(v);
        }

        byte[] bytes() {
            return bytes.toByteArray();
        }
    }

    private static final class In {
        private final DataInputStream in;

        In(byte[] record, byte kind) {
            if (record.length == 0 || record[0] != kind) {
                throw new IllegalArgumentException("not a " + (char) kind + " record of a simulation in parts");
            }
            this.in = new DataInputStream(new ByteArrayInputStream(record, 1, record.length - 1));
        }

        byte b() {
            try {
                return in.readByte();
            } catch (IOException e) {
                throw new IllegalArgumentException("a record of a simulation in parts is cut short", e);
            }
        }

        boolean bool() {
            return b() != 0;
        }

        int i() {
            try {
                return in.readInt();
            } catch (IOException e) {
                throw new IllegalArgumentException("a record of a simulation in parts is cut short", e);
            }
        }

        long l() {
            try {
                return in.readLong();
            } catch (IOException e) {
                throw new IllegalArgumentException("a record of a simulation in parts is cut short", e);
            }
        }

        long[] longs() {
            long[] v = new long[i()];
            for (int k = 0; k < v.length; k++) {
                v[k] = l();
            }
            return v;
        }

        String s() {
            try {
                return in.readUTF();
            } catch (IOException e) {
                throw new IllegalArgumentException("a record of a simulation in parts is cut short", e);
            }
        }

        String n() {
            return bool() ? s() : null;
        }
    }
}
