package org.senrules.core.spi;

import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.senrules.core.ApiStatus;

/**
 * The declaration of one parameter of a rule set: its name in parameter files, its type, what it
 * means, and whether {@code null} is a meaningful value ("no cap", "no time limit"). Immutable,
 * compared by value.
 *
 * <p>An enumerated parameter ({@link ParameterType#ENUM}, {@link ParameterType#ENUM_LIST}) names
 * its vocabulary, an enum such as {@code Setting}: every value is checked against the enum's
 * constants when the file is loaded. A whole-number parameter may declare the range a council's
 * value must fall in ({@link #range}); a value outside it is refused at load, with file and line.
 *
 * <p>Declare one with {@link #of}, {@link #oneOf}, {@link #listOf} or {@link #integer}, then
 * {@link #orNone()} or {@link #range(int, int)}; or with {@link #builder(String, ParameterType)},
 * whose {@code build()} checks the declaration the same way.
 *
 * <p>A parameter the council reviews on a cadence (a yearly rate, a budget) declares it with
 * {@link Builder#reviewEvery(Period)}: a decision that uses a value older than that says the value
 * is due for a check. A parameter that declares none (a policy switch) is never reported as due.
 *
 * @since 1.1 (vocabulary and range), 1.2 (review cadence)
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class ParameterSpec {
    private final String name;
    private final ParameterType type;
    private final String description;
    private final boolean nullable;
    private final Class<? extends Enum<?>> vocabulary;
    private final Integer min;
    private final Integer max;
    private final Period reviewEvery;

    private ParameterSpec(Builder b) {
        this.name = Objects.requireNonNull(b.name, "name");
        this.type = Objects.requireNonNull(b.type, "type");
        this.description = Objects.requireNonNull(b.description, "description");
        this.nullable = b.nullable;
        this.vocabulary = b.vocabulary;
        this.min = b.min;
        this.max = b.max;
        this.reviewEvery = b.reviewEvery;
        if (!name.matches("[a-z][A-Za-z0-9]*")) {
            throw new IllegalArgumentException("parameter names are camelCase: " + name);
        }
        boolean enumerated = type == ParameterType.ENUM || type == ParameterType.ENUM_LIST;
        if (enumerated != (vocabulary != null)) {
            throw new IllegalArgumentException("parameter " + name + ": ENUM and ENUM_LIST parameters, and only they, name a vocabulary enum");
        }
        boolean whole = type == ParameterType.INTEGER || type == ParameterType.INTEGER_BY_KEY || type == ParameterType.INTEGER_LIST_BY_KEY;
        if ((min != null || max != null) && !whole) {
            throw new IllegalArgumentException("parameter " + name + ": only whole-number parameters have a range");
        }
        if (min != null && (min < 0 || max != null && max < min)) {
            throw new IllegalArgumentException("parameter " + name + ": the range " + min + ".." + max + " is empty or negative");
        }
        if (reviewEvery != null && (reviewEvery.isNegative() || reviewEvery.isZero())) {
            throw new IllegalArgumentException("parameter " + name + ": the review cadence must be a positive period, not " + reviewEvery);
        }
    }

    /**
     * A builder for the parameter {@code name} of {@code type}; its description is required,
     * the rest optional.
     */
    public static Builder builder(String name, ParameterType type) {
        return new Builder(name, type);
    }

    /** A builder holding this declaration, to make a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder(name, type).description(description).nullable(nullable).vocabulary(vocabulary);
        b.min = min;
        b.max = max;
        b.reviewEvery = reviewEvery;
        return b;
    }

    /**
     * A parameter with no vocabulary and no range, whose value is never {@code null}.
     *
     * @throws IllegalArgumentException if the name is not camelCase, or the type is enumerated (use {@link #oneOf} or {@link #listOf})
     */
    public static ParameterSpec of(String name, ParameterType type, String description) {
        return builder(name, type).description(description).build();
    }

    /** One constant of {@code vocabulary}, such as a {@code Setting}. */
    public static ParameterSpec oneOf(String name, Class<? extends Enum<?>> vocabulary, String description) {
        return builder(name, ParameterType.ENUM).description(description).vocabulary(vocabulary).build();
    }

    /** A list of constants of {@code vocabulary}, such as the settings a rule applies in. */
    public static ParameterSpec listOf(String name, Class<? extends Enum<?>> vocabulary, String description) {
        return builder(name, ParameterType.ENUM_LIST).description(description).vocabulary(vocabulary).build();
    }

    /** A whole number from {@code min} to {@code max}, both included. */
    public static ParameterSpec integer(String name, int min, int max, String description) {
        return builder(name, ParameterType.INTEGER).description(description).range(min, max).build();
    }

    /** This declaration, with {@code null} allowed ("none"). */
    public ParameterSpec orNone() {
        return toBuilder().nullable(true).build();
    }

    /** This whole-number declaration with a range. */
    public ParameterSpec range(int min, int max) {
        return toBuilder().range(min, max).build();
    }

    /** The name used in parameter files and in rule files, camelCase. */
    public String name() {
        return name;
    }

    /** How values are read and checked. */
    public ParameterType type() {
        return type;
    }

    /** One plain sentence for rule authors and explanations. */
    public String description() {
        return description;
    }

    /** Whether a dated entry may have the value {@code null}. */
    public boolean nullable() {
        return nullable;
    }

    /** The enum whose constant names are the allowed values of an enumerated parameter, else {@code null}. */
    public Class<? extends Enum<?>> vocabulary() {
        return vocabulary;
    }

    /** The smallest allowed whole number, or {@code null} for no bound other than 0. */
    public Integer min() {
        return min;
    }

    /** The largest allowed whole number, or {@code null} for no bound. */
    public Integer max() {
        return max;
    }

    /**
     * How often the council reviews this parameter's value (a yearly rate: 12 months), or
     * {@code null} when it is not reviewed on a cadence (a policy switch that changes only with the
     * policy). A parameter file's dated value may give its own ({@code "reviewEvery": "12 months"}).
     *
     * @since 1.2
     */
    public Period reviewEvery() {
        return reviewEvery;
    }

    /** The allowed constant names of an enumerated parameter, in declaration order; empty otherwise. */
    public List<String> allowedValues() {
        return vocabulary == null ? List.of() : Arrays.stream(vocabulary.getEnumConstants()).map(Enum::name).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterSpec p && name.equals(p.name) && type == p.type && description.equals(p.description)
                && nullable == p.nullable && Objects.equals(vocabulary, p.vocabulary) && Objects.equals(min, p.min)
                && Objects.equals(max, p.max) && Objects.equals(reviewEvery, p.reviewEvery);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, type, description, nullable, vocabulary, min, max, reviewEvery);
    }

    @Override
    public String toString() {
        return "ParameterSpec[name=" + name + ", type=" + type + ", description=" + description + ", nullable=" + nullable
                + ", vocabulary=" + vocabulary + ", min=" + min + ", max=" + max
                + (reviewEvery == null ? "" : ", reviewEvery=" + reviewEvery) + "]";
    }

    /** Sets a {@link ParameterSpec}'s parts by name. Not thread-safe. */
    public static final class Builder {
        private final String name;
        private final ParameterType type;
        private String description;
        private boolean nullable;
        private Class<? extends Enum<?>> vocabulary;
        private Integer min;
        private Integer max;
        private Period reviewEvery;

        private Builder(String name, ParameterType type) {
            this.name = name;
            this.type = type;
        }

        /** One plain sentence for rule authors and explanations; required. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** Whether a dated entry may have the value {@code null} ("none"); false unless set. */
        public Builder nullable(boolean nullable) {
            this.nullable = nullable;
            return this;
        }

        /** The enum whose constants an {@link ParameterType#ENUM} or {@link ParameterType#ENUM_LIST} parameter takes. */
        public Builder vocabulary(Class<? extends Enum<?>> vocabulary) {
            this.vocabulary = vocabulary;
            return this;
        }

        /** The range, both ends included, of a whole-number parameter. */
        public Builder range(int min, int max) {
            this.min = min;
            this.max = max;
            return this;
        }

        /**
         * How often the council reviews the value ({@code Period.ofMonths(12)} for a yearly rate);
         * {@code null}, the default, for a parameter not reviewed on a cadence.
         *
         * @since 1.2
         */
        public Builder reviewEvery(Period cadence) {
            this.reviewEvery = cadence;
            return this;
        }

        /**
         * The declaration.
         *
         * @throws NullPointerException     if the name, the type or the description is missing
         * @throws IllegalArgumentException if the name is not camelCase, a vocabulary is given to a
         *                                  type that is not enumerated or missing from one that is, or a
         *                                  range is given to a type that is not a whole number or is empty,
         *                                  or the review cadence is not positive
         */
        public ParameterSpec build() {
            return new ParameterSpec(this);
        }
    }
}
