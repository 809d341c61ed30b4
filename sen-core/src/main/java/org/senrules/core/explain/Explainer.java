package org.senrules.core.explain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import org.senrules.core.ApiStatus;
import org.senrules.core.Decision;
import org.senrules.core.DecisionJson;
import org.senrules.core.ParameterUse;
import org.senrules.core.Reason;
import org.senrules.core.domain.Money;
import org.senrules.core.internal.beans.Beans;

/**
 * A decision as plain text that a parent or a panel can read: the outcome, each reason with the
 * document it comes from, and each value used, saying plainly when a value is an illustrative
 * default rather than the council's own figure. Outcome fields appear in the order of the
 * decision JSON. This is the text {@code ./sen decide --explain} prints and the decision service
 * returns for {@code Accept: text/plain}.
 *
 * <p>Stateless and thread-safe.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class Explainer {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Explainer() {
    }

    /**
     * The files a set of decisions was made with, one paragraph per rule set: "the packaged files
     * only", or the council's files by name, so that a council's file never passes unseen. Printed
     * after the explanations by {@code ./sen decide --explain} and by the decision service.
     *
     * @param engine    the engine that made the decisions
     * @param decisions the decisions, in the order they were explained
     * @return lines ending in a new line, each paragraph after an empty line
     */
    public static String filesUsed(org.senrules.core.SenRules engine, java.util.List<Decision<?>> decisions) {
        StringBuilder out = new StringBuilder();
        for (String id : decisions.stream().map(Decision::ruleSet).distinct().toList()) {
            java.util.List<String> council = engine.origin(id).councilFiles();
            out.append('\n').append("Files used for ").append(id).append(": ").append(council.isEmpty() ? "the packaged files only"
                    : "the council's " + String.join(", ", council) + "; the rest packaged").append('\n');
        }
        return out.toString();
    }

    /**
     * The decision in plain English.
     *
     * @param d    a decision the engine made
     * @param json the engine's JSON contract, which gives the outcome's fields in their order
     * @return lines ending in a new line
     */
    public static String explain(Decision<?> d, DecisionJson json) {
        JsonNode outcome;
        try {
            outcome = MAPPER.readTree(json.write(d)).path("outcome");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder sb = new StringBuilder();
        sb.append("Decision for case ").append(d.caseId()).append('\n');
        sb.append("  Rules: ").append(d.ruleSet()).append(" version ").append(d.ruleSetVersion())
                .append(", policy ").append(d.policy()).append(", values in force on ").append(day(d.asOf())).append('\n');
        // the version alone cannot stand for edited rules: the fingerprint of the rule files can
        sb.append("  Rule files: ").append(d.rulesFingerprint()).append(" (rules from the ").append(d.rulesFrom())
                .append(", values from the ").append(d.valuesFrom()).append(")\n");
        sb.append("\nOutcome\n");
        for (Map.Entry<String, JsonNode> f : outcome.properties()) {
            Class<?> type = Beans.type(d.outcome().getClass(), f.getKey());
            sb.append("  ").append(words(f.getKey())).append(": ");
            if (f.getValue().isNull() && type == LocalDate.class) {
                // An unset end date of something granted means it runs on until review; otherwise nothing is set.
                boolean granted = outcome.path("eligible").asBoolean(false) || outcome.path("admissible").asBoolean(false);
                sb.append(f.getKey().endsWith("Until") && granted && !f.getKey().startsWith("existing") ? "open-ended" : "none");
            } else {
                value(sb, f.getValue(), type == Money.class, "    ");
            }
            sb.append('\n');
        }
        sb.append("\nWhy\n");
        if (d.reasons().isEmpty()) {
            sb.append("  No rule gave a reason.\n");
        }
        int n = 1;
        for (Reason r : d.reasons()) {
            sb.append("  ").append(n++).append(". ").append(r.text()).append('\n');
            sb.append("     Source: ").append(r.source()).append("  [rule ").append(r.rule()).append("]\n");
        }
        sb.append("\nValues used\n");
        if (d.parameters().isEmpty()) {
            sb.append("  None.\n");
        }
        for (ParameterUse p : d.parameters()) {
            sb.append("  ").append(words(p.name())).append(": ").append(p.value())
                    .append(" (in force from ").append(day(p.effectiveFrom()))
                    .append(p.until() == null ? "" : " to " + day(p.until()))
                    .append(origin(p.origin())).append(")")
                    .append(p.illustrative() ? " — ILLUSTRATIVE: a default for the example, not the council's figure"
                            : " — not illustrative (published, or set by the council)")
                    .append('\n');
        }
        if (!d.warnings().isEmpty()) {
            sb.append("\nPlease note\n");
            for (String w : d.warnings()) {
                sb.append("  - ").append(w).append('\n');
            }
        }
        sb.append('\n').append(d.illustrative()
                ? "This decision uses illustrative values, so its amounts are an example, not an official figure.\n"
                : "No value this decision uses is illustrative.\n");
        return sb.toString();
    }

    private static String origin(String origin) {
        if (origin == null || origin.equals("default")) {
            return "";
        }
        return origin.startsWith("policy:") ? "; set by policy " + origin.substring(7) : "; from " + origin;
    }

    private static void value(StringBuilder sb, JsonNode v, boolean money, String indent) {
        if (v == null || v.isNull()) {
            sb.append("none");
        } else if (v.isBoolean()) {
            sb.append(v.booleanValue() ? "yes" : "no");
        } else if (v.isTextual()) {
            sb.append(text(v.textValue(), money));
        } else if (v.isArray()) {
            if (v.isEmpty()) {
                sb.append("none");
            }
            boolean simple = true;
            for (JsonNode item : v) {
                simple &= item.isValueNode();
            }
            if (simple) {
                StringBuilder items = new StringBuilder();
                for (JsonNode item : v) {
                    items.append(items.length() == 0 ? "" : ", ");
                    value(items, item, false, indent);
                }
                sb.append(items);
            } else {
                for (JsonNode item : v) {
                    sb.append('\n').append(indent).append("- ");
                    value(sb, item, false, indent + "  ");
                }
            }
        } else if (v.isObject()) {
            StringBuilder fields = new StringBuilder();
            for (Map.Entry<String, JsonNode> f : v.properties()) {
                fields.append(fields.length() == 0 ? "" : "; ").append(words(f.getKey())).append(' ');
                value(fields, f.getValue(), false, indent + "  ");
            }
            sb.append(fields);
        } else {
            sb.append(v.asText());
        }
    }

    private static String text(String s, boolean money) {
        if (money && Money.isValid(s)) {
            return Money.parse(s).display();
        }
        if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return day(LocalDate.parse(s));
            } catch (DateTimeParseException e) {
                return s;
            }
        }
        if (s.matches("[A-Z][A-Z0-9_]*")) {
            return s.charAt(0) + s.substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
        }
        return s;
    }

    /** A day as "15 January 2026"; {@code null} as "open-ended". */
    public static String day(LocalDate d) {
        return d == null ? "open-ended" : d.format(DAY);
    }

    /** {@code supportUnits} as "support units", {@code bandTopUp[3]} as "band top up [3]". */
    public static String words(String camel) {
        StringBuilder sb = new StringBuilder();
        int bracket = camel.indexOf('[');
        String head = bracket < 0 ? camel : camel.substring(0, bracket);
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                sb.append(' ').append(Character.toLowerCase(c));
            } else {
                sb.append(i == 0 ? Character.toUpperCase(c) : c);
            }
        }
        return bracket < 0 ? sb.toString() : sb.append(' ').append(camel.substring(bracket)).toString();
    }
}
