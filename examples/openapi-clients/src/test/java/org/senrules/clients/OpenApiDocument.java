package org.senrules.clients;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The service's OpenAPI document, read as a client's validator reads it: an answer is valid when
 * its operation lists its status (or {@code default}) and its media type, and its body validates
 * against that response's schema (JSON Schema 2020-12, with the document's components).
 */
final class OpenApiDocument {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    final JsonNode document;

    OpenApiDocument(JsonNode document) {
        this.document = document;
    }

    /** The problems with one answer; empty when it is as the document says. */
    List<String> problems(String path, String method, int status, String contentType, byte[] body) throws Exception {
        List<String> out = new ArrayList<>();
        JsonNode op = document.path("paths").path(template(path)).path(method);
        if (op.isMissingNode()) {
            out.add(method + " " + path + ": no such operation in the document");
            return out;
        }
        JsonNode response = op.path("responses").has(Integer.toString(status)) ? op.path("responses").get(Integer.toString(status))
                : op.path("responses").path("default");
        if (response.isMissingNode()) {
            out.add(method + " " + path + ": status " + status + " is not in the document");
            return out;
        }
        String type = contentType == null ? "" : contentType.split(";")[0].trim();
        JsonNode media = response.path("content").path(type);
        if (media.isMissingNode()) {
            out.add(method + " " + path + " " + status + ": media type " + type + " is not in the document");
            return out;
        }
        JsonNode schema = media.path("schema");
        if (type.endsWith("json")) {
            out.addAll(validate(schema, JSON.readTree(body), method + " " + path + " " + status));
        } else if (type.equals("application/x-ndjson")) {
            // each line a decision, or an error line
            ObjectNode line = JSON.createObjectNode();
            line.putArray("oneOf").add(JSON.createObjectNode().put("$ref", "#/components/schemas/Decision"))
                    .add(JSON.createObjectNode().put("$ref", "#/components/schemas/StreamError"));
            for (String l : new String(body, StandardCharsets.UTF_8).split("\n")) {
                if (!l.isBlank()) {
                    out.addAll(validate(line, JSON.readTree(l), method + " " + path + " NDJSON line"));
                }
            }
        } else if (!"string".equals(schema.path("type").asText())) {
            out.add(method + " " + path + " " + status + ": a " + type + " body, but the schema is not a string");
        }
        return out;
    }

    List<String> validate(JsonNode schema, JsonNode value, String where) {
        ObjectNode wrapper = JSON.createObjectNode();
        wrapper.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        wrapper.set("components", document.get("components"));
        wrapper.putArray("allOf").add(schema);
        JsonSchema s = FACTORY.getSchema(wrapper);
        Set<ValidationMessage> messages = s.validate(value);
        List<String> out = new ArrayList<>();
        for (ValidationMessage m : messages) {
            out.add(where + ": " + m.getMessage());
        }
        return out;
    }

    /** The document's path template a concrete path matches ({@code /v1/rule-sets/{id}}). */
    String template(String path) {
        for (var it = document.path("paths").fieldNames(); it.hasNext(); ) {
            String t = it.next();
            if (path.matches(t.replaceAll("\\{[^}]+}", "[^/]+").replace(".", "\\."))) {
                return t;
            }
        }
        return path;
    }
}
