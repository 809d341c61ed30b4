package org.senrules.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The published JSON Schema and the engine's own validation agree: every showcase case is
 * mutated field by field (removed, null, wrong types, out of range, too long, unknown field) and
 * sent to the service; whatever the engine accepts the schema accepts, and whatever the schema
 * refuses the engine refuses. Only checks that span fields are the engine's alone.
 */
class SchemaAgreesWithEngineTest {
    static final ObjectMapper JSON = new ObjectMapper();
    /** The engine's messages for one field on its own; rule sets' own consistency checks say other things. */
    static final List<String> FIELD_LEVEL = List.of("unknown field", "must be text", "must be true or false", "must be a whole number",
            "must be a date written", "must be money", "must be a financial year", "must be one of", "must be a list",
            "must be an object", "must not be empty", "must not be negative", "must not be null", "is longer than", "has more than",
            "contains control");

    @Test
    void mutatedCases_schemaAndEngineAgree() throws Exception {
        DecisionService s = Services.open();
        List<Path> files;
        try (Stream<Path> all = Files.walk(Http.root().resolve("examples/data"))) {
            files = all.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        List<String> disagreements = new ArrayList<>();
        int tried = 0;
        int refused = 0;
        for (Path f : files) {
            JsonNode request = JSON.readTree(f.toFile());
            if (!request.has("case")) {
                continue;
            }
            Http.Response schemaResponse = Http.get(s, "/v1/rule-sets/" + request.get("ruleSet").asText() + "/schema");
            if (schemaResponse.status() != 200) {
                continue;
            }
            JsonSchema schema = ContractDocumentsTest.SCHEMAS.getSchema(JSON.readTree(schemaResponse.body()));
            List<String> fields = new ArrayList<>();
            request.get("case").fieldNames().forEachRemaining(fields::add);
            List<Consumer<ObjectNode>> mutations = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (String field : fields) {
                for (Object value : new Object[] {"x", "", "x".repeat(201), -1, 0, 7, 41, 1_000_000_000_000L, 1.5, true, "2026-02-30",
                        "-5.00", "12.345"}) {
                    names.add(field + "=" + (value.toString().length() > 20 ? "long text" : value));
                    mutations.add(c -> c.set(field, JSON.valueToTree(value)));
                }
                names.add(field + " removed");
                mutations.add(c -> c.remove(field));
                names.add(field + "=null");
                mutations.add(c -> c.putNull(field));
                names.add(field + "=[]");
                mutations.add(c -> c.putArray(field));
                names.add(field + "=[null]");
                mutations.add(c -> c.putArray(field).addNull());
                names.add(field + "={}");
                mutations.add(c -> c.putObject(field));
            }
            names.add("unknown field");
            mutations.add(c -> c.put("surname", "Smith"));
            for (int i = 0; i < mutations.size(); i++) {
                ObjectNode mutated = request.deepCopy();
                mutations.get(i).accept((ObjectNode) mutated.get("case"));
                boolean schemaValid = schema.validate(mutated).isEmpty();
                Http.Response r = Http.post(s, "/v1/decisions", "application/json", mutated.toString());
                tried++;
                String what = f.getFileName() + " " + names.get(i);
                if (r.status() == 200 && !schemaValid) {
                    disagreements.add(what + ": the engine decides it, the schema refuses it: " + schema.validate(mutated));
                } else if (r.status() == 422) {
                    refused++;
                    if (schemaValid && fieldLevel(JSON.readTree(r.body()))) {
                        disagreements.add(what + ": the schema accepts it, the engine refuses the field: " + r.body());
                    }
                } else if (r.status() != 200) {
                    disagreements.add(what + ": status " + r);
                }
            }
        }
        assertTrue(tried > 500, "mutations tried: " + tried);
        assertTrue(refused > tried / 2, "most mutations are refused: " + refused + " of " + tried);
        List<String> shown = disagreements.subList(0, Math.min(20, disagreements.size()));
        assertTrue(disagreements.isEmpty(), () -> disagreements.size() + " disagreements, e.g.\n" + String.join("\n", shown));
    }

    private static boolean fieldLevel(JsonNode rejection) {
        for (JsonNode v : rejection.get("violations")) {
            String m = v.get("message").asText();
            if (m.equals("is required") || m.matches("must be from -?\\d+ to -?\\d+, not -?\\d+")
                    || FIELD_LEVEL.stream().anyMatch(m::startsWith)) {
                return true;
            }
        }
        return false;
    }
}
