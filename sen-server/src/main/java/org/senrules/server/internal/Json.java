package org.senrules.server.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.senrules.core.SenRules;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.senrules.core.InvalidRequestException;
import org.senrules.core.Violation;

/** The service's own JSON: error bodies and documents, written in a fixed field order. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ObjectNode error(String error, String message) {
        ObjectNode o = object().put("error", error);
        if (message != null) {
            o.put("message", message);
        }
        return o;
    }

    /** The contract's {@code invalid-request} body. */
    static ObjectNode rejection(InvalidRequestException e) {
        ObjectNode root = object().put("error", "invalid-request");
        ArrayNode list = root.putArray("violations");
        for (Violation v : e.violations()) {
            list.addObject().put("path", v.path()).put("message", v.message());
        }
        return root;
    }

    /** Parses the caller's text within the engine's bounds; reads with no limit have no place in the service. */
    private static final ObjectMapper BOUNDED = JsonMapper.builder(JsonFactory.builder()
                    // the engine's limits (sen-core's Json): nesting, text, number and name lengths
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(100_000)
                            .maxNumberLength(40).maxNameLength(1_000).build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .build();

    /**
     * The JSON tree of a body the service reads itself (a simulation's envelope), within the
     * engine's bounds, a leading byte-order mark skipped as the engine skips it. A body that is
     * not JSON is refused with the engine's own sentence, which never quotes the input: the engine
     * is asked to read the same text and its refusal is passed on.
     */
    static JsonNode parseBounded(SenRules engine, String text) {
        String body = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        try {
            JsonNode root = BOUNDED.readTree(body);
            if (root == null || root.isMissingNode()) {
                throw ApiError.invalid(400, "", "the document is empty; a simulation is a JSON object with ruleSet, asOf and cases");
            }
            return root;
        } catch (JsonProcessingException e) {
            try {
                engine.json().read(body);
            } catch (InvalidRequestException refused) {
                if (DecisionsEndpoint.notADocument(refused)) {
                    throw ApiError.invalid(400, refused);
                }
            }
            throw ApiError.invalid(400, "", "not valid JSON");
        }
    }

    static String compact(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String pretty(JsonNode node) {
        return node.toPrettyString();
    }
}
