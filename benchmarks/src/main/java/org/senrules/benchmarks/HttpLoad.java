package org.senrules.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.senrules.server.DecisionService;

/**
 * The decision service under load on loopback: single-decision latency (p50, p99) and
 * throughput with 16 concurrent clients, then a streamed 100,000-case cohort (NDJSON in and
 * out). Run by hand only (docs/performance.md); it asserts nothing but the answers' order.
 *
 * <p>Where the service runs: by default in this JVM; with {@code --spawn}, as a JVM of its own
 * (this class with {@code --serve}), so that the client's threads and the service's do not share
 * one heap, one JIT and one garbage collector; with {@code --url}, whatever already listens
 * there (such as {@code ./sen serve}). {@code --warmup-requests} and {@code --requests} make the
 * phases a number of requests instead of a number of seconds; {@code --stream-warmup N} streams N
 * cases before the measured cohort, so that the stream is measured warm as the single decisions are. Each phase reports the CPU time per request of the client
 * process and, when it is known (in this JVM, or spawned), of the service process.
 *
 * <p>The client: {@code --client raw} (the default) keeps one HTTP/1.1 connection per client
 * thread on a plain socket, and streams the cohort on one connection while another thread reads
 * the answers (a stream's client must read while it sends, or both ends stop once the socket
 * buffers are full); {@code --client jdk} uses {@code java.net.http.HttpClient} for the single
 * decisions, as the first round measured.
 *
 * <p>With {@code --slow-clients N} (issue 29), N clients hold connections through the measured
 * phase, each sending a decision's body one byte every {@code --slow-pause-ms} (1,000 by default)
 * and connecting again as soon as the service cuts it off: the p99 of the normal clients'
 * decisions is then the one that matters, and the report says how many slow bodies were cut off
 * (408) and how many connections the service closed.
 *
 * <pre>
 * java -Xmx1g -cp benchmarks/target/benchmarks.jar org.senrules.benchmarks.HttpLoad [--clients 16] [--warmup 20]
 *      [--seconds 30] [--warmup-requests N] [--requests N] [--cohort 100000] [--client raw|jdk]
 *      [--slow-clients 16 [--slow-pause-ms 1000]]
 *      [--stream-warmup N] [--spawn [--service-heap 1g]] [--url http://127.0.0.1:8080]
 * java -cp benchmarks/target/benchmarks.jar org.senrules.benchmarks.HttpLoad --serve [--port 8080]
 * </pre>
 */
public final class HttpLoad {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LISTENING = "listening ";
    /** Connections the raw client opened: one per client thread and phase when the service keeps them alive. */
    private static final java.util.concurrent.atomic.AtomicInteger CONNECTIONS = new java.util.concurrent.atomic.AtomicInteger();

    private HttpLoad() {
    }

    public static void main(String[] args) throws Exception {
        if (flag(args, "--serve")) {
            serve(args);
            return;
        }
        int clients = option(args, "--clients", 16);
        int warmup = option(args, "--warmup", 20);
        int seconds = option(args, "--seconds", 30);
        int cohortSize = option(args, "--cohort", 100_000);
        String clientKind = text(args, "--client", "raw");
        String url = text(args, "--url", null);
        DecisionService service = null;
        Process spawned = null;
        if (url != null) {
            if (text(args, "--places", null) != null) {
                throw new IllegalArgumentException("--places sets the places of a service this harness starts; with --url, start"
                        + " the service with ./sen serve --max-concurrent N instead");
            }
            url = url.replaceAll("/$", "");
        } else if (flag(args, "--spawn")) {
            spawned = spawn(text(args, "--service-heap", "1g"), clients, option(args, "--places", 0));
            url = awaitListening(spawned);
        } else {
            service = DecisionService.builder().port(0)
                    .maxConcurrent(option(args, "--places", Math.max(64, clients * 2)), Duration.ofSeconds(10)).build()
                    .start();
            service.awaitReady(Duration.ofMinutes(5));
            url = service.uri().toString().replaceAll("/$", "");
        }
        Cpu cpu = new Cpu(spawned, service != null);
        try {
            List<byte[]> bodies = bodies(1024);
            System.out.printf("service %s (%s), client %s, %d clients, %d mixed sspp-top-up requests, %d cores%n", url,
                    spawned != null ? "its own JVM, pid " + spawned.pid() : service != null ? "in this JVM" : "given",
                    clientKind, clients, bodies.size(), Runtime.getRuntime().availableProcessors());
            // by count, when given: under a varying load a phase of fixed length leaves the JIT at a varying stage
            run(clientKind, url, bodies, clients, warmup, option(args, "--warmup-requests", 0), "warm-up", cpu);
            int slow = option(args, "--slow-clients", 0);
            try (SlowClients holding = slow > 0 ? new SlowClients(url, slow, option(args, "--slow-pause-ms", 1000)) : null) {
                run(clientKind, url, bodies, clients, seconds, option(args, "--requests", 0), slow > 0 ? "measured, " + slow
                        + " slow clients holding connections" : "measured", cpu);
                if (holding != null) {
                    System.out.println("          " + holding.report());
                }
            }
            int streamWarmup = option(args, "--stream-warmup", 0);
            if (streamWarmup > 0) {
                // the stream's own code (the line reader, the batches on every core, the compact JSON) compiled first
                stream(url, streamWarmup, cpu, "stream warm-up");
            }
            if (cohortSize > 0) {
                stream(url, cohortSize, cpu, "streamed ");
            }
        } finally {
            if (service != null) {
                service.close();
            }
            if (spawned != null) {
                spawned.getOutputStream().close(); // the service stops when its stdin ends
                if (!spawned.waitFor(30, TimeUnit.SECONDS)) {
                    spawned.destroy();
                }
            }
        }
    }

