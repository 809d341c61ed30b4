package org.senrules.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The service cannot be starved by slow clients (issue 29): a body is read whole before a place
 * for decisions is taken, so sixteen clients sending a byte at a time hold only their connections
 * while everyone else is decided; with the default minimum rate they are cut off with 408 and
 * counted; one client address cannot hold more connections than allowed. Nothing here times
 * anything: the slow clients send until the test is done with them, and every wait is generous.
 */
class SlowClientsTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final int SLOW_CLIENTS = 16;

    /** A client that sends its request's head and then its body one byte every {@code pause}, from a thread of its own. */
    static final class SlowClient implements AutoCloseable {
        final Socket socket;
        final Thread sender;

        SlowClient(DecisionService s, byte[] body, Duration pause) throws IOException {
            socket = new Socket(s.uri().getHost(), s.port());
            socket.setSoTimeout(120_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/decisions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            sender = new Thread(() -> {
                try {
                    for (byte b : body) {
                        out.write(b);
                        out.flush();
                        Thread.sleep(pause.toMillis());
                    }
                } catch (IOException | InterruptedException e) {
                    // cut off by the service, or closed by the test
                }
            });
            sender.setDaemon(true);
            sender.start();
        }

        /** True when the service has said nothing yet: the client still holds its connection. */
        boolean unanswered() throws IOException {
            socket.setSoTimeout(50);
            try {
                socket.getInputStream().read();
                return false; // an answer, or the connection's end
            } catch (SocketTimeoutException e) {
                return true;
            } finally {
                socket.setSoTimeout(120_000);
            }
        }

        @Override
        public void close() throws IOException {
            sender.interrupt();
            socket.close();
        }
    }

    static byte[] request() throws IOException {
        return JSON.readTree(Http.example(DecisionServiceTest.SSPP)).toString().getBytes(StandardCharsets.UTF_8);
    }

    /** {@code n} decisions from four threads at once; the statuses. */
    static List<Integer> normalClients(DecisionService s, int n) throws Exception {
        String body = Http.example(DecisionServiceTest.SSPP);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                answers.add(pool.submit(() -> Http.post(s, "/v1/decisions", "application/json", body).status()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : answers) {
                statuses.add(f.get(5, TimeUnit.MINUTES));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void normalClients_areDecided_whileSixteenSlowClientsHoldConnections() throws Exception {
        // two places for decisions and a short queue, as a small council server would have; no minimum rate, so
        // that the slow clients hold their connections for as long as the test needs them to
        try (DecisionService s = DecisionService.builder().port(0).maxConcurrent(2, Duration.ofMillis(500))
                .bodyReadLimits(Duration.ofMinutes(10), 0).build().start()) {
            assertTrue(s.awaitReady(Duration.ofMinutes(5)));
            List<SlowClient> slow = new ArrayList<>();
            try {
                for (int i = 0; i < SLOW_CLIENTS; i++) {
                    slow.add(new SlowClient(s, request(), Duration.ofMillis(200)));
                }
                Thread.sleep(500); // every slow client has sent its head and begun its body
                List<Integer> statuses = normalClients(s, 40);
                assertEquals(40, statuses.stream().filter(x -> x == 200).count(),
                        "every normal client is decided while the slow ones send: " + statuses);
                for (SlowClient c : slow) {
                    assertTrue(c.unanswered(), "a slow client still holds its connection while the others are decided");
                }
            } finally {
                for (SlowClient c : slow) {
                    c.close();
                }
            }
        }
    }

    @Test
    void slowClients_areCutOffWith408_andCounted_andTheOthersAreDecidedMeanwhile() throws Exception {
        try (DecisionService s = DecisionService.builder().port(0).maxConcurrent(2, Duration.ofMillis(500)).build().start()) {
            assertTrue(s.awaitReady(Duration.ofMinutes(5)));
            List<SlowClient> slow = new ArrayList<>();
            try {
                for (int i = 0; i < SLOW_CLIENTS; i++) {
                    slow.add(new SlowClient(s, request(), Duration.ofMillis(500))); // 2 bytes a second: under the 1,024 the service asks
                }
                List<Integer> statuses = normalClients(s, 20);
                assertEquals(20, statuses.stream().filter(x -> x == 200).count(), statuses::toString);
                for (SlowClient c : slow) {
                    RawHttp.Answer a = RawHttp.read(c.socket.getInputStream());
                    assertEquals(408, a.status(), a::toString);
                    assertTrue(a.header("Content-Type").startsWith("application/problem+json"), a::toString);
                    assertEquals("close", a.header("Connection"), a::toString);
                    JsonNode body = JSON.readTree(a.body());
                    assertEquals("timeout", body.get("error").asText(), a::toString);
                    assertEquals(408, body.get("status").asInt(), a::toString);
                    assertTrue(body.get("detail").asText().contains("slower than 1024 bytes a second"), a::toString);
                    assertEquals(-1, readOrEnd(c.socket.getInputStream()), "the connection is closed after the 408");
                }
                assertEquals(SLOW_CLIENTS, s.slowClientsCutOff(), "every slow client is counted");
                assertEquals(200, Http.post(s, "/v1/decisions", "application/json", Http.example(DecisionServiceTest.SSPP)).status());
            } finally {
                for (SlowClient c : slow) {
                    c.close();
                }
            }
        }
    }

    private static int readOrEnd(InputStream in) {
        try {
            return in.read();
        } catch (IOException e) {
            return -1; // reset by the service: closed all the same
        }
    }

    @Test
    void oneClientAddress_holdsNoMoreConnectionsThanAllowed() throws Exception {
        try (DecisionService s = DecisionService.builder().port(0).maxConnectionsPerClient(4).build().start()) {
            assertTrue(s.awaitReady(Duration.ofMinutes(5)));
            List<Socket> held = new ArrayList<>();
            try {
                for (int i = 0; i < 4; i++) {
                    held.add(new Socket(s.uri().getHost(), s.port()));
                }
                Thread.sleep(300); // the service has seen the four open
                try (Socket fifth = new Socket(s.uri().getHost(), s.port())) {
                    fifth.setSoTimeout(60_000);
                    fifth.getOutputStream().write("GET /health/live HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    assertEquals(-1, readOrEnd(fifth.getInputStream()), "the fifth connection is closed without an answer");
                }
            } finally {
                for (Socket h : held) {
                    h.close();
                }
            }
            // once they are closed, the address may connect again
            Http.Response again = null;
            for (int i = 0; i < 50 && (again == null || again.status() != 200); i++) {
                Thread.sleep(100);
                try {
                    again = Http.get(s, "/health/live");
                } catch (IOException e) {
                    again = null; // the service has not yet seen the four close
                }
            }
            assertEquals(200, again == null ? -1 : again.status());
        }
    }

    @Test
    void aBodyDeclaredOverTheLimit_isRefusedBeforeItIsRead_andHeadersOverTheirsAre431() throws Exception {
        DecisionService s = Services.open();
        RawHttp.Answer large = RawHttp.exchange(s, "POST /v1/decisions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + (Services.BODY_LIMIT + 1) + "\r\n\r\n{");
        assertEquals(413, large.status(), large::toString);
        assertTrue(large.header("Content-Type").startsWith("application/problem+json"), large::toString);
        assertEquals("too-large", JSON.readTree(large.body()).get("error").asText());
        RawHttp.Answer headers = RawHttp.exchange(s, "GET /health HTTP/1.1\r\nHost: x\r\nX-Padding: " + "a".repeat(9000) + "\r\n\r\n");
        assertEquals(431, headers.status(), headers::toString);
        assertTrue(headers.header("Content-Type").startsWith("application/problem+json"), headers::toString);
        assertEquals("nosniff", headers.header("X-Content-Type-Options"), headers::toString);
        assertEquals("too-large", JSON.readTree(headers.body()).get("error").asText());
    }
}
