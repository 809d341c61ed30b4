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
 * The service's limits with small settings: one place for decisions and no queue, one place for
 * streams, a time limit of one second per request and a stream idle timeout of three seconds. A
 * stream waiting for its next line holds no place for decisions, so another request is decided
 * meanwhile, but a second stream gets 503 with Retry-After; a stream that keeps sending outlives
 * the request's time limit; one that stops sending ends with a timeout line; one of more lines
 * than a cohort may have ends with a too-large line. The sleeps make the behaviour happen; nothing
 * here asserts how fast anything was.
 */
class LimitsTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static DecisionService s;
    static byte[] line;

    @BeforeAll
    static void start() throws Exception {
        s = DecisionService.builder().port(0).maxConcurrent(1, Duration.ZERO).maxStreams(1).timeout(Duration.ofSeconds(1))
                .streamIdleTimeout(Duration.ofSeconds(3)).build().start();
        assertTrue(s.awaitReady(Duration.ofMinutes(5)));
        line = (JSON.readTree(Http.example(DecisionServiceTest.SSPP)).toString() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @AfterAll
    static void stop() {
        if (s != null) {
            s.close();
        }
    }

    @Test
    void streamThatKeepsSending_holdsNoPlaceWhileItWaits_othersAreDecided_andItOutlivesTheRequestTimeLimit() throws Exception {
        int lines = 8;
        // a raw connection, so that the test decides exactly when each byte of the body is sent
        try (Socket socket = new Socket(s.uri().getHost(), s.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(head(lines * line.length));
            out.write(line);
            out.flush();
            Thread.sleep(300); // the stream is being read, waiting for its next line: it holds no place for decisions

            Http.Response meanwhile = Http.post(s, "/v1/decisions", "application/json", Http.example(DecisionServiceTest.SSPP));
            assertEquals(200, meanwhile.status(), "the one place is free while the stream waits: " + meanwhile);
            // but it holds its place for streams: a second stream is refused while it runs
            Http.Response secondStream = Http.post(s, "/v1/decisions", "application/x-ndjson", new String(line, StandardCharsets.UTF_8));
            assertEquals(503, secondStream.status(), secondStream::toString);
            assertEquals("1", secondStream.header("Retry-After"));
            assertEquals("busy", JSON.readTree(secondStream.body()).get("error").asText());
            assertTrue(secondStream.header("Content-Type").startsWith("application/problem+json"), secondStream::toString);

            for (int i = 1; i < lines; i++) {
                Thread.sleep(300); // eight lines 0.3 s apart: longer in all than the one-second limit of a request
                out.write(line);
                out.flush();
            }
            String[] answers = body(socket.getInputStream()).split("\n");
            assertEquals(lines, answers.length, String.join("\n", answers));
            for (String a : answers) {
                assertEquals("SHOW-SSPP-1", JSON.readTree(a).get("caseId").asText(), a);
            }
        }
        Http.Response after = Http.post(s, "/v1/decisions", "application/json", Http.example(DecisionServiceTest.SSPP));
        assertEquals(200, after.status(), "the place is free again: " + after);
    }

    @Test
    void streamThatStopsSending_answersWhatItRead_andEndsWithATimeoutLine() throws Exception {
        try (Socket socket = new Socket(s.uri().getHost(), s.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(head(2 * line.length));
            out.write(line);
            out.write(line, 0, 20); // the start of a second line, and then nothing
            out.flush();
            InputStream in = socket.getInputStream();
            String[] answers = body(in).split("\n");
            assertEquals(2, answers.length, String.join("\n", answers));
            assertEquals("SHOW-SSPP-1", JSON.readTree(answers[0]).get("caseId").asText(), "what was read is answered");
            JsonNode end = JSON.readTree(answers[1]);
            assertEquals("timeout", end.get("error").asText(), answers[1]);
            assertTrue(end.get("message").asText().contains("no progress for 3 s"), answers[1]);
        }
        Http.Response after = Http.post(s, "/v1/decisions", "application/json", Http.example(DecisionServiceTest.SSPP));
        assertEquals(200, after.status(), "the place is free again: " + after);
    }

    @Test
    void streamOfMoreLinesThanACohortMayHave_endsWithATooLargeLine() throws Exception {
        // a million and one empty lines (empty lines are skipped, but counted), then a request
        byte[] empty = new byte[1_000_001];
        java.util.Arrays.fill(empty, (byte) '\n');
        try (Socket socket = new Socket(s.uri().getHost(), s.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(head(line.length + empty.length + line.length));
            out.write(line);
            out.write(empty);
            out.write(line);
            out.flush();
            String[] answers = body(socket.getInputStream()).split("\n");
            assertEquals(2, answers.length, String.join("\n", answers));
            assertEquals("SHOW-SSPP-1", JSON.readTree(answers[0]).get("caseId").asText());
            JsonNode end = JSON.readTree(answers[1]);
            assertEquals("too-large", end.get("error").asText(), answers[1]);
            assertEquals(1_000_001, end.get("line").asInt(), answers[1]);
        }
    }

    private static byte[] head(long length) {
        return ("POST /v1/decisions HTTP/1.1\r\nHost: " + s.uri().getHost() + "\r\nContent-Type: application/x-ndjson\r\n"
                + "Content-Length: " + length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
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
