package org.senrules.core.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.senrules.core.Request;
import org.senrules.core.domain.AcademicYear;
import org.senrules.core.domain.FinancialYear;
import org.senrules.core.domain.Money;
import org.senrules.core.spi.CaseFields;

/**
 * A request as the contract's JSON ({@code {"ruleSet", "asOf", "policy", "case"}}), for decision
 * records: a case is written field by field in its declared order (a case class's
 * {@link CaseFields}, a record's components), an empty optional field left out, as the engine
 * reads a missing field and a {@code null} alike. Reading it back gives the same request.
 */
public final class RequestJson {
    private RequestJson() {
    }

    /**
     * The request as {@code {"ruleSet":…,"asOf":…,"policy":…,"case":{…}}} on one line.
     *
     * @throws IllegalArgumentException if the case holds a value the contract has no JSON for
     */
    public static String write(Request r) {
        java.io.StringWriter out = new java.io.StringWriter(256);
        try (JsonGenerator g = Json.mapper().getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("ruleSet", r.ruleSet());
            g.writeStringField("asOf", r.asOf().toString());
            g.writeStringField("policy", r.policy());
            g.writeFieldName("case");
            value(g, r.caseData(), "case");
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The request as a JSON tree. */
    public static JsonNode tree(Request r) {
        try {
            return Json.mapper().readTree(write(r));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void value(JsonGenerator g, Object v, String path) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Integer || v instanceof Long) {
            g.writeNumber(((Number) v).longValue());
        } else if (v instanceof Enum<?> e) {
            g.writeString(e.name());
        } else if (v instanceof Money || v instanceof LocalDate || v instanceof FinancialYear || v instanceof AcademicYear) {
            // each writes itself as the contract spells it: "1234.50", "2026-01-15", "2025-26"
            g.writeString(v.toString());
        } else if (v instanceof List<?> list) {
            g.writeStartArray();
            for (int i = 0; i < list.size(); i++) {
                value(g, list.get(i), path + "[" + i + "]");
            }
            g.writeEndArray();
        } else if (v instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                value(g, e.getValue(), path + "." + e.getKey());
            }
            g.writeEndObject();
        } else if (CaseFields.declaredBy(v.getClass()) != null) {
            g.writeStartObject();
            for (CaseFields.Field f : CaseFields.declaredBy(v.getClass()).fields()) {
                Object field = f.read(v);
                if (field != null) {
                    g.writeFieldName(f.name());
                    value(g, field, path + "." + f.name());
                }
            }
            g.writeEndObject();
        } else {
            throw new IllegalArgumentException(path + " is a " + v.getClass().getName() + ", which has no JSON in the contract");
        }
    }
}
