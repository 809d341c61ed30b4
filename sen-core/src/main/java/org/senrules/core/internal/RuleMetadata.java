package org.senrules.core.internal;

import java.util.Locale;
import org.kie.api.definition.rule.Rule;

/**
 * The {@code @id} and {@code @source} of a rule, read once when the rule set is compiled.
 *
 * @param name   the rule's name, the sentence a policy officer reads
 * @param id     the stable id in decisions; the name in kebab case when {@code @id} is absent
 * @param source the document and section the rule implements, or null when missing
 * @param file   where the rule is written, for messages
 * @param criterion the criterion the rule assesses: its {@code @criterion}, else its id
 * @param declaresCriterion whether the rule names its criterion with {@code @criterion}
 */
record RuleMetadata(String name, String id, String source, String file, String criterion, boolean declaresCriterion) {

    static RuleMetadata of(Rule rule, String file) {
        String id = text(rule.getMetaData().get("id"));
        String source = text(rule.getMetaData().get("source"));
        String criterion = text(rule.getMetaData().get("criterion"));
        String ruleId = id == null ? kebab(rule.getName()) : id;
        return new RuleMetadata(rule.getName(), ruleId, source, file, criterion == null ? ruleId : criterion, criterion != null);
    }

    /** The same rule citing {@code resolved}, its sources written out. */
    RuleMetadata withSource(String resolved) {
        return new RuleMetadata(name, id, resolved, file, criterion, declaresCriterion);
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString().strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s.isBlank() ? null : s;
    }

    static String kebab(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
