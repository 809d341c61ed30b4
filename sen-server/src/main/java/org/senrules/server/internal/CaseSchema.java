package org.senrules.server.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import org.senrules.core.PolicyVariant;
import org.senrules.core.RuleSetInfo;
import org.senrules.core.domain.AcademicYear;
import org.senrules.core.domain.FinancialYear;
import org.senrules.core.domain.Money;
import org.senrules.core.spi.CaseFields;
import org.senrules.core.spi.OutcomeFields;

/**
 * JSON Schema (2020-12) of a rule set's request, case and outcome, generated from the case and
 * outcome types and the constraints the engine checks them with (the fields a case type declares,
 * {@link CaseFields}, and the engine's defaults of 200 characters and 1,000 items), so it cannot
 * drift from what the engine accepts; a test
 * feeds mutated cases to both. Checks that span fields (an end date before a start date) are
 * the engine's alone. Nested records are written in place, so each schema stands alone and can
 * also sit in the OpenAPI document's components.
 */
final class CaseSchema {
    static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
    /** The engine's limits when a field does not declare its own (CaseReader). */
    static final int DEFAULT_MAX_TEXT = 200;
    static final int DEFAULT_MAX_ITEMS = 1_000;
    static final String DATE_PATTERN = "^\\d{4}-\\d{2}-\\d{2}$";
    /** Money as the engine writes it. */
    static final String MONEY_PATTERN = "^-?\\d+\\.\\d{2}$";
    /** Money as the engine reads it (Money.isValid): pence optional. */
    static final String MONEY_INPUT_PATTERN = "^-?\\d{1,15}(\\.\\d{2})?$";
    static final String NON_NEGATIVE_MONEY_PATTERN = "^\\d{1,15}(\\.\\d{2})?$";
    /** Not blank, and no control characters. */
    static final String TEXT_PATTERN = "^[^\\u0000-\\u001f\\u007f]*[^\\s\\u0000-\\u001f\\u007f][^\\u0000-\\u001f\\u007f]*$";

    private CaseSchema() {
    }

    /** The schema document of {@code GET /v1/rule-sets/{id}/schema}. */
    static ObjectNode document(RuleSetInfo info, String base) {
        ObjectNode root = Json.object();
        root.put("$schema", DIALECT);
        root.put("$id", base + "v1/rule-sets/" + info.id() + "/schema");
        root.put("title", info.id() + " " + info.version() + ": a request (one case) or a cohort (cases)");
        root.put("description", info.title());
        root.setAll(request(info, "#/$defs/case"));
        ObjectNode defs = root.putObject("$defs");
        defs.set("case", caseSchema(info.caseType()));
        defs.set("outcome", outcomeSchema(info.outcomeType()));
        return root;
    }

    /** A request or cohort of the rule set, its case given by {@code caseRef}. */
    static ObjectNode request(RuleSetInfo info, String caseRef) {
        ObjectNode o = Json.object().put("type", "object");
        ObjectNode p = o.putObject("properties");
        p.putObject("ruleSet").put("const", info.id());
        date(p.putObject("asOf")).put("description", "the day whose parameter values apply");
        ArrayNode policies = p.putObject("policy").put("description", "the policy variant; current when absent").putArray("enum");
        for (PolicyVariant v : info.policies()) {
            policies.add(v.name());
        }
        p.putObject("case").put("$ref", caseRef);
        p.putObject("cases").put("type", "array").put("maxItems", 1_000_000).putObject("items").put("$ref", caseRef);
        o.putArray("required").add("ruleSet").add("asOf");
        ArrayNode oneOf = o.putArray("oneOf");
        oneOf.addObject().putArray("required").add("case");
        oneOf.addObject().putArray("required").add("cases");
        o.put("additionalProperties", false);
        return o;
    }

    /** A case type, or a record a case holds: its declared fields, required unless optional, nothing else allowed. */
    static ObjectNode caseSchema(Class<?> type) {
        CaseFields<?> declared = CaseFields.declaredBy(type);
        if (declared == null) {
            throw new IllegalArgumentException(type + " declares no fields (CaseFields)");
        }
        ObjectNode o = Json.object().put("type", "object");
        ObjectNode props = o.putObject("properties");
        ArrayNode required = Json.MAPPER.createArrayNode();
        // in the order and with the constraints the engine reads them by
        for (CaseFields.Field f : declared.fields()) {
            ObjectNode s = input(f.type(), f.elementType(), f.maxLength(), f.min(), f.max(), f.nonNegative());
            props.set(f.name(), f.optional() ? nullable(s) : s);
            if (!f.optional()) {
                required.add(f.name());
            }
        }
        o.set("required", required);
        o.put("additionalProperties", false);
        return o;
    }

