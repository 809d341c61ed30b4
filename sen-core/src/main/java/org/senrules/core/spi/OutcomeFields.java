package org.senrules.core.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.senrules.core.ApiStatus;

/**
 * The fields of an outcome type as the decision JSON writes them, declared by the pack in the
 * order they are written: the contract's byte-for-byte order rests on this declaration, never on
 * the order reflection happens to list a class's fields in.
 *
 * <pre>{@code
 * OutcomeFields.of(SsppOutcome.class)
 *         .field("considered", SsppOutcome::isConsidered)
 *         .field("eligible", SsppOutcome::isEligible)
 *         ...
 * }</pre>
 *
 * <p>The build generates it with the outcome, from the same declaration, so no field of the
 * outcome is left out of the JSON; once a rule set is defined with it ({@link
 * RuleSetDefinition#declared}), it cannot change.
 *
 * @param <O> the outcome type
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class OutcomeFields<O> {
    private final Class<O> type;
    private final List<String> names = new ArrayList<>();
    private final List<Function<? super O, ?>> readers = new ArrayList<>();
    private boolean declared;

    private OutcomeFields(Class<O> type) {
        this.type = Objects.requireNonNull(type, "type");
    }

    /** Starts the declaration of {@code type}'s fields. */
    public static <O> OutcomeFields<O> of(Class<O> type) {
        return new OutcomeFields<>(type);
    }

    /**
     * The next field of the JSON.
     *
     * @param name the field's name in the contract
     * @param read reads its value from an outcome
     * @throws IllegalArgumentException if the name is declared already
     * @throws IllegalStateException    once a rule set declares these fields
     */
    public OutcomeFields<O> field(String name, Function<? super O, ?> read) {
        if (declared) {
            throw new IllegalStateException("outcome fields cannot change once a rule set declares them");
        }
        Objects.requireNonNull(name, "name");
        if (names.contains(name)) {
            throw new IllegalArgumentException("outcome field " + name + " of " + type.getSimpleName() + " is declared twice");
        }
        names.add(name);
        readers.add(Objects.requireNonNull(read, "read"));
        return this;
    }

    /**
     * The declared fields of an outcome bean type, or {@code null} for a record (whose components,
     * in the order of its header, are its fields) or a type no loaded rule set declares.
     *
     * @since 1.1
     */
    public static OutcomeFields<?> declaredBy(Class<?> type) {
        return org.senrules.core.internal.OutcomeDeclarations.of(type);
    }

    /** The outcome type. */
    public Class<O> type() {
        return type;
    }

    /** The field names, in the order the JSON writes them. */
    public List<String> names() {
        return Collections.unmodifiableList(names);
    }

    /**
     * The values of an outcome's fields, in the order of {@link #names()}.
     *
     * @throws ClassCastException if {@code outcome} is not of this declaration's type
     */
    public List<Object> values(Object outcome) {
        O o = type.cast(outcome);
        List<Object> out = new ArrayList<>(readers.size());
        for (Function<? super O, ?> r : readers) {
            out.add(r.apply(o));
        }
        return out;
    }

    /**
     * The reader of field {@code name}, or null when there is no such field.
     *
     * @since 1.2
     */
    public Function<? super O, ?> reader(String name) {
        int i = names.indexOf(name);
        return i < 0 ? null : readers.get(i);
    }

    /** Called when a rule set declares them: from then on they cannot change. */
    void declare() {
        declared = true;
    }
}
