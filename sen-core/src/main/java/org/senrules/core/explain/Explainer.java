package org.senrules.core.explain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.senrules.core.ApiStatus;
import org.senrules.core.Decision;
import org.senrules.core.DecisionJson;
import org.senrules.core.ParameterUse;
import org.senrules.core.Reason;
import org.senrules.core.domain.Money;

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

    /** The heading of the part of an explanation that is for the record: fingerprints and rule ids. */
    public static final String FOR_THE_RECORD = "For the record";

    /**
     * The decision in plain English: what was decided and why, each reason with the title of the
     * document it comes from, each value used in pounds or words, then, under
     * {@value #FOR_THE_RECORD}, the codes a reviewer needs to find the rules and re-make the
     * decision (rule set, policy and rule ids, the fingerprints). Field labels, value titles,
     * money with thousands separators and dates in words come from {@link Wording}.
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
        org.senrules.core.RuleSetInfo info = json.engine().ruleSets().stream().filter(r -> r.id().equals(d.ruleSet())).findFirst()
                .orElse(null);
        String policyTitle = info == null ? d.policy() : info.policies().stream().filter(p -> p.name().equals(d.policy()))
                .map(org.senrules.core.PolicyVariant::title).findFirst().orElse(d.policy());
        StringBuilder sb = new StringBuilder();
        sb.append("Decision for case ").append(d.caseId()).append('\n');
        sb.append("  ").append(info == null || info.title() == null ? d.ruleSet() : sentence(info.title()))
                .append(d.policy().equals(org.senrules.core.Request.CURRENT) ? ", under the council's current rules"
                        : ", under the option \u201c" + policyTitle + "\u201d")
                .append(", with the values in force on ").append(day(d.asOf())).append(".\n");
        sb.append("\nOutcome\n");
        org.senrules.core.spi.OutcomeFields<?> fields = org.senrules.core.spi.OutcomeFields.declaredBy(d.outcome().getClass());
        List<Object> values = fields == null ? List.of() : fields.values(d.outcome());
        for (Map.Entry<String, JsonNode> f : outcome.properties()) {
            Class<?> type = typeOf(d.outcome(), fields == null ? -1 : fields.names().indexOf(f.getKey()), values, f.getKey());
            sb.append("  ").append(Wording.label(f.getKey())).append(": ");
            if (f.getValue().isNull() && type == LocalDate.class) {
                // An unset end date of something granted means it runs on until review; otherwise nothing is set.
                boolean granted = outcome.path("eligible").asBoolean(false) || outcome.path("admissible").asBoolean(false);
                sb.append(f.getKey().endsWith("Until") && granted && !f.getKey().startsWith("existing") ? "open-ended" : "none");
            } else {
                value(sb, f.getValue(), type, "    ");
            }
            sb.append('\n');
        }
        sb.append("\nWhy\n");
        if (d.reasons().isEmpty()) {
            sb.append("  No rule gave a reason.\n");
        }
        int n = 1;
        for (Reason r : d.reasons()) {
            sb.append("  ").append(n++).append(". ").append(Wording.daysInWords(r.text())).append('\n');
            sb.append("     Source: ").append(Wording.citation(r.source())).append('\n');
        }
        sb.append("\nValues used\n");
        if (d.parameters().isEmpty()) {
            sb.append("  None.\n");
        }
        for (ParameterUse p : d.parameters()) {
            sb.append("  ").append(Wording.label(p.name())).append(": ").append(Wording.value(p.value()))
                    .append(" (in force from ").append(day(p.effectiveFrom()))
                    .append(p.until() == null ? "" : " to " + day(p.until()))
                    .append(origin(p.origin(), info)).append(")")
                    .append(p.illustrative() ? " \u2014 ILLUSTRATIVE: a default for the example, not the council's figure"
                            : " \u2014 not illustrative (published, or set by the council)")
                    .append('\n');
        }
        if (!d.warnings().isEmpty()) {
            sb.append("\nPlease note\n");
            for (String w : d.warnings()) {
                sb.append("  - ").append(Wording.daysInWords(w)).append('\n');
            }
        }
        sb.append('\n').append(d.illustrative()
                ? "This decision uses illustrative values, so its amounts are an example, not an official figure.\n"
                : "No value this decision uses is illustrative.\n");
        sb.append('\n').append(FOR_THE_RECORD).append('\n');
        sb.append("  Rule set: ").append(d.ruleSet()).append(" version ").append(d.ruleSetVersion()).append(", policy ")
                .append(d.policy()).append(", values in force on ").append(d.asOf()).append('\n');
        if (!d.reasons().isEmpty()) {
            sb.append("  Rules that gave the reasons: ").append(String.join(", ", d.reasons().stream().map(Reason::rule).toList()))
                    .append('\n');
        }
        // the version alone cannot stand for edited rules: the fingerprint of the rule files can
        sb.append("  Rule files: ").append(d.rulesFingerprint()).append(" (rules from the ").append(d.rulesFrom())
                .append(", values from the ").append(d.valuesFrom()).append(")\n");
        sb.append("  Values: ").append(d.parametersFingerprint()).append('\n');
        return sb.toString();
    }

    /** A title as the start of a sentence. */
    private static String sentence(String title) {
        return title.isEmpty() ? title : Character.toUpperCase(title.charAt(0)) + title.substring(1);
    }

    private static String origin(String origin, org.senrules.core.RuleSetInfo info) {
        if (origin == null || origin.equals("default")) {
            return "";
        }
        if (origin.startsWith("policy:")) {
            String name = origin.substring(7);
            String title = info == null ? null : info.policies().stream().filter(p -> p.name().equals(name))
                    .map(org.senrules.core.PolicyVariant::title).findFirst().orElse(null);
            return title == null ? "; set by the option being compared" : "; set by the option \u201c" + title + "\u201d";
        }
        return "; from " + origin;
    }

    /**
     * The type of an outcome field: its value's, as the outcome's declared fields read it, or for
     * a value not set, its getter's (an unset date is "open-ended" or "none", not just absent).
     */
    private static Class<?> typeOf(Object outcome, int at, List<Object> values, String field) {
        Object v = at < 0 ? null : values.get(at);
        if (v != null) {
            return v instanceof Enum<?> e ? e.getDeclaringClass() : v.getClass();
        }
        try {
            return outcome.getClass().getMethod("get" + Character.toUpperCase(field.charAt(0)) + field.substring(1)).getReturnType();
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static void value(StringBuilder sb, JsonNode v, Class<?> type, String indent) {
        if (v == null || v.isNull()) {
            sb.append("none");
        } else if (v.isBoolean()) {
            sb.append(v.booleanValue() ? "yes" : "no");
        } else if (v.isTextual()) {
            sb.append(text(v.textValue(), type));
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
                    value(items, item, null, indent);
                }
                sb.append(items);
            } else {
                for (JsonNode item : v) {
                    sb.append('\n').append(indent).append("- ");
                    value(sb, item, null, indent + "  ");
                }
            }
        } else if (v.isObject()) {
            StringBuilder fields = new StringBuilder();
            for (Map.Entry<String, JsonNode> f : v.properties()) {
                fields.append(fields.length() == 0 ? "" : "; ").append(Wording.label(f.getKey())).append(' ');
                value(fields, f.getValue(), null, indent + "  ");
            }
            sb.append(fields);
        } else {
            sb.append(v.asText());
        }
    }

    private static String text(String s, Class<?> type) {
        if (type == Money.class && Money.isValid(s)) {
            return Money.parse(s).display();
        }
        if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return day(LocalDate.parse(s));
            } catch (DateTimeParseException e) {
                return s;
            }
        }
        if (type != null && type.isEnum()) {
            return Wording.valueTitle(type, s);
        }
        if (s.startsWith("LOCALITY:")) {
            return "the " + s.substring(9) + " locality";
        }
        return s.matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+") || s.matches("[A-Z][A-Z0-9]+") ? Wording.valueTitle(null, s) : s;
    }

    /** A day as "15 January 2026"; {@code null} as "open-ended". */
    public static String day(LocalDate d) {
        return d == null ? "open-ended" : d.format(DAY);
    }

    /**
     * {@code supportUnits} as "Support units", {@code rateByBand[3]} as "Rate by band [3]" (kept for
     * callers of 1.1; {@link Wording#label} also writes acronyms as the sources do).
     */
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
