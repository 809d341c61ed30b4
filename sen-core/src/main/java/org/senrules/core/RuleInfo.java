package org.senrules.core;

/**
 * One rule of a loaded rule set.
 *
 * @param id     its stable id
 * @param name   its name, the sentence a policy officer reads
 * @param source the document and section it implements
 * @param file   the file and line it is written at
 * @param criterion the criterion the rule states ({@code @criterion}) when its {@code when} is a
 *                  criterion of a declared rule set (it never fires: the engine counts its match),
 *                  or null (since 1.2)
 */
@ApiStatus(ApiStatus.Level.STABLE)
public record RuleInfo(String id, String name, String source, String file, String criterion) {

    /** A rule that states no criterion. */
    public RuleInfo(String id, String name, String source, String file) {
        this(id, name, source, file, null);
    }
}
