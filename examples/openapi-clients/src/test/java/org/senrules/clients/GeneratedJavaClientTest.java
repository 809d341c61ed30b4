package org.senrules.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.senrules.clients.generated.ApiClient;
import org.senrules.clients.generated.ApiException;
import org.senrules.clients.generated.api.DecisionsApi;
import org.senrules.clients.generated.api.RuleSetsApi;
import org.senrules.clients.generated.api.ServiceApi;
import org.senrules.clients.generated.api.SimulationsApi;
import org.senrules.clients.generated.model.Decision;
import org.senrules.clients.generated.model.DecisionAnswer;
import org.senrules.clients.generated.model.DecisionRequest;
import org.senrules.clients.generated.model.Decisions;
import org.senrules.clients.generated.model.SimulationRequest;
import org.senrules.clients.generated.model.SsppTopUpCase;
import org.senrules.clients.generated.model.SsppTopUpCohort;
import org.senrules.clients.generated.model.SsppTopUpDecision;
import org.senrules.clients.generated.model.SsppTopUpRequest;
import org.senrules.server.DecisionService;

/**
 * The Java client openapi-generator made at build time from the service's served
 * {@code /openapi.json} (library {@code native}), run against the live service on loopback: every
 * shipped example read into the generated request model and decided, a cohort built with the
 * generated models, the other endpoints called; every answer validated against the document.
 */
class GeneratedJavaClientTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static Path root() {
        return Path.of(System.getProperty("sen.projectRoot", "../..")).toAbsolutePath().normalize();
    }

    /** Every shipped example of a rule set this service has loaded. */
    static List<Path> examples(Set<String> loaded) throws Exception {
        try (Stream<Path> all = Files.walk(root().resolve("examples/data"))) {
            List<Path> out = new ArrayList<>();
            for (Path p : all.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                if (loaded.contains(JSON.readTree(p.toFile()).path("ruleSet").asText())) {
                    out.add(p);
                }
            }
            return out;
        }
    }

    @Test
    void theGeneratedClient_decidesEveryExampleAndACohort_andEveryAnswerIsAsTheDocumentSays() throws Exception {
        try (DecisionService s = DecisionService.builder().port(0).build().start()) {
            assertTrue(s.awaitReady(Duration.ofMinutes(5)));
            Recording http = new Recording();
            // the document's objects are closed: the generated client tells a union's members (a request from a cohort, a
            // decision from a cohort's decisions) apart by reading each, which needs its mapper to refuse unknown members
            ApiClient client = new ApiClient(http.builder(), ApiClient.createDefaultObjectMapper()
                    .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true),
                    s.uri().toString().replaceAll("/$", ""));
            DecisionsApi decisions = new DecisionsApi(client);
            ServiceApi service = new ServiceApi(client);
            RuleSetsApi ruleSets = new RuleSetsApi(client);
            SimulationsApi simulations = new SimulationsApi(client);
            OpenApiDocument document = new OpenApiDocument(JSON.readTree(Files.readString(Path.of(System.getProperty("openapi.document")))));

            Set<String> loaded = new java.util.TreeSet<>();
            s.uri(); // the rule sets this service has, as the generated client reads them
            JsonNode list = JSON.valueToTree(ruleSets.listRuleSets(null));
            list.path("ruleSets").forEach(r -> loaded.add(r.path("id").asText()));
            List<Path> examples = examples(loaded);
            int single = 0;
            int cohorts = 0;
            for (Path example : examples) {
                // the shipped JSON read straight into the generated request model
                DecisionRequest request = client.getObjectMapper().readValue(example.toFile(), DecisionRequest.class);
                DecisionAnswer answer = decisions.decide(request, "java-client");
                if (JSON.readTree(example.toFile()).has("cases")) {
                    Decisions all = assertInstanceOf(Decisions.class, answer.getActualInstance(), example::toString);
                    assertTrue(all.getDecisions().size() > 1, example::toString);
                    cohorts++;
                } else {
                    Decision d = assertInstanceOf(Decision.class, answer.getActualInstance(), example::toString);
                    assertNotNull(d.getActualInstance(), example::toString);
                    single++;
                }
            }
            // a cohort built with the generated models, typed by rule set
            SsppTopUpRequest one = client.getObjectMapper().readValue(root().resolve("examples/data/sspp-top-up/eligible-mainstream.json")
                    .toFile(), SsppTopUpRequest.class);
            List<SsppTopUpCase> cases = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                SsppTopUpCase c = client.getObjectMapper().convertValue(one.getCase(), SsppTopUpCase.class);
                c.setCaseId("JAVA-CLIENT-" + i);
                c.setRequestedSupportUnits(2 + i);
                cases.add(c);
            }
            SsppTopUpCohort cohort = new SsppTopUpCohort().ruleSet(SsppTopUpCohort.RuleSetEnum.SSPP_TOP_UP).asOf(LocalDate.of(2026, 1, 15))
                    .cases(cases);
            Decisions decided = decisions.decide(new DecisionRequest(cohort), null).getDecisions();
            assertEquals(5, decided.getDecisions().size());
            SsppTopUpDecision third = decided.getDecisions().get(2).getSsppTopUpDecision();
            assertEquals("JAVA-CLIENT-2", third.getCaseId());
            assertEquals(4, third.getOutcome().getSupportUnits(), "the typed outcome of sspp-top-up");
            cohorts++;
            // the other endpoints
            ruleSets.getRuleSet("sspp-top-up", null);
            ruleSets.getRuleSetSchema("sspp-top-up", null);
            service.health(null);
            service.healthLive(null);
            service.healthReady(null);
            SimulationRequest sim = client.getObjectMapper().convertValue(JSON.createObjectNode().put("ruleSet", "sspp-top-up")
                    .put("asOf", "2026-01-15").set("cases", client.getObjectMapper().valueToTree(cases)), SimulationRequest.class);
            simulations.simulate(sim, null, null, null, null, null, null, null);
            // an error: the problem the document describes
            SsppTopUpCase bad = client.getObjectMapper().convertValue(one.getCase(), SsppTopUpCase.class).requestedSupportUnits(-1);
            ApiException refused = assertThrows(ApiException.class, () -> decisions.decide(new DecisionRequest(
                    new SsppTopUpRequest().ruleSet(SsppTopUpRequest.RuleSetEnum.SSPP_TOP_UP).asOf(LocalDate.of(2026, 1, 15))._case(bad)), null));
            assertEquals(422, refused.getCode());
            ApiException missing = assertThrows(ApiException.class, () -> ruleSets.getRuleSet("no-such-rule-set", null));
            assertEquals(404, missing.getCode());

            List<String> problems = new ArrayList<>();
            for (Recording.Answer a : http.answers) {
                String method = a.path().equals("/v1/decisions") || a.path().equals("/v1/simulations") ? "post" : "get";
                problems.addAll(document.problems(a.path(), method, a.status(), a.contentType(), a.body()));
            }
            System.out.printf("generated Java client: %d examples (%d single, %d cohorts) and 1 built cohort decided; %d answers, %d not as "
                    + "the document says%n", examples.size(), single, cohorts - 1, http.answers.size(), problems.size());
            assertTrue(problems.isEmpty(), String.join("\n", problems));
            assertTrue(single >= 10, "single examples: " + single);
        }
    }
}
