package org.senrules.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;
import org.senrules.core.internal.Declaration;

/**
 * The case's {@code checkConsistency} from its declaration: the checks that span fields, written
 * as data ({@code "consistency"}), and the list checks of its fields ({@code "unique"},
 * {@code "uniqueBy"}, {@code "minItems"}). Each check reports at the field it names, with the
 * declaration's {@code "message"} or a sentence made from the check.
 *
 * <pre>{@code
 * "consistency": [
 *   { "exactlyOne": ["classification", "censusNeed"] },
 *   { "atLeastOne": ["classification", "censusNeed"] },
 *   { "when": { "setting": ["EARLY_YEARS_SETTING", "NURSERY_SCHOOL"] }, "require": { "phase": ["EARLY_YEARS"] } },
 *   { "when": { "existingEsnInPlace": [false] }, "require": { "existingEsnUntil": null } },
 *   { "notBefore": ["reviewDate", "requestDate"] },
 *   { "when": { "phase": ["EARLY_YEARS"] }, "require": { "ncYear": { "range": [-2, -1] } } }
 * ]
 * }</pre>
 */
final class Consistency {
    private static final ClassName VIOLATIONS = ClassName.get("org.senrules.core.spi", "Violations");
    private static final Set<String> KINDS = Set.of("exactlyOne", "atLeastOne", "when", "notBefore");

    private Consistency() {
    }

    /** The method, or null when the case declares no check that spans fields. */
    static MethodSpec method(Declaration d, Declaration.TypeDecl c, List<String> errors, String path) {
        MethodSpec.Builder m = MethodSpec.methodBuilder("checkConsistency").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .addParameter(VIOLATIONS, "violations")
                .addJavadoc("The checks that span fields, from the declaration's {@code \"consistency\"} and its list fields.\n");
        int checks = 0;
        for (Declaration.Field f : c.fields().values()) {
            checks += listChecks(d, f, "", f.name(), m, errors, path);
            Declaration.TypeDecl record = f.type().scalar() || f.type().list() ? null : d.records().get(f.type().name());
            if (record != null) {
                // the list checks of a record the case holds: reported at portfolio.principlesEvidenced[1]
                for (Declaration.Field inner : record.fields().values()) {
                    checks += listChecks(d, inner, f.name() + ".", f.name() + "." + inner.name() + "()", m, errors, path);
                }
            }
        }
        for (JsonNode check : c.consistency()) {
            if (check(d, c, check, m, errors, path)) {
                checks++;
            }
        }
        return checks == 0 ? null : m.build();
    }

    /**
     * The list checks of one field: {@code prefix} is the path of the record holding it ("portfolio.")
     * and {@code read} how the generated method reads it.
     */
    private static int listChecks(Declaration d, Declaration.Field f, String prefix, String read, MethodSpec.Builder m, List<String> errors,
                                  String path) {
        int n = 0;
        String at = prefix + f.name();
        if (f.minItems() != null) {
            if (!f.type().list()) {
                errors.add(path + ": " + at + ": \"minItems\" belongs to a list");
                return 0;
            }
            m.beginControlFlow("if ($L.size() < $L)", read, f.minItems())
                    .addStatement("violations.add($S, $S)", at, "must give at least " + f.minItems() + (f.minItems() == 1 ? " item" : " items"))
                    .endControlFlow();
            n++;
        }
        if (f.unique() || f.uniqueBy() != null) {
            if (!f.type().list()) {
                errors.add(path + ": " + at + ": \"unique\" and \"uniqueBy\" belong to a list");
                return n;
            }
            String key = f.uniqueBy() == null ? "" : "." + f.uniqueBy() + "()";
            String suffix = f.uniqueBy() == null ? "" : "." + f.uniqueBy();
            String name = "seen" + Character.toUpperCase(at.charAt(0)) + at.substring(1).replace(".", "");
            String list = "list" + Character.toUpperCase(name.charAt(4)) + name.substring(5);
            m.addStatement("var $L = $L", list, read)
                    .addStatement("$T<Object> $L = new $T<>()", Set.class, name, java.util.HashSet.class)
                    .beginControlFlow("for (int i = 0; i < $L.size(); i++)", list)
                    .beginControlFlow("if (!$L.add($L.get(i)$L))", name, list, key)
                    .addStatement("violations.add($S + i + $S, $L.get(i)$L + $S)", at + "[", "]" + suffix, list, key, " is given more than once")
                    .endControlFlow().endControlFlow();
            n++;
        }
        return n;
    }

