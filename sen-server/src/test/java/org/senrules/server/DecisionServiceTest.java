package org.senrules.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The service over real HTTP on a loopback port, without a token: every endpoint, good and bad input. */
class DecisionServiceTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String JSON_TYPE = "application/json";
    static final String SSPP = "sspp-top-up/eligible-mainstream.json";
    static DecisionService s;

    @BeforeAll
    static void start() throws Exception {
        s = Services.open();
    }

    static JsonNode json(Http.Response r) throws Exception {
        return JSON.readTree(r.body());
    }

    @Test
    void health_isReadyWithEveryRuleSet() throws Exception {
        Http.Response r = Http.get(s, "/health");
        assertEquals(200, r.status(), r::toString);
        JsonNode h = json(r);
        assertEquals("ready", h.get("status").asText());
        assertTrue(h.get("ruleSets").size() >= 8, r::toString);
        assertEquals("127.0.0.1", s.uri().getHost(), "loopback by default");
    }

    @Test
    void decide_oneRequest_answersTheContractsDecision() throws Exception {
        Http.Response r = Http.post(s, "/v1/decisions", JSON_TYPE, Http.example(SSPP));
        assertEquals(200, r.status(), r::toString);
        assertTrue(r.header("Content-Type").startsWith(JSON_TYPE), r.header("Content-Type"));
        JsonNode d = json(r);
        assertEquals("sspp-top-up", d.get("ruleSet").asText());
        assertEquals("SHOW-SSPP-1", d.get("caseId").asText());
        assertTrue(d.at("/outcome/eligible").asBoolean(), r::toString);
        assertEquals(6, d.at("/outcome/supportUnits").asInt());
        assertFalse(d.get("reasons").isEmpty());
        assertTrue(d.get("parametersFingerprint").asText().startsWith("sha256:"));
    }

    @Test
    void decide_cohort_answersEveryDecisionInOrder() throws Exception {
        String cohort = Http.example("sspp-top-up/small-cohort.json");
        Http.Response r = Http.post(s, "/v1/decisions", JSON_TYPE, cohort);
        assertEquals(200, r.status(), r::toString);
        JsonNode in = JSON.readTree(cohort).get("cases");
        JsonNode out = json(r).get("decisions");
        assertEquals(in.size(), out.size());
        for (int i = 0; i < in.size(); i++) {
            assertEquals(in.get(i).get("caseId").asText(), out.get(i).get("caseId").asText());
        }
    }

    @Test
    void decide_acceptTextPlain_explainsTheDecisionInPlainEnglish() throws Exception {
        Http.Response r = Http.post(s, "/v1/decisions", JSON_TYPE, Http.example(SSPP), "Accept", "text/plain");
        assertEquals(200, r.status(), r::toString);
        assertTrue(r.header("Content-Type").startsWith("text/plain"), r.header("Content-Type"));
        assertTrue(r.body().startsWith("Decision for case SHOW-SSPP-1\n"), r::toString);
        assertTrue(r.body().contains("\nWhy\n"), r::toString);
        assertTrue(r.body().contains("ILLUSTRATIVE"), r::toString);
    }

    @Test
    void decide_ndjsonStream_answersLineByLineWithTheLineOfEachError() throws Exception {
        String good = JSON.readTree(Http.example(SSPP)).toString();
        String other = good.replace("SHOW-SSPP-1", "STREAM-3");
        String bad = good.replace("\"requestedSupportUnits\":6", "\"requestedSupportUnits\":-1");
        String body = good + "\n" + bad + "\n\n" + "{not json\n" + other + "\n";
        Http.Response r = Http.post(s, "/v1/decisions", "application/x-ndjson", body);
        assertEquals(200, r.status(), r::toString);
        assertTrue(r.header("Content-Type").startsWith("application/x-ndjson"));
        String[] lines = r.body().split("\n");
        assertEquals(4, lines.length, r::toString);
        assertEquals("SHOW-SSPP-1", JSON.readTree(lines[0]).get("caseId").asText());
        JsonNode e = JSON.readTree(lines[1]);
        assertEquals("invalid-request", e.get("error").asText());
        assertEquals(2, e.get("line").asInt());
        assertEquals("case.requestedSupportUnits", e.at("/violations/0/path").asText());
        assertEquals(4, JSON.readTree(lines[2]).get("line").asInt(), "the blank line counts");
        assertTrue(JSON.readTree(lines[2]).at("/violations/0/message").asText().startsWith("not valid JSON"));
        assertEquals("STREAM-3", JSON.readTree(lines[3]).get("caseId").asText());
    }

    @Test
    void decide_invalidCase_is422WithEveryViolationAndItsPath() throws Exception {
        String bad = Http.example(SSPP).replace("\"requestedSupportUnits\": 6", "\"requestedSupportUnits\": 0")
                .replace("\"locality\": \"North\"", "\"locality\": \"North\", \"surname\": \"X\"");
        Http.Response r = Http.post(s, "/v1/decisions", JSON_TYPE, bad);
        assertEquals(422, r.status(), r::toString);
        JsonNode e = json(r);
        assertEquals("invalid-request", e.get("error").asText());
        Set<String> paths = new HashSet<>();
        e.get("violations").forEach(v -> paths.add(v.get("path").asText()));
        assertTrue(paths.contains("case.requestedSupportUnits"), r::toString);
        assertTrue(paths.contains("case.surname"), r::toString);
    }

    @Test
    void decide_notJson_is400_wrongType_is415_tooLarge_is413() throws Exception {
        Http.Response notJson = Http.post(s, "/v1/decisions", JSON_TYPE, "{\"ruleSet\": ");
        assertEquals(400, notJson.status(), notJson::toString);
        assertEquals("invalid-request", json(notJson).get("error").asText());
        assertTrue(json(notJson).at("/violations/0/message").asText().startsWith("not valid JSON"), notJson::toString);

        Http.Response xml = Http.post(s, "/v1/decisions", "application/xml", "<case/>");
        assertEquals(415, xml.status(), xml::toString);
        assertEquals("unsupported-media-type", json(xml).get("error").asText());

        // a body over the limit is refused on its Content-Length, before any of it is read: sent on a raw
        // socket that announces the length and sends nothing, so the refusal is read whatever the timing
        String answer;
        try (java.net.Socket socket = new java.net.Socket(s.uri().getHost(), s.uri().getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("POST /v1/decisions HTTP/1.1\r\nHost: " + s.uri().getHost() + "\r\nContent-Type: " + JSON_TYPE
                    + "\r\nContent-Length: " + (Services.BODY_LIMIT + 1) + "\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.contains("\"too-large\""), answer);
    }

    @Test
    void simulate_cohortUnderPolicies_answersTheSummaryAndCsv() throws Exception {
        JsonNode cohort = JSON.readTree(Http.example("sspp-top-up/small-cohort.json"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) cohort).putArray("policies").add("dbv-option-1").add("dbv-option-4");
        ((com.fasterxml.jackson.databind.node.ObjectNode) cohort).putObject("highNeedsBlock").put("budget", "268248000.00")
                .put("broughtForward", "42583000.00");
        Http.Response r = Http.post(s, "/v1/simulations", JSON_TYPE, cohort.toString());
        assertEquals(200, r.status(), r::toString);
        JsonNode sim = json(r);
        assertEquals(3, sim.get("policies").size());
        assertEquals("current", sim.at("/policies/0/policy").asText());
        assertEquals("0.00", sim.at("/policies/1/topUp").asText(), "option 1 funds nothing");
        assertNotNull(sim.at("/policies/2/highNeedsBlock/variance").textValue(), r::toString);

        Http.Response csv = Http.post(s, "/v1/simulations?format=csv&table=summary", JSON_TYPE, cohort.toString());
        assertEquals(200, csv.status(), csv::toString);
        assertTrue(csv.header("Content-Type").startsWith("text/csv"));
        assertEquals("attachment; filename=\"summary.csv\"", csv.header("Content-Disposition"));
        String[] lines = csv.body().split("\n");
        assertEquals(4, lines.length, csv::toString);
        assertTrue(lines[0].startsWith("policy,title,cases,"));
        assertTrue(lines[3].startsWith("dbv-option-4,"));

        ((com.fasterxml.jackson.databind.node.ObjectNode) cohort).putArray("policies").add("dbv-option-9");
        Http.Response bad = Http.post(s, "/v1/simulations", JSON_TYPE, cohort.toString());
        assertEquals(422, bad.status(), bad::toString);
        assertEquals("policies[0]", json(bad).at("/violations/0/path").asText(), "named by its position");
        assertTrue(json(bad).at("/violations/0/message").asText().contains("dbv-option-4a"), bad::toString);
        assertFalse(bad.body().contains("dbv-option-9"), "the unknown name is not repeated: " + bad);

        Http.Response badTable = Http.post(s, "/v1/simulations?format=csv&table=pupils", JSON_TYPE, cohort.toString());
        assertEquals(400, badTable.status(), badTable::toString);
    }

    @Test
    void ruleSets_listEveryRuleSet_andDetailHasRulesParametersAndPolicyChanges() throws Exception {
        Http.Response list = Http.get(s, "/v1/rule-sets");
        assertEquals(200, list.status(), list::toString);
        List<String> ids = new ArrayList<>();
        json(list).get("ruleSets").forEach(r -> ids.add(r.get("id").asText()));
        assertTrue(ids.containsAll(List.of("special-school-band", "mainstream-top-up", "sspp-top-up", "esn-request",
                "high-needs-forecast", "oag-additionality", "engagement-model", "coproduction-award")), ids::toString);

        Http.Response r = Http.get(s, "/v1/rule-sets/sspp-top-up");
        assertEquals(200, r.status(), r::toString);
        JsonNode d = json(r);
        assertTrue(d.get("rules").size() > 5);
        for (JsonNode rule : d.get("rules")) {
            assertFalse(rule.get("id").asText().isBlank());
            assertFalse(rule.get("name").asText().isBlank());
            assertFalse(rule.get("source").asText().isBlank(), rule::toString);
        }
        JsonNode unitValue = null;
        for (JsonNode p : d.get("parameters")) {
            if (p.get("name").asText().equals("supportUnitValue")) {
                unitValue = p;
            }
        }
        assertNotNull(unitValue, "supportUnitValue is listed");
        assertTrue(unitValue.get("values").size() >= 2, "more than one dated value: " + unitValue);
        assertTrue(unitValue.at("/values/0/illustrative").asBoolean());
        assertTrue(unitValue.at("/values/0/from").asText().matches("\\d{4}-\\d{2}-\\d{2}"));
        JsonNode option4 = null;
        for (JsonNode p : d.get("policies")) {
            if (p.get("name").asText().equals("dbv-option-4")) {
                option4 = p;
            }
            if (p.get("name").asText().equals("current")) {
                assertTrue(p.get("changes").isEmpty(), "current changes nothing");
            }
        }
        assertNotNull(option4);
        boolean cap = false;
        for (JsonNode c : option4.get("changes")) {
            cap |= c.get("name").asText().equals("supportUnitCap") && c.get("value").asText().equals("4");
        }
        assertTrue(cap, "option 4 caps at 4 units: " + option4);

        Http.Response unknown = Http.get(s, "/v1/rule-sets/no-such-set");
        assertEquals(404, unknown.status(), unknown::toString);
        assertTrue(json(unknown).get("message").asText().contains("sspp-top-up"), unknown::toString);
    }

    @Test
    void reload_withoutAToken_isRefused() throws Exception {
        Http.Response r = Http.post(s, "/v1/reload", JSON_TYPE, "{}");
        assertEquals(403, r.status(), r::toString);
        assertEquals("forbidden", json(r).get("error").asText());
    }

    @Test
    void unknownEndpoint_is404Json() throws Exception {
        Http.Response r = Http.get(s, "/v2/nothing");
        assertEquals(404, r.status(), r::toString);
        assertEquals("not-found", json(r).get("error").asText(), r::toString);
    }

    @Test
    void ruleBook_isServedWithItsAssets() throws Exception {
        Http.Response index = Http.get(s, "/");
        assertEquals(200, index.status(), index::toString);
        assertTrue(index.header("Content-Type").startsWith("text/html"));
        assertTrue(index.body().contains("href=\"rule-sets/sspp-top-up.html\""), index::toString);
        Http.Response page = Http.get(s, "/rule-sets/sspp-top-up.html");
        assertEquals(200, page.status(), page::toString);
        assertTrue(page.body().contains("Options side by side"));
        assertTrue(page.body().contains("<strong class=\"illustrative\">Illustrative</strong>"));
        assertTrue(page.body().contains("id=\"case-schema\""));
        assertEquals(200, Http.get(s, "/assets/rulebook.js").status());
        assertEquals(200, Http.get(s, "/assets/rulebook.css").status());
        assertEquals(404, Http.get(s, "/assets/other.js").status());
        Http.Response sources = Http.get(s, "/sources.html");
        assertEquals(200, sources.status());
        assertTrue(sources.body().contains("href=\"sources/000_fa60f3742ced3918.txt\">SENCo Noticeboard, July 2025</a>"), sources::toString);
        Http.Response bulletin = Http.get(s, "/sources/000_fa60f3742ced3918.txt");
        assertEquals(200, bulletin.status());
        assertTrue(bulletin.header("Content-Type").startsWith("text/plain"));
        assertEquals(404, Http.get(s, "/sources/../pom.xml").status());
        assertEquals(404, Http.get(s, "/sources/other.txt").status());
        for (String attr : new String[] {"src=\"http", "href=\"http", "src=\"//", "href=\"//"}) {
            assertFalse(page.body().contains(attr) || index.body().contains(attr), "no asset from elsewhere: " + attr);
        }
    }
}
