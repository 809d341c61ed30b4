package org.senrules.core;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.senrules.core.internal.Catalog;
import org.senrules.core.internal.CaseReader;
import org.senrules.core.internal.CompiledRuleSet;
import org.senrules.core.internal.Decided;
import org.senrules.core.internal.EngineOptions;
import org.senrules.core.spi.CaseInput;
import org.senrules.core.spi.RulePack;
import org.senrules.core.spi.RuleSetDefinition;

/**
 * The senrules engine: the one entry point for embedders. Build it once, share it between
 * threads, and ask it for decisions.
 *
 * <pre>{@code
 * SenRules engine = SenRules.builder().build();          // discovers every rule pack
 * Decision<SsppOutcome> d = engine.decide(SsppTopUp.RULE_SET, pupil, LocalDate.of(2026, 1, 15));
 * Decision<?> byId = engine.decide(Request.of("sspp-top-up", LocalDate.of(2026, 1, 15), pupil));
 * String json = engine.json().answer(requestJson).json();
 * }</pre>
 *
 * <p>Each rule set's knowledge base is built once: when the engine is built, or (for a packaged
 * rule set its pack's build already compiled, unless {@link Builder#buildEagerly(boolean)}) on
 * its first decision, by whichever thread asks first. Deciding is thread-safe. Invalid requests are refused with
 * {@link InvalidRequestException} and nothing is decided.
 */
@ApiStatus(ApiStatus.Level.STABLE)
public final class SenRules {
    private final Catalog.Config config;
    private final AtomicReference<Catalog> catalog;
    private final DecisionJson json = new DecisionJson(this);

    private SenRules(Catalog.Config config, Catalog loaded) {
        this.config = config;
        this.catalog = new AtomicReference<>(loaded);
    }

    /** Starts configuring an engine. */
    public static Builder builder() {
        return new Builder();
    }

    Catalog catalog() {
        return catalog.get();
    }

    /**
     * Decides one request by rule-set id, the route of the JSON contract and of packs an embedder
     * has no handle for. Read the outcome with {@link Decision#outcome(Class)} or narrow the
     * decision with {@link Decision#as(RuleSetKey)}.
     *
     * @throws InvalidRequestException if the case breaks its rule set's constraints, the rule set or
     *                                 policy is unknown, or no parameter value is in force on {@code asOf}
     * @throws DecisionException       if the rules themselves fail
     * @throws RuleSetException        if the rule set, built on its first decision, fails a check of its rules
     */
    public Decision<?> decide(Request request) {
        Objects.requireNonNull(request, "request");
        CompiledRuleSet ruleSet = ruleSet(request, "");
        return untyped(ruleSet.decide(request));
    }

    /**
     * Decides one case under the rule set's {@code current} policy, typed by the rule set's
     * outcome: {@code engine.decide(SsppTopUp.RULE_SET, pupil, asOf).outcome().getTopUp()}.
     *
     * @throws InvalidRequestException  as {@link #decide(Request)}
     * @throws IllegalArgumentException if the loaded rule set of the handle's id decides other types than the handle's
     * @throws DecisionException        if the rules themselves fail
     */
    public <C extends CaseInput, O> Decision<O> decide(RuleSetKey<C, O> ruleSet, C caseData, LocalDate asOf) {
        return decide(Objects.requireNonNull(ruleSet, "ruleSet").current(), caseData, asOf);
    }

    /**
     * Decides one case under one policy of a rule set, such as {@code SsppTopUp.DBV_OPTION_4},
     * typed by the rule set's outcome.
     *
     * @throws InvalidRequestException  as {@link #decide(Request)}, also for a policy the loaded rule set does not have
     * @throws IllegalArgumentException if the loaded rule set of the handle's id decides other types than the handle's
     * @throws DecisionException        if the rules themselves fail
     */
    public <C extends CaseInput, O> Decision<O> decide(PolicyKey<C, O> policy, C caseData, LocalDate asOf) {
        Objects.requireNonNull(policy, "policy");
        Request request = new Request(policy.ruleSet().id(), asOf, policy.name(), caseData);
        Catalog c = catalog.get();
        CompiledRuleSet rs = c.get(request.ruleSet());
        if (rs != null) {
            matches(policy.ruleSet(), rs.definition());
        }
        CompiledRuleSet checked = ruleSet(request, "", c);
        return typed(checked.decide(request), policy.ruleSet().outcomeType());
    }

