package org.senrules.core.spi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.senrules.core.ApiStatus;

/**
 * Everything the engine needs to know about one rule set, from its folder: its declaration
 * ({@code META-INF/senrules/<id>/<id>.rule-set.json}: id, version, title, rule files, phases,
 * parameters and their checks, criteria, policies, summary) and the Java types the build
 * generated from the same file ({@link DeclaredTypes}), with what the pack adds that is Java by
 * nature: extra facts, read-only services as globals, a case check that needs the engine's
 * settings.
 *
 * <p>Generated code starts one with {@link #declared}. The engine inserts the case, a fresh
 * outcome and the {@link #facts extra facts} into a Drools session, with the typed views of the
 * values, sets the globals {@code explain} ({@link Explanation}), {@code criteria} and any
 * {@link Builder#global service globals}, fires the rules phase by phase and reports the outcome.
 *
 * @param <C> the case type
 * @param <O> the outcome type, a bean extending {@link Outcome} that the rules fill in and the engine
 *            seals when the decision is made, its JSON fields declared with {@link OutcomeFields}
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class RuleSetDefinition<C extends CaseInput, O> {
    private final String id;
    private final String version;
    private final String title;
    private final Class<C> caseType;
    private final Class<O> outcomeType;
    private final Supplier<O> newOutcome;
    private final List<RuleResource> rules;
    private final RuleResource parameterDefaults;
    private final Map<String, ParameterSpec> parameters;
    private final Function<C, Collection<?>> facts;
    private final Map<String, Object> globals;
    private final List<TableCheck> packChecks;
    private final List<SharedParameters> shared;
    private final List<String> phases;
    private final RuleResource sources;
    private final Summary<C, O> summary;
    private final java.util.function.BiConsumer<C, Violations> caseCheck;
    private final OutcomeFields<O> outcomeFields;
    private final RuleResource declaration;
    private final DeclaredTypes<C, O> types;
    private final YearOnYear yearOnYear;
    private final PlacementRole placementRole;
    private final ForecastRole forecastRole;

    private RuleSetDefinition(Builder<C, O> b) {
        this.yearOnYear = b.yearOnYear;
        this.placementRole = b.placementRole;
        this.forecastRole = b.forecastRole;
        this.declaration = b.declaration;
        this.types = b.types;
        this.id = b.id;
        this.version = b.version;
        this.title = b.title == null ? b.id : b.title;
        this.caseType = b.caseType;
        this.outcomeType = b.outcomeType;
        this.newOutcome = Objects.requireNonNull(b.newOutcome, "outcome supplier of " + b.id);
        this.rules = List.copyOf(b.rules);
        this.parameterDefaults = b.parameterDefaults;
        // in the order declared: Map.copyOf's order changes from run to run and would reach the output
        this.parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.parameters));
        this.facts = b.facts;
        this.globals = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.globals));
        this.packChecks = List.copyOf(b.checks);
        this.shared = List.copyOf(b.shared);
        this.caseCheck = b.caseCheck;
        for (SharedParameters s : shared) {
            for (String name : s.parameters().keySet()) {
                if (parameters.containsKey(name)) {
                    throw new IllegalArgumentException("rule set " + b.id + " declares " + name + ", which it also takes from the shared parameters " + s.id());
                }
            }
        }
        this.phases = b.phases;
        this.sources = b.sources;
        this.summary = b.summary;
        this.outcomeFields = b.outcomeFields;
        if (!Outcome.class.isAssignableFrom(outcomeType)) {
            throw new IllegalArgumentException("the outcome type of rule set " + id + ", " + outcomeType.getName()
                    + ", must extend " + Outcome.class.getName() + " (so that a decision's outcome cannot change)");
        }
        outcomeFields.declare();
        org.senrules.core.internal.OutcomeDeclarations.register(outcomeFields);
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("rule set " + id + " has no rule files");
        }
        if (summary != null) {
            if (summary.caseType() != caseType || summary.outcomeType() != outcomeType) {
                throw new IllegalArgumentException("the summary of rule set " + id + " is for " + summary.caseType().getName()
                        + " and " + summary.outcomeType().getName() + ", not the rule set's case and outcome types");
            }
            String budgets = summary.localityBudgetParameter();
            if (budgets != null && (parameters.get(budgets) == null
                    || parameters.get(budgets).type() != ParameterType.MONEY_BY_KEY)) {
                throw new IllegalArgumentException("the summary of rule set " + id + " names locality budgets " + budgets
                        + ", which is not a declared MONEY_BY_KEY parameter");
            }
            summary.declare();
        }
    }

    /**
     * Starts the definition of a rule set from its folder: its declaration ({@code
     * META-INF/senrules/<id>/<id>.rule-set.json}) gives the version, title, rule files, phases,
     * parameters and their checks, criteria, policies and summary, and {@code types} the Java
     * types the build generated from the same file. The pack adds only what is Java by nature
     * (read-only services as globals, extra facts, a case check that needs the engine's settings).
     * Generated code calls this.
     *
     * @param shared the shared value sets the declaration names, in its order
     * @throws IllegalArgumentException naming the file and line of every fault in the declaration
     * @since 1.2
     */
    public static <C extends CaseInput, O> Builder<C, O> declared(RuleResource declaration, DeclaredTypes<C, O> types,
                                                                  SharedParameters... shared) {
        java.util.List<org.senrules.core.RuleSetProblem> problems = new ArrayList<>();
        org.senrules.core.internal.Declaration d = org.senrules.core.internal.Declaration.read(declaration.read(), declaration.path(), problems);
        if (d == null || d.shared()) {
            throw new IllegalArgumentException(declaration.path() + " is not a rule-set declaration: " + problems);
        }
        if (!d.id().equals(types.handle().id())) {
            throw new IllegalArgumentException(declaration.path() + " declares rule set " + d.id() + ", not " + types.handle().id());
        }
        List<String> sharedIds = java.util.Arrays.stream(shared).map(SharedParameters::id).toList();
        if (!sharedIds.equals(d.sharedSets())) {
            throw new IllegalArgumentException(declaration.path() + " reads the shared values " + d.sharedSets() + ", not " + sharedIds);
        }
        Map<String, Class<? extends Enum<?>>> vocabulary = new LinkedHashMap<>(types.vocabulary());
        for (SharedParameters sh : shared) {
            vocabulary.putAll(sh.vocabulary());
        }
        org.senrules.core.internal.DeclaredParameters parameters = org.senrules.core.internal.DeclaredParameters.of(d, vocabulary, problems);
        Summary<C, O> summary = org.senrules.core.internal.DeclaredSummary.of(d, types.caseFields(), types.outcomeFields(),
                types.outcomeFields()::reader, problems);
        YearOnYear years = d.trajectory() == null ? null : YearOnYear.declared(d.trajectory(), d, types.caseFields(), types.outcomeFields(), problems);
        PlacementRole placement = null;
        ForecastRole forecast = null;
        if (d.roles() != null && d.roles().isObject()) {
            java.util.function.BiConsumer<com.fasterxml.jackson.databind.JsonNode, String> error = (at, m) ->
                    problems.add(org.senrules.core.RuleSetProblem.error(d.file(), d.lineOf(at), "roles: " + m));
            List<String> roles = List.of(PlacementRole.NAME, ForecastRole.NAME);
            PlacementRole.unknownKeys(d.roles(), roles, (at, m) -> error.accept(at, m.replace("the keys are", "the roles are")));
            if (d.roles().has(PlacementRole.NAME)) {
                placement = PlacementRole.declared(d.roles().get(PlacementRole.NAME), types.caseFields(), error);
            }
            if (d.roles().has(ForecastRole.NAME)) {
                forecast = ForecastRole.declared(d.roles().get(ForecastRole.NAME), d, types.caseFields(), types.outcomeFields(), error);
            }
        }
        if (problems.stream().anyMatch(p -> p.severity() == org.senrules.core.RuleSetProblem.Severity.ERROR)) {
            throw new IllegalArgumentException(declaration.path() + " cannot be read: " + problems);
        }
        Builder<C, O> b = new Builder<>(d.id(), d.version(), types.handle().caseType(), types.handle().outcomeType());
        if (types.outcomeFields().type() != b.outcomeType) {
            throw new IllegalArgumentException("the outcome fields of rule set " + b.id + " are for " + types.outcomeFields().type().getName()
                    + ", not its outcome type " + b.outcomeType.getName());
        }
        b.declaration = declaration;
        b.types = types;
        b.title = d.title();
        b.newOutcome = types.newOutcome();
        b.outcomeFields = types.outcomeFields();
        for (String rules : d.rules()) {
            b.rules.add(declaration.sibling(rules));
        }
        b.phases = List.copyOf(d.phases());
        if (d.sources() != null) {
            b.sources = declaration.sibling(d.sources());
        }
        b.parameterDefaults = declaration;
        for (ParameterSpec spec : parameters.specs().values()) {
            b.parameters.put(spec.name(), spec);
        }
        b.shared.addAll(List.of(shared));
        b.summary = summary;
        b.yearOnYear = years;
        b.placementRole = placement;
        b.forecastRole = forecast;
        return b;
    }

    /**
     * The rule set's declaration, {@code <id>.rule-set.json}.
     *
     * @since 1.2
     */
    public RuleResource declaration() {
        return declaration;
    }

    /**
     * How the rule set's cases move on through the years (its declaration's {@code "trajectory"}), or null.
     *
     * @since 1.2
     */
    public YearOnYear yearOnYear() {
        return yearOnYear;
    }

    /**
     * Which case fields place a pupil (its declaration's {@code "roles"} {@code "placement"}), or
     * null when the rule set does not play that role.
     *
     * @since 1.2
     */
    public PlacementRole placementRole() {
        return placementRole;
    }

    /**
     * Which fields carry a High Needs Block forecast (its declaration's {@code "roles"}
     * {@code "highNeedsForecast"}), or null when the rule set does not play that role.
     *
     * @since 1.2
     */
    public ForecastRole forecastRole() {
        return forecastRole;
    }

    /**
     * The types generated from the declaration.
     *
     * @since 1.2
     */
    public DeclaredTypes<C, O> types() {
        return types;
    }

    public String id() {
        return id;
    }

    public String version() {
        return version;
    }

    /** One line saying what the rule set decides. */
    public String title() {
        return title;
    }

    public Class<C> caseType() {
        return caseType;
    }

    public Class<O> outcomeType() {
        return outcomeType;
    }

    /** A fresh, empty outcome for one decision. */
    public O newOutcome() {
        return newOutcome.get();
    }

    public List<RuleResource> rules() {
        return rules;
    }

    /** The file with the default values and the policies: the declaration. */
    public RuleResource parameterDefaults() {
        return parameterDefaults;
    }

    /** The rule set's own declared parameters by name (not those it takes from {@link #shared()}). */
    public Map<String, ParameterSpec> parameters() {
        return parameters;
    }

    /**
     * The pack-level values this rule set uses, each declared once for every rule set that shares it.
     *
     * @since 1.1
     */
    public List<SharedParameters> shared() {
        return shared;
    }

    /**
     * Runs the rule set's own check of a case, after the case's field constraints and its
     * {@link CaseInput#checkConsistency}: a check that needs what this engine was configured with,
     * such as the OAG catalogue its pack read from the engine's settings.
     *
     * @since 1
     */
    public void checkCase(C caseInput, Violations violations) {
        if (caseCheck != null) {
            caseCheck.accept(caseInput, violations);
        }
    }

    /** The facts inserted beside the case and the outcome, such as one fact per provision line. */
    public Collection<?> facts(C caseInput) {
        return facts == null ? List.of() : facts.apply(caseInput);
    }

    /** Read-only, thread-safe services exposed to the rules as globals, by global name. */
    public Map<String, Object> globals() {
        return globals;
    }

    /**
     * The table checks the pack added in Java ({@link Builder#check}), beyond those its declaration asks for.
     *
     * @since 1.2
     */
    public List<TableCheck> packChecks() {
        return packChecks;
    }

    /**
     * The named phases the rules run in, in order (agenda groups, such as {@code consider},
     * {@code criteria}, {@code routing}, {@code grant}, {@code explanation}); empty when the rules
     * are not grouped. When phases are declared, every rule belongs to one.
     *
     * @since 1
     */
    public List<String> phases() {
        return phases;
    }

    /**
     * The pack's sources file, whose keys rules and policies cite as {@code {key}}, or {@code null}.
     *
     * @since 1
     */
    public RuleResource sources() {
        return sources;
    }

    /** What a cohort simulator adds up for this rule set, or {@code null} when it declares nothing to simulate. */
    public Summary<C, O> summary() {
        return summary;
    }

    /**
     * The outcome's fields in the order the decision JSON writes them.
     *
     * @since 1
     */
    public OutcomeFields<O> outcomeFields() {
        return outcomeFields;
    }

    @Override
    public String toString() {
        return id + " " + version;
    }

    /**
     * A definition being made from a rule set's folder ({@link #declared}): what the pack adds that
     * is Java by nature, then {@link #build()}.
     */
    public static final class Builder<C extends CaseInput, O> {
        private final String id;
        private final String version;
        private final Class<C> caseType;
        private final Class<O> outcomeType;
        private String title;
        private Supplier<O> newOutcome;
        private final List<RuleResource> rules = new ArrayList<>();
        private RuleResource parameterDefaults;
        private final Map<String, ParameterSpec> parameters = new LinkedHashMap<>();
        private Function<C, Collection<?>> facts;
        private final Map<String, Object> globals = new LinkedHashMap<>();
        private final List<TableCheck> checks = new ArrayList<>();
        private final List<SharedParameters> shared = new ArrayList<>();
        private List<String> phases = List.of();
        private RuleResource sources;
        private Summary<C, O> summary;
        private java.util.function.BiConsumer<C, Violations> caseCheck;
        private OutcomeFields<O> outcomeFields;
        private RuleResource declaration;
        private DeclaredTypes<C, O> types;
        private YearOnYear yearOnYear;
        private PlacementRole placementRole;
        private ForecastRole forecastRole;

        private Builder(String id, String version, Class<C> caseType, Class<O> outcomeType) {
            this.id = Objects.requireNonNull(id, "id");
            this.version = Objects.requireNonNull(version, "version");
            this.caseType = Objects.requireNonNull(caseType, "caseType");
            this.outcomeType = Objects.requireNonNull(outcomeType, "outcomeType");
        }

        /**
         * The rule-set id.
         *
         * @since 1.2
         */
        public String id() {
            return id;
        }

        /**
         * A check of each case that depends on this engine's configuration (a catalogue, a
         * council's list), run after the case's own {@link CaseInput#checkConsistency}. Its
         * violations refuse the request as an {@code invalid-request}, like any other.
         *
         * @since 1
         */
        public Builder<C, O> caseCheck(java.util.function.BiConsumer<C, Violations> check) {
            this.caseCheck = Objects.requireNonNull(check, "check");
            return this;
        }

        /** Extra facts to insert for each case. */
        public Builder<C, O> facts(Function<C, Collection<?>> facts) {
            this.facts = facts;
            return this;
        }

        /** A read-only, thread-safe service the rules reach as a global of this name. */
        public Builder<C, O> global(String name, Object service) {
            if (name.equals("params") || name.equals("explain") || name.equals("criteria")) {
                throw new IllegalArgumentException(name + " is a reserved global");
            }
            globals.put(name, Objects.requireNonNull(service));
            return this;
        }

        /** A check on a banding-style table in the parameters, beyond those the declaration asks for; see {@link TableCheck}. */
        public Builder<C, O> check(TableCheck check) {
            checks.add(Objects.requireNonNull(check));
            return this;
        }

        public RuleSetDefinition<C, O> build() {
            return new RuleSetDefinition<>(this);
        }
    }
}
