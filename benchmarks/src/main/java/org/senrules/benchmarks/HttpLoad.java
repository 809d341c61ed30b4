package org.senrules.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.Writer;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.senrules.server.DecisionService;

/**
 * The decision service under load on loopback: single-decision latency (p50, p99) and
 * throughput with 16 concurrent clients, then a streamed 100,000-case cohort (NDJSON in and
 * out). Starts its own service on a free port unless given {@code --url}. Run by hand only
 * (docs/performance.md); it asserts nothing.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.senrules.benchmarks.HttpLoad [--clients 16] [--warmup 20] [--seconds 30]
 *      [--cohort 100000] [--url http://127.0.0.1:8080]
 * </pre>
 */
public final class HttpLoad {
    private static final ObjectMapper JSON = new ObjectMapper();

    private HttpLoad() {
    }

    public static void main(String[] args) throws Exception {
        int clients = option(args, "--clients", 16);
        int warmup = option(args, "--warmup", 20);
        int seconds = option(args, "--seconds", 30);
        int cohortSize = option(args, "--cohort", 100_000);
        String url = null;
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--url")) {
                url = args[i + 1].replaceAll("/$", "");
            }
        }
        DecisionService service = null;
        if (url == null) {
            service = DecisionService.builder().port(0).maxConcurrent(Math.max(64, clients * 2), Duration.ofSeconds(10)).build().start();
            service.awaitReady(Duration.ofMinutes(5));
            url = service.uri().toString().replaceAll("/$", "");
        }
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<String> bodies = bodies(1024);
        System.out.printf("service %s, %d clients, %d mixed sspp-top-up requests%n", url, clients, bodies.size());
        run(client, url, bodies, clients, warmup, "warm-up");
        run(client, url, bodies, clients, seconds, "measured");
        stream(client, url, cohortSize);
        if (service != null) {
            service.close();
        }
    }

    private static int option(String[] args, String name, int otherwise) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1].replace("_", "").replace(",", ""));
            }
        }
        return otherwise;
    }

    /** One request per case of the generated cohort, as single requests. */
    private static List<String> bodies(int n) throws Exception {
        List<String> out = new ArrayList<>();
        for (JsonNode c : cohort(n).get("cases")) {
            ObjectNode r = JSON.createObjectNode().put("ruleSet", "sspp-top-up").put("asOf", SsppCohort.AS_OF.toString());
            r.set("case", c);
            out.add(r.toString());
        }
        return out;
    }

    private static JsonNode cohort(int n) throws Exception {
        StringWriter w = new StringWriter();
        SsppCohort.writeJson(w, SsppCohort.cases(n, 2026));
        return JSON.readTree(w.toString());
    }

    private static void run(HttpClient client, String url, List<String> bodies, int clients, int seconds, String label)
            throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> results = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < clients; t++) {
            int offset = t * 61;
            results.add(pool.submit(() -> {
                long[] latencies = new long[1 << 16];
                int n = 0;
                for (int i = offset; System.nanoTime() < end; i++) {
                    HttpRequest req = HttpRequest.newBuilder(URI.create(url + "/v1/decisions"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i % bodies.size()))).build();
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = client.send(req, HttpResponse.BodyHandlers.ofString());
                    long t1 = System.nanoTime();
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException("status " + r.statusCode() + ": " + r.body());
                    }
                    if (n == latencies.length) {
                        latencies = Arrays.copyOf(latencies, n * 2);
                    }
                    latencies[n++] = t1 - t0;
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : results) {
            all.add(f.get());
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf("%-9s %,d decisions in %.1f s: %,.0f decisions/s; latency p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                label, merged.length, elapsed, merged.length / elapsed, merged[merged.length / 2] / 1e6,
                merged[(int) (merged.length * 0.99)] / 1e6, merged[merged.length - 1] / 1e6);
    }

    /** A cohort streamed as NDJSON from a file, answered line by line; timed from send to the last line. */
    private static void stream(HttpClient client, String url, int size) throws Exception {
        Path file = Files.createTempFile("cohort", ".ndjson");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (JsonNode c : cohort(size).get("cases")) {
                ObjectNode r = JSON.createObjectNode().put("ruleSet", "sspp-top-up").put("asOf", SsppCohort.AS_OF.toString());
                r.set("case", c);
                w.write(r.toString());
                w.write('\n');
            }
        }
        HttpRequest req = HttpRequest.newBuilder(URI.create(url + "/v1/decisions")).header("Content-Type", "application/x-ndjson")
                .timeout(Duration.ofMinutes(10)).POST(HttpRequest.BodyPublishers.ofFile(file)).build();
        long t0 = System.nanoTime();
        HttpResponse<InputStream> r = client.send(req, HttpResponse.BodyHandlers.ofInputStream());
        long lines = 0;
        long errors = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                lines++;
                errors += line.startsWith("{\"error\"") ? 1 : 0;
            }
        }
        double s = (System.nanoTime() - t0) / 1e9;
        Files.delete(file);
        System.out.printf("streamed  %,d cases (NDJSON) in %.2f s: %,d answers, %,d errors, %,.0f decisions/s%n", size, s, lines,
                errors, lines / s);
    }
}
