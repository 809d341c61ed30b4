package org.senrules.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** A real HTTP client against a running service, as a council system would call it. */
final class Http {
    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private Http() {
    }

    /** A response's status, a header or two and the body. */
    record Response(int status, HttpResponse<String> raw) {
        String body() {
            return raw.body();
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + raw.body();
        }
    }

    static Response get(DecisionService s, String path, String... headers) throws IOException, InterruptedException {
        return send(s, "GET", path, null, null, headers);
    }

    static Response post(DecisionService s, String path, String contentType, String body, String... headers)
            throws IOException, InterruptedException {
        return send(s, "POST", path, contentType, body, headers);
    }

    static Response send(DecisionService s, String method, String path, String contentType, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.uri() + path.substring(1))).timeout(Duration.ofSeconds(120));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(r.statusCode(), r);
    }

    /** The project's root folder, where examples/data lives. */
    static Path root() {
        return Path.of(System.getProperty("sen.projectRoot", "..")).toAbsolutePath().normalize();
    }

    static String example(String name) throws IOException {
        return Files.readString(root().resolve("examples/data").resolve(name));
    }
}
