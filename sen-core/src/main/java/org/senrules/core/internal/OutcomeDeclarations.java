package org.senrules.core.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.senrules.core.spi.OutcomeFields;

/**
 * The declared JSON fields of every outcome bean type a rule set has declared, by type, for
 * {@link OutcomeWriter}. A declaration belongs to its type as the type's own fields do, so one
 * table serves every engine; a type declared twice must be declared alike.
 */
public final class OutcomeDeclarations {
    private static final ConcurrentMap<Class<?>, OutcomeFields<?>> DECLARED = new ConcurrentHashMap<>();

    private OutcomeDeclarations() {
    }

    /**
     * Records a declaration.
     *
     * @throws IllegalArgumentException if the type was declared before with other fields
     */
    public static void register(OutcomeFields<?> fields) {
        OutcomeFields<?> before = DECLARED.putIfAbsent(fields.type(), fields);
        if (before != null && before != fields && !before.names().equals(fields.names())) {
            throw new IllegalArgumentException("the outcome fields of " + fields.type().getName() + " are declared twice, as "
                    + before.names() + " and as " + fields.names());
        }
    }

    /** The declaration of a bean type, or {@code null}. */
    public static OutcomeFields<?> of(Class<?> type) {
        return DECLARED.get(type);
    }
}
