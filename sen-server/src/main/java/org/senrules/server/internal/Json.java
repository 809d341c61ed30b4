package org.senrules.server.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
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

    static JsonNode parse(String text) throws JsonProcessingException {
        return MAPPER.readTree(text);
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