    /** {@code --serve}: the service alone, until standard input ends; prints the address it listens on. */
    private static void serve(String[] args) throws Exception {
        int clients = option(args, "--clients", 16);
        if (System.getProperty("org.slf4j.simpleLogger.log.org.senrules.server") == null) {
            // the access log at info, as ./sen serve writes it
            System.setProperty("org.slf4j.simpleLogger.log.org.senrules.server", "info");
        }
        try (DecisionService s = DecisionService.builder().port(option(args, "--port", 0))
                .maxConcurrent(option(args, "--places", Math.max(64, clients * 2)), Duration.ofSeconds(10)).build().start()) {
            s.awaitReady(Duration.ofMinutes(5));
            System.out.println(LISTENING + s.uri().toString().replaceAll("/$", ""));
            System.out.flush();
            System.in.transferTo(OutputStream.nullOutputStream());
        }
    }

    private static Process spawn(String heap, int clients, int places) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = Files.createTempFile("httpload-service", ".log");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap));
        String extra = System.getProperty("httpload.serviceJvmArgs");
        if (extra != null && !extra.isBlank()) {
            command.addAll(Arrays.asList(extra.trim().split("\\s+")));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), HttpLoad.class.getName(), "--serve", "--clients",
                Integer.toString(clients)));
        if (places > 0) {
            command.addAll(List.of("--places", Integer.toString(places)));
        }
        System.out.println("service command: " + String.join(" ", command).replace(System.getProperty("java.class.path"), "…")
                + "; its log (stderr): " + log);
        return new ProcessBuilder(command).redirectError(log.toFile()).start();
    }

    private static String awaitListening(Process p) throws IOException, InterruptedException {
        BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            if (line.startsWith(LISTENING)) {
                return line.substring(LISTENING.length()).trim();
            }
        }
        throw new IllegalStateException("the service ended before it listened; exit status " + p.waitFor()
                + "; see its log");
    }

    private static boolean flag(String[] args, String name) {
        return Arrays.asList(args).contains(name);
    }

    private static String text(String[] args, String name, String otherwise) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return otherwise;
    }

    private static int option(String[] args, String name, int otherwise) {
        String v = text(args, name, null);
        return v == null ? otherwise : Integer.parseInt(v.replace("_", "").replace(",", ""));
    }

    /** One request per case of the generated cohort, as single requests. */
    private static List<byte[]> bodies(int n) throws Exception {
        List<byte[]> out = new ArrayList<>();
        for (JsonNode c : cohort(n).get("cases")) {
            ObjectNode r = JSON.createObjectNode().put("ruleSet", "sspp-top-up").put("asOf", SsppCohort.AS_OF.toString());
            r.set("case", c);
            out.add(r.toString().getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    private static JsonNode cohort(int n) throws Exception {
        StringWriter w = new StringWriter();
        SsppCohort.writeJson(w, SsppCohort.cases(n, 2026));
        return JSON.readTree(w.toString());
    }

    /**
     * Clients that hold connections by sending a body a byte at a time, each on a thread of its
     * own, connecting again whenever the service cuts one off, until closed.
     */
    private static final class SlowClients implements AutoCloseable {
        private final List<Thread> threads = new ArrayList<>();
        private final java.util.concurrent.atomic.AtomicInteger cutOff = new java.util.concurrent.atomic.AtomicInteger();
        private final java.util.concurrent.atomic.AtomicInteger otherAnswers = new java.util.concurrent.atomic.AtomicInteger();
        private final java.util.concurrent.atomic.AtomicInteger closedWithoutAnswer = new java.util.concurrent.atomic.AtomicInteger();
        private final java.util.concurrent.atomic.AtomicInteger connections = new java.util.concurrent.atomic.AtomicInteger();
        private volatile boolean done;

        SlowClients(String url, int n, int pauseMillis) throws Exception {
            URI base = URI.create(url);
            byte[] body = bodies(1).get(0);
            for (int i = 0; i < n; i++) {
                Thread t = new Thread(() -> {
                    while (!done) {
                        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
                            connections.incrementAndGet();
                            OutputStream out = socket.getOutputStream();
                            out.write(("POST /v1/decisions HTTP/1.1\r\nHost: " + base.getHost() + "\r\nContent-Type: application/json\r\n"
                                    + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                            out.flush();
                            InputStream in = socket.getInputStream();
                            for (int b = 0; b < body.length && !done; b++) {
                                out.write(body[b]);
                                out.flush();
                                Thread.sleep(pauseMillis);
                                if (in.available() > 0) {
                                    break;
                                }
                            }
                            if (done) {
                                return;
                            }
                            socket.setSoTimeout(60_000);
                            String status = Head.line(in);
                            if (status.startsWith("HTTP/1.1 408")) {
                                cutOff.incrementAndGet();
                            } else {
                                otherAnswers.incrementAndGet();
                            }
                        } catch (IOException e) {
                            if (!done) {
                                closedWithoutAnswer.incrementAndGet();
                            }
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }, "slow-client-" + i);
                t.setDaemon(true);
                t.start();
                threads.add(t);
            }
            Thread.sleep(500); // every slow client has connected and begun its body
        }

        String report() {
            return String.format("slow clients: %,d connections opened, %,d bodies cut off with 408, %,d other answers, %,d closed "
                    + "without an answer", connections.get(), cutOff.get(), otherAnswers.get(), closedWithoutAnswer.get());
        }

        @Override
        public void close() {
            done = true;
            for (Thread t : threads) {
                t.interrupt();
            }
            for (Thread t : threads) {
                try {
                    t.join(5_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** A client that sends one request after another, each answered before the next. */
    private interface Client extends AutoCloseable {
        /** The status; the answer's body is read whole. */
        int post(byte[] body) throws Exception;

        @Override
        void close() throws IOException;
    }

    private static Client client(String kind, String url) throws IOException {
        URI base = URI.create(url);
        if (kind.equals("jdk")) {
            HttpClient jdk = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            URI target = URI.create(url + "/v1/decisions");
            return new Client() {
                @Override
                public int post(byte[] body) throws Exception {
                    HttpRequest req = HttpRequest.newBuilder(target).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
                    return jdk.send(req, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
                }

                @Override
                public void close() {
                }
            };
        }
        if (!kind.equals("raw")) {
            throw new IllegalArgumentException("--client is raw or jdk, not " + kind);
        }
        return new RawClient(base.getHost(), base.getPort());
    }

    private static void run(String kind, String url, List<byte[]> bodies, int clients, int seconds, int requests, String label,
                            Cpu cpu) throws Exception {
        long end = requests > 0 ? Long.MAX_VALUE : System.nanoTime() + seconds * 1_000_000_000L;
        java.util.concurrent.atomic.AtomicInteger left = new java.util.concurrent.atomic.AtomicInteger(requests > 0 ? requests
                : Integer.MAX_VALUE);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> results = new ArrayList<>();
        Cpu.Mark before = cpu.mark();
        int connectionsBefore = CONNECTIONS.get();
        for (int t = 0; t < clients; t++) {
            int offset = t * 61;
            results.add(pool.submit(() -> {
                long[] latencies = new long[1 << 16];
                int n = 0;
                try (Client c = client(kind, url)) {
                    for (int i = offset; System.nanoTime() < end && left.getAndDecrement() > 0; i++) {
                        long t0 = System.nanoTime();
                        int status = c.post(bodies.get(i % bodies.size()));
                        long t1 = System.nanoTime();
                        if (status != 200) {
                            throw new IllegalStateException("status " + status);
                        }
                        if (n == latencies.length) {
                            latencies = Arrays.copyOf(latencies, n * 2);
                        }
                        latencies[n++] = t1 - t0;
                    }
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : results) {
            all.add(f.get());
        }
        Cpu.Mark after = cpu.mark();
        pool.shutdown();
        long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        double elapsed = (after.wall - before.wall) / 1e9;
        System.out.printf("%-9s %,d decisions in %.1f s: %,.0f decisions/s; latency p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                label, merged.length, elapsed, merged.length / elapsed, merged[merged.length / 2] / 1e6,
                merged[(int) (merged.length * 0.99)] / 1e6, merged[merged.length - 1] / 1e6);
        System.out.println("          " + cpu.perRequest(before, after, merged.length));
        System.out.println("          " + cpu.threadsBetween(before, after));
        if (kind.equals("raw")) {
            // a connection the service closed would have ended its client thread with an error
            System.out.printf("          %,d connections for %,d requests (kept alive)%n", CONNECTIONS.get() - connectionsBefore,
                    merged.length);
        }
    }

    /**
     * A cohort streamed as NDJSON from a file on one connection, answered line by line while it
     * is sent; timed from the first byte sent to the last answer read. Every answer's case id is
     * checked against the request's on the same line number.
     */
    private static void stream(String url, int size, Cpu cpu, String label) throws Exception {
        Path file = Files.createTempFile("cohort", ".ndjson");
        List<String> ids = new ArrayList<>(size);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (JsonNode c : cohort(size).get("cases")) {
                ObjectNode r = JSON.createObjectNode().put("ruleSet", "sspp-top-up").put("asOf", SsppCohort.AS_OF.toString());
                r.set("case", c);
                ids.add(c.get("caseId").asText());
                w.write(r.toString());
                w.write('\n');
            }
        }
        URI base = URI.create(url);
        long length = Files.size(file);
        Cpu.Mark before = cpu.mark();
        long lines = 0;
        long errors = 0;
        long misplaced = 0;
        long answerBytes = 0;
        String status;
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            Thread sender = new Thread(() -> {
                try {
                    out.write(("POST /v1/decisions HTTP/1.1\r\nHost: " + base.getHost() + "\r\nContent-Type: application/x-ndjson\r\n"
                            + "Content-Length: " + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    try (InputStream in = Files.newInputStream(file)) {
                        in.transferTo(out);
                    }
                    out.flush();
                } catch (IOException e) {
                    System.out.println("streamed  sending stopped: " + e);
                }
            }, "httpload-stream-sender");
            sender.start();
            BufferedInputStream in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
            Head head = Head.read(in);
            status = head.status;
            InputStream body = head.body(in);
            // each answer line is looked at as bytes (its start, and the case id near it), not made into a
            // String: the harness shares the two cores with the service, so its checking should cost little
            byte[] line = new byte[1 << 14];
            int lineLength = 0;
            byte[] buf = new byte[1 << 16];
            for (int n; (n = body.read(buf)) > 0; ) {
                answerBytes += n;
                int from = 0;
                for (int i = 0; i < n; i++) {
                    if (buf[i] != '\n') {
                        continue;
                    }
                    int part = i - from;
                    if (lineLength + part > line.length) {
                        line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + part));
                    }
                    System.arraycopy(buf, from, line, lineLength, part);
                    lineLength += part;
                    from = i + 1;
                    if (startsWith(line, lineLength, ERROR_START)) {
                        errors++;
                        if (errors <= 3) {
                            System.out.println("streamed  error line " + (lines + 1) + ": "
                                    + abbreviated(new String(line, 0, lineLength, StandardCharsets.UTF_8)));
                        }
                    } else if (lines >= ids.size() || !hasCaseId(line, lineLength, ids.get((int) lines))) {
                        misplaced++;
                    }
                    lineLength = 0;
                    lines++;
                }
                int rest = n - from;
                if (lineLength + rest > line.length) {
                    line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + rest));
                }
                System.arraycopy(buf, from, line, lineLength, rest);
                lineLength += rest;
            }
            sender.join();
        }
        Cpu.Mark after = cpu.mark();
        double s = (after.wall - before.wall) / 1e9;
        Files.delete(file);
        System.out.printf("%s %,d cases (NDJSON, %,d bytes in, %,d out) in %.2f s: %s, %,d answers, %,d errors, %,d out of"
                + " order, %,.0f decisions/s%n", label, size, length, answerBytes, s, status, lines, errors, misplaced, lines / s);
        System.out.println("          " + cpu.perRequest(before, after, lines));
        System.out.println("          " + cpu.threadsBetween(before, after));
    }

    private static final byte[] ERROR_START = "{\"error\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CASE_ID = "\"caseId\":\"".getBytes(StandardCharsets.US_ASCII);

    private static boolean startsWith(byte[] line, int length, byte[] prefix) {
        return length >= prefix.length && Arrays.equals(line, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** True when the line's first {@code "caseId":"…"} is {@code id} (the compact decision names it before its outcome). */
    private static boolean hasCaseId(byte[] line, int length, String id) {
        byte[] want = id.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + CASE_ID.length <= length; i++) {
            if (Arrays.equals(line, i, i + CASE_ID.length, CASE_ID, 0, CASE_ID.length)) {
                int at = i + CASE_ID.length;
                return at + want.length < length && Arrays.equals(line, at, at + want.length, want, 0, want.length)
                        && line[at + want.length] == '"';
            }
        }
        return false;
    }

    private static String abbreviated(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    /** One HTTP/1.1 connection kept open, as a council's client library would keep it. */
    private static final class RawClient implements Client {
        private final Socket socket;
        private final OutputStream out;
        private final BufferedInputStream in;
        private final byte[] head;

        RawClient(String host, int port) throws IOException {
            socket = new Socket(host, port);
            CONNECTIONS.incrementAndGet();
            socket.setTcpNoDelay(true);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
            head = ("POST /v1/decisions HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: ").getBytes(StandardCharsets.US_ASCII);
        }

        @Override
        public int post(byte[] body) throws IOException {
            byte[] length = (body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            byte[] all = new byte[head.length + length.length + body.length];
            System.arraycopy(head, 0, all, 0, head.length);
            System.arraycopy(length, 0, all, head.length, length.length);
            System.arraycopy(body, 0, all, head.length + length.length, body.length);
            out.write(all);
            out.flush();
            Head h = Head.read(in);
            h.body(in).transferTo(OutputStream.nullOutputStream());
            return Integer.parseInt(h.status.substring(9, 12));
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    /** A response's status line and the headers that frame its body. */
    private static final class Head {
        final String status;
        final long length;
        final boolean chunked;

        private Head(String status, long length, boolean chunked) {
            this.status = status;
            this.length = length;
            this.chunked = chunked;
        }

        static Head read(InputStream in) throws IOException {
            String status = line(in);
            if (!status.startsWith("HTTP/1.1 ")) {
                throw new IOException("not an HTTP/1.1 response: " + abbreviated(status));
            }
            long length = -1;
            boolean chunked = false;
            for (String h; !(h = line(in)).isEmpty(); ) {
                String lower = h.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                }
            }
            return new Head(status, length, chunked);
        }

        /** The body as a stream that ends where the body ends. */
        InputStream body(InputStream in) {
            if (chunked) {
                return new Chunked(in);
            }
            long[] left = {length < 0 ? Long.MAX_VALUE : length};
            return new InputStream() {
                @Override
                public int read() throws IOException {
                    byte[] one = new byte[1];
                    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    if (left[0] == 0) {
                        return -1;
                    }
                    int n = in.read(b, off, (int) Math.min(len, left[0]));
                    if (n > 0) {
                        left[0] -= n;
                    }
                    return n;
                }
            };
        }

        static String line(InputStream in) throws IOException {
            StringBuilder sb = new StringBuilder(64);
            for (int c; (c = in.read()) != '\n'; ) {
                if (c < 0) {
                    throw new IOException("the connection ended in a response's head");
                }
                if (c != '\r') {
                    sb.append((char) c);
                }
            }
            return sb.toString();
        }
    }

    /** A chunked body, unframed. */
    private static final class Chunked extends InputStream {
        private final InputStream in;
        private long left;
        private boolean done;

        Chunked(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (done) {
                return -1;
            }
            if (left == 0) {
                String size = Head.line(in);
                if (size.isEmpty()) {
                    size = Head.line(in); // the line end after the previous chunk
                }
                int semi = size.indexOf(';');
                left = Long.parseLong((semi < 0 ? size : size.substring(0, semi)).trim(), 16);
                if (left == 0) {
                    while (!Head.line(in).isEmpty()) {
                        // trailers
                    }
                    done = true;
                    return -1;
                }
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n < 0) {
                throw new IOException("the connection ended in a chunk");
            }
            left -= n;
            return n;
        }
    }

    /** CPU time of this process and of the spawned service, with the load average beside them. */
    private static final class Cpu {
        private final Process service;
        private final boolean together;

        Cpu(Process service, boolean together) {
            this.service = service;
            this.together = together;
        }

        record Mark(long wall, long client, long service, String load, java.util.Map<String, long[]> threads) {
        }

        Mark mark() {
            long own = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
            long other = service == null ? -1
                    : service.toHandle().info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
            return new Mark(System.nanoTime(), own, other, load(), threads(service == null ? ProcessHandle.current().pid()
                    : service.pid()));
        }

        /** User and system clock ticks per thread family (names without their numbers), from /proc. */
        private static java.util.Map<String, long[]> threads(long pid) {
            java.util.Map<String, long[]> out = new java.util.TreeMap<>();
            try (java.util.stream.Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
                for (Path t : (Iterable<Path>) tasks::iterator) {
                    try {
                        String stat = Files.readString(t.resolve("stat"));
                        int close = stat.lastIndexOf(')');
                        String name = stat.substring(stat.indexOf('(') + 1, close).replaceAll("[0-9]+", "#");
                        String[] f = stat.substring(close + 2).split(" ");
                        long[] v = out.computeIfAbsent(name, k -> new long[2]);
                        v[0] += Long.parseLong(f[11]);
                        v[1] += Long.parseLong(f[12]);
                    } catch (IOException | RuntimeException e) {
                        // a thread that ended meanwhile
                    }
                }
            } catch (IOException | RuntimeException e) {
                return out;
            }
            return out;
        }

        /** The service's threads by family, busiest first: user+system seconds in the phase (threads that ended are lost). */
        String threadsBetween(Mark a, Mark b) {
            List<java.util.Map.Entry<String, long[]>> rows = new ArrayList<>();
            long user = 0;
            long sys = 0;
            for (java.util.Map.Entry<String, long[]> e : b.threads.entrySet()) {
                long[] before = a.threads.getOrDefault(e.getKey(), new long[2]);
                long[] d = {e.getValue()[0] - before[0], e.getValue()[1] - before[1]};
                user += d[0];
                sys += d[1];
                rows.add(java.util.Map.entry(e.getKey(), d));
            }
            rows.sort((x, y) -> Long.compare(y.getValue()[0] + y.getValue()[1], x.getValue()[0] + x.getValue()[1]));
            StringBuilder sb = new StringBuilder(String.format("service threads: user %.2f s, system %.2f s;", user / 100.0, sys / 100.0));
            for (int i = 0; i < Math.min(6, rows.size()); i++) {
                long[] d = rows.get(i).getValue();
                sb.append(String.format(" %s %.2f+%.2f", rows.get(i).getKey(), d[0] / 100.0, d[1] / 100.0));
            }
            return sb.toString();
        }

        String perRequest(Mark a, Mark b, long requests) {
            if (requests == 0) {
                return "no requests";
            }
            double clientUs = (b.client - a.client) / 1e3 / requests;
            String cpu = together ? String.format("CPU %.0f µs per request (client and service in this JVM)", clientUs)
                    : service == null ? String.format("CPU per request: client %.0f µs (the service's is not known here)", clientUs)
                    : String.format("CPU per request: service %.0f µs, client %.0f µs", (b.service - a.service) / 1e3 / requests,
                            clientUs);
            return cpu + "; load average " + a.load + " → " + b.load;
        }

        private static String load() {
            try {
                String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
                return f[0] + " " + f[1] + " " + f[2];
            } catch (IOException | RuntimeException e) {
                return "unknown";
            }
        }
    }
}
