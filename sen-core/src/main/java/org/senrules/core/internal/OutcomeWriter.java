package org.senrules.core.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.senrules.core.domain.AcademicYear;
import org.senrules.core.domain.FinancialYear;
import org.senrules.core.domain.Money;
import org.senrules.core.spi.OutcomeFields;

/**
 * Writes an outcome object as JSON: records by component, in the order of the record's header;
 * outcome beans by the fields their rule set declared ({@link OutcomeFields}), in the declared
 * order, never in the order reflection lists a class's fields (which the JDK does not specify).
 * Money, dates and years are written as their contract strings, enums by name.
 */
final class OutcomeWriter {
    // a record's components in the order of its header, which Class.getRecordComponents specifies
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
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
        } else if (value.getClass().isRecord()) {
            g.writeStartObject();
            for (RecordComponent c : COMPONENTS.get(value.getClass())) {
                g.writeFieldName(c.getName());
                write(g, read(c, value));
            }
            g.writeEndObject();
        } else {
            OutcomeFields<?> fields = OutcomeDeclarations.of(value.getClass());
            if (fields == null) {
                throw new IllegalStateException("outcome type " + value.getClass().getName() + " declares no outcome fields"
                        + " (the build generates them with the outcome, from its rule set's declaration), so it has no defined JSON");
            }
            List<String> names = fields.names();
            List<Object> values = fields.values(value);
            g.writeStartObject();
            for (int i = 0; i < names.size(); i++) {
                g.writeFieldName(names.get(i));
                write(g, values.get(i));
            }
            g.writeEndObject();
        }
    }

    private static Object read(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + record.getClass().getName()
                    + "; outcome types must be public, in an exported package", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("reading " + c.getName() + " failed", e.getCause());
        }
    }
}
