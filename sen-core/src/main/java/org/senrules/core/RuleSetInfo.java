package org.senrules.core;

import java.util.List;

/**
 * What the engine knows about one loaded rule set, for tools and documentation.
 *
 * @param id         the rule-set id
 * @param version    its version
 * @param title      what it decides
 * @param caseType   the Java type of its case
 * @param outcomeType the Java type of its outcome
 * @param caseFields the JSON field names of its case
 * @param policies   its policy variants, {@code current} first
 * @param parameters its parameter names, its own and the shared ones it reads
 */
public record RuleSetInfo(String id, String version, String title, Class<?> caseType, Class<?> outcomeType,
                          List<String> caseFields, List<PolicyVariant> policies, List<String> parameters) {
}
