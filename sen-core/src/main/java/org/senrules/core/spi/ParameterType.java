package org.senrules.core.spi;

import org.senrules.core.ApiStatus;


/** The kind of value a rule-set parameter holds, which fixes how its JSON is read and checked. */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public enum ParameterType {
    /** Pounds with two decimals as a string, {@code "1234.50"}; never negative. */
    MONEY,
    /** A whole number, never negative. */
    INTEGER,
    /** {@code true} or {@code false}. */
    FLAG,
    /** A short text. */
    TEXT,
    /** A list of short texts, such as the targeted cohorts of a policy. */
    TEXT_LIST,
    /** An object from key to money, such as band to top-up or locality to budget. */
    MONEY_BY_KEY,
    /** An object from key to whole number. */
    INTEGER_BY_KEY,
    /** An object from key to a list of whole numbers, such as classification to the band at each level. */
    INTEGER_LIST_BY_KEY,
    /**
     * One constant of a vocabulary enum ({@link ParameterSpec#vocabulary()}), written as its name;
     * a typed view reads it as its enum.
     *
     * @since 1.1
     */
    ENUM,
    /**
     * A list of constants of a vocabulary enum, such as the {@code Setting}s a rule applies in;
     * a typed view reads it as a list of its enum.
     *
     * @since 1.1
     */
    ENUM_LIST,
    /**
     * An object from key to a short text, such as census primary need to need classification.
     *
     * @since 1
     */
    TEXT_BY_KEY
}
