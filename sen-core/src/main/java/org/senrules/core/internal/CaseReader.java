package org.senrules.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
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
import org.senrules.core.spi.CaseFields;
import org.senrules.core.spi.CaseInput;

/**
 * Reads a JSON case into its type, checking every field against the fields the type declares
 * ({@link CaseFields}, generated with the type from its rule set's declaration) and collecting
 * every violation with its path. Nothing is built unless the whole case is valid, so rules never
 * see a half-read case.
 */
public final class CaseReader {
    static final int DEFAULT_MAX_TEXT = 200;
    static final int DEFAULT_MAX_ITEMS = 1_000;
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

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
        Object value = readRecord(node, type, new Path(null, path, -1), violations);
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
            checkValue(f.read(value), f.genericType, f, new Path(path, f.name, -1), out);
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
        } else if (v instanceof LocalDate) {
            report(RequestLimits.dateProblem((LocalDate) v), path, out);
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
                    checkValue(item, element, f.element(), p, out);
                }
            }
            reportTotals(list, path, out);
        } else if (structured(v.getClass()) && !(v instanceof Money) && !(v instanceof FinancialYear)) {
            checkRecord(v, path, out);
        }
    }

    /**
     * Adds a violation for each whole-number or money field of a list's records whose total over
     * the list passes {@link RequestLimits}: one line within bounds each, a thousand lines must
     * not add up to an overflow.
     */
    private static void reportTotals(List<?> list, Object path, List<Violation> out) {
        // (List.of lists throw on contains(null), so nulls are looked for by hand)
        for (Object item : list) {
            if (item == null) {
                return; // a null item is a violation of its own
            }
        }
        if (list.isEmpty() || !structured(list.get(0).getClass()) || list.get(0) instanceof Money) {
            return;
        }
        Shape shape = SHAPES.get(list.get(0).getClass());
        for (Field f : shape.fields) {
            Class<?> raw = rawType(f.genericType);
            boolean whole = raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class;
            if (!whole && raw != Money.class) {
                continue;
            }
            long total = 0;
            for (Object item : list) {
                Object v = f.read(item);
                if (v != null) {
                    long x = whole ? ((Number) v).longValue() : ((Money) v).pence();
                    long sum = total + x;
                    // a case built in Java may hold any value: saturate rather than wrap
                    total = ((total ^ sum) & (x ^ sum)) < 0 ? (x < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : sum;
                }
            }
            if (whole && f.min == null && total > RequestLimits.MAX_WHOLE_NUMBER_TOTAL) {
                out.add(new Violation(path.toString(), "the " + f.name + " of its items add up to more than "
                        + RequestLimits.MAX_WHOLE_NUMBER_TOTAL));
            } else if (!whole && RequestLimits.moneyProblem(Money.ofPence(total)) != null) {
                out.add(new Violation(path.toString(), "the " + f.name + " of its items add up to more than "
                        + RequestLimits.MAX_MONEY.display() + " either side of zero"));
            }
        }
    }

    /** The field names of a case type, in declaration order; for documentation and tools. */
    public static List<String> fieldNames(Class<?> recordType) {
        return SHAPES.get(recordType).fields.stream().map(f -> f.name).collect(Collectors.toList());
    }

    private static Object readRecord(JsonNode node, Class<?> type, Path path, List<Violation> out) {
        if (node == null || !node.isObject()) {
            out.add(new Violation(path.toString(), "must be an object with the fields " + fieldNames(type)));
            return null;
        }
        Shape shape = SHAPES.get(type);
        int before = out.size();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!shape.byName.containsKey(name)) {
                out.add(new Violation(fieldPath(path.toString(), name), "unknown field; the fields are " + fieldNames(type)));
            }
        }
        Object[] args = new Object[shape.fields.size()];
        for (int i = 0; i < args.length; i++) {
            Field f = shape.fields.get(i);
            JsonNode v = node.get(f.name);
            Path p = new Path(path, f.name, -1);
            if (v == null || v.isNull()) {
                if (!f.optional) {
                    out.add(new Violation(p.toString(), "is required"));
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
            return shape.declared.make(Arrays.asList(args));
        } catch (RuntimeException e) {
            out.add(new Violation(path.toString(), e.getMessage() == null ? "is not a valid " + type.getSimpleName() : e.getMessage()));
            return null;
        }
    }

    private static Object readValue(JsonNode v, Type type, Field f, Path path, List<Violation> out) {
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
            return readDate(v, path, out);
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
                out.add(new Violation(path.toString(), "must be a financial year written like \"2025-26\""));
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
            out.add(new Violation(path.toString(), "must be one of " + Arrays.stream(constants).map(c -> ((Enum<?>) c).name())
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
                Path p = new Path(path, null, i);
                if (item.isNull()) {
                    out.add(new Violation(p.toString(), "must not be null"));
                } else {
                    list.add(readValue(item, element, f.element(), p, out));
                }
            }
            reportTotals(list, path, out);
            return Collections.unmodifiableList(list);
        }
        if (structured(raw)) {
            return readRecord(v, raw, path, out);
        }
        throw new IllegalStateException("case field type not supported by the engine: " + type + " at " + path);
    }

    /**
     * Reads a date written {@code yyyy-MM-dd} within {@link RequestLimits}' range; null and a
     * violation otherwise. The text is quoted back only when it has the date's shape (digits and
     * dashes), so nothing else a request holds reaches the message.
     */
    static LocalDate readDate(JsonNode v, Object path, List<Violation> out) {
        if (!v.isTextual() || !ISO_DATE.matcher(v.textValue()).matches()) {
            wrong(out, path, "a date written yyyy-MM-dd");
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(v.textValue());
        } catch (DateTimeParseException e) {
            out.add(new Violation(path.toString(), "is not a real date: " + v.textValue()));
            return null;
        }
        String problem = RequestLimits.dateProblem(date);
        if (problem != null) {
            out.add(new Violation(path.toString(), problem));
            return null;
        }
        return date;
    }

    /**
     * The path of a field named in a request: the name is shown when it is a plain name (letters,
     * digits, {@code _}, up to 64 characters), as every declared field is; any other name could
     * carry text that misleads a reader (a right-to-left override, a line separator) or personal
     * data, so it is replaced by {@code ?}.
     */
    static String fieldPath(String path, String name) {
        return join(path, PLAIN_NAME.matcher(name).matches() ? name : "?");
    }

    /** Adds the violation when there is a problem; the path is made text only then. */
    private static boolean report(String problem, Object path, List<Violation> out) {
        if (problem == null) {
            return false;
        }
        out.add(new Violation(path.toString(), problem));
        return true;
    }

    private static Object wrong(List<Violation> out, Object path, String expected) {
        out.add(new Violation(path.toString(), "must be " + expected));
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

    /** A type that declares its fields ({@link CaseFields}), a case or a record a case holds: a value read field by field. */
    private static boolean structured(Class<?> type) {
        return CaseDeclarations.of(type) != null;
    }

    /** The declared fields of one case type or record. */
    private static final class Shape {
        final List<Field> fields = new ArrayList<>();
        final Map<String, Field> byName = new LinkedHashMap<>();
        final CaseFields<?> declared;

        Shape(Class<?> type) {
            declared = CaseDeclarations.of(type);
            if (declared == null) {
                throw new IllegalArgumentException(type + " declares no fields (CaseFields); the build generates them with the type"
                        + " from its rule set's declaration");
            }
            for (CaseFields.Field d : declared.fields()) {
                Field f = new Field(d);
                fields.add(f);
                byName.put(f.name, f);
            }
        }
    }

    /** {@code List<E>} as a type, for a declared list field. */
    private record ListOf(Type element) implements ParameterizedType {
        @Override
        public Type[] getActualTypeArguments() {
            return new Type[] {element};
        }

        @Override
        public Type getRawType() {
            return List.class;
        }

        @Override
        public Type getOwnerType() {
            return null;
        }
    }

    /** One declared field and its constraints. */
    private static final class Field {
        static final Field ELEMENT = new Field();
        final String name;
        final Type genericType;
        final boolean optional;
        final Long min;
        final Long max;
        final Integer maxLength;
        final boolean nonNegative;
        /** Whose pattern a text, or each text of a list, must match; null when none. */
        final CaseFields.Field pattern;
        private final java.util.function.Function<Object, Object> reader;

        private Field() {
            this(null, true);
        }

        /** An item of a list, held to the list's pattern. */
        private Field(CaseFields.Field pattern, boolean item) {
            this.pattern = pattern;
            reader = null;
            name = "";
            genericType = Object.class;
            optional = false;
            min = null;
            max = null;
            maxLength = null;
            nonNegative = true;
        }

        Field(CaseFields.Field d) {
            name = d.name();
            genericType = d.elementType() == null ? d.type() : new ListOf(d.elementType());
            optional = d.optional();
            min = d.min();
            max = d.max();
            maxLength = d.maxLength();
            nonNegative = d.nonNegative();
            pattern = d.patternText() == null ? null : d;
            reader = d::read;
        }

        /** How an item of this list field is checked. */
        Field element() {
            return pattern == null ? ELEMENT : new Field(pattern, true);
        }

        Object read(Object value) {
            return reader.apply(value);
        }

        int maxLength(int otherwise) {
            return maxLength == null ? otherwise : maxLength;
        }

        // The constraints below are shared by JSON input and cases built in Java, so both are refused alike.

        String textProblem(String s) {
            if (s.isBlank()) {
                return "must not be empty";
            }
            if (s.length() > maxLength(DEFAULT_MAX_TEXT)) {
                return "is longer than " + maxLength(DEFAULT_MAX_TEXT) + " characters";
            }
            String unsafe = TextSafety.problem(s);
            if (unsafe == null && pattern != null && !pattern.matches(s)) {
                return "must be " + pattern.patternText();
            }
            return unsafe;
        }

        String wholeNumberProblem(long n) {
            if (min != null && (n < min || n > max)) {
                return "must be from " + min + " to " + max + ", not " + n;
            }
            if (min == null && n < 0) {
                return "must not be negative";
            }
            return min == null && n > RequestLimits.MAX_WHOLE_NUMBER ? "must be at most " + RequestLimits.MAX_WHOLE_NUMBER : null;
        }

        String moneyProblem(Money m) {
            if (nonNegative && m.isNegative()) {
                return "must not be negative";
            }
            return RequestLimits.moneyProblem(m);
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
