package org.senrules.core.spi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.senrules.core.ApiStatus;
import org.senrules.core.RuleSetKey;

/**
 * The Java types the build generated from a rule set's declaration ({@code <id>.rule-set.json}),
 * handed to the engine with {@link RuleSetDefinition#declared}: the case and its fields, the
 * outcome and its fields, the typed view of the parameters the rules match, and the enums the
 * declaration names. Generated code makes one; a pack author never writes one by hand.
 *
 * @param <C> the case type
 * @param <O> the outcome type
 * @since 1.2
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class DeclaredTypes<C extends CaseInput, O> {
    private final RuleSetKey<C, O> handle;
    private final CaseFields<C> caseFields;
    private final OutcomeFields<O> outcomeFields;
    private final Supplier<O> newOutcome;
    private final Function<Parameters, ?> values;
    private final Class<?> valuesType;
    private final Map<String, Class<? extends Enum<?>>> vocabulary;

    private DeclaredTypes(RuleSetKey<C, O> handle, CaseFields<C> caseFields, OutcomeFields<O> outcomeFields, Supplier<O> newOutcome,
                          Class<?> valuesType, Function<Parameters, ?> values, Map<String, Class<? extends Enum<?>>> vocabulary) {
        this.valuesType = valuesType;
        this.handle = Objects.requireNonNull(handle, "handle");
        this.caseFields = Objects.requireNonNull(caseFields, "caseFields");
        this.outcomeFields = Objects.requireNonNull(outcomeFields, "outcomeFields");
        this.newOutcome = Objects.requireNonNull(newOutcome, "newOutcome");
        this.values = values;
        this.vocabulary = vocabulary;
        if (caseFields.type() != handle.caseType() || outcomeFields.type() != handle.outcomeType()) {
            throw new IllegalArgumentException("the fields of rule set " + handle.id() + " are not of its case and outcome types");
        }
    }

    /**
     * The generated types of one rule set.
     *
     * @param valuesType the typed view of the parameters, or null
     * @param values     makes the typed view of one decision's parameters (the fact its rules match), or null
     * @param vocabulary every enum the declaration names, by simple name
     */
    public static <C extends CaseInput, O> DeclaredTypes<C, O> of(RuleSetKey<C, O> handle, CaseFields<C> caseFields,
                                                                  OutcomeFields<O> outcomeFields, Supplier<O> newOutcome,
                                                                  Class<?> valuesType, Function<Parameters, ?> values,
                                                                  List<Class<? extends Enum<?>>> vocabulary) {
        Map<String, Class<? extends Enum<?>>> byName = new LinkedHashMap<>();
        for (Class<? extends Enum<?>> e : vocabulary) {
            byName.put(e.getSimpleName(), e);
        }
        return new DeclaredTypes<>(handle, caseFields, outcomeFields, newOutcome, valuesType, values, Collections.unmodifiableMap(byName));
    }

    public RuleSetKey<C, O> handle() {
        return handle;
    }

    public CaseFields<C> caseFields() {
        return caseFields;
    }

    public OutcomeFields<O> outcomeFields() {
        return outcomeFields;
    }

    public Supplier<O> newOutcome() {
        return newOutcome;
    }

    /** Makes the typed view of a decision's parameters, or null when the rule set has none. */
    public Function<Parameters, ?> values() {
        return values;
    }

    /** The type of the typed view of the parameters, or null. */
    public Class<?> valuesType() {
        return valuesType;
    }

    /** The enums the declaration names, by simple name. */
    public Map<String, Class<? extends Enum<?>>> vocabulary() {
        return vocabulary;
    }
}
