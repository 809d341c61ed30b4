package org.senrules.core.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.senrules.core.domain.AcademicYear;
import org.senrules.core.domain.FinancialYear;
import org.senrules.core.domain.Money;

/**
 * Writes an outcome object as JSON: records by component, beans by their fields' public getters,
 * both in declaration order, so the JSON follows the order in which the rule set's author wrote
 * the fields and is the same on every run. Money, dates and years are written as their contract
 * strings, enums by name.
 */
final class OutcomeWriter {
    private static final ClassValue<List<Property>> PROPERTIES = new ClassValue<>() {
        @Override
        protected List<Property> computeValue(Class<?> type) {
            return introspect(type);
        }
    };

    private OutcomeWriter() {
    }

    static void write(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String) {
            g.writeString((String) value);
        } else if (value instanceof Boolean) {
            g.writeBoolean((Boolean) value);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            g.writeNumber(((Number) value).longValue());
        } else if (value instanceof BigDecimal) {
            g.writeNumber((BigDecimal) value);
        } else if (value instanceof BigInteger) {
            g.writeNumber((BigInteger) value);
        } else if (value instanceof Money || value instanceof LocalDate || value instanceof FinancialYear
                || value instanceof AcademicYear) {
            g.writeString(value.toString());
        } else if (value instanceof Enum) {
            g.writeString(((Enum<?>) value).name());
        } else if (value instanceof Collection) {
            g.writeStartArray();
            for (Object item : (Collection<?>) value) {
                write(g, item);
            }
            g.writeEndArray();
        } else if (value instanceof Map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof Number || value instanceof Double || value instanceof Float) {
            throw new IllegalStateException("outcomes hold exact numbers only, not " + value.getClass().getSimpleName());
        } else {
            g.writeStartObject();
            for (Property p : PROPERTIES.get(value.getClass())) {
                g.writeFieldName(p.name);
                write(g, p.read(value));
            }
            g.writeEndObject();
        }
    }

    private static List<Property> introspect(Class<?> type) {
        List<Property> out = new ArrayList<>();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                out.add(new Property(c.getName(), c.getAccessor()));
            }
            return List.copyOf(out);
        }
        Deque<Class<?>> chain = new ArrayDeque<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            chain.push(c);
        }
        for (Class<?> c : chain) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.isSynthetic()) {
                    continue;
                }
                Method getter = getter(type, f);
                if (getter != null) {
                    out.add(new Property(f.getName(), getter));
                }
            }
        }
        return List.copyOf(out);
    }

    private static Method getter(Class<?> type, Field f) {
        String cap = Character.toUpperCase(f.getName().charAt(0)) + f.getName().substring(1);
        for (String name : new String[] {"get" + cap, "is" + cap, f.getName()}) {
            try {
                Method m = type.getMethod(name);
                if (m.getParameterCount() == 0 && m.getReturnType() != void.class) {
                    return m;
                }
            } catch (NoSuchMethodException e) {
                // try the next naming convention
            }
        }
        return null;
    }

    /** One property of an outcome type and how to read it. */
    private static final class Property {
        final String name;
        final Method accessor;

        Property(String name, Method accessor) {
            this.name = name;
            this.accessor = accessor;
        }

        Object read(Object target) {
            try {
                return accessor.invoke(target);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read " + name + " of " + target.getClass().getName()
                        + "; outcome types must be public, in an exported package", e);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException("reading " + name + " failed", e.getCause());
            }
        }
    }
}
