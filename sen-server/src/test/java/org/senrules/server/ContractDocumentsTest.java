package org.senrules.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the service publishes about its contract, read by real tools: the OpenAPI document by an
 * OpenAPI 3.1 parser, the JSON Schemas by a 2020-12 validator against every showcase request and
 * the outcome of its decision.
 */
class ContractDocumentsTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    static DecisionService s;

    @BeforeAll
    static void start() throws Exception {
        s = Services.open();
    }

    @Test
    void openApi_isValidOpenApi31WithEveryEndpointAndRuleSet() throws Exception {
        Http.Response r = Http.get(s, "/openapi.json");
        assertEquals(200, r.status(), r::toString);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(r.body(), null, options);
        assertTrue(parsed.getMessages() == null || parsed.getMessages().isEmpty(), () -> "parser messages: " + parsed.getMessages());
        OpenAPI api = parsed.getOpenAPI();
        assertNotNull(api);
        assertEquals("3.1.0", api.getOpenapi());
        assertTrue(api.getPaths().keySet().containsAll(List.of("/v1/decisions", "/v1/simulations", "/v1/rule-sets",
                "/v1/rule-sets/{id}", "/v1/rule-sets/{id}/schema", "/openapi.json", "/health", "/health/live", "/health/ready",
                "/v1/reload")), api.getPaths()::toString);
        for (String c : List.of("SsppTopUpCase", "SsppTopUpRequest", "SsppTopUpCohort", "SsppTopUpDecision", "CoproductionAwardOutcome",
                "Decision", "Decisions", "DecisionAnswer", "Problem")) {
            assertTrue(api.getComponents().getSchemas().containsKey(c), c);
        }
        JsonNode doc = JSON.readTree(r.body());
        assertEquals("/", doc.at("/servers/0/url").asText(), "relative to wherever the document was fetched from");
        assertEquals("Apache-2.0", doc.at("/info/license/identifier").asText());
        assertEquals("ruleSet", doc.at("/components/schemas/Decision/discriminator/propertyName").asText());
        assertTrue(doc.at("/components/schemas/SsppTopUpDecision/required").toString().contains("rulesFingerprint"));
        assertEquals("#/components/schemas/SsppTopUpOutcome", doc.at("/components/schemas/SsppTopUpDecision/properties/outcome/$ref").asText());
        assertEquals("decisions", doc.at("/components/schemas/Decisions/required/0").asText(), "a cohort's answer is told apart");
    }

    /** A schema for one of the document's definitions, such as {@code #/$defs/outcome}. */
    static JsonSchema part(JsonNode document, String def) {
        ObjectNode w = JSON.createObjectNode();
        w.put("$schema", document.get("$schema").asText());
        w.put("$ref", "#/$defs/" + def);
        w.set("$defs", document.get("$defs"));
        return SCHEMAS.getSchema(w);
    }

    @Test
    void schema_acceptsEveryShowcaseRequest_andDescribesTheOutcomeOfItsDecision() throws Exception {
        List<Path> files;
        try (Stream<Path> all = Files.walk(Http.root().resolve("examples/data"))) {
            files = all.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        int checked = 0;
        for (Path f : files) {
            JsonNode request = JSON.readTree(f.toFile());
            String id = request.get("ruleSet").asText();
            Http.Response schemaResponse = Http.get(s, "/v1/rule-sets/" + id + "/schema");
            if (schemaResponse.status() == 404) {
                continue; // a third-party pack's example, not loaded in this service
            }
            assertEquals(200, schemaResponse.status(), schemaResponse::toString);
            assertTrue(schemaResponse.header("Content-Type").startsWith("application/schema+json"));
            JsonNode document = JSON.readTree(schemaResponse.body());
            assertEquals("https://json-schema.org/draft/2020-12/schema", document.get("$schema").asText());
            assertEquals("/v1/rule-sets/" + id + "/schema", document.get("$id").asText(), "relative: never the address the service binds");
            Set<ValidationMessage> problems = SCHEMAS.getSchema(document).validate(request);
            assertTrue(problems.isEmpty(), () -> f + ": " + problems);
            Http.Response decided = Http.post(s, "/v1/decisions", "application/json", request.toString());
            assertEquals(200, decided.status(), decided::toString);
            JsonNode answer = JSON.readTree(decided.body());
            JsonNode decisions = answer.has("decisions") ? answer.get("decisions") : JSON.createArrayNode().add(answer);
            JsonSchema outcome = part(document, "outcome");
            for (JsonNode d : decisions) {
                Set<ValidationMessage> outcomeProblems = outcome.validate(d.get("outcome"));
                assertTrue(outcomeProblems.isEmpty(), () -> f + " outcome: " + outcomeProblems + " in " + d.get("outcome"));
            }
            checked++;
        }
        assertTrue(checked >= 10, "showcase requests checked: " + checked);
    }

    @Test
    void aPublicUrl_isTheServersAddressAndTheBaseOfEverySchemaId() throws Exception {
        try (DecisionService p = DecisionService.builder().port(0).publicUrl(java.net.URI.create("https://sen.example.gov.uk/api/")).build()
                .start()) {
            assertTrue(p.awaitReady(java.time.Duration.ofMinutes(5)));
            JsonNode doc = JSON.readTree(Http.get(p, "/openapi.json").body());
            assertEquals("https://sen.example.gov.uk/api/", doc.at("/servers/0/url").asText());
            JsonNode schema = JSON.readTree(Http.get(p, "/v1/rule-sets/sspp-top-up/schema").body());
            assertEquals("https://sen.example.gov.uk/api/v1/rule-sets/sspp-top-up/schema", schema.get("$id").asText());
            assertTrue(!Http.get(p, "/openapi.json").body().contains("127.0.0.1"), "the bind address appears nowhere");
        }
    }
}
