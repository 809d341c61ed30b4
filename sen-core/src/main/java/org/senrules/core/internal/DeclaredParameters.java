package org.senrules.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.senrules.core.RuleSetProblem;
import org.senrules.core.spi.ParameterSpec;
import org.senrules.core.spi.ParameterType;
import org.senrules.core.spi.TableCheck;

/**
 * A declaration's parameters as the engine checks and reads them: each parameter's
 * {@link ParameterSpec}, and the table checks its attributes ({@code keys}, {@code rowLength},
 * {@code nonDecreasingRows}, ...) and the declaration's {@code checks} ask for.
 *
 * @param specs  by name, in the order declared
 * @param checks the table checks, in the order declared
 */
public record DeclaredParameters(Map<String, ParameterSpec> specs, List<TableCheck> checks) {
    private static final Map<String, ParameterType> TYPES = Map.of("money", ParameterType.MONEY, "integer", ParameterType.INTEGER,
            "flag", ParameterType.FLAG, "text", ParameterType.TEXT, "list of text", ParameterType.TEXT_LIST,
            "table of money", ParameterType.MONEY_BY_KEY, "table of integer", ParameterType.INTEGER_BY_KEY,
            "table of list of integer", ParameterType.INTEGER_LIST_BY_KEY, "table of text", ParameterType.TEXT_BY_KEY);
    private static final Set<String> CHECKS = Set.of("rowsCoveredBy", "nonDecreasingMoneyAlongRows", "keysCover");

    /** The {@link ParameterType} of a declared type word, or null for an enum name (ENUM or ENUM_LIST). */
    static ParameterType typeOf(String declared) {
        return TYPES.get(declared);
    }

    /**
     * The specs and checks of {@code declaration}; {@code vocabulary} gives each enum a parameter
     * names by its simple name. Faults go to {@code problems} with file and line.
     */
    public static DeclaredParameters of(Declaration declaration, Map<String, Class<? extends Enum<?>>> vocabulary,
                                        List<RuleSetProblem> problems) {
        Map<String, ParameterSpec> specs = new LinkedHashMap<>();
        List<TableCheck> checks = new ArrayList<>();
        String file = declaration.file();
        for (Declaration.Parameter p : declaration.parameters().values()) {
            ParameterType type = TYPES.get(p.type());
            Class<? extends Enum<?>> enumType = null;
            if (type == null) {
                boolean list = p.type().startsWith("list of ");
                String name = list ? p.type().substring("list of ".length()) : p.type();
                enumType = vocabulary.get(name);
                if (enumType == null) {
                    problems.add(RuleSetProblem.error(file, p.line(), "parameter " + p.name() + ": \"" + name + "\" is no enum this rule set knows"
                            + Suggest.didYouMean(name, vocabulary.keySet()) + "; the enums are " + new java.util.TreeSet<>(vocabulary.keySet())));
                    continue;
                }
                type = list ? ParameterType.ENUM_LIST : ParameterType.ENUM;
            }
            ParameterSpec.Builder b = ParameterSpec.builder(p.name(), type).description(p.description()).nullable(p.none())
                    .vocabulary(enumType).unit(p.unit()).reviewEvery(p.reviewEvery());
            try {
                if (p.min() != null) {
                    b.range(p.min(), p.max());
                }
                specs.put(p.name(), b.build());
            } catch (IllegalArgumentException e) {
                problems.add(RuleSetProblem.error(file, p.line(), "parameter " + p.name() + ": " + e.getMessage()));
                continue;
            }
            addChecks(declaration, p, type, vocabulary, checks, problems);
        }
        for (JsonNode c : declaration.checks()) {
            TableCheck check = check(declaration, c, specs, problems);
            if (check != null) {
                checks.add(check);
            }
        }
        return new DeclaredParameters(java.util.Collections.unmodifiableMap(specs), List.copyOf(checks));
    }

    private static void addChecks(Declaration d, Declaration.Parameter p, ParameterType type, Map<String, Class<? extends Enum<?>>> vocabulary,
                                  List<TableCheck> checks, List<RuleSetProblem> problems) {
        boolean table = type.name().endsWith("_BY_KEY");
        String name = p.name();
        if (p.keys() != null) {
            List<String> keys = words(d, p.keys(), vocabulary, name + ": \"keys\"", problems);
            if (keys != null) {
                checks.add(TableCheck.keys(name, keys));
            }
        }
        if (p.keysWithin() != null) {
            List<String> keys = words(d, p.keysWithin(), vocabulary, name + ": \"keysWithin\"", problems);
            if (keys != null) {
                checks.add(TableCheck.keysWithin(name, keys));
            }
        }
        if (p.allowed() != null) {
            List<String> allowed = words(d, p.allowed(), vocabulary, name + ": \"allowed\"", problems);
            if (allowed != null) {
                checks.add(type == ParameterType.TEXT_BY_KEY ? TableCheck.valuesWithin(name, allowed) : oneOf(name, allowed));
            }
        }
        if ((p.keys() != null || p.keysWithin() != null) && !table) {
            problems.add(RuleSetProblem.error(d.file(), p.line(), name + ": \"keys\" and \"keysWithin\" belong to a table (\"table of ...\")"));
        }
        if (p.rowLength() != null) {
            checks.add(TableCheck.rowLength(name, p.rowLength()));
        }
        if (p.nonDecreasingRows()) {
            checks.add(TableCheck.nonDecreasingRows(name));
        }
        if (p.rowValuesAtLeast() != null) {
            checks.add(TableCheck.rowValuesAtLeast(name, p.rowValuesAtLeast()));
        }
        if (p.nonDecreasingByNumericKey()) {
            checks.add(TableCheck.nonDecreasingByNumericKey(name));
        }
        if ((p.rowLength() != null || p.nonDecreasingRows() || p.rowValuesAtLeast() != null) && type != ParameterType.INTEGER_LIST_BY_KEY) {
            problems.add(RuleSetProblem.error(d.file(), p.line(), name + ": \"rowLength\", \"nonDecreasingRows\" and \"rowValuesAtLeast\" belong to a "
                    + "\"table of list of integer\""));
        }
    }

