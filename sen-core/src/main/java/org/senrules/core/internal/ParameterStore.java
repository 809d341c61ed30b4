package org.senrules.core.internal;

import org.senrules.core.internal.json.LocatedJson;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.senrules.core.InvalidRequestException;
import org.senrules.core.ParameterUse;
import org.senrules.core.PolicyVariant;
import org.senrules.core.Request;
import org.senrules.core.RuleSetProblem;
import org.senrules.core.Violation;
import org.senrules.core.domain.FinancialYear;
import org.senrules.core.spi.ParameterSpec;
import org.senrules.core.spi.ParameterType;

/**
 * The dated parameter values of one rule set: its defaults, a council's overrides and its
 * policy overlays. Immutable once built; the values in force for a (policy, date) are resolved
 * once and cached, because a cohort asks for the same pair thousands of times.
 */
final class ParameterStore {
    private static final int CACHE_LIMIT = 4_096;

    private final String ruleSetId;
    private final Map<String, ParameterSpec> specs;
    private final Map<String, List<ParameterEntry>> base;
    private final Map<String, Map<String, List<ParameterEntry>>> overlays;
    /** The work of {@link #runChecks}: steps over dated values, and checks run (for the linear-time test). */
    private long steps;
    private long checkRuns;
    private final List<PolicyVariant> policies;
    private final EngineOptions options;
    private final Map<String, Resolved> cache = new ConcurrentHashMap<>();

    private ParameterStore(String ruleSetId, Map<String, ParameterSpec> specs, Map<String, List<ParameterEntry>> base,
                           Map<String, Map<String, List<ParameterEntry>>> overlays, List<PolicyVariant> policies,
                           EngineOptions options) {
        this.ruleSetId = ruleSetId;
        this.specs = specs;
        this.base = base;
        this.overlays = overlays;
        this.policies = policies;
        this.options = options;
    }

    /** Loads and checks every parameter source of a rule set; returns null if any has an error. */
    static ParameterStore load(String ruleSetId, Map<String, ParameterSpec> specs, Source defaults, List<Source> overrides,
                               Source policyFile, EngineOptions options, List<RuleSetProblem> problems) {
        return load(ruleSetId, specs, defaults, overrides, policyFile, List.of(), options, problems);
    }

    /**
     * A pack's shared values as one rule set reads them: their declarations, the packaged file and
     * a council's overrides of it.
     */
    record Shared(String id, Map<String, ParameterSpec> specs, Source defaults, List<Source> overrides) {
    }

