package org.senrules.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senrules.core.SenRules;

/**
 * {@code GET /health/ready} and the values' last days (issue 30, item 1): the service reports the
 * earliest day a value in force ends, and stops being ready only once that day has passed, when
 * decisions that need the value are refused.
 */
class ValuesEndHealthTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void ready_reportsTheEarliestLastDay_ofTheShippedValues() throws Exception {
        DecisionService s = Services.open();
        Http.Response r = Http.get(s, "/health/ready");
        JsonNode body = JSON.readTree(r.body());
        JsonNode end = body.get("valuesEnd");
        assertEquals("2027-03-31", end.get("lastDay").asText(), r.body());
        assertEquals("supportUnitValue", end.get("parameter").asText());
        List<String> sets = new ArrayList<>();
        end.get("ruleSets").forEach(n -> sets.add(n.asText()));
        assertEquals(List.of("ehcp-top-up", "mainstream-top-up", "special-school-band", "sspp-top-up"), sets);
        long left = ChronoUnit.DAYS.between(LocalDate.now(), LocalDate.of(2027, 3, 31));
        assertEquals(left, end.get("daysLeft").asLong());
        // ready while the value is in force, even on its last day; the shipped value does end
        assertEquals(left < 0, end.get("expired").asBoolean());
        assertEquals(left < 0 ? 503 : 200, r.status(), r.body());
        assertEquals(left < 0 ? "not-ready" : "ready", body.get("status").asText());
    }

    @Test
    void ready_isNotReady_onceAValueInForceHasExpired() throws Exception {
        LocalDate yesterday = LocalDate.now().minusDays(1);
        Path values = Files.writeString(dir.resolve("funding-shared.parameters.json"), "{\"supportUnitValue\": [{\"from\": \"2024-04-01\","
                + " \"until\": \"" + yesterday + "\", \"value\": \"1000.00\", \"illustrative\": true}]}");
        try (DecisionService s = DecisionService.builder().port(0)
                .engine(SenRules.builder().ruleSets("mainstream-top-up").overrideParameters("funding-shared", values)).build().start()) {
            assertTrue(s.awaitReady(Duration.ofMinutes(5)));
            Http.Response r = Http.get(s, "/health/ready");
            assertEquals(503, r.status(), r.body());
            JsonNode body = JSON.readTree(r.body());
            assertEquals("not-ready", body.get("status").asText());
            assertEquals("compiled", body.get("rules").asText());
            JsonNode end = body.get("valuesEnd");
            assertEquals(yesterday.toString(), end.get("lastDay").asText());
            assertEquals(-1, end.get("daysLeft").asLong());
            assertTrue(end.get("expired").asBoolean());
            assertTrue(end.get("message").asText().startsWith("supportUnitValue has no value in force after " + yesterday), r.body());
        }
    }
}
