package org.senrules.server.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.ConnectionMetaData;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.senrules.core.Decision;
import org.senrules.core.DecisionJson;
import org.senrules.core.InvalidRequestException;
import org.senrules.core.SenRules;
import org.senrules.core.Violation;
import org.senrules.core.explain.Explainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /v1/decisions}: one request or a cohort as JSON, answered with the decision or
 * {@code {"decisions": [...]}}; with {@code Accept: text/plain}, the decisions in plain English
 * (the text of {@code ./sen decide --explain}); or a stream of requests as NDJSON, one per line,
 * answered line by line as they are decided, so a large cohort never sits in memory whole.
 *
 * <p>A Jetty core handler ahead of Javalin and the servlet layer, because this is the endpoint
 * council systems call most: it does for this one route what Javalin does for the others (the
 * token check, the place for work that decides, the service's headers, error bodies and access
 * log line), and hands every other request on unchanged. See docs/performance.md, "The decision
 * service, round 3".
 */
final class DecisionsEndpoint extends Handler.Wrapper {
    private static final Logger LOG = LoggerFactory.getLogger(Routes.class);
    /** The route as the access log names it. */
    static final String ROUTE = "/v1/decisions";
    /** The text between two explained decisions, as the command line prints it. */
    static final String SEPARATOR = "----------------------------------------------------------------------\n";
    private static final int CHUNK = 1000;
    private static final int STREAM_BATCH = 256;
    /** The most lines a stream may have: as many as the largest cohort. */
    static final int MAX_STREAM_LINES = 1_000_000;
    // each thread's buffer for an answer's bytes before they are sent: a single answer, or the answer
    // to a line of a stream (on the request threads and the fork-join pool's)
    private static final ThreadLocal<AnswerBuffer> BUFFERS = ThreadLocal.withInitial(AnswerBuffer::new);
    private static final String NDJSON_TYPE = Bodies.NDJSON + "; charset=utf-8";
    private static final HttpField JSON_TYPE = new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, Bodies.JSON);
    private static final HttpField PROBLEM_TYPE = new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, Problems.MEDIA_TYPE);
    private final Engines engines;
    private final Gate gate;
    private final ServiceSettings settings;

    DecisionsEndpoint(Engines engines, Gate gate, ServiceSettings settings) {
        this.engines = engines;
        this.gate = gate;
        this.settings = settings;
    }

    /**
     * {@code POST /v1/decisions} (with or without the trailing slash, as the router matches it);
     * every other request goes on to Javalin. The answer is sent, or being sent, when this returns.
     */
    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        // the path as sent, as Javalin's router matched it: "/v1/./decisions" or "/v1/decision%73" are not this route
        if (!HttpMethod.POST.is(request.getMethod()) || !isDecisions(request.getHttpURI().getPath())) {
            return super.handle(request, response, callback);
        }
        serve(request, response, callback);
        return true;
    }

    static boolean isDecisions(String path) {
        return path != null && path.startsWith(ROUTE) && (path.length() == ROUTE.length()
                || path.length() == ROUTE.length() + 1 && path.charAt(ROUTE.length()) == '/');
    }

    /**
     * Answers the request and completes {@code callback}; the status sent. The place is given back
     * before the answer's end is sent, so that a client that sends its next request as soon as it
     * has read an answer finds the place free.
     */
    private int serve(Request request, Response response, Callback callback) {
        Ending ending;
        try {
            String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
            Bodies.requireJson(contentType, Bodies.NDJSON);
            if (Bodies.mediaType(contentType).equals(Bodies.NDJSON)) {
                // a stream takes a place for decisions only while it decides what it has read
                gate.enterStream();
                try {
                    ending = stream(request, response, callback, engines.engine());
                } finally {
                    gate.leaveStream();
                }
            } else {
                // Front has read the whole body already: the place is taken only to decide
                gate.enter();
                try {
                    ending = decide(request, response, callback);
                } finally {
                    gate.leave();
                }
            }
        } catch (ApiError e) {
            ending = answer(response, callback, e.status, PROBLEM_TYPE, e.headers, Json.pretty(e.body).getBytes(StandardCharsets.UTF_8));
        } catch (InvalidRequestException e) {
            ending = answer(response, callback, 422, PROBLEM_TYPE, Map.of(),
                    Json.pretty(Problems.invalid(422, e.violations())).getBytes(StandardCharsets.UTF_8));
        } catch (Exception | StackOverflowError e) {
            // the class and place only: an exception's message might quote a request
            StackTraceElement at = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
            LOG.error("request failed: {} at {}", e.getClass().getName(), at);
            ending = answer(response, callback, 500, PROBLEM_TYPE, Map.of(), Json.pretty(Problems.of(500, "internal",
                    "the service failed on this request; its log says where")).getBytes(StandardCharsets.UTF_8));
        }
        return ending.send();
    }

    /** What is left to send of an answer once its place is given back; the status. */
    @FunctionalInterface
    private interface Ending {
        int send();
    }

    /** A whole answer, to be sent with {@link #send}. */
    private static Ending answer(Response response, Callback callback, int status, HttpField type, Map<String, String> extra,
                                 byte[] body) {
        return () -> send(response, callback, status, type, extra, body);
    }

    private Ending decide(Request request, Response response, Callback callback) throws IOException {
        HttpFields headers = request.getHeaders();
        SenRules engine = engines.engine();
        Deadline deadline = new Deadline(settings.timeout());
        byte[] body = readBytes(request, headers.getLongField(HttpHeader.CONTENT_LENGTH), settings.maxBodyBytes());
        DecisionJson.Document document = read(engine, body, "");
        List<org.senrules.core.Request> requests = document.requests();
        List<Decision<?>> decisions = new ArrayList<>(requests.size());
        for (int from = 0; from < requests.size(); from += CHUNK) {
            List<org.senrules.core.Request> chunk = requests.subList(from, Math.min(requests.size(), from + CHUNK));
            decisions.addAll(chunk.size() > 100 ? engine.decideAllInParallel(chunk) : engine.decideAll(chunk));
            deadline.check();
        }
        if ("text/plain".equals(Negotiation.best(headers.get(HttpHeader.ACCEPT), List.of(Bodies.JSON, "text/plain")))) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < decisions.size(); i++) {
                text.append(i > 0 ? SEPARATOR : "").append(Explainer.explain(decisions.get(i), engine.json()));
            }
            text.append(Explainer.filesUsed(engine, decisions));
            // as the servlet layer wrote "text/plain; charset=utf-8"
            return answer(response, callback, 200, new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8"),
                    Map.of(), text.toString().getBytes(StandardCharsets.UTF_8));
        }
        AnswerBuffer json = BUFFERS.get().reset();
        if (document.cohort()) {
            engine.json().write(decisions, json);
        } else {
            engine.json().write(decisions.get(0), json);
        }
        return answer(response, callback, 200, JSON_TYPE, Map.of(), json.toByteArray());
    }

    /**
     * Sends {@code body} whole, with its length, and completes {@code callback} once it is
     * written; the headers in the order the service has always sent them.
     */
    private static int send(Response response, Callback callback, int status, HttpField type, Map<String, String> extra,
                            byte[] body) {
        if (response.isCommitted()) {
            callback.failed(new IOException("the answer had begun when the request failed"));
            return response.getStatus();
        }
        response.setStatus(status);
        HttpFields.Mutable h = response.getHeaders();
        h.put(type);
        common(h);
        for (Map.Entry<String, String> e : extra.entrySet()) {
            h.put(e.getKey(), e.getValue());
        }
        h.put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
        return status;
    }

    private static void common(HttpFields.Mutable h) {
        Front.securityHeaders(h);
    }

    /** The whole body, or 413 when it is over {@code max} bytes (checked before and while reading). */
    private static byte[] readBytes(Request request, long declared, long max) throws IOException {
        return Bodies.readBytes(Content.Source.asInputStream(request), declared, max);
    }

    /**
     * The requests of a body, parsed once, by the engine's own reader. A body that is not a JSON
     * document at all (not UTF-8, not JSON, empty, past the parser's limits) is 400 with the
     * engine's words, which never quote the input; anything else the engine refuses is 422 with
     * its violations.
     */
    private static DecisionJson.Document read(SenRules engine, byte[] body, String path) {
        try {
            return engine.json().readDocument(new ByteArrayInputStream(body));
        } catch (InvalidRequestException e) {
            if (notADocument(e)) {
                throw ApiError.invalid(400, e);
            }
            throw e;
        }
    }

    /** True when the engine could not read the body as a JSON document (as opposed to refusing what it says). */
    static boolean notADocument(InvalidRequestException e) {
        if (e.violations().size() != 1 || !e.violations().get(0).path().isEmpty()) {
            return false;
        }
        String m = e.violations().get(0).message();
        return m.startsWith("not valid JSON") || m.startsWith("the document is not valid UTF-8") || m.startsWith("the document is empty")
                || m.startsWith("the document is too large") || m.startsWith("the document is larger");
    }

    /** No place for decisions came free for a stream's batch. */
    private static final class StreamBusy extends IOException {
        private static final long serialVersionUID = 1L;

        StreamBusy() {
            super("busy", null);
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
    private Ending stream(Request request, Response response, Callback callback, SenRules engine) {
        long maxLine = Math.min(settings.maxBodyBytes(), 1024 * 1024);
        response.setStatus(200);
        HttpFields.Mutable h = response.getHeaders();
        h.put(HttpHeader.CONTENT_TYPE, NDJSON_TYPE);
        common(h);
        Duration idle = settings.streamIdleTimeout();
        EndPoint endPoint = endPoint(request);
        long idleBefore = endPoint == null ? -1 : endPoint.getIdleTimeout();
        if (endPoint != null) {
            endPoint.setIdleTimeout(idle.toMillis());
        }
        OutputStream sink = Content.Sink.asOutputStream(response);
        // answers go out 64 KiB at a time (one chunk each), and whenever the reader would wait
        BufferedOutputStream out = new BufferedOutputStream(sink, 64 * 1024);
        try (InputStream in = Content.Source.asInputStream(request)) {
            Answers answers = new Answers(engine, out, gate);
            LineReader reader = new LineReader(in, maxLine, () -> {
                answers.flush();
                out.flush();
            });
            try {
                answer(engine, reader, answers, maxLine);
            } catch (StreamBusy e) {
                out.write((Json.compact(Json.error("busy", "no place for decisions came free within " + settings.timeout().toSeconds()
                        + " s; the lines before were answered; send the rest again")) + "\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                if (!timedOut(e)) {
                    return failed(callback, e); // the client went away: there is no one to answer
                }
                out.write((Json.compact(Json.error("timeout", "the stream made no progress for " + idle.toSeconds()
                        + " s (no line arrived, or the answers were not read); the lines before were answered")) + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            out.flush();
        } catch (IOException e) {
            // the client went away, or stopped reading the answers: nothing more can be sent
            return failed(callback, e);
        } finally {
            if (endPoint != null) {
                endPoint.setIdleTimeout(idleBefore);
            }
        }
        // every answer is sent; the end of the body (the last chunk) follows once the place is free
        return () -> {
            try {
                sink.close();
                callback.succeeded();
            } catch (IOException e) {
                callback.failed(e);
            }
            return 200;
        };
    }

    private static Ending failed(Callback callback, Throwable e) {
        return () -> {
            callback.failed(e);
            return 200;
        };
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
    private static EndPoint endPoint(Request request) {
        ConnectionMetaData m = request.getConnectionMetaData();
        return m == null || m.getConnection() == null ? null : m.getConnection().getEndPoint();
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
        private final OutputStream out;
        private final Gate gate;
        private final byte[][] pending = new byte[STREAM_BATCH][];
        private final int[] lineNos = new int[STREAM_BATCH];
        private final byte[][] answers = new byte[STREAM_BATCH][];
        private int size;

        Answers(SenRules engine, OutputStream out, Gate gate) {
            this.engine = engine;
            this.out = out;
            this.gate = gate;
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
            answers[size] = (json + "\n").getBytes(StandardCharsets.UTF_8);
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
            // a place for decisions while this batch is decided, and only then: a stream waiting for its
            // next line holds none
            if (!gate.enterForBatch()) {
                throw new StreamBusy();
            }
            try {
                if (size > 8) {
                    IntStream.range(0, size).parallel().forEach(this::answer);
                } else {
                    for (int i = 0; i < size; i++) {
                        answer(i);
                    }
                }
            } finally {
                gate.leave();
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
    static byte[] answerLine(SenRules engine, byte[] line, int lineNo) {
        List<org.senrules.core.Request> requests;
        try {
            requests = engine.json().readDocument(new ByteArrayInputStream(line)).requests();
        } catch (InvalidRequestException e) {
            return (withLine(Json.rejection(e), lineNo) + "\n").getBytes(StandardCharsets.UTF_8);
        }
        AnswerBuffer text = BUFFERS.get().reset();
        for (org.senrules.core.Request r : requests) {
            Decision<?> d;
            try {
                d = engine.decide(r);
            } catch (InvalidRequestException e) {
                // a value not in force on this case's date, say: only this case is refused
                text.write((withLine(Json.rejection(e), lineNo) + "\n").getBytes(StandardCharsets.UTF_8));
                continue;
            }
            try {
                engine.json().writeCompact(d, text);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a buffer in memory does not fail
            }
            text.write('\n');
        }
        return text.toByteArray();
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
            // the usual case: the whole line is in the buffer, copied once
            for (int i = pos; i < len; i++) {
                if (buf[i] == '\n') {
                    if (i - pos > max) {
                        break;
                    }
                    byte[] line = Arrays.copyOfRange(buf, pos, i);
                    pos = i + 1;
                    return line;
                }
            }
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