    /** One input value's schema, from its type and the constraints the engine checks it with ({@code null}: the default). */
    private static ObjectNode input(Class<?> raw, Type element, Integer max, Long min, Long maxValue, boolean nonNegative) {
        ObjectNode s = Json.object();
        if (raw == String.class) {
            return s.put("type", "string").put("minLength", 1).put("maxLength", max == null ? DEFAULT_MAX_TEXT : max)
                    .put("pattern", TEXT_PATTERN);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return s.put("type", "boolean");
        }
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            s.put("type", "integer");
            boolean isInt = raw == int.class || raw == Integer.class;
            if (min != null) {
                return s.put("minimum", min).put("maximum", maxValue);
            }
            return s.put("minimum", 0).put("maximum", isInt ? Integer.MAX_VALUE : Long.MAX_VALUE);
        }
        if (raw == LocalDate.class) {
            return date(s);
        }
        if (raw == Money.class) {
            return s.put("type", "string").put("pattern", nonNegative ? NON_NEGATIVE_MONEY_PATTERN : MONEY_INPUT_PATTERN)
                    .put("description", "money: pounds with two decimals, like \"1234.50\"");
        }
        if (raw == FinancialYear.class) {
            return s.put("type", "string").put("pattern", "^\\d{4}-\\d{2}$").put("description", "a financial year, like \"2025-26\"");
        }
        if (raw.isEnum()) {
            ArrayNode values = s.put("type", "string").putArray("enum");
            for (Object e : raw.getEnumConstants()) {
                values.add(((Enum<?>) e).name());
            }
            return s;
        }
        if (raw == java.util.List.class) {
            s.put("type", "array").put("maxItems", max == null ? DEFAULT_MAX_ITEMS : max);
            // list items carry the engine's item defaults, not the list's own constraints
            s.set("items", input(raw(element), null, null, null, null, true));
            return s;
        }
        if (CaseFields.declaredBy(raw) != null) {
            return caseSchema(raw);
        }
        throw new IllegalStateException("case field type the schema does not know: " + raw);
    }

    /**
     * An outcome type as the engine writes it: a record by its components, in the order of its
     * header; a bean by the fields its rule set declares ({@link OutcomeFields}), in the declared
     * order, each typed by its getter. Never in the order reflection lists a class's fields, which
     * the JDK does not specify.
     *
     * @throws IllegalStateException for a bean type no rule set declares, which has no defined JSON
     */
    static ObjectNode outcomeSchema(Class<?> type) {
        ObjectNode o = Json.object().put("type", "object");
        ObjectNode props = o.putObject("properties");
        ArrayNode required = Json.MAPPER.createArrayNode();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                props.set(c.getName(), output(c.getGenericType()));
                required.add(c.getName());
            }
        } else {
            OutcomeFields<?> declared = OutcomeFields.declaredBy(type);
            if (declared == null) {
                throw new IllegalStateException("outcome type " + type.getName() + " declares no outcome fields"
                        + " (the build generates them with the outcome, from its rule set's declaration), so it has no defined JSON");
            }
            for (String name : declared.names()) {
                Method getter = getter(type, name);
                // a declared field without a getter of its name may hold anything
                props.set(name, getter == null ? Json.object() : output(getter.getGenericReturnType()));
                required.add(name);
            }
        }
        o.set("required", required);
        o.put("additionalProperties", false);
        return o;
    }

    private static ObjectNode output(Type type) {
        Class<?> raw = raw(type);
        ObjectNode s = Json.object();
        if (raw == boolean.class) {
            return s.put("type", "boolean");
        }
        if (raw == int.class || raw == long.class || raw == short.class) {
            return s.put("type", "integer");
        }
        if (raw == Boolean.class) {
            return nullable(s.put("type", "boolean"));
        }
        if (raw == Integer.class || raw == Long.class || raw == Short.class || raw == BigInteger.class) {
            return nullable(s.put("type", "integer"));
        }
        if (raw == BigDecimal.class) {
            return nullable(s.put("type", "number"));
        }
        if (raw == String.class) {
            return nullable(s.put("type", "string"));
        }
        if (raw == Money.class) {
            return nullable(s.put("type", "string").put("pattern", MONEY_PATTERN));
        }
        if (raw == LocalDate.class) {
            return nullable(date(s));
        }
        if (raw == FinancialYear.class || raw == AcademicYear.class) {
            return nullable(s.put("type", "string"));
        }
        if (raw.isEnum()) {
            ArrayNode values = s.put("type", "string").putArray("enum");
            for (Object e : raw.getEnumConstants()) {
                values.add(((Enum<?>) e).name());
            }
            return nullable(s);
        }
        if (Collection.class.isAssignableFrom(raw)) {
            s.put("type", "array");
            if (type instanceof ParameterizedType p) {
                s.set("items", output(p.getActualTypeArguments()[0]));
            }
            return nullable(s);
        }
        if (Map.class.isAssignableFrom(raw)) {
            s.put("type", "object");
            if (type instanceof ParameterizedType p) {
                s.set("additionalProperties", output(p.getActualTypeArguments()[1]));
            }
            return nullable(s);
        }
        if (raw == Object.class) {
            return s;
        }
        return nullable(outcomeSchema(raw));
    }

    private static Method getter(Class<?> type, String field) {
        String cap = Character.toUpperCase(field.charAt(0)) + field.substring(1);
        for (String name : new String[] {"get" + cap, "is" + cap, field}) {
            try {
                Method m = type.getMethod(name);
                if (m.getParameterCount() == 0 && m.getReturnType() != void.class) {
                    return m;
                }
            } catch (NoSuchMethodException e) {
                // the next naming convention, as the engine's outcome writer tries them
            }
        }
        return null;
    }

    static ObjectNode date(ObjectNode s) {
        return s.put("type", "string").put("format", "date").put("pattern", DATE_PATTERN);
    }

    private static ObjectNode nullable(ObjectNode s) {
        ObjectNode o = Json.object();
        o.putArray("anyOf").add(s).addObject().put("type", "null");
        return o;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }
}
