package org.senrules.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.senrules.core.RuleSetProblem;
import org.senrules.core.domain.Money;
import org.senrules.core.domain.PrimaryNeed;
import org.senrules.core.domain.Setting;
import org.senrules.core.spi.CaseFields;
import org.senrules.core.spi.CaseInput;
import org.senrules.core.spi.OutcomeFields;
import org.senrules.core.spi.Summary;

/**
 * What the simulator adds up for a rule set, from its declaration's {@code "summary"}: each part
 * names a field of the outcome (money, units, whether considered and eligible, the group, the
 * band) or of the case (the primary need, the locality, the setting), read through the generated
 * field declarations, never by reflection.
 *
 * <pre>{@code
 * "summary": { "money": { "label": "top-up", "field": "topUp" },
 *              "units": { "label": "support units", "field": "supportUnits" },
 *              "considered": "considered", "eligible": "eligible", "group": "decisionGroup",
 *              "need": "primaryNeed", "locality": "locality", "setting": "setting",
 *              "decidedByLocality": { "field": "decisionGroup", "startsWith": "LOCALITY:" },
 *              "localityBudgets": "localityBudgets" }
 * }</pre>
 */
public final class DeclaredSummary {
    private static final Set<String> KEYS = Set.of("money", "units", "considered", "eligible", "group", "band", "need", "locality",
            "setting", "decidedByLocality", "localityBudgets");

    private DeclaredSummary() {
    }

    /** The summary, or null (with problems added) when a part names no such field. */
    public static <C extends CaseInput, O> Summary<C, O> of(Declaration d, CaseFields<C> caseFields, OutcomeFields<O> outcomeFields,
                                                          Function<String, Function<? super O, ?>> outcomeReader, List<RuleSetProblem> problems) {
        JsonNode s = d.summary();
        if (s == null) {
            return null;
        }
        int before = ParameterFile.errors(problems);
        Reader<C, O> r = new Reader<>(d, caseFields, outcomeFields, outcomeReader, problems);
        for (Map.Entry<String, JsonNode> e : s.properties()) {
            if (!e.getKey().startsWith("$") && !KEYS.contains(e.getKey())) {
                r.error(e.getValue(), "summary: unknown key \"" + e.getKey() + "\"" + Suggest.didYouMean(e.getKey(), KEYS)
                        + "; the keys are " + new java.util.TreeSet<>(KEYS));
            }
        }
        JsonNode moneyNode = s.get("money");
        Labelled money = r.labelled(moneyNode, "money");
        if (money == null) {
            if (moneyNode == null) {
                r.error(s, "summary: \"money\" is required: { \"label\": \"top-up\", \"field\": outcome field }");
            }
            return null;
        }
        Function<? super O, ?> moneyRead = r.outcome(money.field, "money", Money.class);
        if (moneyRead == null) {
            return null;
        }
        Summary<C, O> summary = Summary.of(caseFields.type(), outcomeFields.type(), money.label, o -> (Money) moneyRead.apply(o));
        Labelled units = r.labelled(s.get("units"), "units");
        if (units != null) {
            Function<? super O, ?> read = r.outcome(units.field, "units", Number.class);
            if (read != null) {
                summary.units(units.label, o -> read.apply(o) instanceof Number n ? n.longValue() : 0L);
            }
        }
        Function<? super O, ?> considered = r.outcome(r.text(s, "considered"), "considered", Boolean.class);
        if (considered != null) {
            summary.considered(o -> Boolean.TRUE.equals(considered.apply(o)));
        }
        Function<? super O, ?> eligible = r.outcome(r.text(s, "eligible"), "eligible", Boolean.class);
        if (eligible != null) {
            summary.eligible(o -> Boolean.TRUE.equals(eligible.apply(o)));
        }
        Function<? super O, ?> group = r.outcome(r.text(s, "group"), "group", Object.class);
        if (group != null) {
            summary.group(o -> {
                Object v = group.apply(o);
                return v == null ? null : v instanceof Enum<?> en ? en.name() : v.toString();
            });
        }
        Labelled band = r.labelled(s.get("band"), "band");
        if (band != null) {
            Function<? super O, ?> read = r.outcome(band.field, "band", Object.class);
            if (read != null) {
                summary.band(band.label, read);
            }
        }
        CaseFields.Field need = r.caseField(r.text(s, "need"), "need", PrimaryNeed.class);
        if (need != null) {
            summary.need(c -> (PrimaryNeed) need.read(c));
        }
        CaseFields.Field locality = r.caseField(r.text(s, "locality"), "locality", String.class);
        if (locality != null) {
            summary.locality(c -> (String) locality.read(c));
        }
        CaseFields.Field setting = r.caseField(r.text(s, "setting"), "setting", Setting.class);
        if (setting != null) {
            summary.setting(c -> (Setting) setting.read(c));
        }
        JsonNode byLocality = s.get("decidedByLocality");
        if (byLocality != null) {
            String field = r.text(byLocality, "field");
            String prefix = r.text(byLocality, "startsWith");
            Function<? super O, ?> read = r.outcome(field, "decidedByLocality", String.class);
            if (read != null && prefix != null) {
                summary.decidedByLocality(o -> read.apply(o) instanceof String text && text.startsWith(prefix));
            } else if (field == null || prefix == null) {
                r.error(byLocality, "summary.decidedByLocality is { \"field\": outcome text field, \"startsWith\": \"LOCALITY:\" }");
            }
        }
        String budgets = r.text(s, "localityBudgets");
        if (budgets != null) {
            summary.localityBudgets(budgets);
        }
        return ParameterFile.errors(problems) > before ? null : summary;
    }