    /** A text or a list of texts is one of {@code allowed}. */
    private static TableCheck oneOf(String name, List<String> allowed) {
        return TableCheck.of(name + " is one of " + allowed, (values, report) -> {
            Object v = values.get(name);
            for (Object item : v instanceof List<?> list ? list : v == null ? List.of() : List.of(v)) {
                if (!allowed.contains(String.valueOf(item))) {
                    report.error(name, "\"" + item + "\" is not one of " + allowed);
                }
            }
        });
    }

    /** A list of words, or the name of an enum whose constants are the words. */
    private static List<String> words(Declaration d, JsonNode node, Map<String, Class<? extends Enum<?>>> vocabulary, String what,
                                      List<RuleSetProblem> problems) {
        if (node.isTextual() && vocabulary.containsKey(node.textValue())) {
            return Arrays.stream(vocabulary.get(node.textValue()).getEnumConstants()).map(Enum::name).toList();
        }
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            for (JsonNode n : node) {
                if (n.isTextual()) {
                    out.add(n.textValue());
                }
            }
        }
        if (!node.isArray() || out.size() != node.size() || out.isEmpty()) {
            problems.add(RuleSetProblem.error(d.file(), d.lineOf(node), what + " is a list of texts or the name of an enum, one of "
                    + new java.util.TreeSet<>(vocabulary.keySet())));
            return null;
        }
        return out;
    }

    /** One of the declaration's {@code checks}: a check that spans two parameters. */
    private static TableCheck check(Declaration d, JsonNode c, Map<String, ParameterSpec> specs, List<RuleSetProblem> problems) {
        int line = d.lineOf(c);
        String form = "a check is {\"rowsCoveredBy\": [table, lookup], \"except\": [keys]}, {\"nonDecreasingMoneyAlongRows\": [table, lookup]}"
                + " or {\"keysCover\": [table, list or table parameter]}";
        if (!c.isObject()) {
            problems.add(RuleSetProblem.error(d.file(), line, form));
            return null;
        }
        String kind = null;
        for (String k : CHECKS) {
            if (c.has(k)) {
                kind = k;
            }
        }
        JsonNode pair = kind == null ? null : c.get(kind);
        if (kind == null || !pair.isArray() || pair.size() != 2 || !pair.get(0).isTextual() || !pair.get(1).isTextual()) {
            problems.add(RuleSetProblem.error(d.file(), line, form));
            return null;
        }
        for (java.util.Iterator<String> keys = c.fieldNames(); keys.hasNext(); ) {
            String k = keys.next();
            if (!k.equals(kind) && !(k.equals("except") && kind.equals("rowsCoveredBy")) && !k.startsWith("$")) {
                problems.add(RuleSetProblem.error(d.file(), line, "check " + kind + ": unknown key \"" + k + "\"; " + form));
            }
        }
        String a = pair.get(0).textValue();
        String b = pair.get(1).textValue();
        for (String n : List.of(a, b)) {
            if (!specs.containsKey(n)) {
                problems.add(RuleSetProblem.error(d.file(), line, "check " + kind + " names " + n + ", which is not a parameter here"
                        + Suggest.didYouMean(n, specs.keySet())));
                return null;
            }
        }
        switch (kind) {
            case "rowsCoveredBy": {
                List<String> except = new ArrayList<>();
                c.path("except").forEach(n -> except.add(n.asText()));
                return TableCheck.rowsCoveredBy(a, b, except);
            }
            case "nonDecreasingMoneyAlongRows":
                return TableCheck.nonDecreasingMoneyAlongRows(a, b);
            default:
                // b is a list, or a table whose keys are the items (every setting a framework funds has a spend row)
                return TableCheck.of("every item of " + b + " has a row in " + a, (values, report) -> {
                    Object list = values.get(b) instanceof Map<?, ?> keyed ? List.copyOf(keyed.keySet()) : values.get(b);
                    Object table = values.get(a);
                    if (list instanceof List<?> items && table instanceof Map<?, ?> rows) {
                        for (Object item : items) {
                            if (!rows.containsKey(String.valueOf(item))) {
                                report.error(a, "has no row for " + item + ", which " + b + " lists");
                            }
                        }
                    }
                });
        }
    }
}
