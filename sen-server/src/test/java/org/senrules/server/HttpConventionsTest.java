package org.senrules.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * HTTP as integrators expect it (issue 30): every error is RFC 9457 problem details with the
 * contract's {@code error} (and {@code violations}) beside {@code type}, {@code title},
 * {@code status} and {@code detail}, Jetty's own errors included; 405 with {@code Allow}; 406 for
 * an {@code Accept} the endpoint cannot meet; a request id echoed or made; health probes without
 * the token; CORS off by default and on for the origins given, its preflight answered before the
 * token is asked for.
 */
class HttpConventionsTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String PROBLEM = "application/problem+json";
    static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** The members every problem has, the status the same in the body as on the line, and the security headers. */
    static JsonNode problem(int status, String error, int gotStatus, String contentType, String body, String nosniff) throws Exception {
        String where = gotStatus + " " + contentType + " " + body;
        assertEquals(status, gotStatus, where);
        assertNotNull(contentType, where);
        assertTrue(contentType.startsWith(PROBLEM), where);
        JsonNode p = JSON.readTree(body);
        assertEquals("/problems/" + error, p.get("type").asText(), where);
        assertFalse(p.get("title").asText().isBlank(), where);
        assertEquals(status, p.get("status").asInt(), where);
        assertFalse(p.get("detail").asText().isBlank(), where);
        assertEquals(error, p.get("error").asText(), where);
        assertEquals("nosniff", nosniff, where);
        return p;
    }

    static JsonNode problem(int status, String error, Http.Response r) throws Exception {
        return problem(status, error, r.status(), r.header("Content-Type"), r.body(), r.header("X-Content-Type-Options"));
    }

    static JsonNode problem(int status, String error, RawHttp.Answer a) throws Exception {
        return problem(status, error, a.status(), a.header("Content-Type"), a.body(), a.header("X-Content-Type-Options"));
    }

    @Test
    void everyErrorIsAProblem_withTheContractsMembersKept() throws Exception {
        DecisionService s = Services.open();
        JsonNode notJson = problem(400, "invalid-request", Http.post(s, "/v1/decisions", "application/json", "{\"ruleSet\": "));
        assertTrue(notJson.get("violations").isArray(), notJson::toString);
        JsonNode refused = problem(422, "invalid-request", Http.post(s, "/v1/decisions", "application/json",
                Http.example(DecisionServiceTest.SSPP).replace("\"requestedSupportUnits\": 6", "\"requestedSupportUnits\": -1")));
        assertEquals("case.requestedSupportUnits", refused.at("/violations/0/path").asText(), refused::toString);
        problem(415, "unsupported-media-type", Http.post(s, "/v1/decisions", "application/xml", "<case/>"));
        problem(404, "not-found", Http.get(s, "/v1/nothing-here"));
        problem(404, "not-found", Http.get(s, "/v1/rule-sets/no-such-set"));
        problem(403, "forbidden", Http.post(s, "/v1/reload", "application/json", ""));
        problem(400, "bad-query", Http.post(s, "/v1/simulations?format=pdf", "application/json", "{}"));
        problem(401, "unauthorized", Http.get(Services.guarded(), "/v1/rule-sets"));
        JsonNode old = JSON.readTree(Http.get(s, "/v1/nothing-here").body());
        assertEquals(old.get("detail").asText(), old.get("message").asText(), "message, which clients read before, is kept");
        // the problem type's description is served where type points
        Http.Response type = Http.get(s, "/problems/invalid-request");
        assertEquals(200, type.status(), type::toString);
        assertTrue(type.body().contains("The request is not valid"), type::toString);
    }

    @Test
    void jettysOwnErrors_areProblemsWithTheSecurityHeaders_notHtml() throws Exception {
        DecisionService s = Services.open();
        RawHttp.Answer badLength = RawHttp.exchange(s, "POST /v1/decisions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: 12abc\r\n\r\n{}");
        problem(400, "bad-request", badLength);
        RawHttp.Answer twoLengths = RawHttp.exchange(s, "POST /v1/decisions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}");
        problem(400, "bad-request", twoLengths);
        RawHttp.Answer dots = RawHttp.exchange(s, "GET /v1/%2e%2e/openapi.json HTTP/1.1\r\nHost: x\r\n\r\n");
        assertTrue(dots.status() == 400 || dots.status() == 404, dots::toString);
        problem(dots.status(), dots.status() == 400 ? "bad-request" : "not-found", dots);
        RawHttp.Answer badLine = RawHttp.exchange(s, "GET /health HTTP/9.9\r\nHost: x\r\n\r\n");
        assertTrue(badLine.status() >= 400 && badLine.status() < 600, badLine::toString);
        assertTrue(badLine.header("Content-Type").startsWith(PROBLEM), badLine::toString);
        for (RawHttp.Answer a : new RawHttp.Answer[] {badLength, twoLengths, dots, badLine}) {
            assertFalse(a.body().contains("<html") || a.body().contains("<h2>"), a::toString);
            assertFalse(a.body().contains("12abc") || a.body().contains("%2e"), "Jetty's reason is not repeated: " + a);
            assertNotNull(a.header("X-Request-Id"), a::toString);
        }
    }

    @Test
    void aPathWithTheWrongMethod_is405WithAllow_andOptionsListsTheMethods() throws Exception {
        DecisionService s = Services.open();
        Http.Response get = Http.get(s, "/v1/decisions");
        problem(405, "method-not-allowed", get);
        assertEquals("POST, OPTIONS", get.header("Allow"));
        Http.Response post = Http.post(s, "/v1/rule-sets", "application/json", "{}");
        problem(405, "method-not-allowed", post);
        assertEquals("GET, OPTIONS", post.header("Allow"));
        Http.Response options = Http.send(s, "OPTIONS", "/v1/simulations", null, null);
        assertEquals(204, options.status(), options::toString);
        assertEquals("POST, OPTIONS", options.header("Allow"));
    }

    @Test
    void anAcceptTheEndpointCannotMeet_is406_andQualityWeightsAreHonoured() throws Exception {
        DecisionService s = Services.open();
        String request = Http.example(DecisionServiceTest.SSPP);
        JsonNode p = problem(406, "not-acceptable", Http.post(s, "/v1/decisions", "application/json", request, "Accept", "application/xml"));
        assertTrue(p.get("detail").asText().contains("application/json"), p::toString);
        problem(406, "not-acceptable", Http.get(s, "/v1/rule-sets", "Accept", "text/html"));
        assertEquals(200, Http.get(s, "/v1/rule-sets", "Accept", "text/html, application/json;q=0.1").status());
        assertEquals(200, Http.get(s, "/v1/rule-sets", "Accept", "*/*").status());
        Http.Response text = Http.post(s, "/v1/decisions", "application/json", request, "Accept", "application/json;q=0.5, text/plain");
        assertEquals(200, text.status(), text::toString);
        assertTrue(text.header("Content-Type").startsWith("text/plain"), "the higher weight wins: " + text.header("Content-Type"));
        Http.Response json = Http.post(s, "/v1/decisions", "application/json", request, "Accept", "text/plain;q=0, */*");
        assertTrue(json.header("Content-Type").startsWith("application/json"), json.header("Content-Type"));
    }

    @Test
    void aRequestId_isEchoedWhenWellFormed_andMadeOtherwise() throws Exception {
        DecisionService s = Services.open();
        assertEquals("council-sys.4711", Http.get(s, "/v1/rule-sets", "X-Request-Id", "council-sys.4711").header("X-Request-Id"));
        String made = Http.get(s, "/v1/rule-sets").header("X-Request-Id");
        assertTrue(UUID.matcher(made).matches(), made);
        String replaced = Http.post(s, "/v1/decisions", "application/json", "{", "X-Request-Id", "Dorothea Smith <born 2014>")
                .header("X-Request-Id");
        assertTrue(UUID.matcher(replaced).matches(), "a malformed id is replaced, not repeated: " + replaced);
        assertTrue(UUID.matcher(Http.get(s, "/v1/rule-sets", "X-Request-Id", "x".repeat(65)).header("X-Request-Id")).matches());
        // the decisions endpoint's own answers carry it too
        assertEquals("abc-1", Http.post(s, "/v1/decisions", "application/json", Http.example(DecisionServiceTest.SSPP),
                "X-Request-Id", "abc-1").header("X-Request-Id"));
    }

    @Test
    void healthProbes_answerWithoutTheToken_unlessTheServiceIsToldOtherwise() throws Exception {
        DecisionService guarded = Services.guarded();
        Http.Response live = Http.get(guarded, "/health/live");
        assertEquals(200, live.status(), live::toString);
        assertEquals("live", JSON.readTree(live.body()).get("status").asText());
        Http.Response ready = Http.get(guarded, "/health/ready");
        assertEquals(200, ready.status(), ready::toString);
        assertEquals("ready", JSON.readTree(ready.body()).get("status").asText());
        assertEquals("compiled", JSON.readTree(ready.body()).get("rules").asText());
        problem(401, "unauthorized", Http.get(guarded, "/health"));
        assertEquals(200, Http.get(guarded, "/health", "Authorization", "Bearer " + Services.TOKEN).status(), "/health keeps working");
        try (DecisionService privateHealth = DecisionService.builder().port(0).token(Services.TOKEN).healthNeedsToken(true).build().start()) {
            assertTrue(privateHealth.awaitReady(Duration.ofMinutes(5)));
            problem(401, "unauthorized", Http.get(privateHealth, "/health/ready"));
            problem(401, "unauthorized", Http.get(privateHealth, "/health/live"));
            assertEquals(200, Http.get(privateHealth, "/health/ready", "Authorization", "Bearer " + Services.TOKEN).status());
        }
    }

    @Test
    void cors_isOffByDefault_andOnForTheOriginsGiven_withThePreflightAnsweredBeforeTheToken() throws Exception {
        String origin = "https://intranet.example.gov.uk";
        // off: a preflight is refused, and no answer allows an origin
        DecisionService open = Services.open();
        Http.Response refused = Http.send(open, "OPTIONS", "/v1/decisions", null, null, "Origin", origin,
                "Access-Control-Request-Method", "POST");
        problem(403, "forbidden", refused);
        assertNull(Http.get(open, "/v1/rule-sets", "Origin", origin).header("Access-Control-Allow-Origin"));
        try (DecisionService s = DecisionService.builder().port(0).token(Services.TOKEN).corsOrigin(origin).build().start()) {
            assertTrue(s.awaitReady(Duration.ofMinutes(5)));
            Http.Response preflight = Http.send(s, "OPTIONS", "/v1/decisions", null, null, "Origin", origin,
                    "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "authorization, content-type");
            assertEquals(204, preflight.status(), "no token needed for the preflight: " + preflight);
            assertEquals(origin, preflight.header("Access-Control-Allow-Origin"));
            assertTrue(preflight.header("Access-Control-Allow-Methods").contains("POST"), preflight.header("Access-Control-Allow-Methods"));
            assertTrue(preflight.header("Access-Control-Allow-Headers").contains("Authorization"));
            assertTrue(preflight.header("Vary").contains("Origin"));
            Http.Response other = Http.send(s, "OPTIONS", "/v1/decisions", null, null, "Origin", "https://elsewhere.example.com",
                    "Access-Control-Request-Method", "POST");
            problem(403, "forbidden", other);
            assertNull(other.header("Access-Control-Allow-Origin"));
            Http.Response call = Http.post(s, "/v1/decisions", "application/json", Http.example(DecisionServiceTest.SSPP), "Origin", origin,
                    "Authorization", "Bearer " + Services.TOKEN);
            assertEquals(200, call.status(), call::toString);
            assertEquals(origin, call.header("Access-Control-Allow-Origin"));
            assertTrue(call.header("Access-Control-Expose-Headers").contains("X-Request-Id"));
            Http.Response noToken = Http.get(s, "/v1/rule-sets", "Origin", origin);
            problem(401, "unauthorized", noToken);
            assertEquals(origin, noToken.header("Access-Control-Allow-Origin"), "a browser can read why it was refused");
        }
    }
}