    private static boolean check(Declaration d, Declaration.TypeDecl c, JsonNode check, MethodSpec.Builder m, List<String> errors, String path) {
        String where = path + " (line " + d.lineOf(check) + "): consistency check";
        String kind = null;
        for (Iterator<String> keys = check.fieldNames(); keys.hasNext(); ) {
            String k = keys.next();
            if (KINDS.contains(k)) {
                kind = k;
            } else if (!k.equals("require") && !k.equals("message") && !k.equals("at") && !k.startsWith("$")) {
                errors.add(where + ": unknown key \"" + k + "\"; a check is exactlyOne, atLeastOne, when/require or notBefore, with an optional"
                        + " message and the field to report it at (\"at\")");
                return false;
            }
        }
        if (kind == null) {
            errors.add(where + ": a check is {\"exactlyOne\": [a, b]}, {\"atLeastOne\": [a, b]}, {\"when\": {...}, \"require\": {...}} or {\"notBefore\": [a, b]}");
            return false;
        }
        String message = check.path("message").isTextual() ? check.get("message").textValue() : null;
        // where the violation is reported: the check's own field unless "at" names another of its fields
        String at = check.path("at").isTextual() ? check.get("at").textValue() : null;
        if (check.has("at") && (at == null || field(d, c, at) == null)) {
            errors.add(where + ": \"at\" names the field of the case to report the check at");
            return false;
        }
        switch (kind) {
            case "exactlyOne", "atLeastOne", "notBefore" -> {
                JsonNode pair = check.get(kind);
                if (!pair.isArray() || pair.size() != 2 || !c.fields().containsKey(pair.get(0).asText())
                        || !c.fields().containsKey(pair.get(1).asText())) {
                    errors.add(where + ": \"" + kind + "\" names two fields of the case");
                    return false;
                }
                String a = pair.get(0).asText();
                String b = pair.get(1).asText();
                if (kind.equals("notBefore")) {
                    m.beginControlFlow("if ($L != null && $L != null && $L.isBefore($L))", a, b, a, b)
                            .addStatement("violations.add($S, $L)", at != null ? at : a, message != null ? CodeBlock.of("$S", message)
                                    : CodeBlock.of("$S + $L + $S + $L", "is ", a, ", before " + b + " ", b))
                            .endControlFlow();
                } else {
                    m.beginControlFlow("if ($L == null && $L == null)", a, b)
                            .addStatement("violations.add($S, $S)", at != null ? at : a, message != null ? message
                                    : "is required unless " + b + " is given (one of the two" + (kind.equals("exactlyOne") ? ", not both)" : ", or both)"))
                            .endControlFlow();
                    if (kind.equals("exactlyOne")) {
                        m.beginControlFlow("else if ($L != null && $L != null)", a, b)
                                .addStatement("violations.add($S, $S)", b, "must not be given together with " + a + ": give one of the two")
                                .endControlFlow();
                    }
                }
                return true;
            }
            default -> {
                JsonNode when = check.get("when");
                JsonNode require = check.get("require");
                if (!when.isObject() || when.size() != 1 || require == null || !require.isObject() || require.size() != 1) {
                    errors.add(where + ": \"when\" and \"require\" each name one field with its values: {\"when\": {\"setting\": [...]}, \"require\": {\"phase\": [...]}}");
                    return false;
                }
                Map.Entry<String, JsonNode> w = when.properties().iterator().next();
                Map.Entry<String, JsonNode> r = require.properties().iterator().next();
                CodeBlock test = condition(d, c, w.getKey(), w.getValue(), errors, where);
                if (test == null) {
                    return false;
                }
                String required = r.getKey();
                if (r.getValue().isNull()) {
                    CodeBlock read = read(d, c, required, errors, where);
                    if (read == null) {
                        return false;
                    }
                    m.beginControlFlow("if ($L && $L != null)", test, read)
                            .addStatement("violations.add($S, $S)", at != null ? at : required, message != null ? message
                                    : "must be left out when " + w.getKey() + " is " + words(w.getValue()))
                            .endControlFlow();
                    return true;
                }
                CodeBlock ok = condition(d, c, required, r.getValue(), errors, where);
                CodeBlock read = read(d, c, required, errors, where);
                if (ok == null || read == null) {
                    return false;
                }
                m.beginControlFlow("if ($L && !($L))", test, ok)
                        .addStatement("violations.add($S, $L)", at != null ? at : required, message != null ? CodeBlock.of("$S", message)
                                : CodeBlock.of("$S + $L", "must be " + words(r.getValue()) + " when " + w.getKey() + " is " + words(w.getValue())
                                + ", not ", read))
                        .endControlFlow();
                return true;
            }
        }
    }

