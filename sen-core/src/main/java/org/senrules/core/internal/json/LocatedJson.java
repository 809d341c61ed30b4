package org.senrules.core.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.senrules.core.internal.Json;

/**
 * A JSON tree that remembers the line each object and array starts on, so that faults in
 * parameter files and catalogues can be reported as file and line, which rule authors need.
 * Shared with sen-oag's catalogue reader through a qualified export.
 */
public final class LocatedJson {
    private final JsonNode root;
    private final Map<JsonNode, Integer> lines;

    private LocatedJson(JsonNode root, Map<JsonNode, Integer> lines) {
        this.root = root;
        this.lines = lines;
    }

    public JsonNode root() {
        return root;
    }

    /** The line {@code node} starts on, or 0 for a value that is not an object or array. */
    public int lineOf(JsonNode node) {
        Integer line = lines.get(node);
        return line == null ? 0 : line;
    }

    /** Parses {@code text}; throws {@link JsonProcessingException} with a location on bad JSON. */
    public static LocatedJson parse(String text) throws IOException {
        try (JsonParser p = Json.mapper().createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new IOException("the file is empty");
            }
            LocatedJson json = read(p);
            if (p.nextToken() != null) {
                throw new IOException("unexpected content after the JSON value at line " + p.currentLocation().getLineNr());
            }
            return json;
        }
    }

    /**
     * A tree built in code whose nodes came from somewhere with lines of its own (the rows of a
     * values sheet): {@code lines} gives the line of each object and array that has one.
     */
    public static LocatedJson of(JsonNode root, Map<JsonNode, Integer> lines) {
        Map<JsonNode, Integer> copy = new IdentityHashMap<>(lines);
        return new LocatedJson(root, copy);
    }

    /** Reads the value at the parser's current token, which the caller has advanced to. */
    public static LocatedJson read(JsonParser p) throws IOException {
        Map<JsonNode, Integer> lines = new IdentityHashMap<>();
        return new LocatedJson(read(p, lines), lines);
    }

    private static JsonNode read(JsonParser p, Map<JsonNode, Integer> lines) throws IOException {
        JsonNodeFactory f = JsonNodeFactory.instance;
        int line = p.currentTokenLocation().getLineNr();
        switch (p.currentToken()) {
            case START_OBJECT: {
                ObjectNode o = f.objectNode();
                lines.put(o, line);
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    if (o.has(name)) {
                        throw new IOException("duplicate field \"" + name + "\" at line " + p.currentTokenLocation().getLineNr());
                    }
                    o.set(name, read(p, lines));
                }
                return o;
            }
            case START_ARRAY: {
                ArrayNode a = f.arrayNode();
                lines.put(a, line);
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    a.add(read(p, lines));
                }
                return a;
            }
            case VALUE_STRING:
                return f.textNode(p.getText());
            case VALUE_NUMBER_INT:
                return p.getNumberType() == JsonParser.NumberType.INT ? f.numberNode(p.getIntValue()) : f.numberNode(p.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT:
                return f.numberNode(p.getDecimalValue());
            case VALUE_TRUE:
                return f.booleanNode(true);
            case VALUE_FALSE:
                return f.booleanNode(false);
            case VALUE_NULL:
                return f.nullNode();
            default:
                throw new IOException("unexpected " + p.currentToken() + " at line " + line);
        }
    }
}
