package org.senrules.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The service's limits with small settings: one place for decisions and no queue, and a time
 * limit of one second. A stream held open takes the place, so another request gets 503 with
 * Retry-After; a stream that outlives the limit answers what it read and ends with a timeout line.
 */
class LimitsTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static DecisionService s;

    @BeforeAll
    static void start() throws Exception {
        s = DecisionService.builder().port(0).maxConcurrent(1, Duration.ZERO).timeout(Duration.ofSeconds(1)).build().start();
        assertTrue(s.awaitReady(Duration.ofMinutes(5)));
    }

    @AfterAll
    static void stop() {
        if (s != null) {
            s.close();
        }
    }

    @Test
    void slowStream_holdsThePlace_othersGet503_andItEndsWithATimeoutLine() throws Exception {
        byte[] line = (JSON.readTree(Http.example(DecisionServiceTest.SSPP)).toString() + "\n").getBytes(StandardCharsets.UTF_8);
        // a raw connection, so that the test decides exactly when each byte of the body is sent
        try (Socket socket = new Socket(s.uri().getHost(), s.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/decisions HTTP/1.1\r\nHost: " + s.uri().getHost() + "\r\nContent-Type: application/x-ndjson\r\n"
                    + "Content-Length: " + 2 * line.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(line);
            out.flush();
            Thread.sleep(500); // the stream is being read: it holds the one place

            Http.Response busy = Http.post(s, "/v1/decisions", "application/json", Http.example(DecisionServiceTest.SSPP));
            assertEquals(503, busy.status(), busy::toString);
            assertEquals("1", busy.header("Retry-After"));
            assertEquals("busy", JSON.readTree(busy.body()).get("error").asText());

            Thread.sleep(1200); // past the one-second limit
            out.write(line);
            out.flush();
            String response = body(socket.getInputStream());
            String[] lines = response.split("\n");
            assertEquals(2, lines.length, response);
            assertEquals("SHOW-SSPP-1", JSON.readTree(lines[0]).get("caseId").asText(), "what was read before the limit is answered");
            JsonNode end = JSON.readTree(lines[1]);
            assertEquals("timeout", end.get("error").asText(), response);
        }
        Http.Response after = Http.post(s, "/v1/decisions", "application/json", Http.example(DecisionServiceTest.SSPP));
        assertEquals(200, after.status(), "the place is free again: " + after);
    }

    /** The body of an HTTP/1.1 response with status 200, chunked or not. */
    private static String body(InputStream raw) throws Exception {
        DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw));
        String status = readLine(in);
        assertTrue(status.startsWith("HTTP/1.1 200"), status);
        boolean chunked = false;
        long length = -1;
        for (String h; !(h = readLine(in)).isEmpty(); ) {
            String lower = h.toLowerCase(java.util.Locale.ROOT);
            chunked |= lower.startsWith("transfer-encoding:") && lower.contains("chunked");
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).trim());
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (chunked) {
            for (int size; (size = Integer.parseInt(readLine(in).split(";")[0].trim(), 16)) > 0; ) {
                byte[] chunk = new byte[size];
                in.readFully(chunk);
                body.write(chunk);
                readLine(in);
            }
        } else if (length >= 0) {
            byte[] all = new byte[(int) length];
            in.readFully(all);
            body.write(all);
        } else {
            body.write(in.readAllBytes());
        }
        return body.toString(StandardCharsets.UTF_8);
    }

    private static String readLine(DataInputStream in) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int c; (c = in.read()) != -1 && c != '\n'; ) {
            if (c != '\r') {
                sb.append((char) c);
            }
        }
        return sb.toString();
    }
}
