package org.senrules.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.senrules.core.RuleSetProblem;
import org.senrules.core.internal.json.LocatedJson;

/**
 * The criteria a rule set declares, read from the {@code "$criteria"} object of its parameter
 * file: criterion id to the sentence it stands for, each with its line for messages.
 *
 * <pre>{@code
 * "$criteria": {
 *   "sen-support-only": "The pupil is on SEN Support, with no EHCP",
 *   "discussed-at-map-meeting": "The case was discussed at the school's MAP meeting before submission"
 * }
 * }</pre>
 */
record CriteriaDeclaration(String file, Map<String, Criterion> criteria) {
    /** The key of the declaration in a parameter file; keys starting with {@code $} are not parameters. */
    static final String KEY = "$criteria";
    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    static final CriteriaDeclaration NONE = new CriteriaDeclaration(null, Map.of());

    /** One declared criterion; {@code otherwise} is the reason when it is not met, in a declaration (null in a parameter file). */
    record Criterion(String id, String description, String otherwise, int line) {
    }

    /** The criteria of a rule-set declaration ({@code "criteria"}), each with the reason when it is not met. */
    static CriteriaDeclaration of(Declaration d) {
        Map<String, Criterion> out = new LinkedHashMap<>();
        d.criteria().values().forEach(c -> out.put(c.id(), new Criterion(c.id(), c.is(), c.otherwise(), c.line())));
        return new CriteriaDeclaration(d.file(), java.util.Collections.unmodifiableMap(out));
    }

    boolean isEmpty() {
        return criteria.isEmpty();
    }

    /** Reads the declaration of a default parameter file; {@link #NONE} when it has none (or is not JSON, reported elsewhere). */
    static CriteriaDeclaration read(RuleSource parameters, List<RuleSetProblem> problems) {
        if (parameters == null || !parameters.text().contains(KEY)) {
            return NONE;
        }
        LocatedJson json;
        try {
            json = LocatedJson.parse(parameters.text());
        } catch (IOException e) {
            return NONE; // the parameter file reader reports it
        }
        JsonNode node = json.root().get(KEY);
        if (node == null) {
            return NONE;
        }
        int line = json.lineOf(node);
        if (!node.isObject() || node.isEmpty()) {
            problems.add(RuleSetProblem.error(parameters.label(), line, KEY
                    + " is an object from criterion id to the sentence it stands for, such as {\"sen-support-only\": \"The pupil is on SEN Support\"}"));
            return NONE;
        }
        Map<String, Criterion> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            int at = lineOf(parameters.text(), "\"" + e.getKey() + "\"", line);
            if (!KEBAB.matcher(e.getKey()).matches()) {
                problems.add(RuleSetProblem.error(parameters.label(), at, "criterion ids are kebab-case, not \"" + e.getKey() + "\""));
            } else if (!e.getValue().isTextual() || e.getValue().textValue().isBlank()) {
                problems.add(RuleSetProblem.error(parameters.label(), at, "criterion " + e.getKey() + " needs the sentence it stands for"));
            } else {
                out.put(e.getKey(), new Criterion(e.getKey(), e.getValue().textValue(), null, at));
            }
        }
        return new CriteriaDeclaration(parameters.label(), java.util.Collections.unmodifiableMap(out));
    }

    /**
     * A council's override file may repeat the rule set's criteria unchanged (a copy of the
     * packaged file does), but a changed declaration there would be ignored, so it is refused.
     */
    static void checkOverride(String text, String label, CriteriaDeclaration declared, List<RuleSetProblem> problems) {
        if (text == null || !text.contains("\"" + KEY + "\"")) {
            return;
        }
        CriteriaDeclaration copy = read(new RuleSource(text, label), problems);
        if (!copy.criteria().keySet().equals(declared.criteria().keySet())) {
            problems.add(RuleSetProblem.error(label, lineOf(text, "\"" + KEY + "\"", 0), KEY
                    + " differs from the rule set's own (" + declared.criteria().keySet() + "): criteria are declared by the rule set's "
                    + "parameter file (or a rule author's copy of it in --rules), not by an override file; remove " + KEY + " here"));
        }
    }

    /** The line of the first {@code needle} at or after line {@code from}; a JSON string value carries no line of its own. */
    private static int lineOf(String text, String needle, int from) {
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (line >= from && text.startsWith(needle, i)) {
                return line;
            }
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return from;
    }
}
