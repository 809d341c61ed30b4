package org.senrules.core.spi;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.senrules.core.ApiStatus;

/**
 * Values that several rule sets of a pack use, declared once with one parameter file, so that a
 * council changes them once: the value of a Support Unit, read by every rule set that costs
 * Support Units. A rule set takes them with {@link RuleSetDefinition.Builder#shared}; its own
 * parameter file may not repeat them.
 *
 * <p>The set has an id like a rule set's (kebab-case, unique among rule sets and shared sets),
 * and its file is named {@code <id>.parameters.json}: a council overrides it with a file of that
 * name in the rules folder or with {@code overrideParameters(id, file)}.
 *
 * @since 1.1
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class SharedParameters {
    private final String id;
    private final RuleResource file;
    private final Map<String, ParameterSpec> parameters;
    private final boolean declared;
    private final java.util.function.Function<Parameters, ?> values;
    private final java.util.List<TableCheck> checks;
    private final Map<String, Class<? extends Enum<?>>> vocabulary;
    private Class<?> valuesType;

    private SharedParameters(String id, RuleResource file, Map<String, ParameterSpec> parameters) {
        this(id, file, parameters, false, null, java.util.List.of(), Map.of());
    }

    private SharedParameters(String id, RuleResource file, Map<String, ParameterSpec> parameters, boolean declared,
                             java.util.function.Function<Parameters, ?> values, java.util.List<TableCheck> checks,
                             Map<String, Class<? extends Enum<?>>> vocabulary) {
        this.id = id;
        this.file = file;
        // in the order declared: Map.copyOf's order changes from run to run and would reach the output
        this.parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
        this.declared = declared;
        this.values = values;
        this.checks = java.util.List.copyOf(checks);
        this.vocabulary = vocabulary;
    }

    /**
     * The shared values a pack declares in {@code <id>.shared.json}: their types, wording and dated
     * values in one file, as a rule set declares its own. Generated code calls this.
     *
     * @param valuesType the typed view's type, or null
     * @param values     makes the typed view of one decision's shared values (a fact the rules match), or null
     * @param vocabulary the enums the file names
     * @throws IllegalArgumentException naming the file and line of every fault in it
     * @since 1.2
     */
    public static SharedParameters declared(RuleResource file, Class<?> valuesType, java.util.function.Function<Parameters, ?> values,
                                            java.util.List<Class<? extends Enum<?>>> vocabulary) {
        java.util.List<org.senrules.core.RuleSetProblem> problems = new java.util.ArrayList<>();
        org.senrules.core.internal.Declaration d = org.senrules.core.internal.Declaration.read(file.read(), file.path(), problems);
        Map<String, Class<? extends Enum<?>>> byName = new LinkedHashMap<>();
        vocabulary.forEach(e -> byName.put(e.getSimpleName(), e));
        org.senrules.core.internal.DeclaredParameters p = d == null ? null
                : org.senrules.core.internal.DeclaredParameters.of(d, byName, problems);
        if (d == null || problems.stream().anyMatch(x -> x.severity() == org.senrules.core.RuleSetProblem.Severity.ERROR)) {
            throw new IllegalArgumentException("the shared values " + file.path() + " cannot be read: " + problems);
        }
        if (!d.isShared()) {
            throw new IllegalArgumentException(file.path() + " is not a shared-values file (<id>.shared.json)");
        }
        SharedParameters out = new SharedParameters(d.id(), file, p.specs(), true, values, p.checks(), java.util.Collections.unmodifiableMap(byName));
        out.valuesType = valuesType;
        return out;
    }

    /**
     * Whether the values come from a declaration ({@code <id>.shared.json}) rather than a parameter file.
     *
     * @since 1.2
     */
    public boolean isDeclared() {
        return declared;
    }

    /**
     * Makes the typed view of one decision's shared values, or null.
     *
     * @since 1.2
     */
    public java.util.function.Function<Parameters, ?> values() {
        return values;
    }

    /**
     * The type of the typed view of the shared values, or null.
     *
     * @since 1.2
     */
    public Class<?> valuesType() {
        return valuesType;
    }

    /**
     * The table checks the declaration asks for.
     *
     * @since 1.2
     */
    public java.util.List<TableCheck> checks() {
        return checks;
    }

    /**
     * The enums the declaration names, by simple name.
     *
     * @since 1.2
     */
    public Map<String, Class<? extends Enum<?>>> vocabulary() {
        return vocabulary;
    }

    /** Starts a shared set; {@code file} holds its dated values, in the contract's parameter-file shape. */
    public static Builder builder(String id, RuleResource file) {
        return new Builder(id, file);
    }

    public String id() {
        return id;
    }

    /** The parameter file with the values, or the declaration ({@code <id>.shared.json}) that holds them. */
    public RuleResource file() {
        return file;
    }

    /** The declared parameters by name. */
    public Map<String, ParameterSpec> parameters() {
        return parameters;
    }

    @Override
    public String toString() {
        return id;
    }

    /** Builds a {@link SharedParameters}. */
    public static final class Builder {
        private final String id;
        private final RuleResource file;
        private final Map<String, ParameterSpec> parameters = new LinkedHashMap<>();

        private Builder(String id, RuleResource file) {
            this.id = Objects.requireNonNull(id, "id");
            this.file = Objects.requireNonNull(file, "file");
            if (!id.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
                throw new IllegalArgumentException("shared parameter ids are kebab-case: " + id);
            }
        }

        /** Declares a parameter whose value may not be {@code null}. */
        public Builder parameter(String name, ParameterType type, String description) {
            return parameter(ParameterSpec.of(name, type, description));
        }

        /** Declares a parameter. */
        public Builder parameter(ParameterSpec spec) {
            if (parameters.putIfAbsent(spec.name(), spec) != null) {
                throw new IllegalArgumentException("parameter " + spec.name() + " declared twice in " + id);
            }
            return this;
        }

        public SharedParameters build() {
            if (parameters.isEmpty()) {
                throw new IllegalArgumentException("shared parameters " + id + " declare no parameter");
            }
            return new SharedParameters(id, file, parameters);
        }
    }
}
