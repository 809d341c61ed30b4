package org.senrules.core;

/**
 * One rule of a loaded rule set.
 *
 * @param id     its stable id
 * @param name   its name, the sentence a policy officer reads
 * @param source the document and section it implements
 * @param file   the file and line it is written at
 */
@ApiStatus(ApiStatus.Level.STABLE)
public record RuleInfo(String id, String name, String source, String file) {
}
