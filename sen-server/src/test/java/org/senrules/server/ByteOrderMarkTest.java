package org.senrules.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * One byte-order-mark rule for every kind of file the service reads, as for the engine and the
 * command line: a UTF-8 BOM at the start of a JSON body, of an NDJSON stream and of a CSV cohort
 * is skipped, and the answer is the one without it (docs/security.md).
 */
class ByteOrderMarkTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    static HttpResponse<String> post(DecisionService s, String path, String type, byte[] body) throws Exception {
        return Http.CLIENT.send(HttpRequest.newBuilder(URI.create(s.uri() + path.substring(1))).timeout(Duration.ofMinutes(2))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static byte[] withBom(String text) {
        byte[] t = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] out = new byte[t.length + 3];
        System.arraycopy(BOM, 0, out, 0, 3);
        System.arraycopy(t, 0, out, 3, t.length);
        return out;
    }

    @Test
    void aLeadingBom_isSkippedInJsonNdjsonAndCsvBodies() throws Exception {
        DecisionService s = Services.open();
        String request = JSON.readTree(Http.example(DecisionServiceTest.SSPP)).toString();
        for (String[] kind : new String[][] {
            {"/v1/decisions", "application/json", request},
            {"/v1/decisions", "application/x-ndjson", request + "\n" + request + "\n"},
            {"/v1/simulations?ruleSet=sspp-top-up&asOf=2026-01-15", "text/csv", NoEchoTest.CSV_HEADER + "\r\n" + NoEchoTest.CSV_ROW + "\r\n"},
        }) {
            HttpResponse<String> plain = post(s, kind[0], kind[1], kind[2].getBytes(java.nio.charset.StandardCharsets.UTF_8));
            HttpResponse<String> bom = post(s, kind[0], kind[1], withBom(kind[2]));
            assertEquals(200, plain.statusCode(), kind[1] + ": " + plain.body());
            assertEquals(200, bom.statusCode(), kind[1] + ": " + bom.body());
            assertEquals(plain.body(), bom.body(), kind[1] + ": the same answer with the BOM as without");
        }
    }
}