    /**
     * Decides a cohort of one rule set under one policy, in order, typed by the outcome. Every case
     * is checked first, as {@link #decideAll} does.
     *
     * @throws InvalidRequestException  naming every violation of every case, paths {@code cases[i]...}
     * @throws IllegalArgumentException if the loaded rule set of the handle's id decides other types than the handle's
     */
    public <C extends CaseInput, O> List<Decision<O>> decideAll(PolicyKey<C, O> policy, List<? extends C> cases, LocalDate asOf) {
        Objects.requireNonNull(policy, "policy");
        List<Request> requests = new ArrayList<>(cases.size());
        for (C caseData : cases) {
            requests.add(new Request(policy.ruleSet().id(), asOf, policy.name(), caseData));
        }
        Catalog c = catalog.get();
        CompiledRuleSet rs = c.get(policy.ruleSet().id());
        if (rs != null) {
            matches(policy.ruleSet(), rs.definition());
        }
        List<CompiledRuleSet> sets = checkAll(requests, c);
        List<Decision<O>> out = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            out.add(typed(sets.get(i).decide(requests.get(i)), policy.ruleSet().outcomeType()));
        }
        return out;
    }

    /** Refuses a handle whose types are not the loaded rule set's: the typed route must not cast blindly. */
    private static void matches(RuleSetKey<?, ?> key, RuleSetDefinition<?, ?> d) {
        if (d.caseType() != key.caseType() || d.outcomeType() != key.outcomeType()) {
            throw new IllegalArgumentException("the handle of rule set " + key.id() + " is for " + key.caseType().getName()
                    + " cases and " + key.outcomeType().getName() + " outcomes, but the loaded rule set " + d.id() + " decides "
                    + d.caseType().getName() + " cases with " + d.outcomeType().getName() + " outcomes");
        }
    }

    private static <O> Decision<O> typed(Decided decided, Class<O> outcomeType) {
        return new Decision<>(decided, outcomeType.cast(decided.outcome()));
    }

    private static Decision<?> untyped(Decided decided) {
        return new Decision<>(decided, decided.outcome());
    }

    /**
     * Decides one request under each of several policies of its rule set (a policy what-if for one
     * case), in the order given: element {@code i} is, byte for byte, what
     * {@code decide(request.withPolicy(policies.get(i)))} returns. The case is checked once, and the
     * rules fire once per distinct view of the parameters: a policy that gives every parameter a
     * decision read the same value gets that decision (with its own policy, fingerprint and
     * parameter uses) without firing the rules again. Decisions made that way share one outcome
     * object; treat outcomes as read-only. (Experimental: for the cohort simulator.)
     *
     * @throws InvalidRequestException as {@link #decide} does, and for each unknown policy, with the
     *                                 path {@code policies[i]}
     * @throws DecisionException       if the rules themselves fail
     */
    public List<Decision<?>> decideUnderPolicies(Request request, List<String> policies) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(policies, "policies");
        CompiledRuleSet ruleSet = ruleSet(request, "");
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < policies.size(); i++) {
            if (policies.get(i) == null || !ruleSet.hasPolicy(policies.get(i))) {
                violations.add(new Violation("policies[" + i + "]", "unknown policy; the policies of "
                        + ruleSet.definition().id() + " are " + ruleSet.policies().stream().map(PolicyVariant::name).toList()));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return ruleSet.decideUnderPolicies(request, policies).stream().<Decision<?>>map(SenRules::untyped).toList();
    }

    /**
     * Decides a cohort, in order. Every request is checked first; if any is invalid, nothing is
     * decided and the violations of all of them are reported, with paths {@code cases[i]...}.
     */
    public List<Decision<?>> decideAll(List<Request> requests) {
        Catalog c = catalog.get();
        List<CompiledRuleSet> sets = checkAll(requests, c);
        List<Decision<?>> out = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            out.add(untyped(sets.get(i).decide(requests.get(i))));
        }
        return out;
    }

    /**
     * Decides a cohort on every core, in order: the result equals {@link #decideAll}'s, element by
     * element.
     */
    public List<Decision<?>> decideAllInParallel(List<Request> requests) {
        Catalog c = catalog.get();
        // checked in parallel too: checking every case first is otherwise a serial step before
        // each cohort; the violations are still reported in request order
        CompiledRuleSet[] checked = new CompiledRuleSet[requests.size()];
        InvalidRequestException[] refused = new InvalidRequestException[requests.size()];
        IntStream.range(0, requests.size()).parallel().forEach(i -> {
            try {
                checked[i] = ruleSet(requests.get(i), "cases[" + i + "]", c);
            } catch (InvalidRequestException e) {
                refused[i] = e;
            }
        });
        List<Violation> violations = new ArrayList<>();
        for (InvalidRequestException e : refused) {
            if (e != null) {
                violations.addAll(e.violations());
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        List<CompiledRuleSet> sets = java.util.Arrays.asList(checked);
        return IntStream.range(0, requests.size()).parallel()
                .mapToObj(i -> untyped(sets.get(i).decide(requests.get(i))))
                .collect(Collectors.toList());
    }

    private List<CompiledRuleSet> checkAll(List<Request> requests, Catalog c) {
        List<Violation> violations = new ArrayList<>();
        List<CompiledRuleSet> sets = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            try {
                sets.add(ruleSet(requests.get(i), "cases[" + i + "]", c));
            } catch (InvalidRequestException e) {
                violations.addAll(e.violations());
                sets.add(null);
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return sets;
    }

    private CompiledRuleSet ruleSet(Request request, String path) {
        return ruleSet(request, path, catalog.get());
    }

    private static CompiledRuleSet ruleSet(Request request, String path, Catalog c) {
        CompiledRuleSet rs = c.get(request.ruleSet());
        String prefix = path.isEmpty() ? "" : path + ".";
        if (rs == null) {
            // the id is not repeated: it is the caller's text, and may hold anything
            throw new InvalidRequestException(List.of(new Violation(prefix + "ruleSet", "unknown rule set; the rule sets are "
                    + c.ruleSets().keySet().stream().sorted().toList())));
        }
        List<Violation> violations = new ArrayList<>();
        String dateProblem = org.senrules.core.internal.RequestLimits.dateProblem(request.asOf());
        if (dateProblem != null) {
            violations.add(new Violation(prefix + "asOf", dateProblem));
        }
        if (!rs.definition().caseType().isInstance(request.caseData())) {
            violations.add(new Violation(prefix + "case", "rule set " + rs.definition().id() + " decides "
                    + rs.definition().caseType().getSimpleName() + " cases"));
        } else {
            rs.checkCase(request.caseData(), path.isEmpty() ? "case" : path, violations);
        }
        if (!rs.hasPolicy(request.policy())) {
            violations.add(new Violation(prefix + "policy", "unknown policy; the policies of "
                    + rs.definition().id() + " are " + rs.policies().stream().map(PolicyVariant::name).toList()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return rs;
    }

    /** The JSON contract: read requests, write decisions and rejections. */
    public DecisionJson json() {
        return json;
    }

    /** The loaded rule sets, in the order their packs registered them. */
    public List<RuleSetInfo> ruleSets() {
        List<RuleSetInfo> out = new ArrayList<>();
        for (CompiledRuleSet rs : catalog.get().ruleSets().values()) {
            RuleSetDefinition<?, ?> d = rs.definition();
            out.add(new RuleSetInfo(d.id(), d.version(), d.title(), d.caseType(), d.outcomeType(),
                    CaseReader.fieldNames(d.caseType()), rs.policies(), rs.parameterNames(), d.summary(), rs.criteria(), d.yearOnYear(),
                    d.placementRole(), d.forecastRole()));
        }
        return out;
    }

    /** The rules of one rule set: id, name, source and file of each, for reviewers and tools. */
    public List<RuleInfo> rules(String ruleSetId) {
        CompiledRuleSet rs = catalog.get().get(ruleSetId);
        if (rs == null) {
            throw new IllegalArgumentException("unknown rule set " + ruleSetId);
        }
        return List.copyOf(rs.rules()); // in file and numeric line order
    }

    /**
     * Where a rule set's rules and values come from: the files read, the council's among them, the
     * rules fingerprint decisions carry, and the rules added, removed or changed against the package.
     *
     * @throws IllegalArgumentException if no such rule set is loaded
     * @since 1.1
     */
    public RuleSetOrigin origin(String ruleSetId) {
        return new RuleSetOrigin(org.senrules.core.internal.Origins.of(loaded(ruleSetId)));
    }

    /**
     * Copies a rule set's files in use — rule, declaration, parameter and policy files, and the
     * shared parameter files it reads — into {@code directory}, to edit and pass back as a rules
     * folder, and writes its values and the shared values as values sheets
     * ({@code <id>.values.csv}, a row per dated value) for a finance officer to edit. A council's
     * file given with {@link Builder#overrideParameters} is its own, and not copied.
     *
     * @return the files written
     * @throws IllegalArgumentException if no such rule set is loaded, a different file of the same name is there,
     *                                  or a value cannot be written in a sheet so that it reads back the same
     * @since 1.1
     */
    public List<Path> exportFiles(String ruleSetId, Path directory) {
        return org.senrules.core.internal.Origins.export(loaded(ruleSetId), directory);
    }

    /**
     * Every dated value of every parameter of a rule set as {@code policy} sees it (for
     * {@code current}: the packaged defaults and the council's files), parameters in the order of
     * the parameter file, each in date order; for reviewers, rule books and tools.
     *
     * @throws IllegalArgumentException for an unknown rule set or policy
     */
    public List<ParameterUse> parameterValues(String ruleSetId, String policy) {
        return loaded(ruleSetId).parameterValues(policy, false);
    }

    /**
     * The values {@code policy} sets on top of {@code current}: what the policy changes. Empty for
     * {@code current}.
     *
     * @throws IllegalArgumentException for an unknown rule set or policy
     */
    public List<ParameterUse> policyChanges(String ruleSetId, String policy) {
        return loaded(ruleSetId).parameterValues(policy, true);
    }

    /**
     * Every place where a rule set's dated values end, earliest first (then by rule set, policy and
     * parameter): after its last day a decision that needs the parameter is refused (strict expiry)
     * until the next value is added. Empty when every parameter's last value is open-ended.
     *
     * @since 1.2
     */
    public List<ValueEnd> valueEnds() {
        List<ValueEnd> out = new ArrayList<>();
        for (CompiledRuleSet rs : catalog.get().ruleSets().values()) {
            rs.valueEnds().forEach(e -> out.add(new ValueEnd(e.ruleSet(), e.policy(), e.parameter(), e.lastDay(), e.file())));
        }
        out.sort(java.util.Comparator.comparing(ValueEnd::lastDay).thenComparing(ValueEnd::ruleSet)
                .thenComparing(ValueEnd::policy).thenComparing(ValueEnd::parameter));
        return List.copyOf(out);
    }

    private CompiledRuleSet loaded(String ruleSetId) {
        CompiledRuleSet rs = catalog.get().get(ruleSetId);
        if (rs == null) {
            throw new IllegalArgumentException("unknown rule set \"" + ruleSetId + "\""
                    + org.senrules.core.internal.Suggest.didYouMeanOrStop(ruleSetId, catalog.get().ruleSets().keySet())
                    + " The rule sets are " + catalog.get().ruleSets().keySet());
        }
        return rs;
    }

    /** Warnings found while loading, such as a rate that starts on a day other than 1 April. */
    public List<RuleSetProblem> warnings() {
        return catalog.get().warnings();
    }

    /**
     * Reloads every rule and parameter file (a rule author's edit loop with a rules folder). The
     * swap is atomic: if the new files have any error, the engine keeps serving the rules it had
     * and this method throws. A reload that would lose rules in use, or go back to a packaged file
     * because the author's copy is gone, is refused too, unless the folder's
     * {@code senrules-manifest.txt} confirms it ({@code removes <rule-set> <rule-id>},
     * {@code uses-packaged <file>}). What changed is logged.
     *
     * @throws RuleSetException naming every faulty file and line, or every unconfirmed loss
     */
    public void reload() {
        Catalog next = Catalog.load(config);
        org.senrules.core.internal.ReloadCheck.between(catalog.get(), next);
        catalog.set(next);
    }

    /** Configures a {@link SenRules} engine. */
    public static final class Builder {
        private boolean discover = true;
        private final List<RulePack> packs = new ArrayList<>();
        private Path rulesDirectory;
        private final Map<String, List<Path>> parameterOverrides = new LinkedHashMap<>();
        private boolean strictExpiry = true;
        private int staleAfterMonths;
        private int expiryWarningDays = EngineOptions.DEFAULT_EXPIRY_WARNING_DAYS;
        private int maxRuleFirings = 10_000;
        private java.time.Duration timeBudget = EngineOptions.DEFAULT_TIME_BUDGET;
        private Boolean isolateDecisions;
        private ClassLoader loader;
        private final List<String> selectedRuleSets = new ArrayList<>();
        private final Map<String, String> packSettings = new LinkedHashMap<>();
        private final List<RuleSetKey<?, ?>> selectedHandles = new ArrayList<>();
        private boolean eager;

        private Builder() {
        }

        /** Whether to find rule packs with {@link java.util.ServiceLoader}; on by default. */
        public Builder discoverPacks(boolean discover) {
            this.discover = discover;
            return this;
        }

        /** Adds a pack explicitly, for tests and hosts that do their own wiring. */
        public Builder addPack(RulePack pack) {
            packs.add(Objects.requireNonNull(pack, "pack"));
            return this;
        }

        /**
         * Compiles only these rule sets (by id) instead of every rule set the packs provide, for a
         * faster start; deciding for another rule set is then an {@code invalid-request}. Naming a
         * rule set no pack provides is an error at {@link #build()}. Called more than once, the ids add up.
         */
        public Builder ruleSets(String... ids) {
            for (String id : ids) {
                String checked = Objects.requireNonNull(id, "rule-set id");
                if (!selectedRuleSets.contains(checked)) {
                    selectedRuleSets.add(checked);
                }
            }
            return this;
        }

        /**
         * Compiles only the rule sets of these handles, as {@link #ruleSets(String...)} does by id; the
         * handles' types are checked against the loaded rule sets when the engine is built.
         */
        public Builder ruleSets(RuleSetKey<?, ?>... handles) {
            for (RuleSetKey<?, ?> handle : handles) {
                RuleSetKey<?, ?> checked = Objects.requireNonNull(handle, "rule-set handle");
                ruleSets(checked.id());
                if (!selectedHandles.contains(checked)) {
                    selectedHandles.add(checked);
                }
            }
            return this;
        }

        /** The class loader to discover packs with, on the class path; the default is the context's. */
        public Builder classLoader(ClassLoader loader) {
            this.loader = loader;
            return this;
        }

        /**
         * A folder of edited rule, parameter and policy files: a file with the same name as a
         * packaged one replaces it; a values sheet {@code <id>.values.csv} gives the values of a
         * rule set or shared value set; any other {@code .drl} file joins the rule set its header
         * {@code // rule-set: <id>} names; {@code senrules-manifest.txt} confirms removed rules; a
         * folder {@code scenarios} holds the author's scenarios. Anything else in the folder (an
         * unknown name, a symbolic link, a folder, a pipe) stops the engine with an error naming it.
         * For the council's own rule authors; never for uploaded files.
         */
        public Builder rulesDirectory(Path directory) {
            this.rulesDirectory = directory;
            return this;
        }

        /**
         * A council's parameter file for one rule set, or for a pack's shared values (by the shared
         * set's id); its values replace the defaults name by name. An id that names neither stops
         * the engine with an error, never a no-op.
         */
        public Builder overrideParameters(String ruleSetId, Path file) {
            parameterOverrides.computeIfAbsent(ruleSetId, k -> new ArrayList<>()).add(file);
            return this;
        }

        /**
         * Strict (the default): deciding for a date after a parameter's last value ended is an
         * {@code invalid-request}. Lenient: the last value is used and the decision warns.
         */
        public Builder strictExpiry(boolean strict) {
            this.strictExpiry = strict;
            return this;
        }

        /**
         * Replaces every parameter's declared review cadence with this many months: a decision that
         * uses a value which started longer before {@code asOf} says, in one warning, that it is due
         * for a check. By default each parameter's own cadence applies
         * ({@link org.senrules.core.spi.ParameterSpec#reviewEvery()}, or a value's
         * {@code "reviewEvery"} in the parameter file); a parameter that declares none (a policy
         * switch) is never reported as due, whatever this says.
         */
        public Builder staleAfterMonths(int months) {
            if (months < 1) {
                throw new IllegalArgumentException("months must be positive");
            }
            this.staleAfterMonths = months;
            return this;
        }

        /**
         * A decision made this many days or fewer before the last value of a parameter it uses ends
         * carries a warning naming the parameter, the last day and what to add; default 90. Zero
         * turns the warning off. (Past that day, a decision is refused while
         * {@link #strictExpiry(boolean)} is on.)
         *
         * @since 1.2
         */
        public Builder expiryWarningDays(int days) {
            if (days < 0 || days > 3660) {
                throw new IllegalArgumentException("the expiry warning window is 0 to 3,660 days, not " + days);
            }
            this.expiryWarningDays = days;
            return this;
        }

        /** The most rule firings one decision may take before it is stopped as a loop; default 10,000. */
        public Builder maxRuleFirings(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("max must be positive");
            }
            this.maxRuleFirings = max;
            return this;
        }

        /**
         * The longest one decision may take; default 2 seconds. A decision still firing rules then
         * is stopped with a {@link DecisionException} naming the rule set and the rule fired last.
         */
        public Builder decisionTimeBudget(java.time.Duration budget) {
            Objects.requireNonNull(budget, "budget");
            if (budget.isNegative() || budget.isZero()) {
                throw new IllegalArgumentException("the time budget must be positive");
            }
            this.timeBudget = budget;
            return this;
        }

        /**
         * Whether rules fire on a worker thread that can be given up on when a single rule
         * consequence outruns the time budget (rather than on the deciding thread, which cannot
         * be stopped mid-consequence). On by default when there is a rules folder, whose edited
         * rule files are less reviewed than packaged ones; off otherwise, as it costs a thread
         * hand-over per decision.
         */
        public Builder isolateDecisions(boolean isolate) {
            this.isolateDecisions = isolate;
            return this;
        }

        /**
         * A setting for the rule packs of this engine only, such as
         * {@code packSetting("oag-catalogue", "council-oag.json")} (a council's Ordinarily Available
         * Guidance catalogue). Packs read their settings when they register, on {@link #build()} and
         * again on every {@link SenRules#reload()}; two engines in one JVM may differ. A setting no
         * pack reads is an error at {@link #build()}, naming the settings the packs do read.
         *
         * @since 1
         */
        public Builder packSetting(String name, String value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            if (!name.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
                throw new IllegalArgumentException("pack setting names are kebab-case: " + name);
            }
            packSettings.put(name, value);
            return this;
        }

        /**
         * Whether {@link #build()} builds every rule set's knowledge base (true), or leaves each
         * packaged rule set whose rule files its pack's build already compiled and checked to be
         * built on its first decision (false, the default: a command deciding for one rule set does
         * not wait for the others). Either way every rule set's files, parameters and policies are
         * read and checked by {@code build()}, and rule files from a rules folder, or any other rule
         * file compiled at run time, are built there too, so their errors show at once. The checks
         * made on a knowledge base (rule ids and sources, phases, criteria, globals) run before a
         * rule set's first decision; one that fails stops that decision with a
         * {@link RuleSetException}. A service that reports itself ready builds eagerly.
         *
         * @since 1.1
         */
        public Builder buildEagerly(boolean eager) {
            this.eager = eager;
            return this;
        }

        private Catalog.Config config() {
            boolean isolate = isolateDecisions != null ? isolateDecisions : rulesDirectory != null;
            return new Catalog.Config(discover, List.copyOf(packs), rulesDirectory,
                    java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameterOverrides)),
                    new EngineOptions(strictExpiry, staleAfterMonths, maxRuleFirings, true, timeBudget, isolate, expiryWarningDays), loader, selectedRuleSets,
                    packSettings, eager);
        }

        /**
         * Loads every rule set, and builds the knowledge bases now or on first use (see
         * {@link #buildEagerly(boolean)}).
         *
         * @throws RuleSetException naming every faulty file and line, if any pack, rule file or
         *                          parameter file is faulty
         */
        public SenRules build() {
            Catalog.Config config = config();
            Catalog loaded = Catalog.load(config);
            for (RuleSetKey<?, ?> handle : selectedHandles) {
                matches(handle, loaded.get(handle.id()).definition());
            }
            return new SenRules(config, loaded);
        }

        /** Loads and compiles everything, returning the problems (errors and warnings) instead of an engine. */
        public List<RuleSetProblem> check() {
            return Catalog.check(config());
        }
    }
}
