package org.senrules.core.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Global;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.conf.ThreadSafeOption;
import org.senrules.core.Decision;
import org.senrules.core.DecisionException;
import org.senrules.core.Request;
import org.senrules.core.RuleSetProblem;
import org.senrules.core.spi.CaseInput;
import org.senrules.core.spi.RuleSetDefinition;

/**
 * One rule set ready to decide: its knowledge base, compiled once, and its parameters. Thread-safe:
 * every decision gets its own session, parameter view and explanation.
 *
 * <p>Sessions come from a pool: building a session's node and segment memories was most of the
 * cost of a small decision, so a session is reset after each decision (working memory, agenda,
 * fact-handle and propagation counters, globals) and handed to the next one, on whichever thread.
 * A reset session decides exactly as a new one does; the tests compare the two byte for byte.
 */
public final class CompiledRuleSet {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CompiledRuleSet.class);
    private static final java.util.Comparator<RuleMetadata> IN_FILE_ORDER = java.util.Comparator
            .comparing((RuleMetadata m) -> fileOf(m.file())).thenComparingInt(m -> lineOf(m.file())).thenComparing(RuleMetadata::name);
    private static final Pattern RULE_NAME = Pattern.compile("^[ \\t]*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))", Pattern.MULTILINE);

    private final RuleSetDefinition<CaseInput, Object> definition;
    private final KieBase kieBase;
    /** Reset sessions ready for the next decision; grows with the number of threads deciding at once. */
    private final KieSessionsPool sessions;
    private final KieSessionConfiguration sessionConfig;
    private final ParameterStore parameters;
    private final Map<String, RuleMetadata> rules;
    private final Map<String, Object> globals;
    private final boolean usesExplain;
    private final EngineOptions options;
    private final RuleSetFiles files;
    private final RuleConventions conventions;
    private final boolean usesCriteria;
    private final List<org.senrules.core.PolicyVariant> policies;
    /** How the rule set decides, in stages; null on a rule set built on first use, before it is. */
    private final Staged staged;
    /** The names each rule's matches bind ({@code $band}, …), read once per rule instead of once per firing. */
    private final DecisionValues.Bindings bindings = new DecisionValues.Bindings();
    /**
     * Set on a rule set built on its first use (a packaged rule set whose rule text the pack's build
     * already compiled and checked): what builds it; null on a built one.
     */
    private final FirstUse firstUse;
    /** What the compiled classes of the rules are (which rule each belongs to); null on a rule set built on first use. */
    private final RuleCodeCheck.Index code;

    private CompiledRuleSet(RuleSetDefinition<CaseInput, Object> definition, KieBase kieBase, ParameterStore parameters,
                            Map<String, RuleMetadata> rules, Map<String, Object> globals, Set<String> declaredGlobals,
                            RuleSetFiles files, EngineOptions options, RuleConventions conventions,
                            List<org.senrules.core.PolicyVariant> policies, RuleCodeCheck.Index code) {
        this.definition = definition;
        this.files = files;
        this.kieBase = kieBase;
        this.parameters = parameters;
        this.rules = rules;
        this.globals = globals;
        this.usesExplain = declaredGlobals.contains("explain");
        this.options = options;
        this.conventions = conventions;
        this.usesCriteria = declaredGlobals.contains("criteria");
        this.policies = policies;
        this.firstUse = null;
        this.staged = new Staged(definition, conventions, rules, parameters);
        this.code = code;
        // one session made now; the pool makes more when more threads decide at once, and keeps them
        this.sessions = options.reuseSessions() ? kieBase.newKieSessionsPool(1) : null;
        // A session is used by one thread at a time (handed over through the pool's concurrent
        // queue), so it would need no locking of its own around inserts and propagation. But every
        // knowledge base is of the executable model (pre-built, or compiled so at run time), and
        // there a session marked not thread-safe makes each rule's consequence reuse one array of
        // its arguments, shared by every session of the knowledge base (Drools'
        // LambdaConsequence), so sessions deciding on two threads at once would overwrite each
        // other's facts.
        this.sessionConfig = KieServices.Factory.get().newKieSessionConfiguration();
        this.sessionConfig.setOption(ThreadSafeOption.YES);
    }

    /** A rule set whose knowledge base is built on its first decision, by {@code firstUse}. */
    private CompiledRuleSet(RuleSetDefinition<CaseInput, Object> definition, ParameterStore parameters, RuleSetFiles files,
                            EngineOptions options, RuleConventions conventions, List<org.senrules.core.PolicyVariant> policies,
                            FirstUse firstUse) {
        this.definition = definition;
        this.files = files;
        this.parameters = parameters;
        this.options = options;
        this.conventions = conventions;
        this.policies = policies;
        this.firstUse = firstUse;
        this.kieBase = null;
        this.sessions = null;
        this.sessionConfig = null;
        this.rules = null;
        this.globals = null;
        this.usesExplain = false;
        this.usesCriteria = false;
        this.staged = null;
        this.code = null;
    }

    /**
     * Compiles the rule files, or builds the knowledge base from their pre-built model when there is
     * one ({@code prebuilt}, which matches these very texts); returns null and adds problems (file and
     * line) if they do not compile. Every check but Drools' own compiling runs on both paths.
     *
     * <p>With {@code onFirstUse} and rules the pack's build already compiled and checked (any
     * {@code prebuilt}: a model of these texts, or the build's word that they compile at run time),
     * the policies are resolved now and everything else is left to the rule set's first decision:
     * the checks of the rule texts, the knowledge base and the checks made on it (ids, sources,
     * phases, criteria, globals), once, whichever thread asks first.
     */
    @SuppressWarnings("unchecked")
    static CompiledRuleSet compile(RuleSetDefinition<?, ?> def, List<RuleSource> sources, PrebuiltRules prebuilt, ParameterStore parameters,
                                   RuleSetFiles files, EngineOptions options, RuleConventions conventions, RuleSource policyFile,
                                   boolean onFirstUse, List<RuleSetProblem> problems) {
        RuleSetDefinition<CaseInput, Object> definition = (RuleSetDefinition<CaseInput, Object>) def;
        if (onFirstUse && prebuilt != null) {
            int errorsBefore = ParameterFile.errors(problems);
            List<org.senrules.core.PolicyVariant> policies = parameters == null ? List.of()
                    : conventions.resolve(parameters.policies(), policyFile, problems);
            if (ParameterFile.errors(problems) > errorsBefore) {
                return null;
            }
            return new CompiledRuleSet(definition, parameters, files, options, conventions, policies, new FirstUse(sources, prebuilt, policies));
        }
        Map<String, String> ruleFiles = checkText(definition, sources, conventions, problems);
        if (ruleFiles == null) {
            return null;
        }
        return build(definition, sources, prebuilt, parameters, files, options, conventions, ruleFiles,
                p -> p == null ? List.of() : conventions.resolve(p.policies(), policyFile, problems), problems);
    }

    /**
     * The checks of the rule texts (what a rule may make and call, the conventions); each rule's
     * file and line, or null if a rule file reaches outside what rules may use.
     */
    private static Map<String, String> checkText(RuleSetDefinition<?, ?> def, List<RuleSource> sources, RuleConventions conventions,
                                                 List<RuleSetProblem> problems) {
        Map<String, String> ruleFiles = new LinkedHashMap<>();
        for (RuleSource source : sources) {
            conventions.checkText(source, problems);
            Matcher m = RULE_NAME.matcher(source.text());
            while (m.find()) {
                String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                int line = 1 + (int) source.text().substring(0, m.start()).chars().filter(c -> c == '\n').count();
                ruleFiles.putIfAbsent(name, source.label() + ":" + line);
            }
        }
        return RuleFileConfinement.checkAll(def, sources, problems) ? ruleFiles : null;
    }

    /**
     * The knowledge base and the checks made on its rules; null (and problems added) if any fails.
     * {@code policies} gives the rule set's policies, resolved after the rules' checks so that
     * problems are listed in one order.
     */
    private static CompiledRuleSet build(RuleSetDefinition<CaseInput, Object> def, List<RuleSource> sources, PrebuiltRules prebuilt,
                                         ParameterStore parameters, RuleSetFiles files, EngineOptions options, RuleConventions conventions,
                                         Map<String, String> ruleFiles,
                                         java.util.function.Function<ParameterStore, List<org.senrules.core.PolicyVariant>> policiesOf,
                                         List<RuleSetProblem> problems) {
        // every class of the rules is checked before it is loaded, on both paths (RuleCodeCheck)
        RuleCodeAllowList allow = new RuleCodeAllowList(RuleFileConfinement.packPackages(def));
        RuleCodeCheck.Loaded loaded = null;
        if (prebuilt != null) {
            int errorsBefore = ParameterFile.errors(problems);
            loaded = prebuilt.kieBase(allow, sources, problems);
            if (ParameterFile.errors(problems) > errorsBefore) {
                return null;
            }
        }
        if (loaded == null) {
            loaded = RuleTextCompiler.compile(def, sources, allow, problems);
            if (loaded == null) {
                return null;
            }
        }
        KieBase base = loaded.kieBase();
        boolean failed = false;
        Map<String, RuleMetadata> metadata = new LinkedHashMap<>();
        Set<String> declaredGlobals = new HashSet<>();
        Set<String> ids = new HashSet<>();
        Map<String, Rule> compiledRules = new LinkedHashMap<>();
        for (KiePackage p : base.getKiePackages()) {
            for (Global g : p.getGlobalVariables()) {
                declaredGlobals.add(g.getName());
            }
            for (Rule r : p.getRules()) {
                String file = ruleFiles.getOrDefault(r.getName(), def.id());
                RuleMetadata meta = RuleMetadata.of(r, file);
                if (meta.source() == null) {
                    problems.add(RuleSetProblem.error(fileOf(file), lineOf(file), "rule \"" + r.getName()
                            + "\" has no @source(\"...\"): every rule cites the document and section it implements"));
                    failed = true;
                }
                if (!ids.add(meta.id())) {
                    problems.add(RuleSetProblem.error(fileOf(file), lineOf(file), "rule id \"" + meta.id() + "\" is used twice in " + def.id()));
                    failed = true;
                }
                metadata.put(r.getName(), meta);
                compiledRules.put(r.getName(), r);
            }
        }
        int errorsBefore = ParameterFile.errors(problems);
        metadata = conventions.check(metadata, compiledRules, problems);
        List<org.senrules.core.PolicyVariant> policies = policiesOf.apply(parameters);
        failed |= ParameterFile.errors(problems) > errorsBefore;
        Map<String, Object> globals = new LinkedHashMap<>();
        for (String g : declaredGlobals) {
            if (def.globals().containsKey(g)) {
                globals.put(g, def.globals().get(g));
            } else if (g.equals("params")) {
                // a value read by name would be checked only when a decision reads it; the typed view is checked as it compiles
                Class<?> view = def.types().valuesType();
                problems.add(RuleSetProblem.error(def.id(), 0, "the rules declare global \"params\", which rule set " + def.id()
                        + " does not provide: rules read the values through " + (view == null ? "the rule set's typed view of its values"
                        : "its typed view, " + view.getSimpleName() + " (such as " + view.getSimpleName() + "( $x : name ) in a condition)")
                        + ", which the declaration's \"java\" \"values\" names"));
                failed = true;
            } else if (!g.equals("explain") && !g.equals("criteria")) {
                problems.add(RuleSetProblem.error(def.id(), 0, "the rules declare global \"" + g
                        + "\", which rule set " + def.id() + " does not provide (it provides explain"
                        + ", criteria" + (def.globals().isEmpty() ? "" : ", " + String.join(", ", def.globals().keySet())) + ")"));
                failed = true;
            }
        }
        if (failed) {
            return null;
        }
        // in file and numeric line order, so every list of rules reads as the files do (Map.copyOf's order changes from run to run)
        Map<String, RuleMetadata> inFileOrder = new LinkedHashMap<>();
        metadata.values().stream().sorted(IN_FILE_ORDER).forEach(m -> inFileOrder.put(m.name(), m));
        return new CompiledRuleSet(def, base, parameters, java.util.Collections.unmodifiableMap(inFileOrder),
                globals, declaredGlobals, files, options, conventions, policies, loaded.index());
    }

    /**
     * What a rule set built on its first use needs to build itself, and the result: built once, by
     * the first thread that needs it (others wait for it); a failure is kept and thrown again to
     * every later caller, so no decision is ever made from a half-built rule set.
     */
    private static final class FirstUse {
        private final List<RuleSource> sources;
        private final PrebuiltRules prebuilt;
        private final List<org.senrules.core.PolicyVariant> policies;
        private volatile CompiledRuleSet built;
        private org.senrules.core.RuleSetException failure;
        private volatile int attempts;

        FirstUse(List<RuleSource> sources, PrebuiltRules prebuilt, List<org.senrules.core.PolicyVariant> policies) {
            this.sources = List.copyOf(sources);
            this.prebuilt = prebuilt;
            this.policies = policies;
        }

        CompiledRuleSet get(CompiledRuleSet shell) {
            CompiledRuleSet b = built;
            if (b != null) {
                return b;
            }
            synchronized (this) {
                if (built == null && failure == null) {
                    attempts++;
                    List<RuleSetProblem> problems = new ArrayList<>();
                    Map<String, String> ruleFiles = checkText(shell.definition, sources, shell.conventions, problems);
                    CompiledRuleSet made = ruleFiles == null ? null : build(shell.definition, sources, prebuilt, shell.parameters,
                            shell.files, shell.options, shell.conventions, ruleFiles, p -> policies, problems);
                    problems.stream().filter(p -> p.severity() == RuleSetProblem.Severity.WARNING).forEach(w -> LOG.warn("{}", w));
                    if (made == null || ParameterFile.errors(problems) > 0) {
                        List<RuleSetProblem> errorsFirst = new ArrayList<>(problems);
                        errorsFirst.sort(java.util.Comparator.comparing(RuleSetProblem::severity));
                        failure = new org.senrules.core.RuleSetException(errorsFirst);
                    } else {
                        built = made;
                    }
                }
                if (failure != null) {
                    throw failure;
                }
                return built;
            }
        }
    }

    /** This rule set ready to decide: itself, or the rule set its first use builds. */
    private CompiledRuleSet ready() {
        return firstUse == null ? this : firstUse.get(this);
    }

    /** Whether the knowledge base is built (false only for a rule set built on first use, before it). */
    public boolean isBuilt() {
        return firstUse == null || firstUse.built != null;
    }

    /** How often its first use tried to build it: 0 or 1 (for a rule set built at once, 1); for tests. */
    public int timesBuilt() {
        return firstUse == null ? 1 : firstUse.attempts;
    }

    /** The file of a Drools "file:line" location (also read by {@link RuleConventions}). */
    static String fileOf(String fileAndLine) {
        int colon = fileAndLine.lastIndexOf(':');
        return colon < 0 ? fileAndLine : fileAndLine.substring(0, colon);
    }

    /** The line of a Drools "file:line" location, 0 when it has none. */
    static int lineOf(String fileAndLine) {
        int colon = fileAndLine.lastIndexOf(':');
        try {
            return colon < 0 ? 0 : Integer.parseInt(fileAndLine.substring(colon + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public RuleSetDefinition<CaseInput, Object> definition() {
        return definition;
    }

    /** Every dated value under a policy, or only what the policy changes; for reviewers and tools. */
    public List<org.senrules.core.ParameterUse> parameterValues(String policy, boolean changesOnly) {
        return parameters.values(policy, changesOnly);
    }

    ParameterStore parameters() {
        return parameters;
    }

    /** Where this rule set's dated values end (see {@link org.senrules.core.SenRules#valueEnds()}). */
    public List<TimelineEnd> valueEnds() {
        return parameters.ends();
    }

    /** The files this rule set was loaded from, and the rules in them. */
    RuleSetFiles files() {
        return files;
    }

    /** The policy variants, {@code current} first. */
    public List<org.senrules.core.PolicyVariant> policies() {
        return policies;
    }

    /** The criteria the rule set declares, id to what each stands for, in the declaration's order. */
    public Map<String, String> criteria() {
        Map<String, String> out = new LinkedHashMap<>();
        conventions.criteria().criteria().values().forEach(c -> out.put(c.id(), c.description()));
        return java.util.Collections.unmodifiableMap(out);
    }

    /** The parameters in force for the rule set, its own and its shared values', in the declaration's order. */
    public List<String> parameterNames() {
        return List.copyOf(parameters.specs().keySet());
    }

    public boolean hasPolicy(String policy) {
        return parameters.hasPolicy(policy);
    }

    /** Each rule's id, name, source and file, in file and numeric line order. */
    public List<org.senrules.core.RuleInfo> rules() {
        List<org.senrules.core.RuleInfo> out = new ArrayList<>();
        for (RuleMetadata m : ready().rules.values()) {
            out.add(new org.senrules.core.RuleInfo(m.id(), m.name(), m.source(), m.file()));
        }
        return out;
    }

    /**
     * Reads a case of this rule set from JSON: its fields' constraints, its own consistency check,
     * then the rule set's check ({@link RuleSetDefinition#checkCase}); {@code null} with the
     * violations added under {@code path} if any fails.
     */
    public CaseInput readCase(com.fasterxml.jackson.databind.JsonNode node, String path, List<org.senrules.core.Violation> violations) {
        int before = violations.size();
        CaseInput c = CaseReader.read(node, definition.caseType(), path, violations);
        if (c == null) {
            return null;
        }
        definition.checkCase(c, under(path, violations));
        return violations.size() > before ? null : c;
    }

    /** Checks a case built in Java as {@link #readCase} checks one read from JSON. */
    public void checkCase(CaseInput caseData, String path, List<org.senrules.core.Violation> violations) {
        int before = violations.size();
        CaseReader.check(caseData, path, violations);
        if (violations.size() == before) {
            definition.checkCase(caseData, under(path, violations));
        }
    }

    /** The rule set's case check reports fields relative to the case; its violations are added under {@code path}. */
    private static org.senrules.core.spi.Violations under(String path, List<org.senrules.core.Violation> violations) {
        return (field, message) -> violations.add(new org.senrules.core.Violation(CaseReader.join(path, field), message));
    }

    /** Decides one valid request. */
    public Decided decide(Request request) {
        if (firstUse != null) {
            return ready().decide(request);
        }
        return fire(request, parameters.resolve(request.policy(), request.asOf()), null).decision();
    }

    /**
     * Decides one valid request under each of {@code policies} (each known to this rule set), in
     * that order; each decision is the one {@link #decide} makes for the request under that policy,
     * byte for byte. The rules fire once per distinct view of the parameters: a policy whose values
     * answer every parameter read of a decision already made (in order, with the same values) gets
     * that decision with its own policy, fingerprint and parameter uses, without firing the rules
     * again. Such decisions share their outcome object.
     */
    public List<Decided> decideUnderPolicies(Request request, List<String> policies) {
        if (firstUse != null) {
            return ready().decideUnderPolicies(request, policies);
        }
        List<Decided> out = new ArrayList<>(policies.size());
        List<Fired> fired = new ArrayList<>(4);
        for (int i = 0; i < policies.size(); i++) {
            String policy = policies.get(i);
            ParameterStore.Resolved resolved = parameters.resolve(policy, request.asOf());
            Decided d = null;
            for (Fired f : fired) {
                ParameterView view = f.trace().replay(resolved);
                if (view != null) {
                    d = record(request.withPolicy(policy), resolved, view, f.explain(), f.decision().outcome());
                    break;
                }
            }
            if (d == null) {
                // the last policy's reads are never replayed: it needs no trace (nor does a single policy)
                boolean last = i == policies.size() - 1;
                Fired f = fire(request.withPolicy(policy), resolved, last ? null : new ParameterTrace(new ParameterView(resolved)));
                fired.add(f);
                d = f.decision();
            }
            out.add(d);
        }
        return out;
    }

    /** A decision made by firing the rules, with what another policy's decision may reuse. */
    private record Fired(Decided decision, ExplanationRecorder explain, ParameterTrace trace) {
    }

    /**
     * How a rule set decides: the phases before the criteria (the gate) run on
     * the case alone, before any value is read; then the typed views of its values go in, the
     * criteria phase makes its matches (never firing a criterion rule), each criterion without a
     * match gets its reason, {@link org.senrules.core.spi.EveryCriterionMet} goes in when none is
     * missing, and the phases after run.
     */
    private static final class Staged {
        final List<String> gate;
        final String criteriaPhase;
        final List<String> after;
        final DeclaredCriteria criteria;
        final List<java.util.function.Function<org.senrules.core.spi.Parameters, ?>> values = new ArrayList<>();
        final Map<String, org.senrules.core.spi.CaseFields.Field> caseFields = new LinkedHashMap<>();
        final java.util.function.Function<String, java.util.function.Function<Object, ?>> outcomeReader;
        /** Each parameter's place in the declaration: a decision lists the values it used in this order, whatever order its conditions read them in. */
        final Map<String, Integer> order = new java.util.HashMap<>();

        Staged(RuleSetDefinition<CaseInput, Object> def, RuleConventions conventions, Map<String, RuleMetadata> rules, ParameterStore store) {
            List<String> phases = def.phases();
            for (String name : store.specs().keySet()) {
                order.put(name, order.size());
            }
            this.criteria = conventions.declaredCriteria(rules);
            int at = criteria == null ? -1 : phases.indexOf(criteria.phase());
            this.criteriaPhase = at < 0 ? null : phases.get(at);
            this.gate = at < 0 ? List.of() : List.copyOf(phases.subList(0, at));
            this.after = at < 0 ? List.copyOf(phases) : List.copyOf(phases.subList(at + 1, phases.size()));
            if (def.types().values() != null) {
                values.add(def.types().values());
            }
            for (org.senrules.core.spi.SharedParameters sh : def.shared()) {
                if (sh.values() != null) {
                    values.add(sh.values());
                }
            }
            def.types().caseFields().fields().forEach(f -> caseFields.put(f.name(), f));
            org.senrules.core.spi.OutcomeFields<Object> of = def.types().outcomeFields();
            Map<String, java.util.function.Function<Object, ?>> readers = new java.util.HashMap<>();
            for (String n : of.names()) {
                java.util.function.Function<? super Object, ?> read = of.reader(n);
                readers.put(n, read::apply);
            }
            this.outcomeReader = readers::get;
        }

        /** Pushes {@code phases} onto the focus stack, the first on top. */
        static void focus(KieSession session, List<String> phases) {
            for (int i = phases.size() - 1; i >= 0; i--) {
                session.getAgenda().getAgendaGroup(phases.get(i)).setFocus();
            }
        }
    }

    /** Fires the rules; {@code trace}, when given, is the {@code params} global and keeps its reads. */
    private Fired fire(Request request, ParameterStore.Resolved resolved, ParameterTrace trace) {
        ParameterView params = trace != null ? trace.view() : new ParameterView(resolved);
        org.senrules.core.spi.Parameters paramsGlobal = trace != null ? trace : params;
        ExplanationRecorder explain = new ExplanationRecorder(rules);
        CaseInput caseData = request.caseData();
        if (!definition.caseType().isInstance(caseData)) {
            throw new IllegalArgumentException("rule set " + definition.id() + " decides " + definition.caseType().getSimpleName()
                    + " cases, not " + caseData.getClass().getSimpleName());
        }
        Object outcome = definition.newOutcome();
        DeclaredCriteria.Decision criteria = staged.criteria != null ? staged.criteria.newDecision(explain) : null;
        DecisionValues values = new DecisionValues(caseData, staged.caseFields, outcome, staged.outcomeReader, params, trace, parameters.specs(),
                bindings);
        explain.templates(values);
        KieSession session = sessions != null ? sessions.newKieSession(sessionConfig) : kieBase.newKieSession(sessionConfig, null);
        boolean abandoned = false;
        try {
            if (usesExplain) {
                session.setGlobal("explain", explain);
            }
            if (usesCriteria) {
                session.setGlobal("criteria", criteria);
            }
            for (Map.Entry<String, Object> g : globals.entrySet()) {
                session.setGlobal(g.getKey(), g.getValue());
            }
            int max = options.maxRuleFirings();
            DecisionBudget.Firing firing = (s, spent) -> fireStaged(s, spent, caseData, outcome, paramsGlobal, criteria, values, explain, max);
            // the explanation hears of each rule about to fire through the budget's listener, the session's only one
            return DecisionBudget.fire(session, firing, fired -> {
                if (fired >= max) {
                    throw new DecisionException("the rules of " + definition.id() + " fired " + fired
                            + " times for case " + caseData.caseId() + " without settling; a rule probably re-triggers itself", null);
                }
                if (outcome instanceof org.senrules.core.spi.Outcome made) {
                    made.seal(); // the decision is made: from here on its outcome cannot change
                }
                DecisionEvent.decided(definition.id(), request.policy(), fired);
                return new Fired(record(request, resolved, params, explain, outcome), explain, trace);
            }, explain, criteria, options.timeBudget(),
                    options.isolateDecisions(), definition.id(), definition.version(), caseData.caseId(), code);
        } catch (DecisionBudget.Abandoned e) {
            abandoned = true;
            throw e.exception();
        } catch (DecisionException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new DecisionException("the rules of " + definition.id() + " " + definition.version()
                    + " failed for case " + caseData.caseId() + ": " + DecisionBudget.rootMessage(e), e);
        } finally {
            // a pooled session is reset here and goes back to the pool; one still held by a runaway
            // consequence, or one an Error went through, is left to the garbage collector
            if (!abandoned) {
                session.dispose();
            }
        }
    }

    private void insertFacts(KieSession s, CaseInput caseData, Object outcome) {
        s.insert(caseData);
        s.insert(outcome);
        for (Object fact : definition.facts(caseData)) {
            s.insert(fact);
        }
    }

    /** The stages of a decision (see {@link Staged}); returns the rules fired. */
    private int fireStaged(KieSession s, java.util.function.BooleanSupplier spent, CaseInput caseData, Object outcome,
                           org.senrules.core.spi.Parameters params, DeclaredCriteria.Decision criteria, DecisionValues values,
                           ExplanationRecorder explain, int max) {
        int fired = 0;
        insertFacts(s, caseData, outcome);
        if (spent.getAsBoolean()) {
            return fired; // the conditions alone took the budget
        }
        if (!staged.gate.isEmpty()) {
            Staged.focus(s, staged.gate);
            fired += s.fireAllRules(max);
            if (criteria != null && !criteria.considered() || spent.getAsBoolean()) {
                return fired;
            }
        }
        for (java.util.function.Function<org.senrules.core.spi.Parameters, ?> v : staged.values) {
            s.insert(v.apply(params));
        }
        if (staged.criteriaPhase != null) {
            Staged.focus(s, List.of(staged.criteriaPhase));
            fired += s.fireAllRules(staged.criteria.filter(), max - fired);
            if (spent.getAsBoolean()) {
                return fired;
            }
            values.firing(null);
            List<org.senrules.core.Reason> unmet;
            try {
                unmet = criteria.unmet(values);
            } catch (ReasonTemplate.Unknown e) {
                throw new IllegalStateException("a criterion's reason names {" + e.getMessage() + "}, which is no field of the case or"
                        + " the outcome, no parameter, and not asOf, financialYear or policy");
            }
            unmet.forEach(explain::add);
            if (unmet.isEmpty()) {
                s.insert(new org.senrules.core.spi.EveryCriterionMet());
            }
        }
        Staged.focus(s, staged.after);
        return fired + s.fireAllRules(max - fired);
    }

    /** The decision record of rules fired with {@code params} and {@code explain}. */
    private Decided record(Request request, ParameterStore.Resolved resolved, ParameterView params, ExplanationRecorder explain,
                            Object outcome) {
        CaseInput caseData = request.caseData();
        List<String> warnings = params.warnings();
        if (!explain.warnings().isEmpty()) {
            warnings = new ArrayList<>(params.warnings());
            warnings.addAll(explain.warnings());
        }
        List<org.senrules.core.ParameterUse> used = params.used();
        if (used.size() > 1) {
            // the executable model and rules compiled at run time evaluate conditions in different orders: the
            // declaration's order makes the list the same bytes either way
            used = new ArrayList<>(used);
            used.sort(java.util.Comparator.comparingInt((org.senrules.core.ParameterUse u) -> staged.order.getOrDefault(baseName(u.name()), -1))
                    .thenComparing(org.senrules.core.ParameterUse::name));
        }
        return new Decided(definition.id(), definition.version(), request.asOf(), request.policy(), caseData.caseId(),
                outcome, explain.reasons(), used, params.illustrative() || explain.isIllustrative(), warnings,
                resolved.fingerprint(), files.rulesFingerprint(), files.councilRules() ? Decision.COUNCIL : Decision.PACKAGE,
                files.councilValues() ? Decision.COUNCIL : Decision.PACKAGE);
    }

    /** {@code budgets} of a table's use {@code budgets[North]}. */
    private static String baseName(String used) {
        int bracket = used.indexOf('[');
        return bracket < 0 ? used : used.substring(0, bracket);
    }
}