    private record Labelled(String label, String field) {
    }

    private static final class Reader<C, O> {
        private final Declaration d;
        private final CaseFields<C> caseFields;
        private final OutcomeFields<O> outcomeFields;
        private final Function<String, Function<? super O, ?>> outcomeReader;
        private final List<RuleSetProblem> problems;

        Reader(Declaration d, CaseFields<C> caseFields, OutcomeFields<O> outcomeFields, Function<String, Function<? super O, ?>> outcomeReader,
               List<RuleSetProblem> problems) {
            this.d = d;
            this.caseFields = caseFields;
            this.outcomeFields = outcomeFields;
            this.outcomeReader = outcomeReader;
            this.problems = problems;
        }

        void error(JsonNode at, String message) {
            problems.add(RuleSetProblem.error(d.file(), d.lineOf(at), message));
        }

        String text(JsonNode node, String key) {
            JsonNode v = node.get(key);
            if (v == null) {
                return null;
            }
            if (!v.isTextual()) {
                error(v, "summary." + key + " names a field, as text");
                return null;
            }
            return v.textValue();
        }

        Labelled labelled(JsonNode node, String part) {
            if (node == null) {
                return null;
            }
            if (!node.isObject() || !node.path("label").isTextual() || !node.path("field").isTextual() || node.size() != 2) {
                error(node, "summary." + part + " is { \"label\": what reports call it, \"field\": the outcome field }");
                return null;
            }
            return new Labelled(node.get("label").textValue(), node.get("field").textValue());
        }

        Function<? super O, ?> outcome(String field, String part, Class<?> kind) {
            if (field == null) {
                return null;
            }
            Function<? super O, ?> read = outcomeReader.apply(field);
            Declaration.Field declared = d.outcomeType() == null ? null : d.outcomeType().fields().get(field);
            if (read == null || declared == null) {
                error(d.summary(), "summary." + part + " names outcome field \"" + field + "\", which the outcome does not have"
                        + Suggest.didYouMean(field, outcomeFields.names()) + "; its fields are " + outcomeFields.names());
                return null;
            }
            String type = declared.type().name();
            boolean fits = kind == Object.class || kind == Money.class && type.equals("money")
                    || kind == Number.class && (type.equals("integer") || type.equals("long"))
                    || kind == Boolean.class && type.equals("flag") || kind == String.class && type.equals("text");
            if (!fits || declared.type().list()) {
                error(d.summary(), "summary." + part + " names outcome field \"" + field + "\" of type " + declared.type()
                        + ", which is not " + kind.getSimpleName().toLowerCase(java.util.Locale.ROOT));
                return null;
            }
            return read;
        }

        CaseFields.Field caseField(String field, String part, Class<?> kind) {
            if (field == null) {
                return null;
            }
            for (CaseFields.Field f : caseFields.fields()) {
                if (f.name().equals(field)) {
                    if (f.type() != kind) {
                        error(d.summary(), "summary." + part + " names case field \"" + field + "\" of type " + f.type().getSimpleName()
                                + ", not " + kind.getSimpleName());
                        return null;
                    }
                    return f;
                }
            }
            error(d.summary(), "summary." + part + " names case field \"" + field + "\", which the case does not have"
                    + Suggest.didYouMean(field, caseFields.names()) + "; its fields are " + caseFields.names());
            return null;
        }
    }
}
