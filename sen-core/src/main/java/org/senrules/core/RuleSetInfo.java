package org.senrules.core;

import java.util.List;
import org.senrules.core.spi.Summary;

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
 * @param summary    what a cohort simulator adds up for it, or {@code null} when its pack declares nothing to simulate
 */
@ApiStatus(ApiStatus.Level.STABLE)
public record RuleSetInfo(String id, String version, String title, Class<?> caseType, Class<?> outcomeType,
                          List<String> caseFields, List<PolicyVariant> policies, List<String> parameters,
                          Summary<?, ?> summary) {
}
