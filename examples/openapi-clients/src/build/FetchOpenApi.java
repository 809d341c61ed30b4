import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.senrules.server.DecisionService;

/**
 * Starts the decision service on a free loopback port, fetches its {@code /openapi.json} over
 * HTTP, as a client generator would, and writes it to the file given: the document the build's
 * Java client is generated from is the one the service serves, not a copy. Run by the build in
 * source-file mode ({@code java -cp CLASSPATH FetchOpenApi.java OUT}), before the sources are
 * generated.
 */
public class FetchOpenApi {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        try (DecisionService s = DecisionService.builder().port(0).build().start()) {
            if (!s.awaitReady(Duration.ofMinutes(5))) {
                throw new IllegalStateException("the rules did not compile within 5 minutes");
            }
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(s.uri() + "openapi.json"))
                    .timeout(Duration.ofMinutes(1)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("GET /openapi.json answered " + r.statusCode());
            }
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, r.body());
            System.out.println("FetchOpenApi: " + out + " (" + r.body().length() + " characters) from " + s.uri());
        }
    }
}