    /**
     * {@code field in [values]}: the field's value is one of the enum constants, booleans, texts or
     * whole numbers given; or, for a whole number, {@code {"range": [min, max]}}: from min to max.
     */
    private static CodeBlock condition(Declaration d, Declaration.TypeDecl c, String field, JsonNode values, List<String> errors, String where) {
        CodeBlock read = read(d, c, field, errors, where);
        if (read == null) {
            return null;
        }
        Declaration.Field f = field(d, c, field);
        if (values.isObject()) {
            JsonNode range = values.get("range");
            boolean whole = f != null && !f.type().list() && (f.type().name().equals("integer") || f.type().name().equals("long"));
            if (values.size() != 1 || range == null || !range.isArray() || range.size() != 2 || !range.get(0).canConvertToInt()
                    || !range.get(1).canConvertToInt() || range.get(0).intValue() > range.get(1).intValue() || !whole) {
                errors.add(where + ": " + field + " is given {\"range\": [min, max]} only when it is a whole number, with min at most max");
                return null;
            }
            // a whole number that may be none (Integer) is in no range when absent
            String nullable = f.nullable() ? read + " != null && " : "";
            return CodeBlock.of("($L$L >= $L && $L <= $L)", nullable, read, range.get(0).intValue(), read, range.get(1).intValue());
        }
        if (!values.isArray() || values.isEmpty()) {
            errors.add(where + ": " + field + " is given a list of values");
            return null;
        }
        List<CodeBlock> alternatives = new ArrayList<>();
        for (JsonNode v : values) {
            if (v.isBoolean()) {
                // null-safe: a flag that may be none (Boolean) is neither true nor false when absent
                alternatives.add(CodeBlock.of("$T.$L.equals($L)", Boolean.class, v.booleanValue() ? "TRUE" : "FALSE", read));
            } else if (v.isTextual() && f != null && !f.type().scalar() && d.resolve(f.type().name()) != null) {
                ClassName type = className(d.resolve(f.type().name()).qualifiedName());
                alternatives.add(CodeBlock.of("$L == $T.$L", read, type, v.textValue()));
            } else if (v.isTextual()) {
                alternatives.add(CodeBlock.of("$S.equals($L)", v.textValue(), read));
            } else if (v.canConvertToInt() && f != null && (f.type().name().equals("integer") || f.type().name().equals("long"))) {
                alternatives.add(CodeBlock.of("$T.equals($L, $L)", java.util.Objects.class, read, v.intValue()));
            } else {
                errors.add(where + ": " + field + " values are enum constants, true/false, texts or whole numbers");
                return null;
            }
        }
        return CodeBlock.of("($L)", CodeBlock.join(alternatives, " || "));
    }

    /** How the generated method reads {@code field} ({@code registration.submitted} reads a record's component). */
    private static CodeBlock read(Declaration d, Declaration.TypeDecl c, String field, List<String> errors, String where) {
        if (field(d, c, field) == null) {
            errors.add(where + ": " + field + " is no field of the case");
            return null;
        }
        String[] parts = field.split("\\.");
        return parts.length == 1 ? CodeBlock.of("$L", parts[0]) : CodeBlock.of("$L.$L()", parts[0], parts[1]);
    }

    private static Declaration.Field field(Declaration d, Declaration.TypeDecl c, String path) {
        String[] parts = path.split("\\.");
        Declaration.Field f = c.fields().get(parts[0]);
        if (parts.length == 1 || f == null) {
            return parts.length == 1 ? f : null;
        }
        Declaration.TypeDecl record = d.records().get(f.type().name());
        return parts.length == 2 && record != null ? record.fields().get(parts[1]) : null;
    }

    private static ClassName className(String qualified) {
        int dot = qualified.lastIndexOf('.');
        return ClassName.get(qualified.substring(0, dot), qualified.substring(dot + 1));
    }

    private static String words(JsonNode values) {
        if (values.isObject()) {
            JsonNode range = values.get("range");
            return "from " + range.get(0).intValue() + " to " + range.get(1).intValue();
        }
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.add(v.asText()));
        if (out.size() <= 1) {
            return String.join("", out);
        }
        return String.join(", ", out.subList(0, out.size() - 1)) + " or " + out.get(out.size() - 1);
    }
}
