package org.senrules.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * No answer of the service repeats what the caller sent (issue 29): each input below carries a
 * child's name where it does not belong (in a JSON token, an NDJSON line, a policy name, a query
 * value, a CSV header and cell, a path, a header, a field name), and every answer (status line,
 * headers and body) is searched for it. Each kind prints tried / refused / escaped / crashed /
 * hung; escaped must be 0.
 */
class NoEchoTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String NAME = "Dorothea_Smith_born_2014";
    static final String CSV_HEADER = "caseId,planStatus,setting,primaryNeed,parentalConsent,graduatedApproachCycles,"
            + "coCreatedWithSupportServices,outsideAgencySupport,discussedAtMapMeeting,requestedSupportUnits,renewal,cohorts,locality";
    static final String CSV_ROW = "S-1,SEN_SUPPORT,MAINSTREAM_SCHOOL,ASD,true,3,true,true,true,6,false,,North";

    /** One hostile request: its kind, and how to send it. */
    record Input(String kind, String method, String path, String contentType, String body, String[] headers) {
    }

    static Input in(String kind, String method, String path, String contentType, String body, String... headers) {
        return new Input(kind, method, path, contentType, body, headers);
    }

    static String cohort(String extra) throws Exception {
        ObjectNode c = JSON.createObjectNode().put("ruleSet", "sspp-top-up").put("asOf", "2026-01-15");
        c.putArray("cases").add(JSON.readTree(Http.example(DecisionServiceTest.SSPP)).get("case"));
        ObjectNode more = (ObjectNode) JSON.readTree("{" + extra + "}");
        c.setAll(more);
        return c.toString();
    }

    static List<Input> inputs() throws Exception {
        String request = JSON.readTree(Http.example(DecisionServiceTest.SSPP)).toString();
        String q = URLEncoder.encode(NAME, StandardCharsets.UTF_8);
        List<Input> all = new ArrayList<>();
        // JSON bodies the parser stops in
        all.add(in("json-body", "POST", "/v1/decisions", "application/json", "{\"ruleSet\": " + NAME + "}"));
        all.add(in("json-body", "POST", "/v1/decisions", "application/json", NAME));
        all.add(in("json-body", "POST", "/v1/decisions", "application/json", "{\"" + NAME + "\" 1}"));
        all.add(in("json-body", "POST", "/v1/decisions", "application/json", request.replace("\"ruleSet\":\"sspp-top-up\"",
                "\"ruleSet\":\"" + NAME + "\"")));
        all.add(in("json-body", "POST", "/v1/decisions", "application/json", request.replace("\"policy\":\"current\"",
                "\"policy\":\"" + NAME + "\"").replace("\"asOf\"", "\"policy\":\"" + NAME + "\",\"asOf\"")));
        all.add(in("json-body", "POST", "/v1/decisions", "application/json", request.replace("{\"ruleSet\"",
                "{\"" + NAME + " \":1,\"ruleSet\"")));
        all.add(in("json-body", "POST", "/v1/simulations", "application/json", "{\"cases\": [" + NAME + "]}"));
        // NDJSON lines
        all.add(in("ndjson-line", "POST", "/v1/decisions", "application/x-ndjson", request + "\n{\"ruleSet\": " + NAME + "}\n"));
        all.add(in("ndjson-line", "POST", "/v1/decisions", "application/x-ndjson", NAME + "\n"));
        all.add(in("ndjson-line", "POST", "/v1/decisions", "application/x-ndjson", request.replace("\"ruleSet\":\"sspp-top-up\"",
                "\"ruleSet\":\"" + NAME + "\"") + "\n"));
        // policies
        all.add(in("policies", "POST", "/v1/simulations", "application/json", cohort("\"policies\": [\"current\", \"" + NAME + "\"]")));
        all.add(in("policies", "POST", "/v1/simulations", "application/json", cohort("\"policies\": [\"" + NAME + "/dbv-option-4\"]")));
        ArrayNode many = JSON.createArrayNode();
        for (int i = 0; i < 80_000; i++) {
            many.add(NAME + i);
        }
        all.add(in("policies", "POST", "/v1/simulations", "application/json", cohort("\"policies\": " + many)));
        all.add(in("policies", "POST", "/v1/simulations?ruleSet=sspp-top-up&asOf=2026-01-15&policies=current," + q, "text/csv",
                CSV_HEADER + "\n" + CSV_ROW + "\n"));
        all.add(in("policies", "POST", "/v1/simulations?ruleSet=sspp-top-up&asOf=2026-01-15&policies=" + (q + ",").repeat(200),
                "text/csv", CSV_HEADER + "\n" + CSV_ROW + "\n"));
        // query values
        for (String param : List.of("format", "table", "costNeutralTolerance")) {
            all.add(in("query-value", "POST", "/v1/simulations?" + param + "=" + q + (param.equals("table") ? "&format=csv" : ""),
                    "application/json", cohort("")));
        }
        all.add(in("query-value", "POST", "/v1/simulations?ruleSet=" + q + "&asOf=2026-01-15", "text/csv", CSV_HEADER + "\n" + CSV_ROW));
        all.add(in("query-value", "POST", "/v1/simulations?ruleSet=sspp-top-up&asOf=" + q, "text/csv", CSV_HEADER + "\n" + CSV_ROW));
        all.add(in("query-value", "POST", "/v1/simulations?ruleSet=sspp-top-up", "application/json", cohort("")));
        // CSV headers and cells
        all.add(in("csv", "POST", "/v1/simulations?ruleSet=sspp-top-up&asOf=2026-01-15", "text/csv",
                CSV_HEADER + "," + NAME + "\n" + CSV_ROW + ",x\n"));
        all.add(in("csv", "POST", "/v1/simulations?ruleSet=sspp-top-up&asOf=2026-01-15", "text/csv",
                CSV_HEADER + ",Dorothea Smith born 2014\n" + CSV_ROW + ",x\n"));
        all.add(in("csv", "POST", "/v1/simulations?ruleSet=sspp-top-up&asOf=2026-01-15", "text/csv",
                CSV_HEADER + "\n" + CSV_ROW.replace(",true,3,", "," + NAME + ",3,") + "\n"));
        all.add(in("csv", "POST", "/v1/simulations?ruleSet=sspp-top-up&asOf=2026-01-15", "text/csv",
                CSV_HEADER + "\n" + CSV_ROW.replace(",3,", "," + NAME + ",") + "\n"));
        all.add(in("csv", "POST", "/v1/simulations?asOf=2026-01-15", "text/csv",
                "ruleSet," + CSV_HEADER + "\nsspp-top-up," + CSV_ROW + "\n" + NAME + "," + CSV_ROW.replace("S-1", "S-2") + "\n"));
        all.add(in("csv", "POST", "/v1/simulations?asOf=2026-01-15", "text/csv", "ruleSet," + CSV_HEADER + "\n" + NAME + "," + CSV_ROW));
        // field names the service reads itself
        all.add(in("field-name", "POST", "/v1/simulations", "application/json",
                cohort("\"highNeedsBlock\": {\"budget\": \"1.00\", \"broughtForward\": \"1.00\", \"" + NAME + " \": 1}")));
        all.add(in("field-name", "POST", "/v1/simulations", "application/json", cohort("\"" + NAME + " \": 1")));
        // paths
        all.add(in("path", "GET", "/v1/rule-sets/" + NAME, null, null));
        all.add(in("path", "GET", "/v1/rule-sets/" + NAME + "/schema", null, null));
        all.add(in("path", "GET", "/rule-sets/" + NAME + ".html", null, null));
        all.add(in("path", "GET", "/" + NAME, null, null));
        all.add(in("path", "GET", "/v1/" + q + "%20x", null, null));
        all.add(in("path", "GET", "/problems/" + NAME, null, null));
        all.add(in("path", "GET", "/assets/" + NAME + ".js", null, null));
        // headers
        all.add(in("header", "POST", "/v1/decisions", "application/" + NAME, "{}"));
        all.add(in("header", "GET", "/v1/rule-sets", null, null, "Accept", "application/" + NAME));
        all.add(in("header", "POST", "/v1/decisions", "application/json", "{", "X-Request-Id", NAME + " <script>"));
        all.add(in("header", "GET", "/v1/rule-sets", null, null, "Authorization", "Bearer " + NAME));
        all.add(in("header", "OPTIONS", "/v1/decisions", null, null, "Origin", "https://" + NAME + ".example", "Access-Control-Request-Method",
                "POST"));
        return all;
    }

    @Test
    void noAnswer_repeatsWhatWasSent_andEveryHostileInputIsRefused() throws Exception {
        DecisionService s = Services.open();
        DecisionService guarded = Services.guarded();
        Map<String, int[]> counts = new LinkedHashMap<>(); // tried, refused, escaped, crashed, hung
        List<String> escaped = new ArrayList<>();
        for (Input i : inputs()) {
            int[] c = counts.computeIfAbsent(i.kind(), k -> new int[5]);
            c[0]++;
            DecisionService target = i.headers().length > 0 && i.headers()[0].equals("Authorization") ? guarded : s;
            Http.Response r;
            try {
                r = Http.send(target, i.method(), i.path(), i.contentType(), i.body(), i.headers());
            } catch (java.net.http.HttpTimeoutException e) {
                c[4]++;
                continue;
            } catch (java.io.IOException e) {
                // a request Java's client will not send as it is: the same bytes by hand
                RawHttp.Answer a = RawHttp.exchange(target, i.method() + " " + i.path() + " HTTP/1.1\r\nHost: x\r\n"
                        + (i.contentType() == null ? "" : "Content-Type: " + i.contentType() + "\r\n")
                        + "Content-Length: " + (i.body() == null ? 0 : i.body().getBytes(StandardCharsets.UTF_8).length) + "\r\n\r\n"
                        + (i.body() == null ? "" : i.body()));
                r = null;
                tally(c, a.status(), a.headers().toString() + a.body(), i, escaped);
                continue;
            }
            boolean ndjsonAnswered = r.status() == 200 && i.kind().equals("ndjson-line") && r.body().contains("\"error\"");
            tally(c, ndjsonAnswered ? 422 : r.status(), r.raw().headers().map() + r.body(), i, escaped);
        }
        StringBuilder report = new StringBuilder("service no-echo corpus (kind: tried/refused/escaped/crashed/hung):");
        int[] total = new int[5];
        counts.forEach((k, c) -> {
            report.append(' ').append(k).append(' ').append(c[0]).append('/').append(c[1]).append('/').append(c[2]).append('/')
                    .append(c[3]).append('/').append(c[4]).append(';');
            for (int j = 0; j < 5; j++) {
                total[j] += c[j];
            }
        });
        report.append(" total ").append(total[0]).append('/').append(total[1]).append('/').append(total[2]).append('/').append(total[3])
                .append('/').append(total[4]);
        System.out.println(report);
        assertTrue(escaped.isEmpty(), "answers that repeat the input: " + escaped);
        assertEquals(total[0], total[1], "every hostile input is refused: " + report);
    }

    private static void tally(int[] c, int status, String answer, Input i, List<String> escaped) {
        if (status >= 500) {
            c[3]++;
        } else if (status >= 400) {
            c[1]++;
        }
        if (answer.contains(NAME) || answer.contains("Dorothea")) {
            c[2]++;
            escaped.add(i.kind() + " " + i.method() + " " + (i.path().length() > 80 ? i.path().substring(0, 80) : i.path()) + " -> "
                    + (answer.length() > 300 ? answer.substring(0, 300) : answer));
        }
    }

    @Test
    void httpMessages_nameHttpParameters_neverTheCommandLinesFlags() throws Exception {
        DecisionService s = Services.open();
        Http.Response r = Http.post(s, "/v1/simulations", "text/csv", CSV_HEADER + "\n" + CSV_ROW + "\n");
        assertEquals(422, r.status(), r::toString);
        assertTrue(r.body().contains("ruleSet query parameter") && r.body().contains("asOf query parameter"), r::toString);
        assertTrue(!r.body().contains("--rule-set") && !r.body().contains("--as-of"), r::toString);
    }
}
