package org.senrules.core;

/**
 * A named policy variant of a rule set: an overlay on its parameters, such as a Delivering
 * Better Value option being modelled. Every rule set has {@code current}.
 *
 * @param name   the name used in requests, such as {@code "dbv-option-4"}
 * @param title  what it does, in one line
 * @param source the document that describes it
 */
@ApiStatus(ApiStatus.Level.STABLE)
public record PolicyVariant(String name, String title, String source) {
}
