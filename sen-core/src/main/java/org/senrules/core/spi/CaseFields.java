package org.senrules.core.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.senrules.core.ApiStatus;

/**
 * The fields of a case type as the JSON contract has them, declared by the pack in contract
 * order with their constraints: what the engine reads a JSON case by, checks a case built in
 * Java against, and documents a rule set's case with. A case class declares its fields once,
 * typed by its accessors and its builder's setters:
 *
 * <pre>{@code
 * private static final CaseFields<PupilCase> FIELDS = CaseFields.declare(PupilCase.class, Builder::new, PupilCase::new)
 *         .field("caseId", String.class, PupilCase::caseId, Builder::caseId)
 *         .field("needLevel", int.class, PupilCase::needLevel, Builder::needLevel).range(1, 5)
 *         .list("cohorts", String.class, PupilCase::cohorts, Builder::cohorts).optional().maxLength(20)
 *         .done();
 * }</pre>
 *
 * <p>A field is required unless {@link Declaring#optional()}; text is at most 200 characters and a
 * list at most 1,000 items unless {@link Declaring#maxLength(int)} says otherwise; a whole number
 * is 0 or more unless {@link Declaring#range(long, long)} says otherwise; money may be negative
 * unless {@link Declaring#nonNegative()}.
 *
 * @param <C> the case type
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class CaseFields<C> {
    private final Class<C> type;
    private final Supplier<?> newBuilder;
    private final Function<Object, C> make;
    private final List<Field> fields;

    private CaseFields(Declaring<C, ?> d) {
        this.type = d.type;
        this.newBuilder = d.newBuilder;
        @SuppressWarnings("unchecked")
        Function<Object, C> make = (Function<Object, C>) d.make;
        this.make = make;
        this.fields = Collections.unmodifiableList(new ArrayList<>(d.fields));
    }

    /**
     * Starts the declaration of {@code type}'s fields.
     *
     * @param newBuilder makes an empty builder of the case
     * @param make       makes the case from a builder holding values already checked (no check of its own)
     */
    public static <C, B> Declaring<C, B> declare(Class<C> type, Supplier<B> newBuilder, Function<B, C> make) {
        return new Declaring<>(type, newBuilder, make);
    }

    /**
     * The declared fields of a case type or of a record a case holds, or {@code null} for a type
     * that declares none.
     */
    public static CaseFields<?> declaredBy(Class<?> type) {
        return org.senrules.core.internal.CaseDeclarations.of(type);
    }

    /** The case type. */
    public Class<C> type() {
        return type;
    }

    /** The fields, in contract order. */
    public List<Field> fields() {
        return fields;
    }

    /** The field names, in contract order. */
    public List<String> names() {
        return fields.stream().map(Field::name).toList();
    }

    /**
     * Makes a case from one value per field, in the order of {@link #fields()}, with no check:
     * for the engine, which has checked every value first.
     */
    public C make(List<?> values) {
        if (values.size() != fields.size()) {
            throw new IllegalArgumentException(type.getSimpleName() + " has " + fields.size() + " fields, not " + values.size());
        }
        Object builder = newBuilder.get();
        for (int i = 0; i < values.size(); i++) {
            fields.get(i).write.accept(builder, values.get(i));
        }
        return make.apply(builder);
    }

    /** One declared field. */
    public static final class Field {
        private final String name;
        private final Class<?> type;
        private final Class<?> element;
        private final Function<Object, ?> read;
        private final BiConsumer<Object, Object> write;
        private boolean optional;
        private Long min;
        private Long max;
        private Integer maxLength;
        private boolean nonNegative;
        private String label;
        private String description;
        private String pattern;
        private String patternText;
        private java.util.regex.Pattern compiled;
        private CaseFields<?> record;

        @SuppressWarnings("unchecked")
        private Field(String name, Class<?> type, Class<?> element, Function<?, ?> read, BiConsumer<?, ?> write) {
            this.name = name;
            this.type = type;
            this.element = element;
            this.read = (Function<Object, ?>) read;
            this.write = (BiConsumer<Object, Object>) write;
        }

        /** The name in the JSON contract. */
        public String name() {
            return name;
        }

        /** The value's type ({@code int.class} for a whole number that is always present, {@code List.class} for a list). */
        public Class<?> type() {
            return type;
        }

        /** The type of a list's items, or {@code null} when the field is not a list. */
        public Class<?> elementType() {
            return element;
        }

        /** Whether the field may be absent. */
        public boolean optional() {
            return optional;
        }

        /** The smallest whole number allowed, or {@code null} for the default (0). */
        public Long min() {
            return min;
        }

        /** The largest whole number allowed, or {@code null} for the default. */
        public Long max() {
            return max;
        }

        /** The longest text or list allowed, or {@code null} for the default. */
        public Integer maxLength() {
            return maxLength;
        }

        /** Whether money must not be negative. */
        public boolean nonNegative() {
            return nonNegative;
        }

        /**
         * The field's name in words for people ("Parental consent recorded"), or null.
         *
         * @since 1.2
         */
        public String label() {
            return label;
        }

        /**
         * One sentence saying what the field holds, or null.
         *
         * @since 1.2
         */
        public String description() {
            return description;
        }

        /**
         * What a text (or each text of a list) must match, in words ("a name: letters, digits, ..."), or null.
         *
         * @since 1.2
         */
        public String patternText() {
            return patternText;
        }

        /**
         * Whether {@code text} matches the field's pattern (true when it has none).
         *
         * @since 1.2
         */
        public boolean matches(String text) {
            return compiled == null || compiled.matcher(text).matches();
        }

        /**
         * The fields of a record the field holds (or, for a list, of each item), or null for any other type.
         *
         * @since 1.2
         */
        public CaseFields<?> recordFields() {
            return record;
        }

        /** The field's value in a case. */
        public Object read(Object caseValue) {
            return read.apply(caseValue);
        }
    }

    /**
     * A declaration being written; {@link #done()} ends it.
     *
     * @param <C> the case type
     * @param <B> the case's builder type
     */
    public static final class Declaring<C, B> {
        private final Class<C> type;
        private final Supplier<B> newBuilder;
        private final Function<B, C> make;
        private final List<Field> fields = new ArrayList<>();
        private boolean done;

        private Declaring(Class<C> type, Supplier<B> newBuilder, Function<B, C> make) {
            this.type = Objects.requireNonNull(type, "type");
            this.newBuilder = Objects.requireNonNull(newBuilder, "newBuilder");
            this.make = Objects.requireNonNull(make, "make");
        }

        /**
         * The next field: text, a flag, a whole number, a date, money, a financial year, an enum or a record.
         *
         * @param read  the case's accessor
         * @param write the builder's setter
         */
        public <T> Declaring<C, B> field(String name, Class<T> valueType, Function<C, T> read, BiConsumer<B, T> write) {
            if (valueType == List.class) {
                throw new IllegalArgumentException("declare list field " + name + " with list(...), which names its items' type");
            }
            return add(new Field(name, valueType, null, read, write));
        }

        /** The next field, a list of {@code elementType} items. */
        public <E> Declaring<C, B> list(String name, Class<E> elementType, Function<C, List<E>> read,
                                        BiConsumer<B, List<E>> write) {
            return add(new Field(name, List.class, Objects.requireNonNull(elementType, "elementType"), read, write));
        }

        private Declaring<C, B> add(Field f) {
            open();
            Objects.requireNonNull(f.name, "name");
            for (Field other : fields) {
                if (other.name.equals(f.name)) {
                    throw new IllegalArgumentException("case field " + f.name + " of " + type.getSimpleName() + " is declared twice");
                }
            }
            Objects.requireNonNull(f.read, "read");
            Objects.requireNonNull(f.write, "write");
            fields.add(f);
            return this;
        }

        private Field last() {
            open();
            if (fields.isEmpty()) {
                throw new IllegalStateException("declare a field first");
            }
            return fields.get(fields.size() - 1);
        }

        private void open() {
            if (done) {
                throw new IllegalStateException("the fields of " + type.getSimpleName() + " are declared already");
            }
        }

        /** The last field may be absent (read as {@code null}, false, 0 or an empty list). */
        public Declaring<C, B> optional() {
            last().optional = true;
            return this;
        }

        /** The last field, a whole number, is from {@code min} to {@code max}. */
        public Declaring<C, B> range(long min, long max) {
            if (min > max) {
                throw new IllegalArgumentException("range " + min + " to " + max + " is empty");
            }
            Field f = last();
            f.min = min;
            f.max = max;
            return this;
        }

        /** The last field, text or a list, has at most {@code max} characters or items. */
        public Declaring<C, B> maxLength(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("a maximum length must be positive");
            }
            last().maxLength = max;
            return this;
        }

        /**
         * The last field's name in words and what it holds, for people (rule books, schemas, messages).
         *
         * @since 1.2
         */
        public Declaring<C, B> describe(String label, String description) {
            Field f = last();
            f.label = label;
            f.description = description;
            return this;
        }

        /**
         * The last field, text or a list of texts, must match {@code regex}, which {@code inWords} says for people.
         *
         * @since 1.2
         */
        public Declaring<C, B> pattern(String regex, String inWords) {
            Field f = last();
            f.pattern = regex;
            f.patternText = inWords;
            f.compiled = java.util.regex.Pattern.compile(regex);
            return this;
        }

        /**
         * The last field holds a record (or a list of records) whose fields are {@code fields}.
         *
         * @since 1.2
         */
        public Declaring<C, B> record(CaseFields<?> fields) {
            last().record = Objects.requireNonNull(fields, "fields");
            return this;
        }

        /** The last field, money, must not be negative. */
        public Declaring<C, B> nonNegative() {
            last().nonNegative = true;
            return this;
        }

        /** Ends the declaration: the engine reads and checks {@code C} by it from now on. */
        public CaseFields<C> done() {
            open();
            done = true;
            CaseFields<C> declared = new CaseFields<>(this);
            org.senrules.core.internal.CaseDeclarations.register(declared);
            return declared;
        }
    }
}
