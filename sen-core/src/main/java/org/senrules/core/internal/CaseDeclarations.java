package org.senrules.core.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.senrules.core.spi.CaseFields;

/**
 * The declared fields of every case type and of every record a case holds, by type: each declares
 * them in its static initialiser (generated with it from its rule set's declaration), so they are
 * here before any of its values exists or its rule set is defined.
 */
public final class CaseDeclarations {
    private static final ConcurrentMap<Class<?>, CaseFields<?>> DECLARED = new ConcurrentHashMap<>();

    // the classes whose static initialiser has been made to run: loading a class by name again for
    // every value of every case checked (a Boolean, say) cost more than the rest of the check
    private static final ClassValue<AtomicBoolean> INITIALISED = new ClassValue<>() {
        @Override
        protected AtomicBoolean computeValue(Class<?> type) {
            return new AtomicBoolean();
        }
    };

    private CaseDeclarations() {
    }

    /**
     * Records a declaration.
     *
     * @throws IllegalArgumentException if the type is declared twice
     */
    public static void register(CaseFields<?> fields) {
        if (DECLARED.putIfAbsent(fields.type(), fields) != null) {
            throw new IllegalArgumentException("the case fields of " + fields.type().getName() + " are declared twice");
        }
    }

    /** The declaration of a case type or record, or {@code null} for a type that declares none. */
    public static CaseFields<?> of(Class<?> type) {
        CaseFields<?> declared = DECLARED.get(type);
        if (declared == null && !type.isPrimitive() && !type.isEnum() && !INITIALISED.get(type).get()) {
            // a type declares its fields in its static initialiser: make sure it has run
            try {
                Class.forName(type.getName(), true, type.getClassLoader());
            } catch (ClassNotFoundException e) {
                return null;
            }
            INITIALISED.get(type).set(true);
            declared = DECLARED.get(type);
        }
        return declared;
    }
}
