package org.senrules.simulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.senrules.core.ApiStatus;
import org.senrules.core.Decision;
import org.senrules.core.ParameterUse;
import org.senrules.core.PolicyVariant;
import org.senrules.core.Request;
import org.senrules.core.RuleSetInfo;
import org.senrules.core.SenRules;
import org.senrules.core.domain.AreaOfNeed;
import org.senrules.core.domain.Money;
import org.senrules.core.spi.Summary;
import org.senrules.simulation.distinct.DistinctCases;

/**
 * The cohort simulator: runs a cohort under several policies and aggregates the decisions as
 * they come, chunk by chunk, so memory holds per-case amounts rather than every decision. Works for any rule set
 * whose pack declares a {@link Summary}: its money, and where declared its units, considered and
 * eligible, decision group, band, primary need, locality and locality budgets. Nothing is read
 * from a decision but through that declaration.
 *
 * <p>Start with {@link #of(SenRules, List)}; the result is read through {@link Result}.
 * A cohort or a policy the simulator cannot run is an {@link IllegalArgumentException} whose
 * message says why.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class Simulation {
    /** The area-of-need row for cases whose primary need has no broad area. */
    public static final String NO_AREA = "No broad area (OTH, NSA)";
    private static final int CHUNK = 4096;
    /**
     * {@code -Dsenrules.simulation.onePass=false} decides a cohort policy by policy, as before the
     * one-pass route; the results are the same either way (docs/performance.md). For comparing
     * the two routes, in tests and measurements.
     */
    static final String ONE_PASS = "senrules.simulation.onePass";

    private Simulation() {
    }

    /** A simulation of {@code cohort} (requests of one rule set) on {@code engine}, to configure and run. */
    public static SimulationRunner of(SenRules engine, List<Request> cohort) {
        return new SimulationRunner(engine, cohort);
    }

    /**
     * A simulation of a cohort of {@code ruleSet} as of {@code asOf} that is read as it runs (such
     * as by {@code DecisionJson.readCohort}), too large to hold: configure it as {@link #of}'s,
     * then {@link SimulationRunner#start()} and hand it the cases a chunk at a time.
     */
    public static SimulationRunner streamed(SenRules engine, String ruleSet, LocalDate asOf) {
        return new SimulationRunner(engine, ruleSet, asOf);
    }

    /** Sums over a group of cases. */
    public static final class Totals {
        int cases;
        int considered;
        int eligible;
        long units;
        Money topUp = Money.ZERO;
        int unfunded;
        Money unfundedTopUp = Money.ZERO;

        Totals() {
        }

        /**
         * Requests the rules found eligible that went unfunded because their locality's budget
         * was used before their turn (only where budgets bind: locality-led decisions).
         */
        public int unfunded() {
            return unfunded;
        }

        /** The top-up those unfunded requests would have had. */
        public Money unfundedTopUp() {
            return unfundedTopUp;
        }

        /** Eligible requests funded: eligible less those unfunded for want of budget. */
        public int funded() {
            return eligible - unfunded;
        }

        /** Cases in the group. */
        public int cases() {
            return cases;
        }

        /** Cases that could be considered (every case when the rule set has no such field). */
        public int considered() {
            return considered;
        }

        /** Cases considered and eligible. */
        public int eligible() {
            return eligible;
        }

        /** Units granted or counted. */
        public long units() {
            return units;
        }

        /** Total top-up (or total) money. */
        public Money topUp() {
            return topUp;
        }
    }

    /**
     * Pupils whose funding changes against {@code current}, for the Staffordshire check: how many
     * gain, lose, keep the same funding, have no funding either way, and lose more than £1,000 and
     * more than £5,000, with the money gained and lost.
     */
    public static final class Changes {
        int gain;
        int lose;
        int keep;
        int none;
        int loseOver1000;
        int loseOver5000;
        long gained;
        long lost;

        Changes() {
        }

        void add(long before, long after) {
            long difference = after - before;
            if (difference > 0) {
                gain++;
                gained += difference;
            } else if (difference < 0) {
                lose++;
                lost -= difference;
                loseOver1000 += difference < -LOSS_1000 ? 1 : 0;
                loseOver5000 += difference < -LOSS_5000 ? 1 : 0;
            } else if (before != 0) {
                keep++;
            } else {
                none++;
            }
        }

        /** Pupils funded more than under {@code current}. */
        public int gain() {
            return gain;
        }

        /** Pupils funded less than under {@code current}. */
        public int lose() {
            return lose;
        }

        /** Pupils who keep the same funding, some funding (not £0.00 under both). */
        public int keep() {
            return keep;
        }

        /** Pupils with no funding either way: £0.00 under {@code current} and under the policy. */
        public int noFunding() {
            return none;
        }

        /** Pupils who lose more than £1,000 a year. */
        public int loseOver1000() {
            return loseOver1000;
        }

        /** Pupils who lose more than £5,000 a year. */
        public int loseOver5000() {
            return loseOver5000;
        }

        /** The money the pupils who gain gain, together. */
        public Money gained() {
            return Money.ofPence(gained);
        }

        /** The money the pupils who lose lose, together (a positive amount). */
        public Money lost() {
            return Money.ofPence(lost);
        }
    }

    /** Bands in their order: numbered bands (or units) by number, then named ones ("none") by name. */
    static final java.util.Comparator<String> BAND_ORDER = (a, b) -> {
        boolean na = isWholeNumber(a);
        boolean nb = isWholeNumber(b);
        if (na && nb) {
            return Long.compare(Long.parseLong(a), Long.parseLong(b));
        }
        return na != nb ? (na ? -1 : 1) : a.compareTo(b);
    };

    /**
     * {@code text} matches {@code -?\d{1,18}}, by hand: the band order compares bands for every
     * case of every policy, and a regular expression there was a tenth of a 100,000-case run.
     */
    static boolean isWholeNumber(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        int digits = text.length() - start;
        if (digits < 1 || digits > 18) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static final long LOSS_1000 = 100_000L;
    private static final long LOSS_5000 = 500_000L;

    /** Everything the reports show for one policy. */
    public static final class PolicyResult {
        final String policy;
        final String title;
        final String source;
        final Totals all = new Totals();
        final Map<String, Totals> byArea = new LinkedHashMap<>();
        final Map<String, Totals> byLocality = new TreeMap<>();
        final Map<String, Totals> byGroup = new TreeMap<>();
        final Map<String, Money> localityBudgets = new TreeMap<>();
        final Map<String, Long> budgetLeft = new TreeMap<>();
        final List<Unfunded> unfunded = new ArrayList<>();
        final boolean costNeutral;
        boolean costNeutralBreached;
        boolean localityLed;
        boolean illustrative;
        Money change = Money.ZERO;
        HighNeedsBlock.Effect hnb;
        /** The fingerprint of the rule files the policy's decisions were made with. */
        String rulesFingerprint = "";
        final Set<String> parametersFingerprints = new java.util.TreeSet<>();
        /** The fingerprint last added to {@link #parametersFingerprints}. */
        String lastParametersFingerprint;
        /** Each case's money and, for current and a compared parameter set, its band, area and setting. */
        final CaseColumns columns;
        final Changes changes = new Changes();
        final Map<String, Changes> changesByBand = new TreeMap<>(BAND_ORDER);
        final Map<String, Changes> changesByArea = new LinkedHashMap<>();
        final Map<String, Changes> changesBySetting = new LinkedHashMap<>();

        PolicyResult(PolicyVariant v, int size) {
            this(v, size, true);
        }

        /** {@code detailed}: whether each case's band, area and setting are kept, not only its money. */
        PolicyResult(PolicyVariant v, int size, boolean detailed) {
            this.policy = v.name();
            this.title = v.title();
            this.source = v.source();
            this.costNeutral = v.costNeutral();
            this.columns = new CaseColumns(detailed, size);
            for (AreaOfNeed a : AreaOfNeed.values()) {
                byArea.put(a.title(), new Totals());
            }
            byArea.put(NO_AREA, new Totals());
        }

        /** The policy's name. */
        public String policy() {
            return policy;
        }

        /** What the policy does, in one line. */
        public String title() {
            return title;
        }

        /** The document that describes it. */
        public String source() {
            return source;
        }

        /** Totals over the whole cohort. */
        public Totals all() {
            return all;
        }

        /** Totals by area of need, in the order of {@link AreaOfNeed}, then {@link #NO_AREA}. */
        public Map<String, Totals> byArea() {
            return java.util.Collections.unmodifiableMap(byArea);
        }

        /** Totals by locality, sorted by name; empty when cases have no locality. */
        public Map<String, Totals> byLocality() {
            return java.util.Collections.unmodifiableMap(byLocality);
        }

        /** Totals by decision group, sorted by name; empty when the rule set declares no groups. */
        public Map<String, Totals> byGroup() {
            return java.util.Collections.unmodifiableMap(byGroup);
        }

        /** The locality budgets the decisions used, sorted by locality. */
        public Map<String, Money> localityBudgets() {
            return java.util.Collections.unmodifiableMap(localityBudgets);
        }

        /** True when some decision was made by the pupil's locality, as the rule set's summary declares. */
        public boolean localityLed() {
            return localityLed;
        }

        /** True when some decision used an illustrative value. */
        public boolean illustrative() {
            return illustrative;
        }

        /** The fingerprint of the rule files this policy's decisions were made with. */
        public String rulesFingerprint() {
            return rulesFingerprint;
        }

        /** The parameters fingerprints of this policy's decisions (one per distinct set of values in force), sorted. */
        public List<String> parametersFingerprints() {
            return List.copyOf(parametersFingerprints);
        }

        /** Money against {@code current}. */
        public Money change() {
            return change;
        }

        /** Pupils funded more than under {@code current}. */
        public int gain() {
            return changes.gain;
        }

        /** Pupils funded less than under {@code current}. */
        public int lose() {
            return changes.lose;
        }

        /** Pupils who keep the same funding as under {@code current}, some funding. */
        public int keep() {
            return changes.keep;
        }

        /** Pupils with no funding under {@code current} nor under this policy. */
        public int noFunding() {
            return changes.none;
        }

        /** Whether the policy file declares this policy meant to cost what {@code current} costs. */
        public boolean costNeutral() {
            return costNeutral;
        }

        /** Whether it is declared cost-neutral and its cost differs from current's by more than the tolerance. */
        public boolean costNeutralBreached() {
            return costNeutralBreached;
        }

        /** True when some locality's budget limited what was funded: a locality-led decision met a budget. */
        public boolean budgetsBind() {
            return !budgetLeft.isEmpty();
        }

        /** What each locality has left of its budget after funding requests in turn, sorted by locality. */
        public Map<String, Money> budgetLeft() {
            Map<String, Money> out = new TreeMap<>();
            budgetLeft.forEach((k, v) -> out.put(k, Money.ofPence(v)));
            return java.util.Collections.unmodifiableMap(out);
        }

        /** The requests left unfunded because their locality's budget was used first, in cohort order. */
        public List<Unfunded> unfunded() {
            return java.util.Collections.unmodifiableList(unfunded);
        }

        /** Winners and losers by the pupil's setting, in the order of {@code Setting}; empty when the rule set declares no setting. */
        public Map<String, Changes> changesBySetting() {
            return java.util.Collections.unmodifiableMap(changesBySetting);
        }

        /** Winners and losers against {@code current}, with the losses over £1,000 and £5,000. */
        public Changes changes() {
            return changes;
        }

        /** Winners and losers by the pupil's band (or what stands for it) under {@code current}: numbered bands by number, then "none". */
        public Map<String, Changes> changesByBand() {
            return java.util.Collections.unmodifiableMap(changesByBand);
        }

        /** Winners and losers by area of need, in the order of {@link #byArea()}; empty when the rule set declares no need. */
        public Map<String, Changes> changesByArea() {
            return java.util.Collections.unmodifiableMap(changesByArea);
        }

        /** The effect on the High Needs Block forecast, or {@code null} without its figures. */
        public HighNeedsBlock.Effect hnb() {
            return hnb;
        }

        /**
         * A combined policy's change against {@code current} split into its parts, in order: the
         * base option first (its values, decided as it would be alone), then the process
         * combined with it on top (the locality budgets of {@code dbv-option-6}); the parts' changes
         * add up to {@link #change()}. Empty for a policy that is not a combination.
         *
         * @since 1.0
         */
        public List<Part> breakdown() {
            return java.util.Collections.unmodifiableList(breakdown);
        }

        final List<Part> breakdown = new ArrayList<>();
    }

    /**
     * One part of a combined policy's change against {@code current}.
     * Immutable, compared by value; only the simulator makes one.
     *
     * @since 1.0
     */
    public static final class Part {
        private final int order;
        private final String policy;
        private final String what;
        private final String from;
        private final Money change;
        private final Changes changes;

        Part(int order, String policy, String what, String from, Money change, Changes changes) {
            this.order = order;
            this.policy = policy;
            this.what = what;
            this.from = from;
            this.change = change;
            this.changes = changes;
        }

        /** Its place, from 1: the base option is 1. */
        public int order() {
            return order;
        }

        /** The policy whose effect it is: the base option, or the policy combined with it. */
        public String policy() {
            return policy;
        }

        /** What the part is, in words. */
        public String what() {
            return what;
        }

        /** What it is measured from: {@code current}, or the base option. */
        public String from() {
            return from;
        }

        /** The money it adds to the change against current (negative: a saving). */
        public Money change() {
            return change;
        }

        /** The pupils who gain and lose in this part, against what it is measured from. */
        public Changes changes() {
            return changes;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Part o && java.util.Objects.equals(order, o.order) && java.util.Objects.equals(policy, o.policy) && java.util.Objects.equals(what, o.what) && java.util.Objects.equals(from, o.from) && java.util.Objects.equals(change, o.change) && java.util.Objects.equals(changes, o.changes);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(order, policy, what, from, change, changes);
        }

        @Override
        public String toString() {
            return "Part[order=" + order + ", policy=" + policy + ", what=" + what + ", from=" + from + ", change=" + change + ", changes=" + changes + "]";
        }
    }

    /**
     * Splits {@code combined}'s change against {@code current} into the base option's change and
     * what the process combined with it adds on top, pupil by pupil.
     */
    static void breakDown(PolicyResult current, PolicyResult base, PolicyResult combined) {
        String process = combined.policy.substring(0, combined.policy.indexOf(PolicyVariant.COMBINED));
        Changes first = new Changes();
        Changes second = new Changes();
        long one = 0;
        long two = 0;
        for (int i = 0; i < combined.columns.size(); i++) {
            long now = current.columns.pence(i);
            long mid = base.columns.pence(i);
            long then = combined.columns.pence(i);
            first.add(now, mid);
            second.add(mid, then);
            one += mid - now;
            two += then - mid;
        }
        combined.breakdown.clear();
        combined.breakdown.add(new Part(1, base.policy, base.title + " (the base option, decided as it would be alone)", Request.CURRENT,
                Money.ofPence(one), first));
        // the combination's title is the process's, then ", with BASE: ..." (PolicyVariant.with)
        int with = combined.title == null ? -1 : combined.title.indexOf(", with " + base.policy);
        String processTitle = with > 0 ? combined.title.substring(0, with) : process;
        combined.breakdown.add(new Part(2, process, processTitle + " (" + process + "), on top of " + base.policy, base.policy,
                Money.ofPence(two), second));
    }

    /**
     * An eligible request its locality could not fund: the budget left when its turn came was less than its top-up.
     *
     * @param caseId     the case id
     * @param locality   the locality
     * @param topUp      the top-up the rules decided
     * @param budgetLeft what was left of the locality's budget at its turn
     */
    public record Unfunded(String caseId, String locality, Money topUp, Money budgetLeft) {
    }

    /**
     * The {@code --compare-parameters} result: the same cohort under current with two parameter sets.
     * Immutable, compared by value; only the simulator makes one.
     */
    public static final class Comparison {
        private final String file;
        private final String bandLabel;
        private final Money before;
        private final Money after;
        private final int changed;
        private final int fundingUp;
        private final int fundingDown;
        private final int bandChanged;
        private final List<Change> changes;

        Comparison(String file, String bandLabel, Money before, Money after, int changed, int fundingUp, int fundingDown,
                   int bandChanged, List<Change> changes) {
            this.file = file;
            this.bandLabel = bandLabel;
            this.before = before;
            this.after = after;
            this.changed = changed;
            this.fundingUp = fundingUp;
            this.fundingDown = fundingDown;
            this.bandChanged = bandChanged;
            this.changes = List.copyOf(changes);
        }

        /** The parameter file compared with, as given. */
        public String file() {
            return file;
        }

        /** What the rule set's summary calls the band, such as {@code "band"}. */
        public String bandLabel() {
            return bandLabel;
        }

        /** The cohort's money under {@code current} with the rule set's own values. */
        public Money before() {
            return before;
        }

        /** The cohort's money under {@code current} with the compared file's values. */
        public Money after() {
            return after;
        }

        /** Pupils whose band or funding changes. */
        public int changed() {
            return changed;
        }

        /** Pupils whose funding goes up. */
        public int fundingUp() {
            return fundingUp;
        }

        /** Pupils whose funding goes down. */
        public int fundingDown() {
            return fundingDown;
        }

        /** Pupils whose band changes. */
        public int bandChanged() {
            return bandChanged;
        }

        /** The pupils whose band or funding changes, in cohort order. */
        public List<Change> changes() {
            return changes;
        }

        /** After minus before. */
        public Money difference() {
            return after.minus(before);
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Comparison o)) {
                return false;
            }
            return java.util.Objects.equals(file, o.file)
                    && java.util.Objects.equals(bandLabel, o.bandLabel)
                    && java.util.Objects.equals(before, o.before)
                    && java.util.Objects.equals(after, o.after)
                    && changed == o.changed
                    && fundingUp == o.fundingUp
                    && fundingDown == o.fundingDown
                    && bandChanged == o.bandChanged
                    && java.util.Objects.equals(changes, o.changes);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(file, bandLabel, before, after, changed, fundingUp, fundingDown, bandChanged, changes);
        }

        @Override
        public String toString() {
            return "Comparison[file=" + file
                    + ", bandLabel=" + bandLabel
                    + ", before=" + before
                    + ", after=" + after
                    + ", changed=" + changed
                    + ", fundingUp=" + fundingUp
                    + ", fundingDown=" + fundingDown
                    + ", bandChanged=" + bandChanged
                    + ", changes=" + changes + "]";
        }
    }

    /**
     * One pupil whose band or funding changes. Immutable, compared by value.
     */
    public static final class Change {
        private final String caseId;
        private final String bandBefore;
        private final String bandAfter;
        private final Money before;
        private final Money after;

        Change(String caseId, String bandBefore, String bandAfter, Money before, Money after) {
            this.caseId = caseId;
            this.bandBefore = bandBefore;
            this.bandAfter = bandAfter;
            this.before = before;
            this.after = after;
        }

        /** The case id. */
        public String caseId() {
            return caseId;
        }

        /** The band (as the summary shows it) with the rule set's own values, {@code ""} when none. */
        public String bandBefore() {
            return bandBefore;
        }

        /** The band with the compared file's values, {@code ""} when none. */
        public String bandAfter() {
            return bandAfter;
        }

        /** The money with the rule set's own values. */
        public Money before() {
            return before;
        }

        /** The money with the compared file's values. */
        public Money after() {
            return after;
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Change o)) {
                return false;
            }
            return java.util.Objects.equals(caseId, o.caseId)
                    && java.util.Objects.equals(bandBefore, o.bandBefore)
                    && java.util.Objects.equals(bandAfter, o.bandAfter)
                    && java.util.Objects.equals(before, o.before)
                    && java.util.Objects.equals(after, o.after);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(caseId, bandBefore, bandAfter, before, after);
        }

        @Override
        public String toString() {
            return "Change[caseId=" + caseId
                    + ", bandBefore=" + bandBefore
                    + ", bandAfter=" + bandAfter
                    + ", before=" + before
                    + ", after=" + after + "]";
        }
    }

    /**
     * The whole simulation. Immutable but for the policies' results, which the simulator fills as it
     * runs; only the simulator makes one.
     */
    public static final class Result {
        private final String ruleSet;
        private final String ruleSetVersion;
        private final LocalDate asOf;
        private final int cases;
        private final String[] caseIds;
        private final Fields fields;
        private final List<PolicyResult> policies;
        private final Comparison comparison;
        private final HighNeedsBlock.Effect hnbBaseline;
        private final String hnbNote;
        private final RunSources sources;
        private final List<String> warnings;
        private final List<String> notes;

        Result(String ruleSet, String ruleSetVersion, LocalDate asOf, int cases, String[] caseIds, Fields fields,
               List<PolicyResult> policies, Comparison comparison, HighNeedsBlock.Effect hnbBaseline, String hnbNote,
               RunSources sources, List<String> warnings, List<String> notes) {
            this.notes = List.copyOf(notes);
            this.ruleSet = ruleSet;
            this.ruleSetVersion = ruleSetVersion;
            this.asOf = asOf;
            this.cases = cases;
            this.caseIds = caseIds;
            this.fields = fields;
            this.policies = List.copyOf(policies);
            this.comparison = comparison;
            this.hnbBaseline = hnbBaseline;
            this.hnbNote = hnbNote;
            this.sources = sources;
            this.warnings = List.copyOf(warnings);
        }

        /** The cohort's rule set. */
        public String ruleSet() {
            return ruleSet;
        }

        /** Its version. */
        public String ruleSetVersion() {
            return ruleSetVersion;
        }

        /** The cohort's date. */
        public LocalDate asOf() {
            return asOf;
        }

        /** Cases in the cohort. */
        public int cases() {
            return cases;
        }

        /** The case ids, in cohort order; the array itself, not a copy: do not change it. */
        public String[] caseIds() {
            return caseIds;
        }

        /** What the rule set's summary declares, as report labels. */
        public Fields fields() {
            return fields;
        }

        /** Each policy's result, {@code current} first. */
        public List<PolicyResult> policies() {
            return policies;
        }

        /** The parameter comparison, or {@code null}. */
        public Comparison comparison() {
            return comparison;
        }

        /** The High Needs Block forecast as given, or {@code null}. */
        public HighNeedsBlock.Effect hnbBaseline() {
            return hnbBaseline;
        }

        /** Where the High Needs Block figures came from, or {@code null}. */
        public String hnbNote() {
            return hnbNote;
        }

        /** The rules folder, parameter files and where rules and values came from. */
        public RunSources sources() {
            return sources;
        }

        /** What the reader must know before reading the figures. */
        public List<String> warnings() {
            return warnings;
        }

        /**
         * What the checks found that is not a warning, such as the calibration check's comparison
         * when the forecast names no line for the cohort (not like for like).
         *
         * @since 1.0
         */
        public List<String> notes() {
            return notes;
        }

        /** The {@code current} policy's result, always the first. */
        public PolicyResult current() {
            return policies.get(0);
        }

        private HighNeedsBlock.Statement hnbStatement;

        /**
         * The High Needs Block as the forecast states it, its pressures reconciled with its
         * variance; {@code null} without a forecast or when it lists no pressure.
         *
         * @since 1.0
         */
        public HighNeedsBlock.Statement hnbStatement() {
            return hnbStatement;
        }

        /** Sets the forecast's statement: called once, by the runner, before the result is handed out. */
        Result withStatement(HighNeedsBlock.Statement statement) {
            this.hnbStatement = statement;
            return this;
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Result o)) {
                return false;
            }
            return java.util.Objects.equals(ruleSet, o.ruleSet)
                    && java.util.Objects.equals(ruleSetVersion, o.ruleSetVersion)
                    && java.util.Objects.equals(asOf, o.asOf)
                    && cases == o.cases
                    && java.util.Arrays.equals(caseIds, o.caseIds)
                    && java.util.Objects.equals(fields, o.fields)
                    && java.util.Objects.equals(policies, o.policies)
                    && java.util.Objects.equals(comparison, o.comparison)
                    && java.util.Objects.equals(hnbBaseline, o.hnbBaseline)
                    && java.util.Objects.equals(hnbNote, o.hnbNote)
                    && java.util.Objects.equals(sources, o.sources)
                    && java.util.Objects.equals(warnings, o.warnings)
                    && java.util.Objects.equals(notes, o.notes)
                    && java.util.Objects.equals(hnbStatement, o.hnbStatement);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(ruleSet, ruleSetVersion, asOf, cases, java.util.Arrays.hashCode(caseIds), fields,
                    policies, comparison, hnbBaseline, hnbNote, sources, warnings, notes);
        }

        @Override
        public String toString() {
            return "Result[ruleSet=" + ruleSet
                    + ", ruleSetVersion=" + ruleSetVersion
                    + ", asOf=" + asOf
                    + ", cases=" + cases
                    + ", caseIds=" + java.util.Arrays.toString(caseIds)
                    + ", fields=" + fields
                    + ", policies=" + policies
                    + ", comparison=" + comparison
                    + ", hnbBaseline=" + hnbBaseline
                    + ", hnbNote=" + hnbNote
                    + ", sources=" + sources
                    + ", warnings=" + warnings + "]";
        }
    }

    /**
     * What the rule set's summary declares, as report labels; a label is {@code null} when the
     * rule set has no such part. Immutable, compared by value; read one with {@link #of(RuleSetInfo)}.
     */
    public static final class Fields {
        private final String considered;
        private final String eligible;
        private final String units;
        private final String money;
        private final String band;
        private final boolean area;
        private final boolean locality;
        private final boolean setting;

        private Fields(String considered, String eligible, String units, String money, String band, boolean area,
                       boolean locality, boolean setting) {
            this.considered = considered;
            this.eligible = eligible;
            this.units = units;
            this.money = money;
            this.band = band;
            this.area = area;
            this.locality = locality;
            this.setting = setting;
        }

        /** {@code "considered"}, or {@code null} when the summary has no such part. */
        public String considered() {
            return considered;
        }

        /** {@code "eligible"}, or {@code null} when the summary has no such part. */
        public String eligible() {
            return eligible;
        }

        /** What the units are called, or {@code null}. */
        public String units() {
            return units;
        }

        /** What the money is called. */
        public String money() {
            return money;
        }

        /** What the band is called, or {@code null}. */
        public String band() {
            return band;
        }

        /** Whether the summary declares the primary need, so totals by area of need. */
        public boolean area() {
            return area;
        }

        /** Whether it declares the locality. */
        public boolean locality() {
            return locality;
        }

        /** Whether it declares the setting. */
        public boolean setting() {
            return setting;
        }

        /** The declared summary of a loaded rule set. */
        public static Fields of(RuleSetInfo info) {
            Summary<?, ?> s = info.summary();
            if (s == null) {
                throw new IllegalArgumentException("rule set " + info.id() + " declares no summary to simulate");
            }
            return new Fields(s.hasConsidered() ? "considered" : null, s.hasEligible() ? "eligible" : null, s.unitsLabel(),
                    s.moneyLabel(), s.bandLabel(), s.hasNeed(), s.hasLocality(), s.hasSetting());
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Fields o)) {
                return false;
            }
            return java.util.Objects.equals(considered, o.considered)
                    && java.util.Objects.equals(eligible, o.eligible)
                    && java.util.Objects.equals(units, o.units)
                    && java.util.Objects.equals(money, o.money)
                    && java.util.Objects.equals(band, o.band)
                    && area == o.area
                    && locality == o.locality
                    && setting == o.setting;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(considered, eligible, units, money, band, area, locality, setting);
        }

        @Override
        public String toString() {
            return "Fields[considered=" + considered
                    + ", eligible=" + eligible
                    + ", units=" + units
                    + ", money=" + money
                    + ", band=" + band
                    + ", area=" + area
                    + ", locality=" + locality
                    + ", setting=" + setting + "]";
        }
    }

    /** The one rule set of a cohort, which must have money to simulate. */
    public static RuleSetInfo ruleSet(SenRules engine, List<Request> cohort) {
        Set<String> ids = new java.util.TreeSet<>(); // sorted: the message must read the same every run
        cohort.forEach(r -> ids.add(r.ruleSet()));
        return ruleSet(engine, ids);
    }

    /** The one rule set of {@code ids}, which must have money to simulate. */
    static RuleSetInfo ruleSet(SenRules engine, Set<String> ids) {
        if (ids.size() != 1) {
            throw new IllegalArgumentException("a cohort to simulate has cases of one rule set, this one has " + ids);
        }
        String id = ids.iterator().next();
        RuleSetInfo info = engine.ruleSets().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
        if (info.summary() == null) {
            throw new IllegalArgumentException("rule set " + id + " declares no summary (money, units, band) to simulate");
        }
        return info;
    }

    /** The policies to run, {@code current} first, each checked against the rule set. */
    public static List<PolicyVariant> policies(RuleSetInfo info, List<String> names) {
        Map<String, PolicyVariant> known = new LinkedHashMap<>();
        info.policies().forEach(p -> known.put(p.name(), p));
        List<PolicyVariant> out = new ArrayList<>();
        out.add(known.get(Request.CURRENT));
        for (String n : names.isEmpty() ? known.keySet() : names) {
            PolicyVariant v = n.contains(PolicyVariant.COMBINED) ? combined(info, known, n) : known.get(n);
            if (v == null) {
                throw new IllegalArgumentException("unknown policy \"" + n + "\"; the policies of " + info.id() + " are "
                        + String.join(", ", known.keySet()) + combinable(known));
            }
            if (!out.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }

    /** {@code a/b}: policy a's process with policy b's values, if a declares that it combines with b. */
    private static PolicyVariant combined(RuleSetInfo info, Map<String, PolicyVariant> known, String name) {
        int slash = name.indexOf(PolicyVariant.COMBINED);
        PolicyVariant first = known.get(name.substring(0, slash));
        PolicyVariant second = known.get(name.substring(slash + 1));
        if (first == null || second == null || !first.combinesWith().contains(second.name())) {
            String why = first == null ? "\"" + name.substring(0, slash) + "\" is not a policy of " + info.id()
                    : first.combinesWith().isEmpty() ? first.name() + " combines with no other policy"
                    : first.name() + " combines only with " + String.join(", ", first.combinesWith());
            throw new IllegalArgumentException("unknown policy combination \"" + name + "\": " + why + combinable(known));
        }
        return first.with(second);
    }

    private static String combinable(Map<String, PolicyVariant> known) {
        List<String> combos = new ArrayList<>();
        known.values().forEach(v -> v.combinesWith().forEach(o -> combos.add(v.name() + PolicyVariant.COMBINED + o)));
        return combos.isEmpty() ? "" : "; the combinations are " + String.join(", ", combos);
    }

    /** Whether cohorts are decided in one pass for all policies: {@link #ONE_PASS}, true unless set to false. */
    static boolean onePass() {
        String v = System.getProperty(ONE_PASS);
        if (v == null || v.equals("true")) {
            return true;
        }
        if (v.equals("false")) {
            return false;
        }
        throw new IllegalArgumentException("the system property " + ONE_PASS + " is true or false, not \"" + v + "\"");
    }

    /** Runs the cohort under one policy; {@code progress} hears of every chunk decided. */
    public static PolicyResult run(SenRules engine, List<Request> cohort, PolicyVariant policy, Summary<?, ?> summary,
                                   ProgressListener progress) {
        PolicyResult pr = new PolicyResult(policy, cohort.size());
        for (int from = 0; from < cohort.size(); from += CHUNK) {
            int to = Math.min(cohort.size(), from + CHUNK);
            List<Request> chunk = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                chunk.add(cohort.get(i).withPolicy(policy.name()));
            }
            List<Decision<?>> decisions = engine.decideAllInParallel(chunk);
            for (int i = 0; i < decisions.size(); i++) {
                add(pr, chunk.get(i), decisions.get(i), summary);
            }
            progress.advance(chunk.size(), policy.name());
        }
        return pr;
    }

    /**
     * The size of a chunk of cases decided at a time in one pass: every policy's decisions of its
     * cases, as many decisions as {@link #run} holds.
     */
    static int chunk(int policies) {
        return Math.max(256, CHUNK / Math.max(1, policies));
    }

    /**
     * Decides a chunk of cases under every one of {@code names} in one pass: each case is checked
     * once and decided by {@link SenRules#decideUnderPolicies}, so its rules fire once per
     * distinct view of the parameters rather than once per policy; the chunk's cases are decided
     * on every core; a case repeated earlier in the cohort (its id aside) reuses the decisions
     * {@code distinct} holds for it (docs/simulation.md, "Each distinct case decided once").
     * Element {@code i} is case {@code i}'s decisions, one per policy, in order.
     */
    static List<?>[] decideChunk(DistinctCases distinct, List<Request> chunk, List<String> names) {
        List<?>[] decided = new List<?>[chunk.size()];
        distinct.nextChunk();
        java.util.stream.IntStream.range(0, chunk.size()).parallel()
                .forEach(i -> decided[i] = distinct.decide(chunk.get(i), names));
        return decided;
    }

    /** Adds the next case's decision to a policy's aggregates: they are added in cohort order. */
    static void add(PolicyResult pr, Request request, Decision<?> d, Summary<?, ?> summary) {
        Summary.Row row = summary.read(request.caseData(), d.outcome());
        if (summary.localityBudgetParameter() != null) {
            budgetsUsed(d, summary, (key, value) -> budgetUsed(pr, key, value));
        }
        decisionFacts(pr, d.illustrative(), d.rulesFingerprint(), d.parametersFingerprint());
        add(pr, request.caseData().caseId(), row.considered(), row.eligible(), row.units(), row.money(), row.group(), row.band(),
                row.need(), row.locality(), row.setting(), row.decidedByLocality(), summary);
    }

    /**
     * Each locality budget {@code d} reports using, as its key (the locality) and value: the
     * parameter the summary names, keyed as {@code budgets[North]}. Nothing when the summary names none.
     */
    static void budgetsUsed(Decision<?> d, Summary<?, ?> summary, java.util.function.BiConsumer<String, String> used) {
        String budgets = summary.localityBudgetParameter();
        if (budgets == null) {
            return;
        }
        // the bracket is tested first, as it tells most names apart at once (localityBudgetBasis shares
        // 14 characters with localityBudgets), and this runs for every parameter of every decision
        int n = budgets.length();
        for (ParameterUse p : d.parameters()) {
            String name = p.name();
            if (name.length() > n + 2 && name.charAt(n) == '[' && name.charAt(name.length() - 1) == ']' && name.startsWith(budgets)) {
                used.accept(name.substring(budgets.length() + 1, name.length() - 1), p.value());
            }
        }
    }

    /** A budget a decision reports using: the first value met for a locality is its budget. */
    static void budgetUsed(PolicyResult pr, String key, String value) {
        // "none": the table has no budget for the pupil's locality; the rules refuse such
        // requests themselves ("no budget is set ..."), so there is nothing to spend against
        if (!pr.localityBudgets.containsKey(key) && !value.equals("none")) {
            pr.localityBudgets.put(key, Money.parse(value));
        }
    }

    /** What a policy's decisions say of themselves: illustrative values used, the rules and the values they were made with. */
    static void decisionFacts(PolicyResult pr, boolean illustrative, String rulesFingerprint, String parametersFingerprint) {
        pr.illustrative |= illustrative;
        pr.rulesFingerprint = rulesFingerprint;
        if (!parametersFingerprint.equals(pr.lastParametersFingerprint)) {
            // nearly every decision of a policy has the same values: a sorted set's add per decision was a search
            pr.parametersFingerprints.add(parametersFingerprint);
            pr.lastParametersFingerprint = parametersFingerprint;
        }
    }

    /**
     * Adds the next case, as its decision's summary row reads, to a policy's aggregates, in cohort
     * order: where the locality's budget binds, the request is funded only if what is left covers it.
     * The budgets the decision used are added first ({@link #budgetUsed}).
     */
    static void add(PolicyResult pr, String caseId, boolean considered, boolean eligible, long units, Money money, String group,
                    String band, org.senrules.core.domain.PrimaryNeed need, String locality, org.senrules.core.domain.Setting setting,
                    boolean decidedByLocality, Summary<?, ?> summary) {
        Money unfunded = Money.ZERO;
        Money budget = locality == null ? null : pr.localityBudgets.get(locality);
        if (decidedByLocality && budget != null) {
            // budgets bind: the locality funds its requests in cohort order while its budget lasts
            long left = pr.budgetLeft.computeIfAbsent(locality, k -> budget.pence());
            if (money.pence() > 0 && eligible && considered) {
                if (money.pence() <= left) {
                    pr.budgetLeft.put(locality, left - money.pence());
                } else {
                    pr.unfunded.add(new Unfunded(caseId, locality, money, Money.ofPence(left)));
                    unfunded = money;
                    money = Money.ZERO;
                    units = 0;
                }
            }
        }
        add(pr.all, considered, eligible, units, money, unfunded);
        String areaTitle = null;
        if (summary.hasNeed()) {
            AreaOfNeed area = need == null ? null : need.areaOrNull();
            areaTitle = area == null ? NO_AREA : area.title();
            add(pr.byArea.get(areaTitle), considered, eligible, units, money, unfunded);
        }
        pr.columns.add(money.pence(), band, areaTitle, setting);
        if (summary.hasLocality()) {
            add(pr.byLocality.computeIfAbsent(String.valueOf(locality), k -> new Totals()), considered, eligible, units, money,
                    unfunded);
        }
        if (group != null) {
            add(pr.byGroup.computeIfAbsent(group, k -> new Totals()), considered, eligible, units, money, unfunded);
        }
        pr.localityLed |= decidedByLocality;
    }

    private static void add(Totals t, boolean considered, boolean eligible, long units, Money money, Money unfunded) {
        t.cases++;
        t.considered += considered ? 1 : 0;
        t.eligible += eligible && considered ? 1 : 0;
        t.units += units;
        t.topUp = t.topUp.plus(money);
        if (unfunded.isPositive()) {
            t.unfunded++;
            t.unfundedTopUp = t.unfundedTopUp.plus(unfunded);
        }
    }

    /** Change against current, pupil by pupil, by band, area of need and setting under {@code current}. */
    public static void compareWithCurrent(PolicyResult current, PolicyResult p) {
        CaseColumns now = current.columns;
        CaseColumns then = p.columns;
        // each band, area and setting's winners and losers looked up by its code, not by text
        Changes[] byBand = new Changes[now.bandCount()];
        Changes[] byArea = new Changes[CaseColumns.AREA_CODES];
        Changes[] bySetting = new Changes[CaseColumns.SETTING_CODES];
        long change = 0;
        for (int i = 0; i < then.size(); i++) {
            long before = now.pence(i);
            long after = then.pence(i);
            change += after - before;
            p.changes.add(before, after);
            int b = now.bandCode(i);
            if (byBand[b] == null) {
                String band = now.bandOf(b);
                byBand[b] = p.changesByBand.computeIfAbsent(band.isEmpty() ? "none" : band, k -> new Changes());
            }
            byBand[b].add(before, after);
            int a = now.areaCode(i);
            if (a != CaseColumns.NONE) {
                if (byArea[a] == null) {
                    byArea[a] = p.changesByArea.computeIfAbsent(now.area(i), k -> new Changes());
                }
                byArea[a].add(before, after);
            }
            int s = now.settingCode(i);
            if (s != CaseColumns.NONE) {
                if (bySetting[s] == null) {
                    bySetting[s] = p.changesBySetting.computeIfAbsent(now.setting(i), k -> new Changes());
                }
                bySetting[s].add(before, after);
            }
        }
        p.change = Money.ofPence(change);
        if (!p.changesBySetting.isEmpty()) {
            // in the order of Setting, so the tables read the same way every run
            Map<String, Changes> ordered = new LinkedHashMap<>();
            for (org.senrules.core.domain.Setting s : org.senrules.core.domain.Setting.values()) {
                Changes c = p.changesBySetting.get(s.title());
                if (c != null) {
                    ordered.put(s.title(), c);
                }
            }
            p.changesBySetting.clear();
            p.changesBySetting.putAll(ordered);
        }
    }

    /**
     * Marks {@code p} as breaching its declared cost-neutrality when its change against current
     * is more than {@code tolerancePercent} of current's cost, and returns the warning, or null.
     */
    static String costNeutralCheck(PolicyResult current, PolicyResult p, java.math.BigDecimal tolerancePercent) {
        if (!p.costNeutral) {
            return null;
        }
        java.math.BigDecimal allowed = current.all.topUp.toPounds().abs().multiply(tolerancePercent)
                .divide(java.math.BigDecimal.valueOf(100), 2, java.math.RoundingMode.HALF_UP);
        if (p.change.toPounds().abs().compareTo(allowed) <= 0) {
            return null;
        }
        p.costNeutralBreached = true;
        String percent = current.all.topUp.isZero() ? "" : " (" + p.change.toPounds().multiply(java.math.BigDecimal.valueOf(100))
                .divide(current.all.topUp.toPounds(), 1, java.math.RoundingMode.HALF_UP).toPlainString() + "%)";
        return p.policy + " (" + p.title + ") is declared cost-neutral but costs " + p.all.topUp.display() + " against current's "
                + current.all.topUp.display() + ": " + (p.change.isPositive() ? "+" : "") + p.change.display() + percent
                + ", beyond the " + tolerancePercent.stripTrailingZeros().toPlainString() + "% tolerance.";
    }

    /** The same cohort under {@code current} with another parameter file: cost and the pupils who change. */
    public static Comparison compareParameters(String file, Fields f, String[] caseIds, PolicyResult before, PolicyResult after) {
        int up = 0;
        int down = 0;
        int bandChanged = 0;
        List<Change> changes = new ArrayList<>();
        CaseColumns was = before.columns;
        CaseColumns is = after.columns;
        for (int i = 0; i < caseIds.length; i++) {
            long from = was.pence(i);
            long to = is.pence(i);
            String bandBefore = was.band(i);
            String bandAfter = is.band(i);
            boolean bandDiffers = !bandBefore.equals(bandAfter);
            up += to > from ? 1 : 0;
            down += to < from ? 1 : 0;
            bandChanged += bandDiffers ? 1 : 0;
            if (from != to || bandDiffers) {
                changes.add(new Change(caseIds[i], bandBefore, bandAfter, Money.ofPence(from), Money.ofPence(to)));
            }
        }
        String label = f.band() == null ? "band" : f.band();
        return new Comparison(file, label, before.all.topUp, after.all.topUp, changes.size(), up, down, bandChanged, changes);
    }
}
