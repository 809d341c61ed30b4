package org.senrules.simulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.senrules.core.ApiStatus;
import org.senrules.core.Decision;
import org.senrules.core.ParameterUse;
import org.senrules.core.PolicyVariant;
import org.senrules.core.Request;
import org.senrules.core.RuleSetInfo;
import org.senrules.core.SenRules;
import org.senrules.core.domain.AreaOfNeed;
import org.senrules.core.domain.Money;
import org.senrules.core.explain.Explainer;
import org.senrules.core.internal.beans.Beans;

/**
 * The cohort simulator: runs a cohort under several policies and aggregates the decisions as
 * they come, chunk by chunk, so memory holds per-case amounts rather than every decision. Works for any rule set
 * whose outcome has a money field ({@code topUp} or {@code total}); the SSPP fields
 * ({@code considered}, {@code eligible}, {@code supportUnits}, {@code decisionGroup}) and the
 * case fields {@code primaryNeed} and {@code locality} are used when the rule set has them.
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
    /** Locality budgets are a by-key money parameter whose name mentions a budget, e.g. {@code localityBudget[NORTH]}. */
    private static final Pattern BUDGET = Pattern.compile("(?i)(\\w*budget\\w*)\\[(.+)]");

    private Simulation() {
    }

    /** A simulation of {@code cohort} (requests of one rule set) on {@code engine}, to configure and run. */
    public static SimulationRunner of(SenRules engine, List<Request> cohort) {
        return new SimulationRunner(engine, cohort);
    }

    /** Sums over a group of cases. */
    public static final class Totals {
        int cases;
        int considered;
        int eligible;
        long units;
        Money topUp = Money.ZERO;

        Totals() {
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

    /** Everything the reports show for one policy. */
    public static final class PolicyResult {
        final String policy;
        final String title;
        final String source;
        final Totals all = new Totals();
        final Map<String, Totals> byArea = new LinkedHashMap<>();
        final Map<String, Totals> byLocality = new TreeMap<>();
        final Map<String, Money> localityBudgets = new TreeMap<>();
        boolean localityLed;
        boolean illustrative;
        Money change = Money.ZERO;
        int gain;
        int lose;
        int keep;
        HighNeedsBlock.Effect hnb;
        /** The fingerprint of the rule files the policy's decisions were made with. */
        String rulesFingerprint = "";
        final Set<String> parametersFingerprints = new java.util.TreeSet<>();
        final long[] pence;
        final String[] band;

        PolicyResult(PolicyVariant v, int size) {
            this.policy = v.name();
            this.title = v.title();
            this.source = v.source();
            this.pence = new long[size];
            this.band = new String[size];
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

        /** The locality budgets the decisions used, sorted by locality. */
        public Map<String, Money> localityBudgets() {
            return java.util.Collections.unmodifiableMap(localityBudgets);
        }

        /** True when some decision was grouped by locality ({@code LOCALITY:<name>}). */
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
            return gain;
        }

        /** Pupils funded less than under {@code current}. */
        public int lose() {
            return lose;
        }

        /** Pupils funded the same as under {@code current}. */
        public int keep() {
            return keep;
        }

        /** The effect on the High Needs Block forecast, or {@code null} without its figures. */
        public HighNeedsBlock.Effect hnb() {
            return hnb;
        }
    }

    /** The {@code --compare-parameters} result: the same cohort under current with two parameter sets. */
    public record Comparison(String file, String bandLabel, Money before, Money after, int changed, int fundingUp,
                      int fundingDown, int bandChanged, List<Change> changes) {
        /** After minus before. */
        public Money difference() {
            return after.minus(before);
        }
    }

    /** One pupil whose band or funding changes. */
    public record Change(String caseId, String bandBefore, String bandAfter, Money before, Money after) {
    }

    /**
     * The whole simulation.
     *
     * @param comparison  the parameter comparison, or {@code null}
     * @param hnbBaseline the High Needs Block forecast as given, or {@code null}
     * @param hnbNote     where the High Needs Block figures came from, or {@code null}
     * @param sources     the rules folder, parameter files and where rules and values came from
     */
    public record Result(String ruleSet, String ruleSetVersion, LocalDate asOf, int cases, String[] caseIds, Fields fields,
                  List<PolicyResult> policies, Comparison comparison, HighNeedsBlock.Effect hnbBaseline, String hnbNote,
                  RunSources sources) {
        /** The {@code current} policy's result, always the first. */
        public PolicyResult current() {
            return policies.get(0);
        }
    }

    /** Which of the optional fields the rule set has; a name is {@code null} when it has none. */
    public record Fields(String considered, String eligible, String units, String money, String band, boolean area,
                         boolean locality) {
        /** The fields of a loaded rule set. */
        public static Fields of(RuleSetInfo info) {
            Class<?> o = info.outcomeType();
            Class<?> c = info.caseType();
            return new Fields(Beans.firstOf(o, "considered"), Beans.firstOf(o, "eligible"),
                    Beans.firstOf(o, "supportUnits", "countedUnits"), Beans.firstOf(o, "topUp", "total"),
                    Beans.firstOf(o, "band", "supportUnits", "countedUnits", "stageAwarded"),
                    Beans.has(c, "primaryNeed"), Beans.has(c, "locality"));
        }
    }

    /** The one rule set of a cohort, which must have money to simulate. */
    public static RuleSetInfo ruleSet(SenRules engine, List<Request> cohort) {
        Set<String> ids = new HashSet<>();
        cohort.forEach(r -> ids.add(r.ruleSet()));
        if (ids.size() != 1) {
            throw new IllegalArgumentException("a cohort to simulate has cases of one rule set, this one has " + ids);
        }
        String id = ids.iterator().next();
        RuleSetInfo info = engine.ruleSets().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
        if (Fields.of(info).money() == null) {
            throw new IllegalArgumentException("rule set " + id + " has no topUp or total to simulate");
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
            PolicyVariant v = known.get(n);
            if (v == null) {
                throw new IllegalArgumentException("unknown policy \"" + n + "\"; the policies of " + info.id() + " are "
                        + String.join(", ", known.keySet()));
            }
            if (!out.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }

    /** Runs the cohort under one policy; {@code progress} hears of every chunk decided. */
    public static PolicyResult run(SenRules engine, List<Request> cohort, PolicyVariant policy, Fields f,
                                   ProgressListener progress) {
        PolicyResult pr = new PolicyResult(policy, cohort.size());
        for (int from = 0; from < cohort.size(); from += CHUNK) {
            int to = Math.min(cohort.size(), from + CHUNK);
            List<Request> chunk = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                chunk.add(cohort.get(i).withPolicy(policy.name()));
            }
            List<Decision> decisions = engine.decideAllInParallel(chunk);
            for (int i = 0; i < decisions.size(); i++) {
                add(pr, from + i, chunk.get(i), decisions.get(i), f);
            }
            progress.advance(chunk.size(), policy.name());
        }
        return pr;
    }

    private static void add(PolicyResult pr, int index, Request request, Decision d, Fields f) {
        Object o = d.outcome();
        boolean considered = Beans.flag(o, f.considered(), true);
        boolean eligible = Beans.flag(o, f.eligible(), true);
        long units = Beans.number(o, f.units());
        Money money = Beans.money(o, f.money());
        pr.pence[index] = money.pence();
        Object band = f.band() == null ? null : Beans.get(o, f.band());
        pr.band[index] = band == null ? "" : band.toString();
        pr.illustrative |= d.illustrative();
        pr.rulesFingerprint = d.rulesFingerprint();
        pr.parametersFingerprints.add(d.parametersFingerprint());
        add(pr.all, considered, eligible, units, money);
        if (f.area()) {
            AreaOfNeed area = Beans.area(request.caseData());
            add(pr.byArea.get(area == null ? NO_AREA : area.title()), considered, eligible, units, money);
        }
        if (f.locality()) {
            Object loc = Beans.get(request.caseData(), "locality");
            add(pr.byLocality.computeIfAbsent(String.valueOf(loc), k -> new Totals()), considered, eligible, units, money);
        }
        Object group = Beans.get(o, "decisionGroup");
        if (group != null && group.toString().startsWith("LOCALITY:")) {
            pr.localityLed = true;
        }
        for (ParameterUse p : d.parameters()) {
            // cheap tests first: this runs for every parameter of every decision of a cohort
            String name = p.name();
            if (name.indexOf('[') < 0 || !name.endsWith("]")) {
                continue;
            }
            Matcher m = BUDGET.matcher(name);
            if (m.matches() && !pr.localityBudgets.containsKey(m.group(2)) && Money.isValid(p.value())) {
                pr.localityBudgets.put(m.group(2), Money.parse(p.value()));
            }
        }
    }

    private static void add(Totals t, boolean considered, boolean eligible, long units, Money money) {
        t.cases++;
        t.considered += considered ? 1 : 0;
        t.eligible += eligible && considered ? 1 : 0;
        t.units += units;
        t.topUp = t.topUp.plus(money);
    }

    /** Change against current, pupil by pupil. */
    public static void compareWithCurrent(PolicyResult current, PolicyResult p) {
        long change = 0;
        for (int i = 0; i < p.pence.length; i++) {
            long d = p.pence[i] - current.pence[i];
            change += d;
            if (d > 0) {
                p.gain++;
            } else if (d < 0) {
                p.lose++;
            } else {
                p.keep++;
            }
        }
        p.change = Money.ofPence(change);
    }

    /** The same cohort under {@code current} with another parameter file: cost and the pupils who change. */
    public static Comparison compareParameters(String file, Fields f, String[] caseIds, PolicyResult before, PolicyResult after) {
        int up = 0;
        int down = 0;
        int bandChanged = 0;
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < caseIds.length; i++) {
            boolean moneyDiffers = before.pence[i] != after.pence[i];
            boolean bandDiffers = !before.band[i].equals(after.band[i]);
            up += after.pence[i] > before.pence[i] ? 1 : 0;
            down += after.pence[i] < before.pence[i] ? 1 : 0;
            bandChanged += bandDiffers ? 1 : 0;
            if (moneyDiffers || bandDiffers) {
                changes.add(new Change(caseIds[i], before.band[i], after.band[i], Money.ofPence(before.pence[i]),
                        Money.ofPence(after.pence[i])));
            }
        }
        String label = f.band() == null ? "band" : Explainer.words(f.band()).toLowerCase(java.util.Locale.ROOT);
        return new Comparison(file, label, before.all.topUp, after.all.topUp, changes.size(), up, down, bandChanged, changes);
    }
}
