package org.senrules.server.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;
import org.senrules.core.Decision;
import org.senrules.core.DecisionJson;
import org.senrules.core.InvalidRequestException;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.core.Violation;
import org.senrules.core.explain.Explainer;

/**
 * {@code POST /v1/decisions}: one request or a cohort as JSON, answered with the decision or
 * {@code {"decisions": [...]}}; with {@code Accept: text/plain}, the decisions in plain English
 * (the text of {@code ./sen decide --explain}); or a stream of requests as NDJSON, one per line,
 * answered line by line as they are decided, so a large cohort never sits in memory whole.
 */
final class DecisionsEndpoint {
    /** The text between two explained decisions, as the command line prints it. */
    static final String SEPARATOR = "----------------------------------------------------------------------\n";
    private static final int CHUNK = 1000;
    private static final int STREAM_BATCH = 256;
    /** The most lines a stream may have: as many as the largest cohort. */
    static final int MAX_STREAM_LINES = 1_000_000;
    private final Engines engines;
    private final ServiceSettings settings;

    DecisionsEndpoint(Engines engines, ServiceSettings settings) {
        this.engines = engines;
        this.settings = settings;
    }

    void handle(Context ctx) throws IOException {
        Bodies.requireJson(ctx, Bodies.NDJSON);
        SenRules engine = engines.engine();
        if (Bodies.mediaType(ctx.contentType()).equals(Bodies.NDJSON)) {
            stream(ctx, engine);
            return;
        }
        Deadline deadline = new Deadline(settings.timeout());
        byte[] body = Bodies.readBytes(ctx, settings.maxBodyBytes());
        DecisionJson.Document document = read(engine, body, "");
        List<Request> requests = document.requests();
        List<Decision<?>> decisions = new ArrayList<>(requests.size());
        for (int from = 0; from < requests.size(); from += CHUNK) {
            List<Request> chunk = requests.subList(from, Math.min(requests.size(), from + CHUNK));
            decisions.addAll(chunk.size() > 100 ? engine.decideAllInParallel(chunk) : engine.decideAll(chunk));
            deadline.check();
        }
        if (Bodies.accepts(ctx, "text/plain")) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < decisions.size(); i++) {
                text.append(i > 0 ? SEPARATOR : "").append(Explainer.explain(decisions.get(i), engine.json()));
            }
            text.append(Explainer.filesUsed(engine, decisions));
            Bodies.send(ctx, "text/plain; charset=utf-8", text.toString());
            return;
        }
        Bodies.send(ctx, Bodies.JSON, document.cohort() ? engine.json().write(decisions) : engine.json().write(decisions.get(0)));
    }

    /**
     * The requests of a body, parsed once, by the engine's own reader. Only a body the engine
     * refuses is looked at again, to keep the service's distinction: not UTF-8 or not JSON is 400
     * with the parser's words, anything else the engine refuses is 422 with its violations.
     */
    private static DecisionJson.Document read(SenRules engine, byte[] body, String path) {
        try {
            return engine.json().readDocument(new ByteArrayInputStream(body));
        } catch (InvalidRequestException e) {
            parse(Bodies.utf8(body, path), path);
            throw e;
        }
    }

    /** The JSON tree of a body, or 400 with the contract's error when it is not JSON. */
    static JsonNode parse(String body, String path) {
        try {
            JsonNode root = Json.parse(body);
            if (root == null || root.isMissingNode()) {
                throw new JsonParseProblem("the body is empty");
            }
            return root;
        } catch (JsonProcessingException | JsonParseProblem e) {
            String message = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw new ApiError(400, Json.rejection(new InvalidRequestException(List.of(new Violation(path,
                    "is not valid JSON: " + message)))), Map.of());
        }
    }

    /** An empty body, said the same way as a syntax error. */
    private static final class JsonParseProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;

        JsonParseProblem(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * One answer line per case, in the order of the input: the decision (compact), or the
     * {@code invalid-request} error with the input's {@code line} number. The request's time limit
     * does not apply: a stream runs while it makes progress. When no byte of the next line
     * arrives, or no answer can be sent, for the stream's idle timeout, it ends with a
     * {@code timeout} line; past {@link #MAX_STREAM_LINES} lines it ends with a {@code too-large}
     * line. Lines are decided in batches; whenever the reader would wait for more bytes, what it
     * has read is decided and sent first, so a client that sends a line at a time gets its answer
     * at once.
     */
    private void stream(Context ctx, SenRules engine) throws IOException {
        long maxLine = Math.min(settings.maxBodyBytes(), 1024 * 1024);
        ctx.status(200).contentType(Bodies.NDJSON + "; charset=utf-8");
        ctx.res().setBufferSize(64 * 1024);
        Duration idle = settings.streamIdleTimeout();
        EndPoint endPoint = endPoint(ctx);
        long idleBefore = endPoint == null ? -1 : endPoint.getIdleTimeout();
        if (endPoint != null) {
            endPoint.setIdleTimeout(idle.toMillis());
        }
        try (InputStream in = ctx.req().getInputStream();
             Writer out = new BufferedWriter(new OutputStreamWriter(ctx.res().getOutputStream(), StandardCharsets.UTF_8), 64 * 1024)) {
            Answers answers = new Answers(engine, out);
            LineReader reader = new LineReader(in, maxLine, () -> {
                answers.flush();
                out.flush();
            });
            try {
                answer(engine, reader, answers, maxLine);
            } catch (IOException e) {
                if (!timedOut(e)) {
                    return; // the client went away: there is no one to answer
                }
                writeLine(out, Json.compact(Json.error("timeout", "the stream made no progress for " + idle.toSeconds()
                        + " s (no line arrived, or the answers were not read); the lines before were answered")));
            }
        } catch (IOException e) {
            // the client went away, or stopped reading the answers: nothing more can be sent
        } finally {
            if (endPoint != null) {
                endPoint.setIdleTimeout(idleBefore);
            }
        }
    }

    private static void answer(SenRules engine, LineReader reader, Answers answers, long maxLine) throws IOException {
        int lineNo = 0;
        for (byte[] line; (line = reader.next()) != null; ) {
            lineNo++;
            if (lineNo > MAX_STREAM_LINES) {
                answers.line(withLine(Json.error("too-large", "the stream has more than " + MAX_STREAM_LINES
                        + " lines, the most a cohort may have; send the rest in another stream"), lineNo));
                answers.flush();
                return;
            }
            if (line.length == 0 || isBlank(line)) {
                continue;
            }
            if (line == LineReader.TOO_LONG) {
                answers.line(rejectionLine(lineNo, "", "is longer than " + maxLine + " bytes; one request per line"));
                continue;
            }
            answers.add(line, lineNo);
        }
        answers.flush();
    }

    /** True when the failure is the stream's idle timeout, however Jetty wrapped it. */
    private static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** The connection under a request, whose idle timeout a stream sets for itself; null if Jetty does not say. */
    private static EndPoint endPoint(Context ctx) {
        ServletContextRequest r = ServletContextRequest.getServletContextRequest(ctx.req());
        if (r == null || r.getConnectionMetaData() == null || r.getConnectionMetaData().getConnection() == null) {
            return null;
        }
        return r.getConnectionMetaData().getConnection().getEndPoint();
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private static String rejectionLine(int line, String path, String message) {
        return withLine(Json.rejection(new InvalidRequestException(List.of(new Violation(path, message)))), line);
    }

    private static String withLine(ObjectNode error, int line) {
        ObjectNode o = Json.object().put("error", error.path("error").asText()).put("line", line);
        error.properties().forEach(f -> {
            if (!f.getKey().equals("error")) {
                o.set(f.getKey(), f.getValue());
            }
        });
        return Json.compact(o);
    }

    /**
     * The lines read and not yet answered, and where the answers go. A batch is answered line by
     * line on every core (each line read, decided and written as JSON on its own, as a single
     * request would be), then sent in the input's order.
     */
    private static final class Answers {
        private final SenRules engine;
        private final Writer out;
        private final byte[][] pending = new byte[STREAM_BATCH][];
        private final int[] lineNos = new int[STREAM_BATCH];
        private final String[] answers = new String[STREAM_BATCH];
        private int size;

        Answers(SenRules engine, Writer out) {
            this.engine = engine;
            this.out = out;
        }

        /** A line to decide. */
        void add(byte[] line, int lineNo) throws IOException {
            pending[size] = line;
            lineNos[size] = lineNo;
            answers[size] = null;
            size++;
            if (size == STREAM_BATCH) {
                flush();
            }
        }

        /** A line's answer that is already known (an error), sent after every answer before it. */
        void line(String json) throws IOException {
            pending[size] = null;
            lineNos[size] = 0;
            answers[size] = json + "\n";
            size++;
            if (size == STREAM_BATCH) {
                flush();
            }
        }

        /** Answers what was read, in parallel for more than a few lines, and writes the answers in order. */
        void flush() throws IOException {
            if (size == 0) {
                return;
            }
            if (size > 8) {
                IntStream.range(0, size).parallel().forEach(this::answer);
            } else {
                for (int i = 0; i < size; i++) {
                    answer(i);
                }
            }
            for (int i = 0; i < size; i++) {
                out.write(answers[i]);
                answers[i] = null;
                pending[i] = null;
            }
            size = 0;
        }

        private void answer(int i) {
            if (answers[i] == null) {
                answers[i] = answerLine(engine, pending[i], lineNos[i]);
            }
        }
    }

    /**
     * The answer lines to one line of a stream: its decision, or one per case when the line is a
     * cohort, or the {@code invalid-request} error with the line's number.
     */
    static String answerLine(SenRules engine, byte[] line, int lineNo) {
        List<Request> requests;
        try {
            requests = read(engine, line, "").requests();
        } catch (InvalidRequestException e) {
            return withLine(Json.rejection(e), lineNo) + "\n";
        } catch (ApiError e) {
            return withLine(e.body, lineNo) + "\n";
        }
        StringBuilder text = new StringBuilder(requests.size() * 2048);
        for (Request r : requests) {
            try {
                text.append(engine.json().writeCompact(engine.decide(r)));
            } catch (InvalidRequestException e) {
                // a value not in force on this case's date, say: only this case is refused
                text.append(withLine(Json.rejection(e), lineNo));
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static void writeLine(Writer out, String json) throws IOException {
        out.write(json);
        out.write('\n');
    }

    /** What to do before a read that would wait for the client. */
    @FunctionalInterface
    interface BeforeWaiting {
        void run() throws IOException;
    }

    /** Lines of bytes, each at most {@code max} long; a longer one is skipped and reported. */
    static final class LineReader {
        static final byte[] TOO_LONG = new byte[] {'!'};
        private final InputStream in;
        private final long max;
        private final BeforeWaiting beforeWaiting;
        private final byte[] buf = new byte[65536];
        private int pos;
        private int len;

        LineReader(InputStream in, long max, BeforeWaiting beforeWaiting) {
            this.in = in;
            this.max = max;
            this.beforeWaiting = beforeWaiting;
        }

        byte[] next() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream(512);
            boolean tooLong = false;
            boolean any = false;
            while (true) {
                if (pos == len) {
                    if (in.available() <= 0) {
                        beforeWaiting.run();
                    }
                    len = in.read(buf);
                    pos = 0;
                    if (len <= 0) {
                        len = 0;
                        return any ? (tooLong ? TOO_LONG : line.toByteArray()) : null;
                    }
                }
                any = true;
                int start = pos;
                while (pos < len && buf[pos] != '\n') {
                    pos++;
                }
                if (!tooLong) {
                    if (line.size() + (pos - start) > max) {
                        tooLong = true;
                        line.reset();
                    } else {
                        line.write(buf, start, pos - start);
                    }
                }
                if (pos < len) {
                    pos++; // the new line
                    return tooLong ? TOO_LONG : line.toByteArray();
                }
            }
        }
    }
}
