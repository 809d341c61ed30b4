package org.senrules.core.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import org.senrules.core.ApiStatus;

/**
 * One rule author's scenario: a request and what its decision must show.
 *
 * <pre>{@code
 * { "name": "no consent, not considered",
 *   "request": { "ruleSet": "sspp-top-up", "asOf": "2026-01-15", "case": { ... } },
 *   "expect": { "considered": false, "reasons": ["parental-consent-required"] } }
 * }</pre>
 *
 * <p>{@code expect} holds outcome fields to match (objects match on the fields given, lists
 * item by item), and optionally {@code "reasons"} (rule ids that must have fired),
 * {@code "notReasons"} (rule ids that must not have fired), {@code "sources"} (an object from rule
 * id to text that rule's {@code @source} must contain), {@code "warnings"} (texts that some warning
 * must contain), {@code "illustrative"}, or
 * {@code "error": "invalid-request"} with {@code "violations"} (paths that must be reported)
 * for a request that must be refused.
 *
 * @param name    the scenario's name
 * @param file    the file it came from
 * @param request the request JSON
 * @param expect  the expectations JSON
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public record Scenario(String name, String file, JsonNode request, JsonNode expect) {
    @Override
    public String toString() {
        return name;
    }
}
