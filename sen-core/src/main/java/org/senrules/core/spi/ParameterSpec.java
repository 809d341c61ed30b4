package org.senrules.core.spi;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.senrules.core.ApiStatus;

/**
 * The declaration of one parameter of a rule set: its name in parameter files, its type, what it
 * means, and whether {@code null} is a meaningful value ("no cap", "no time limit").
 *
 * <p>An enumerated parameter ({@link ParameterType#ENUM}, {@link ParameterType#ENUM_LIST}) names
 * its vocabulary, an enum such as {@code Setting}: every value is checked against the enum's
 * constants when the file is loaded. A whole-number parameter may declare the range a council's
 * value must fall in ({@link #range}); a value outside it is refused at load, with file and line.
 *
 * @param name        the name used in parameter files and in rule files, camelCase
 * @param type        how values are read and checked
 * @param description one plain sentence for rule authors and explanations
 * @param nullable    whether a dated entry may have the value {@code null}
 * @param vocabulary  the enum whose constant names are the allowed values of an enumerated parameter, else null
 * @param min         the smallest allowed whole number, or null for no bound other than 0
 * @param max         the largest allowed whole number, or null for no bound
 * @since 1.1 (vocabulary and range)
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public record ParameterSpec(String name, ParameterType type, String description, boolean nullable,
                            Class<? extends Enum<?>> vocabulary, Integer min, Integer max) {
    public ParameterSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
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
    }

    /** A parameter with no vocabulary and no range. */
    public ParameterSpec(String name, ParameterType type, String description, boolean nullable) {
        this(name, type, description, nullable, null, null, null);
    }

    /** One constant of {@code vocabulary}, such as a {@code Setting}. */
    public static ParameterSpec oneOf(String name, Class<? extends Enum<?>> vocabulary, String description) {
        return new ParameterSpec(name, ParameterType.ENUM, description, false, vocabulary, null, null);
    }

    /** A list of constants of {@code vocabulary}, such as the settings a rule applies in. */
    public static ParameterSpec listOf(String name, Class<? extends Enum<?>> vocabulary, String description) {
        return new ParameterSpec(name, ParameterType.ENUM_LIST, description, false, vocabulary, null, null);
    }

    /** A whole number from {@code min} to {@code max}, both included. */
    public static ParameterSpec integer(String name, int min, int max, String description) {
        return new ParameterSpec(name, ParameterType.INTEGER, description, false, null, min, max);
    }

    /** This declaration, with {@code null} allowed ("none"). */
    public ParameterSpec orNone() {
        return new ParameterSpec(name, type, description, true, vocabulary, min, max);
    }

    /** This whole-number declaration with a range. */
    public ParameterSpec range(int min, int max) {
        return new ParameterSpec(name, type, description, nullable, vocabulary, min, max);
    }

    /** The allowed constant names of an enumerated parameter, in declaration order; empty otherwise. */
    public List<String> allowedValues() {
        return vocabulary == null ? List.of() : Arrays.stream(vocabulary.getEnumConstants()).map(Enum::name).toList();
    }
}
