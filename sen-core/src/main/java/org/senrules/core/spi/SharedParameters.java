package org.senrules.core.spi;

import java.util.LinkedHashMap;
import java.util.Map;
import org.senrules.core.ApiStatus;

/**
 * Values that several rule sets of a pack use, declared once in one file, so that a
 * council changes them once: the value of a Support Unit, read by every rule set that costs
 * Support Units. A rule set takes them by naming them in its declaration's {@code "shared"}
 * (and {@link RuleSetDefinition#declared} is handed them); its own declaration may not repeat them.
 *
 * <p>The set has an id like a rule set's (kebab-case, unique among rule sets and shared sets),
 * and its file is named {@code <id>.shared.json}: a council overrides it with a file of that
 * name in the rules folder or with {@code overrideParameters(id, file)}.
 *
 * @since 1.1
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class SharedParameters {
    private final String id;
    private final RuleResource file;
    private final Map<String, ParameterSpec> parameters;
    private final java.util.function.Function<Parameters, ?> values;
    private final java.util.List<TableCheck> checks;
    private final Map<String, Class<? extends Enum<?>>> vocabulary;
    private Class<?> valuesType;

    private SharedParameters(String id, RuleResource file, Map<String, ParameterSpec> parameters,
                             java.util.function.Function<Parameters, ?> values, java.util.List<TableCheck> checks,
                             Map<String, Class<? extends Enum<?>>> vocabulary) {
        this.id = id;
        this.file = file;
        // in the order declared: Map.copyOf's order changes from run to run and would reach the output
        this.parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
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
        if (!d.shared()) {
            throw new IllegalArgumentException(file.path() + " is not a shared-values file (<id>.shared.json)");
        }
        SharedParameters out = new SharedParameters(d.id(), file, p.specs(), values, p.checks(), java.util.Collections.unmodifiableMap(byName));
        out.valuesType = valuesType;
        return out;
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

    public String id() {
        return id;
    }

    /** The declaration ({@code <id>.shared.json}) that holds the values. */
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
}
