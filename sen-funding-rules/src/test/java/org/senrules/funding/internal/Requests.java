package org.senrules.funding.internal;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.senrules.core.InvalidRequestException;
import org.senrules.core.SenRules;
import org.senrules.core.Violation;

/**
 * Builds request JSON for bad-input tests: a valid case as raw JSON values by field, in which a
 * test replaces or removes one field.
 */
public final class Requests {
    private Requests() {
    }

    /** The request JSON for {@code ruleSet} on {@code asOf} with these case fields (values are raw JSON). */
    public static String json(String ruleSet, String asOf, Map<String, String> caseFields) {
        StringBuilder sb = new StringBuilder("{\"ruleSet\":\"").append(ruleSet).append("\",\"asOf\":\"").append(asOf)
                .append("\",\"case\":{");
        int i = 0;
        for (Map.Entry<String, String> e : caseFields.entrySet()) {
            if (i++ > 0) {
                sb.append(',');
            }
            sb.append('"').append(e.getKey()).append("\":").append(e.getValue());
        }
        return sb.append("}}").toString();
    }

    /** A copy of {@code fields} with one field replaced by raw JSON, or removed when {@code rawValue} is null. */
    public static Map<String, String> with(Map<String, String> fields, String field, String rawValue) {
        Map<String, String> copy = new LinkedHashMap<>(fields);
        if (rawValue == null) {
            copy.remove(field);
        } else {
            copy.put(field, rawValue);
        }
        return copy;
    }

    /** Asserts that the engine refuses the request with a violation at {@code path}; returns all violations. */
    public static List<Violation> assertRejectedAt(SenRules engine, String json, String path) {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> engine.json().read(json));
        List<String> paths = e.violations().stream().map(Violation::path).toList();
        assertTrue(paths.contains(path), "expected a violation at " + path + ", got " + e.violations());
        // the JSON answer carries the same path, and nothing is decided
        var answer = engine.json().answer(json);
        assertTrue(!answer.decided() && answer.json().contains("\"invalid-request\"")
                && answer.json().contains("\"path\" : \"" + path + "\""), answer.json());
        return e.violations();
    }
}
