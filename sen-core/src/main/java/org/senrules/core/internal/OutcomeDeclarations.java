package org.senrules.core.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.senrules.core.spi.Outcome;
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
     * Checks that an outcome type can be sealed and written: a record, or an {@link Outcome} bean
     * whose every field with a getter is declared.
     *
     * @throws IllegalArgumentException naming the rule set, the type and what is missing
     */
    public static void check(String ruleSet, Class<?> type, OutcomeFields<?> fields) {
        if (type.isRecord()) {
            return;
        }
        if (!Outcome.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException("the outcome type of rule set " + ruleSet + ", " + type.getName()
                    + ", must extend " + Outcome.class.getName() + " (so that a decision's outcome cannot change) or be a record");
        }
        if (fields == null) {
            throw new IllegalArgumentException("rule set " + ruleSet + " declares no outcome fields for " + type.getName()
                    + "; declare them with outcomeFields(OutcomeFields.of(" + type.getSimpleName() + ".class).field(...)...)"
                    + " in the order the decision JSON writes them");
        }
        List<String> undeclared = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Outcome.class && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !f.isSynthetic() && hasGetter(type, f.getName())
                        && !fields.names().contains(f.getName())) {
                    undeclared.add(f.getName());
                }
            }
        }
        if (!undeclared.isEmpty()) {
            // sorted: the message must not depend on the order reflection lists fields in
            undeclared.sort(null);
            throw new IllegalArgumentException("the outcome fields of rule set " + ruleSet + " leave out " + undeclared + " of "
                    + type.getSimpleName() + ", which the decision JSON would then not show; declare them");
        }
    }

    private static boolean hasGetter(Class<?> type, String field) {
        String cap = Character.toUpperCase(field.charAt(0)) + field.substring(1);
        for (String name : new String[] {"get" + cap, "is" + cap, field}) {
            try {
                Method m = type.getMethod(name);
                if (m.getReturnType() != void.class) {
                    return true;
                }
            } catch (NoSuchMethodException e) {
                // try the next naming convention
            }
        }
        return false;
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