    /**
     * Loads and checks every parameter source of a rule set, its own and the shared ones it uses;
     * returns null if any has an error.
     */
    static ParameterStore load(String ruleSetId, Map<String, ParameterSpec> ownSpecs, Source defaults, List<Source> overrides,
                               Source policyFile, List<Shared> shared, EngineOptions options, List<RuleSetProblem> problems) {
        int errorsBefore = ParameterFile.errors(problems);
        Map<String, ParameterSpec> specs = new LinkedHashMap<>(ownSpecs);
        Map<String, String> elsewhere = new LinkedHashMap<>();
        for (Shared sh : shared) {
            specs.putAll(sh.specs());
            for (String name : sh.specs().keySet()) {
                elsewhere.put(name, "it is a value shared by several rule sets, set once in " + sh.id() + Declaration.SHARED_SUFFIX
                        + " (or a council's copy of that file), so that every rule set that uses it has the same value");
            }
        }
        Map<String, List<ParameterEntry>> base = new LinkedHashMap<>();
        if (defaults != null) {
            base.putAll(defaults.sheet() != null ? defaults.sheet().timelines(Request.CURRENT, ownSpecs, elsewhere, "default", problems)
                    : defaults.declaration() != null ? ParameterFile.readDeclared(defaults.declaration(), ownSpecs, problems)
                    : ParameterFile.read(defaults.text(), defaults.label(), "default", ownSpecs, elsewhere, problems));
            missing(ruleSetId, ownSpecs, base, valuesLabel(defaults), errorsBefore, problems);
        }
        for (Shared sh : shared) {
            if (sh.defaults() != null) {
                Source d = sh.defaults();
                Map<String, List<ParameterEntry>> values = d.sheet() != null
                        ? d.sheet().timelines(Request.CURRENT, sh.specs(), Map.of(), "default", problems)
                        : ParameterFile.readDeclared(d.declaration(), sh.specs(), problems);
                base.putAll(values);
                missing(sh.id(), sh.specs(), values, valuesLabel(d), errorsBefore, problems);
            }
            for (Source override : sh.overrides()) {
                base.putAll(override.sheet() != null ? overrideSheet(override, sh.id(), sh.specs(), Map.of(), problems)
                        : ParameterFile.read(override.text(), override.label(), override.label(), sh.specs(), problems));
            }
        }
        for (Source override : overrides) {
            base.putAll(override.sheet() != null ? overrideSheet(override, ruleSetId, ownSpecs, elsewhere, problems)
                    : ParameterFile.read(override.text(), override.label(), override.label(), ownSpecs, elsewhere, problems));
        }
        List<PolicyVariant> policies = new ArrayList<>();
        policies.add(PolicyVariant.builder(Request.CURRENT).title("The council's rules and values as they stand")
                .source("the rule set's defaults").build());
        Map<String, Map<String, List<ParameterEntry>>> overlays = new LinkedHashMap<>();
        overlays.put(Request.CURRENT, Map.of());
        List<String> own = new ArrayList<>();
        if (policyFile != null && policyFile.declaration().policies() != null) {
            own = readPolicies(policyFile, specs, base, policies, overlays, problems);
        }
        if (defaults != null && defaults.sheet() != null) {
            defaults.sheet().checkPolicies(own, ruleSetId, problems);
        }
        for (Shared sh : shared) {
            // a pack's shared policies (DBV workstream 2's options, say) are policies of every rule set that reads the values
            Declaration d = sh.defaults() == null ? null : sh.defaults().declaration();
            if (d != null && d.policies() != null) {
                for (Map.Entry<String, JsonNode> e : d.policies().properties()) {
                    if (overlays.containsKey(e.getKey())) {
                        problems.add(RuleSetProblem.error(d.file(), d.lineOf(e.getValue()), "policy " + e.getKey() + " of the shared values "
                                + sh.id() + " is also a policy of " + ruleSetId + "; a policy is declared in one place"));
                    }
                }
                List<String> names = readPolicies(sh.defaults(), specs, base, policies, overlays, problems);
                if (sh.defaults().sheet() != null) {
                    sh.defaults().sheet().checkPolicies(names, sh.id(), problems);
                }
            } else if (sh.defaults() != null && sh.defaults().sheet() != null) {
                sh.defaults().sheet().checkPolicies(List.of(), sh.id(), problems);
            }
        }
        if (ParameterFile.errors(problems) > errorsBefore) {
            return null;
        }
        // in the order declared: a request's missing values are refused in that order, not Map.copyOf's
        return new ParameterStore(ruleSetId, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(specs)), base, overlays,
                List.copyOf(policies), options);
    }

    private static void missing(String owner, Map<String, ParameterSpec> specs, Map<String, List<ParameterEntry>> values, String file,
                                int errorsBefore, List<RuleSetProblem> problems) {
        for (String name : specs.keySet()) {
            if (!values.containsKey(name) && ParameterFile.errors(problems) == errorsBefore) {
                problems.add(RuleSetProblem.error(file, 0, "parameter \"" + name + "\" is declared by " + owner
                        + " but has no values"));
            }
        }
    }

    /**
     * A council's values sheet given as an override ({@code --parameters}): its rows of policy
     * {@code current} replace values name by name, as a parameter file's do; a policy's rows are
     * refused, since an override changes no policy.
     */
    private static Map<String, List<ParameterEntry>> overrideSheet(Source override, String owner, Map<String, ParameterSpec> specs,
                                                                   Map<String, String> elsewhere, List<RuleSetProblem> problems) {
        override.sheet().checkPolicies(List.of(), owner, problems);
        return override.sheet().timelines(Request.CURRENT, specs, elsewhere, override.label(), problems);
    }

    /** The file a source's values are read from: its values sheet, or the file itself. */
    private static String valuesLabel(Source s) {
        return s.sheet() != null ? s.sheet().label() : s.label();
    }

    /** Reads the policies of one file; returns their names (those it could read). */
    private static List<String> readPolicies(Source file, Map<String, ParameterSpec> specs, Map<String, List<ParameterEntry>> base,
                                             List<PolicyVariant> policies,
                                             Map<String, Map<String, List<ParameterEntry>>> overlays, List<RuleSetProblem> problems) {
        List<String> names = new ArrayList<>();
        // the policies of a declaration: a rule set's, or shared values'
        LocatedJson json = file.declaration().json();
        JsonNode root = file.declaration().policies();
        if (!root.isObject()) {
            problems.add(RuleSetProblem.error(file.label(), json.lineOf(root), "policies are an object from policy name to {title, source, parameters}"));
            return names;
        }
        Map<String, JsonNode> combinations = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            String name = e.getKey();
            JsonNode p = e.getValue();
            int line = json.lineOf(p);
            if (name.startsWith("$")) {
                continue;
            }
            if (!name.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*") || name.equals(Request.CURRENT)) {
                problems.add(RuleSetProblem.error(file.label(), line, "policy names are kebab-case and not \"current\": " + name));
                continue;
            }
            if (!p.isObject() || !p.path("title").isTextual() || !p.path("source").isTextual() || !p.path("parameters").isObject()) {
                problems.add(RuleSetProblem.error(file.label(), line, "policy " + name + " needs \"title\", \"source\" and \"parameters\""));
                continue;
            }
            for (Iterator<String> f = p.fieldNames(); f.hasNext(); ) {
                String field = f.next();
                if (!Set.of("title", "source", "parameters", "costNeutral", "combinesWith").contains(field)) {
                    problems.add(RuleSetProblem.error(file.label(), line, "policy " + name + ": unknown field \"" + field
                            + "\"; the fields are title, source, parameters, costNeutral, combinesWith"));
                }
            }
            JsonNode costNeutral = p.get("costNeutral");
            if (costNeutral != null && !costNeutral.isBoolean()) {
                problems.add(RuleSetProblem.error(file.label(), json.lineOf(costNeutral), "policy " + name
                        + ": costNeutral is true or false"));
            }
            List<String> combinesWith = new ArrayList<>();
            JsonNode combines = p.get("combinesWith");
            if (combines != null) {
                combinations.put(name, combines);
                combines.path("policies").forEach(n -> combinesWith.add(n.asText()));
            }
            names.add(name);
            // with a values sheet, a policy's overlay is its rows there; the file keeps its title and source
            Map<String, List<ParameterEntry>> overlay = file.sheet() != null
                    ? file.sheet().timelines(name, specs, Map.of(), "policy:" + name, problems)
                    : ParameterFile.readTimelines(json, p.get("parameters"), file.label(), "policy:" + name, specs, problems);
            Map<String, List<ParameterEntry>> values = new LinkedHashMap<>(base);
            values.putAll(overlay);
            String title = PolicyTitles.fill(p.get("title").textValue(), values, specs.keySet(), file.label(), line,
                    problems);
            policies.add(PolicyVariant.builder(name).title(title).source(p.get("source").textValue())
                    .costNeutral(costNeutral != null && costNeutral.asBoolean()).combinesWith(combinesWith).build());
            overlays.put(name, overlay);
        }
        combinations.forEach((name, combines) -> combine(file, json, name, combines, specs, base, overlays, problems));
        return names;
    }

    /**
     * Adds {@code name/other} for every policy {@code other} that {@code name} combines with: the
     * other's overlay with this one's on top, and the parameter {@code namedIn} (when given) set
     * to the other's name, so that a decision says which policy's values it carries. Combined
     * policies are accepted in requests and checked like the rest, but not listed as policies
     * of their own: they are chosen by name.
     */
    private static void combine(Source file, LocatedJson json, String name, JsonNode combines, Map<String, ParameterSpec> specs,
                                Map<String, List<ParameterEntry>> base, Map<String, Map<String, List<ParameterEntry>>> overlays,
                                List<RuleSetProblem> problems) {
        int line = json.lineOf(combines);
        String form = "policy " + name + ": combinesWith is { \"policies\": [policy names], \"namedIn\": optional text parameter }";
        if (!combines.isObject() || !combines.path("policies").isArray() || combines.path("policies").isEmpty()) {
            problems.add(RuleSetProblem.error(file.label(), line, form));
            return;
        }
        for (Iterator<String> f = combines.fieldNames(); f.hasNext(); ) {
            String field = f.next();
            if (!field.equals("policies") && !field.equals("namedIn")) {
                problems.add(RuleSetProblem.error(file.label(), line, form + "; unknown field \"" + field + "\""));
            }
        }
        String namedIn = combines.path("namedIn").isTextual() ? combines.get("namedIn").textValue() : null;
        if (combines.has("namedIn") && (namedIn == null || !specs.containsKey(namedIn) || specs.get(namedIn).type() != ParameterType.TEXT)) {
            problems.add(RuleSetProblem.error(file.label(), line, "policy " + name + ": combinesWith.namedIn names a TEXT parameter of the rule set, not "
                    + combines.get("namedIn")));
            return;
        }
        for (JsonNode other : combines.get("policies")) {
            String o = other.asText();
            if (!other.isTextual() || o.equals(name) || o.equals(Request.CURRENT) || !overlays.containsKey(o) || o.contains(PolicyVariant.COMBINED)) {
                problems.add(RuleSetProblem.error(file.label(), line, "policy " + name + " combines with \"" + other.asText()
                        + "\", which is not another policy of this file; the policies are "
                        + overlays.keySet().stream().filter(k -> !k.equals(Request.CURRENT) && !k.equals(name) && !k.contains(PolicyVariant.COMBINED)).toList()));
                continue;
            }
            Map<String, List<ParameterEntry>> overlay = new LinkedHashMap<>(overlays.get(o));
            overlay.putAll(overlays.get(name));
            String combined = name + PolicyVariant.COMBINED + o;
            if (namedIn != null) {
                List<ParameterEntry> timeline = base.get(namedIn);
                LocalDate from = timeline == null || timeline.isEmpty() ? LocalDate.of(2000, 4, 1) : timeline.get(0).from();
                overlay.put(namedIn, List.of(new ParameterEntry(from, null, o, false, "policy:" + combined, file.label(), line)));
            }
            // in the order built (the other policy's, then this one's): Map.copyOf's order changes from run to run
            overlays.put(combined, java.util.Collections.unmodifiableMap(overlay));
        }
    }

    /**
     * Runs table checks for every policy on every date any value changes; each error names the
     * file and line of the entry in force for the parameter at fault.
     *
     * <p>Linear in the number of dated values (issue 29: 2,000 values took 19 s): the entries in
     * force are found by one sweep over each sorted timeline, not by scanning every timeline on
     * every date, and a check runs again on a date only if a parameter it read last time has
     * another entry in force there. A check is a function of the values it reads, so skipping it
     * when none of them changed finds the same problems; {@link #checkSteps()} counts the work.
     */
    void runChecks(List<org.senrules.core.spi.TableCheck> checks, List<RuleSetProblem> problems) {
        if (checks.isEmpty()) {
            return;
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Map.Entry<String, Map<String, List<ParameterEntry>>> policy : timelinesByPolicy().entrySet()) {
            Map<String, List<ParameterEntry>> timelines = policy.getValue();
            java.util.TreeSet<LocalDate> dates = new java.util.TreeSet<>();
            for (List<ParameterEntry> timeline : timelines.values()) {
                for (ParameterEntry e : timeline) {
                    dates.add(e.from());
                    steps++;
                }
            }
            // per timeline, the index of the last entry that starts on or before the date (timelines are sorted by start)
            Map<String, Integer> next = new java.util.HashMap<>();
            Map<String, ParameterEntry> inForce = new LinkedHashMap<>();
            // per check, the entries in force of the parameters it read when it last ran
            List<Map<String, ParameterEntry>> lastReads = new ArrayList<>();
            for (int i = 0; i < checks.size(); i++) {
                lastReads.add(null);
            }
            for (LocalDate date : dates) {
                for (Map.Entry<String, List<ParameterEntry>> t : timelines.entrySet()) {
                    List<ParameterEntry> timeline = t.getValue();
                    int at = next.getOrDefault(t.getKey(), -1);
                    while (at + 1 < timeline.size() && !timeline.get(at + 1).from().isAfter(date)) {
                        at++;
                        steps++;
                    }
                    next.put(t.getKey(), at);
                    ParameterEntry e = at < 0 ? null : timeline.get(at);
                    if (e != null && e.covers(date)) {
                        inForce.put(t.getKey(), e);
                    } else {
                        inForce.remove(t.getKey());
                    }
                    steps++;
                }
                for (int i = 0; i < checks.size(); i++) {
                    Map<String, ParameterEntry> before = lastReads.get(i);
                    if (before != null && unchanged(before, inForce)) {
                        continue;
                    }
                    Map<String, ParameterEntry> reads = new java.util.HashMap<>();
                    org.senrules.core.spi.TableCheck check = checks.get(i);
                    checkRuns++;
                    check.check(name -> {
                        ParameterEntry read = inForce.get(name);
                        reads.put(name, read);
                        return read == null ? null : read.value();
                    }, (parameter, message) -> {
                        ParameterEntry at = inForce.get(parameter);
                        String file = at == null ? ruleSetId : at.file();
                        int line = at == null ? 0 : at.line();
                        String text = parameter + ": " + message + " (values from " + (at == null ? date : at.from())
                                + (policy.getKey().equals(Request.CURRENT) ? "" : ", policy " + policy.getKey()) + ")";
                        if (seen.add(file + line + text)) {
                            problems.add(RuleSetProblem.error(file, line, text));
                        }
                    });
                    lastReads.set(i, reads);
                }
            }
        }
    }

    /** Whether every parameter read (name to the entry then in force, or null) has the same entry in force now. */
    private static boolean unchanged(Map<String, ParameterEntry> reads, Map<String, ParameterEntry> inForce) {
        for (Map.Entry<String, ParameterEntry> r : reads.entrySet()) {
            if (inForce.get(r.getKey()) != r.getValue()) {
                return false;
            }
        }
        return true;
    }

    /** Steps of the table checks' sweeps over dated values so far: for the linear-time test. */
    long checkSteps() {
        return steps;
    }

    /** Table checks run so far: for the linear-time test. */
    long checkRuns() {
        return checkRuns;
    }

    List<PolicyVariant> policies() {
        return policies;
    }

    boolean hasPolicy(String policy) {
        return overlays.containsKey(policy);
    }

    /** Every entry of every timeline, for table analysis and tools. */
    Map<String, Map<String, List<ParameterEntry>>> timelinesByPolicy() {
        Map<String, Map<String, List<ParameterEntry>>> all = new LinkedHashMap<>();
        for (String policy : overlays.keySet()) {
            Map<String, List<ParameterEntry>> merged = new LinkedHashMap<>(base);
            merged.putAll(overlays.get(policy));
            all.put(policy, merged);
        }
        return all;
    }

    /**
     * Every dated value under {@code policy}, or only the values its overlay sets; parameters in
     * the order of the parameter file, each timeline in date order.
     */
    List<ParameterUse> values(String policy, boolean changesOnly) {
        Map<String, List<ParameterEntry>> overlay = overlays.get(policy);
        if (overlay == null) {
            throw new IllegalArgumentException("unknown policy \"" + policy + "\" for rule set " + ruleSetId
                    + "; the policies are " + overlays.keySet());
        }
        Map<String, List<ParameterEntry>> shown = new LinkedHashMap<>();
        if (!changesOnly) {
            shown.putAll(base);
        }
        shown.putAll(overlay);
        List<ParameterUse> out = new ArrayList<>();
        shown.forEach((name, timeline) -> timeline.forEach(e -> out.add(use(name, e.value(), e))));
        return out;
    }

    /**
     * Where this rule set's values end: for {@code current} every parameter whose last value has
     * an end, and for each other policy the parameters its own values set that end.
     */
    List<TimelineEnd> ends() {
        List<TimelineEnd> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<ParameterEntry>>> policy : overlays.entrySet()) {
            Map<String, List<ParameterEntry>> timelines = policy.getKey().equals(Request.CURRENT) ? base : policy.getValue();
            for (String name : specs.keySet()) {
                List<ParameterEntry> timeline = timelines.get(name);
                if (timeline == null || timeline.isEmpty() || policy.getKey().contains(PolicyVariant.COMBINED)) {
                    continue;
                }
                ParameterEntry last = timeline.get(timeline.size() - 1);
                if (last.until() != null) {
                    out.add(new TimelineEnd(ruleSetId, policy.getKey(), name, last.until(), last.file()));
                }
            }
        }
        return out;
    }

    /** How a decision shows {@code value} of {@code entry}, under {@code shownName}. */
    static ParameterUse use(String shownName, Object value, ParameterEntry entry) {
        return ParameterUse.builder().name(shownName).value(ParameterValues.display(value)).effectiveFrom(entry.from())
                .until(entry.until()).illustrative(entry.illustrative()).origin(entry.origin()).build();
    }

    Map<String, ParameterSpec> specs() {
        return specs;
    }

    /**
     * The values in force for {@code policy} on {@code asOf}.
     *
     * @throws InvalidRequestException if a value is missing that day (strict mode) or the policy is unknown
     */
    Resolved resolve(String policy, LocalDate asOf) {
        String key = policy + '|' + asOf;
        Resolved r = cache.get(key);
        if (r == null) {
            r = compute(policy, asOf);
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            cache.put(key, r);
        }
        return r;
    }

    private Resolved compute(String policy, LocalDate asOf) {
        Map<String, List<ParameterEntry>> overlay = overlays.get(policy);
        if (overlay == null) {
            throw new InvalidRequestException(List.of(new Violation("policy", "unknown policy \"" + policy + "\" for rule set "
                    + ruleSetId + "; the policies are " + overlays.keySet())));
        }
        Map<String, ParameterEntry> chosen = new LinkedHashMap<>();
        // warnings belong to a parameter and reach a decision only if its rules read that parameter
        Map<String, String> warnings = new java.util.HashMap<>();
        Map<String, String> dueForReview = new java.util.HashMap<>();
        List<Violation> missing = new ArrayList<>();
        for (String name : specs.keySet()) {
            List<ParameterEntry> timeline = overlay.getOrDefault(name, base.get(name));
            ParameterEntry found = null;
            for (ParameterEntry e : timeline) {
                if (!e.from().isAfter(asOf)) {
                    found = e;
                }
            }
            if (found == null) {
                missing.add(new Violation("asOf", "no value of parameter \"" + name + "\" of " + ruleSetId + " is in force on "
                        + asOf + "; its first value starts on " + timeline.get(0).from()));
                continue;
            }
            if (!found.covers(asOf)) {
                if (options.strictExpiry()) {
                    missing.add(new Violation("asOf", "the value of parameter \"" + name + "\" of " + ruleSetId + " ended on "
                            + found.until() + "; no value is in force on " + asOf));
                    continue;
                }
                warnings.put(name, "The value of " + name + " ended on " + found.until() + "; the last value was used for " + asOf
                        + " (lenient mode).");
            } else {
                String ending = endingSoon(name, timeline.get(timeline.size() - 1), asOf, options.expiryWarningDays());
                if (ending != null) {
                    warnings.put(name, ending);
                }
                java.time.Period cadence = options.staleAfterMonths() > 0 ? java.time.Period.ofMonths(options.staleAfterMonths())
                        : found.reviewEvery() != null ? found.reviewEvery() : specs.get(name).reviewEvery();
                // only a parameter reviewed on a cadence is due for a check: a switch that never changes is not
                if (cadence != null && (found.reviewEvery() != null || specs.get(name).reviewEvery() != null)
                        && found.from().plus(cadence).isBefore(asOf)) {
                    dueForReview.put(name, name + " (in force since " + found.from() + ", "
                            + ChronoUnit.MONTHS.between(found.from(), asOf) + " months; reviewed every " + words(cadence) + ")");
                }
            }
            chosen.put(name, found);
        }
        if (!missing.isEmpty()) {
            throw new InvalidRequestException(missing);
        }
        Map<String, Slot> slots = new java.util.HashMap<>();
        for (Map.Entry<String, ParameterEntry> e : chosen.entrySet()) {
            ParameterEntry p = e.getValue();
            slots.put(e.getKey(), new Slot(specs.get(e.getKey()).type(), p, use(e.getKey(), p.value(), p), warnings.get(e.getKey()),
                    dueForReview.get(e.getKey())));
        }
        return new Resolved(policy, asOf, chosen, fingerprint(chosen), Map.copyOf(slots),
                FinancialYear.containing(asOf));
    }

    /**
     * The warning of a decision made on {@code asOf} within {@code windowDays} of the day the last
     * value of {@code name} ends, or null: what ends, when, and what to add where, so that the
     * council adds the next value before decisions are refused.
     */
    static String endingSoon(String name, ParameterEntry last, LocalDate asOf, int windowDays) {
        if (windowDays <= 0 || last.until() == null || asOf.isAfter(last.until())) {
            return null;
        }
        long days = ChronoUnit.DAYS.between(asOf, last.until());
        if (days > windowDays) {
            return null;
        }
        LocalDate next = last.until().plusDays(1);
        String what = next.getMonthValue() == 4 && next.getDayOfMonth() == 1
                ? "the " + FinancialYear.containing(next) + " value (from " + next + ")"
                : "a value from " + next;
        return name + " ends on " + last.until() + (days == 0 ? ", the day of this decision" : ", " + days + (days == 1 ? " day" : " days")
                + " after this decision's date") + ", and no later value is set: from " + next
                + " every decision that uses it is refused. Add " + what + " to " + fileName(last) + ".";
    }

    /** Where a value is set, as a rule author finds it: a packaged file by its name, a council's file as given. */
    private static String fileName(ParameterEntry e) {
        String file = e.file();
        if (e.origin() != null && e.origin().startsWith("policy:")) {
            return "the policy file " + file.substring(file.lastIndexOf('/') + 1);
        }
        if ("default".equals(e.origin())) {
            return file.substring(file.lastIndexOf('/') + 1) + " (or the council's copy of it, given with --parameters)";
        }
        return file;
    }

    /** "12 months", "2 years". */
    static String words(java.time.Period p) {
        long months = p.toTotalMonths();
        if (months > 0 && p.getDays() == 0) {
            return months % 12 == 0 ? (months == 12 ? "year" : months / 12 + " years") : months == 1 ? "month" : months + " months";
        }
        return p.toString();
    }

    private static String fingerprint(Map<String, ParameterEntry> chosen) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            chosen.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                ParameterEntry p = e.getValue();
                sha.update((e.getKey() + '=' + ParameterValues.display(p.value()) + '@' + p.from() + ".." + p.until()
                        + (p.illustrative() ? "~" : "!") + '\n').getBytes(StandardCharsets.UTF_8));
            });
            return "sha256:" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A parameter source: its text and how to name it in messages; {@code declaration} when it is a
     * rule-set declaration or a pack's shared values (values under each parameter's {@code "values"},
     * policies under {@code "policies"}) rather than a parameter file; {@code sheet} when a rule
     * author's values sheet gives its values (the default values and each policy's overlay), the
     * file keeping the rest (criteria, policies' titles and sources).
     */
    record Source(String text, String label, Declaration declaration, ValuesSheet sheet) {
        Source(String text, String label) {
            this(text, label, null, null);
        }

        Source(String text, String label, Declaration declaration) {
            this(text, label, declaration, null);
        }

        /** This source with its values (defaults and policy overlays) from a rule author's values sheet. */
        Source withSheet(ValuesSheet values) {
            return new Source(text, label, declaration, values);
        }
    }

    /**
     * The values in force for one policy on one date, with what a decision reports about each
     * worked out once ({@link Slot}), since thousands of decisions read the same values.
     */
    record Resolved(String policy, LocalDate asOf, Map<String, ParameterEntry> values,
                    String fingerprint, Map<String, Slot> slots, FinancialYear financialYear) {
    }

    /**
     * One parameter as decisions read it: its declared type, the entry in force and the
     * {@link ParameterUse} a decision reports when its rules read it. For a table (a by-key
     * parameter) the use of each key present is made on first read and kept; keys are the
     * table's own, so this stays as small as the table.
     */
    static final class Slot {
        private final ParameterType type;
        private final ParameterEntry entry;
        private final ParameterUse use;
        private final String warning;
        private final String dueForReview;
        private final Map<String, ParameterUse> keyUses = new ConcurrentHashMap<>();

        Slot(ParameterType type, ParameterEntry entry, ParameterUse use, String warning, String dueForReview) {
            this.type = type;
            this.entry = entry;
            this.use = use;
            this.warning = warning;
            this.dueForReview = dueForReview;
        }

        /** What a reviewer should know about this value on this date (it ends soon, or it ended), or null. */
        String warning() {
            return warning;
        }

        /**
         * The parameter and how long its value has stood, when it is older than its review
         * cadence, or null. A decision gathers these into one warning.
         */
        String dueForReview() {
            return dueForReview;
        }

        ParameterType type() {
            return type;
        }

        ParameterEntry entry() {
            return entry;
        }

        ParameterUse use() {
            return use;
        }

        /** The use of entry {@code key} of a table whose value for it is {@code value}. */
        ParameterUse keyUse(String name, String key, Object value) {
            if (value == null) {
                // a key the table does not have: not kept, since the key can come from a case
                return use(name + "[" + key + "]", null);
            }
            ParameterUse u = keyUses.get(key);
            if (u == null) {
                u = use(name + "[" + key + "]", value);
                keyUses.putIfAbsent(key, u);
            }
            return u;
        }

        private ParameterUse use(String shownName, Object value) {
            return ParameterStore.use(shownName, value, entry);
        }
    }
}
