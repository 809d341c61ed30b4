package org.senrules.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * Decision records and replay over HTTP (issue 30, item 4): {@code POST /v1/decision-records}
 * answers with the record a council system keeps, and {@code POST /v1/replays} re-decides records
 * with the service's rules and values, saying "identical" or what differs.
 */
class ReplaysTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aRecordReplayedByTheSameService_isIdentical_andAnAlteredOneListsTheDifference() throws Exception {
        DecisionService s = Services.open();
        Http.Response made = Http.post(s, "/v1/decision-records", "application/json", Http.example(DecisionServiceTest.SSPP));
        assertEquals(200, made.status(), made.body());
        JsonNode record = JSON.readTree(made.body());
        assertEquals("senrules-decision-record/1", record.get("record").asText());
        assertEquals(record.at("/decision/parametersFingerprint"), record.get("parametersFingerprint"));

        Http.Response same = Http.post(s, "/v1/replays", "application/json", made.body());
        assertEquals(200, same.status(), same.body());
        JsonNode answer = JSON.readTree(same.body());
        assertEquals(1, answer.get("records").asInt());
        assertEquals(1, answer.get("identical").asInt());
        assertTrue(answer.at("/replays/0/identical").asBoolean());
        assertEquals(0, answer.at("/replays/0/differences").size());

        // a record whose decision says another top-up than the rules give
        ObjectNode altered = (ObjectNode) record.deepCopy();
        ObjectNode outcome = (ObjectNode) altered.get("decision").get("outcome");
        String topUp = outcome.get("topUp").asText();
        outcome.put("topUp", "1.00");
        Http.Response other = Http.post(s, "/v1/replays", "application/json", JSON.writeValueAsString(
                JSON.createObjectNode().set("records", JSON.createArrayNode().add(record).add(altered))));
        JsonNode two = JSON.readTree(other.body());
        assertEquals(2, two.get("records").asInt());
        assertEquals(1, two.get("identical").asInt());
        assertFalse(two.at("/replays/1/identical").asBoolean());
        JsonNode diff = two.at("/replays/1/differences/0");
        assertEquals("outcome.topUp", diff.get("path").asText());
        assertEquals("\"1.00\"", diff.get("recorded").asText());
        assertEquals("\"" + topUp + "\"", diff.get("now").asText());
        assertEquals(1, two.at("/replays/1/differences").size(), two::toString);
    }

    @Test
    void somethingThatIsNotARecord_isRefusedWithTheContractsError() throws Exception {
        DecisionService s = Services.open();
        Http.Response r = Http.post(s, "/v1/replays", "application/json", "{\"record\": \"senrules-decision-record/1\"}");
        assertEquals(422, r.status(), r.body());
        JsonNode e = JSON.readTree(r.body());
        assertEquals("invalid-request", e.get("error").asText());
        assertTrue(e.get("violations").size() > 3, r.body());
        Http.Response notJson = Http.post(s, "/v1/replays", "application/json", "{\"record\": ");
        assertEquals(400, notJson.status(), notJson.body());
    }
}
