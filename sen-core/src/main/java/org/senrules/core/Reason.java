package org.senrules.core;

/**
 * Why part of a decision came out as it did: one rule that fired.
 *
 * @param rule   the rule's stable id, such as {@code "parental-consent-required"}
 * @param text   a plain-English sentence about this case
 * @param source the document and section the rule implements
 */
@ApiStatus(ApiStatus.Level.STABLE)
public record Reason(String rule, String text, String source) {
}
