package org.senrules.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.senrules.core.Violation;
import org.senrules.core.domain.FinancialYear;
import org.senrules.core.domain.Money;
import org.senrules.core.spi.CaseInput;
import org.senrules.core.spi.MaxLength;
import org.senrules.core.spi.NonNegative;
import org.senrules.core.spi.OptionalField;
import org.senrules.core.spi.Range;

/**
 * Reads a JSON case into its record type, checking every field against the record's
 * declaration and collecting every violation with its path. Nothing is built unless the whole
 * case is valid, so rules never see a half-read case.
 */
public final class CaseReader {
    static final int DEFAULT_MAX_TEXT = 200;
    static final int DEFAULT_MAX_ITEMS = 1_000;
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return new Shape(type);
        }
    };

    private CaseReader() {
    }

    /**
     * Reads {@code node} as a {@code type}, adding violations under {@code path}; returns
     * {@code null} if there were any.
     */
    public static <T> T read(JsonNode node, Class<T> type, String path, List<Violation> violations) {
        int before = violations.size();
        Object value = readRecord(node, type, path, violations);
        if (violations.size() > before || value == null) {
            return null;
        }
        if (value instanceof CaseInput) {
            ((CaseInput) value).checkConsistency((field, message) -> violations.add(new Violation(join(path, field), message)));
            if (violations.size() > before) {
                return null;
            }
        }
        return type.cast(value);
    }


    /**
     * Checks a case built in Java against the same constraints as JSON input, so that embedders
     * who skip JSON get the same guarantees.
     */
    public static void check(Object value, String path, List<Violation> out) {
        int before = out.size();
        checkRecord(value, path, out);
        if (out.size() == before && value instanceof CaseInput) {
            ((CaseInput) value).checkConsistency((field, message) -> out.add(new Violation(join(path, field), message)));
        }
    }

    private static void checkRecord(Object value, String path, List<Violation> out) {
        checkRecord(value, new Path(null, path, -1), out);
    }

    private static void checkRecord(Object value, Path path, List<Violation> out) {
        Shape shape = SHAPES.get(value.getClass());
        for (Field f : shape.fields) {
            Object v;
            try {
                v = f.accessor.invoke(value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + f.name + " of " + value.getClass().getName(), e);
            }
            checkValue(v, f.genericType, f, new Path(path, f.name, -1), out);
        }
    }

    /**
     * A field's path, put together as text only when a violation names it: every Java-built case
     * is checked on every decision, and nearly every check passes.
     */
    private static final class Path {
        private final Path parent;
        private final String name;
        private final int index;

        Path(Path parent, String name, int index) {
            this.parent = parent;
            this.name = name;
            this.index = index;
        }

        @Override
        public String toString() {
            if (parent == null) {
                return name;
            }
            String p = parent.toString();
            return index >= 0 ? p + "[" + index + "]" : join(p, name);
        }
    }

    private static void checkValue(Object v, Type type, Field f, Path path, List<Violation> out) {
        if (v == null) {
            if (!f.optional) {
                out.add(new Violation(path.toString(), "is required"));
            }
            return;
        }
        if (v instanceof String) {
            report(f.textProblem((String) v), path, out);
        } else if (v instanceof Integer || v instanceof Long) {
            report(f.wholeNumberProblem(((Number) v).longValue()), path, out);
        } else if (v instanceof Money) {
            report(f.moneyProblem((Money) v), path, out);
        } else if (v instanceof List) {
            List<?> list = (List<?>) v;
            if (report(f.sizeProblem(list.size()), path, out)) {
                return;
            }
            Type element = list.isEmpty() ? null : ((ParameterizedType) type).getActualTypeArguments()[0];
            for (int i = 0; i < list.size(); i++) {
                Object item = list.get(i);
                Path p = new Path(path, null, i);
                if (item == null) {
                    out.add(new Violation(p.toString(), "must not be null"));
                } else {
                    checkValue(item, element, Field.ELEMENT, p, out);
                }
            }
        } else if (v.getClass().isRecord() && !(v instanceof Money) && !(v instanceof FinancialYear)) {
            checkRecord(v, path, out);
        }
    }

    /** The field names of a case type, in declaration order; for documentation and tools. */
    public static List<String> fieldNames(Class<?> recordType) {
        return SHAPES.get(recordType).fields.stream().map(f -> f.name).collect(Collectors.toList());
    }

    private static Object readRecord(JsonNode node, Class<?> type, String path, List<Violation> out) {
        if (node == null || !node.isObject()) {
            out.add(new Violation(path, "must be an object with the fields " + fieldNames(type)));
            return null;
        }
        Shape shape = SHAPES.get(type);
        int before = out.size();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!shape.byName.containsKey(name)) {
                out.add(new Violation(join(path, name), "unknown field; the fields are " + fieldNames(type)));
            }
        }
        Object[] args = new Object[shape.fields.size()];
        for (int i = 0; i < args.length; i++) {
            Field f = shape.fields.get(i);
            JsonNode v = node.get(f.name);
            String p = join(path, f.name);
            if (v == null || v.isNull()) {
                if (!f.optional) {
                    out.add(new Violation(p, "is required"));
                }
                args[i] = f.absent();
            } else {
                args[i] = readValue(v, f.genericType, f, p, out);
            }
        }
        if (out.size() > before) {
            return null;
        }
        try {
            return shape.constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            out.add(new Violation(path, cause.getMessage() == null ? "is not a valid " + type.getSimpleName() : cause.getMessage()));
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getName() + "; is its package exported?", e);
        }
    }

    private static Object readValue(JsonNode v, Type type, Field f, String path, List<Violation> out) {
        Class<?> raw = rawType(type);
        if (raw == String.class) {
            if (!v.isTextual()) {
                return wrong(out, path, "text");
            }
            String s = v.textValue();
            report(f.textProblem(s), path, out);
            return s;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return v.isBoolean() ? v.booleanValue() : wrong(out, path, "true or false");
        }
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            if (!v.isIntegralNumber() || (raw == int.class || raw == Integer.class) && !v.canConvertToInt()
                    || !v.canConvertToLong()) {
                return wrong(out, path, "a whole number");
            }
            long n = v.longValue();
            report(f.wholeNumberProblem(n), path, out);
            return (raw == int.class || raw == Integer.class) ? (Object) (int) n : (Object) n;
        }
        if (raw == LocalDate.class) {
            if (!v.isTextual() || !ISO_DATE.matcher(v.textValue()).matches()) {
                return wrong(out, path, "a date written yyyy-MM-dd");
            }
            try {
                return LocalDate.parse(v.textValue());
            } catch (DateTimeParseException e) {
                out.add(new Violation(path, "is not a real date: " + v.textValue()));
                return null;
            }
        }
        if (raw == Money.class) {
            if (!v.isTextual() || !Money.isValid(v.textValue())) {
                return wrong(out, path, "money as a string of pounds with two decimals, like \"1234.50\"");
            }
            Money m = Money.parse(v.textValue());
            report(f.moneyProblem(m), path, out);
            return m;
        }
        if (raw == FinancialYear.class) {
            try {
                return FinancialYear.parse(v.isTextual() ? v.textValue() : null);
            } catch (IllegalArgumentException e) {
                out.add(new Violation(path, "must be a financial year written like \"2025-26\""));
                return null;
            }
        }
        if (raw.isEnum()) {
            Object[] constants = raw.getEnumConstants();
            if (v.isTextual()) {
                for (Object c : constants) {
                    if (((Enum<?>) c).name().equals(v.textValue())) {
                        return c;
                    }
                }
            }
            out.add(new Violation(path, "must be one of " + Arrays.stream(constants).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "))));
            return null;
        }
        if (raw == List.class) {
            if (!v.isArray()) {
                return wrong(out, path, "a list");
            }
            if (report(f.sizeProblem(v.size()), path, out)) {
                return null;
            }
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            List<Object> list = new ArrayList<>(v.size());
            for (int i = 0; i < v.size(); i++) {
                JsonNode item = v.get(i);
                String p = path + "[" + i + "]";
                if (item.isNull()) {
                    out.add(new Violation(p, "must not be null"));
                } else {
                    list.add(readValue(item, element, Field.ELEMENT, p, out));
                }
            }
            return Collections.unmodifiableList(list);
        }
        if (raw.isRecord()) {
            return readRecord(v, raw, path, out);
        }
        throw new IllegalStateException("case field type not supported by the engine: " + type + " at " + path);
    }

    /** Adds the violation when there is a problem; the path is made text only then. */
    private static boolean report(String problem, Object path, List<Violation> out) {
        if (problem == null) {
            return false;
        }
        out.add(new Violation(path.toString(), problem));
        return true;
    }

    private static Object wrong(List<Violation> out, String path, String expected) {
        out.add(new Violation(path, "must be " + expected));
        return null;
    }

    static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private static Class<?> rawType(Type type) {
        if (type instanceof Class) {
            return (Class<?>) type;
        }
        return (Class<?>) ((ParameterizedType) type).getRawType();
    }

    /** The declared fields of one record type. */
    private static final class Shape {
        final List<Field> fields = new ArrayList<>();
        final Map<String, Field> byName = new LinkedHashMap<>();
        final Constructor<?> constructor;

        Shape(Class<?> type) {
            if (!type.isRecord()) {
                throw new IllegalArgumentException(type + " is not a record");
            }
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                Field f = new Field(components[i]);
                fields.add(f);
                byName.put(f.name, f);
                types[i] = components[i].getType();
            }
            try {
                constructor = type.getDeclaredConstructor(types);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** One declared field and its constraints. */
    private static final class Field {
        static final Field ELEMENT = new Field();
        final String name;
        final Type genericType;
        final boolean optional;
        final Range range;
        final MaxLength maxLength;
        final boolean nonNegative;
        final java.lang.reflect.Method accessor;

        private Field() {
            accessor = null;
            name = "";
            genericType = Object.class;
            optional = false;
            range = null;
            maxLength = null;
            nonNegative = true;
        }

        Field(RecordComponent c) {
            name = c.getName();
            genericType = c.getGenericType();
            optional = c.isAnnotationPresent(OptionalField.class);
            range = c.getAnnotation(Range.class);
            maxLength = c.getAnnotation(MaxLength.class);
            nonNegative = c.isAnnotationPresent(NonNegative.class);
            accessor = c.getAccessor();
        }

        int maxLength(int otherwise) {
            return maxLength == null ? otherwise : maxLength.value();
        }

        // The constraints below are shared by JSON input and cases built in Java, so both are refused alike.

        String textProblem(String s) {
            if (s.isBlank()) {
                return "must not be empty";
            }
            if (s.length() > maxLength(DEFAULT_MAX_TEXT)) {
                return "is longer than " + maxLength(DEFAULT_MAX_TEXT) + " characters";
            }
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)) {
                    return "contains control or invalid characters";
                }
            }
            return null;
        }

        String wholeNumberProblem(long n) {
            if (range != null && (n < range.min() || n > range.max())) {
                return "must be from " + range.min() + " to " + range.max() + ", not " + n;
            }
            return range == null && n < 0 ? "must not be negative" : null;
        }

        String moneyProblem(Money m) {
            return nonNegative && m.isNegative() ? "must not be negative" : null;
        }

        String sizeProblem(int size) {
            int max = maxLength(DEFAULT_MAX_ITEMS);
            return size > max ? "has more than " + max + " items" : null;
        }

        Object absent() {
            Class<?> raw = rawType(genericType);
            if (raw == boolean.class) {
                return false;
            }
            if (raw == int.class) {
                return 0;
            }
            if (raw == long.class) {
                return 0L;
            }
            if (raw == List.class) {
                return List.of();
            }
            return null;
        }
    }
}
