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

    private SharedParameters(String id, RuleResource file, Map<String, ParameterSpec> parameters) {
        this.id = id;
        this.file = file;
        // in the order declared: Map.copyOf's order changes from run to run and would reach the output
        this.parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
    }

    /** Starts a shared set; {@code file} holds its dated values, in the contract's parameter-file shape. */
    public static Builder builder(String id, RuleResource file) {
        return new Builder(id, file);
    }

    public String id() {
        return id;
    }

    /** The parameter file with the values. */
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
