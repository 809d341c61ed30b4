package org.senrules.core.internal;

/**
 * The text of one rule file and the name to give it in messages: a resource path in a pack or a
 * path in a rule author's override folder.
 */
record RuleSource(String text, String label) {
}
