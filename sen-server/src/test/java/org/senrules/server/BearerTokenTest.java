package org.senrules.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** With a token set, every endpoint refuses a request without it; reload works with it. */
class BearerTokenTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String[][] ENDPOINTS = {
        {"GET", "/health"}, {"GET", "/"}, {"GET", "/rule-sets/sspp-top-up.html"}, {"GET", "/assets/rulebook.js"},
        {"GET", "/openapi.json"}, {"GET", "/v1/rule-sets"}, {"GET", "/v1/rule-sets/sspp-top-up"},
        {"GET", "/v1/rule-sets/sspp-top-up/schema"}, {"POST", "/v1/decisions"}, {"POST", "/v1/simulations"}, {"POST", "/v1/reload"},
    };
    static DecisionService s;

    @BeforeAll
    static void start() throws Exception {
        s = Services.guarded();
    }

    @Test
    void everyEndpoint_withoutTheToken_is401() throws Exception {
        for (String[] e : ENDPOINTS) {
            String body = e[0].equals("POST") ? Http.example(DecisionServiceTest.SSPP) : null;
            Http.Response none = Http.send(s, e[0], e[1], body == null ? null : "application/json", body);
            assertEquals(401, none.status(), () -> e[1] + ": " + none);
            assertEquals("unauthorized", JSON.readTree(none.body()).get("error").asText());
            assertTrue(none.header("WWW-Authenticate").startsWith("Bearer"), e[1]);
            Http.Response wrong = Http.send(s, e[0], e[1], body == null ? null : "application/json", body,
                    "Authorization", "Bearer not-the-token-at-all");
            assertEquals(401, wrong.status(), () -> e[1] + ": " + wrong);
        }
    }

    @Test
    void withTheToken_decidesAndReloads() throws Exception {
        String auth = "Bearer " + Services.TOKEN;
        assertEquals(200, Http.get(s, "/health", "Authorization", auth).status());
        Http.Response d = Http.post(s, "/v1/decisions", "application/json", Http.example(DecisionServiceTest.SSPP),
                "Authorization", auth);
        assertEquals(200, d.status(), d::toString);
        Http.Response reload = Http.post(s, "/v1/reload", "application/json", "", "Authorization", auth);
        assertEquals(200, reload.status(), reload::toString);
        assertTrue(JSON.readTree(reload.body()).get("reloaded").asBoolean());
        Http.Response again = Http.post(s, "/v1/decisions", "application/json", Http.example(DecisionServiceTest.SSPP),
                "Authorization", auth);
        assertEquals(d.body(), again.body(), "the same files give the same decision after a reload");
    }
}
