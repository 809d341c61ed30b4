package org.senrules.server.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.senrules.core.Decision;
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
    private final Engines engines;
    private final ServiceSettings settings;

    DecisionsEndpoint(Engines engines, ServiceSettings settings) {
        this.engines = engines;
        this.settings = settings;
    }

    void handle(Context ctx) throws IOException {
        Bodies.requireJson(ctx, Bodies.NDJSON);
        SenRules engine = engines.engine();
        Deadline deadline = new Deadline(settings.timeout());
        if (Bodies.mediaType(ctx.contentType()).equals(Bodies.NDJSON)) {
            stream(ctx, engine, deadline);
            return;
        }
        String body = Bodies.read(ctx, settings.maxBodyBytes());
        JsonNode root = parse(body, "");
        List<Request> requests = engine.json().read(body);
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
            ctx.contentType("text/plain; charset=utf-8").result(text.toString());
            return;
        }
        boolean cohort = root.has("cases");
        ctx.contentType(Bodies.JSON).result(cohort ? engine.json().write(decisions) : engine.json().write(decisions.get(0)));
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
     * {@code invalid-request} error with the input's {@code line} number. A timeout ends the
     * stream with a {@code timeout} line.
     */
    private void stream(Context ctx, SenRules engine, Deadline deadline) throws IOException {
        long maxLine = Math.min(settings.maxBodyBytes(), 1024 * 1024);
        ctx.status(200).contentType(Bodies.NDJSON + "; charset=utf-8");
        ctx.res().setBufferSize(64 * 1024);
        try (InputStream in = ctx.req().getInputStream();
             Writer out = new BufferedWriter(new OutputStreamWriter(ctx.res().getOutputStream(), StandardCharsets.UTF_8), 64 * 1024)) {
            List<Request> batch = new ArrayList<>(STREAM_BATCH);
            List<Integer> lines = new ArrayList<>(STREAM_BATCH);
            LineReader reader = new LineReader(in, maxLine);
            int lineNo = 0;
            for (byte[] line; (line = reader.next()) != null; ) {
                lineNo++;
                if (deadline.passed()) {
                    flush(engine, batch, lines, out); // what was read is answered; only what follows is not
                    writeLine(out, Json.compact(deadline.timeout().body));
                    return;
                }
                if (line.length == 0 || isBlank(line)) {
                    continue;
                }
                if (line == LineReader.TOO_LONG) {
                    flush(engine, batch, lines, out);
                    writeLine(out, rejectionLine(lineNo, "", "is longer than " + maxLine + " bytes; one request per line"));
                    continue;
                }
                try {
                    String text = Bodies.utf8(line, "");
                    parse(text, "");
                    for (Request r : engine.json().read(text)) {
                        batch.add(r);
                        lines.add(lineNo);
                    }
                } catch (InvalidRequestException e) {
                    flush(engine, batch, lines, out);
                    writeLine(out, withLine(Json.rejection(e), lineNo));
                    continue;
                } catch (ApiError e) {
                    flush(engine, batch, lines, out);
                    writeLine(out, withLine(e.body, lineNo));
                    continue;
                }
                if (batch.size() >= STREAM_BATCH) {
                    flush(engine, batch, lines, out);
                    out.flush();
                }
            }
            flush(engine, batch, lines, out);
        }
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

    private static void flush(SenRules engine, List<Request> batch, List<Integer> lines, Writer out) throws IOException {
        if (batch.isEmpty()) {
            return;
        }
        List<Decision<?>> decisions = null;
        try {
            decisions = batch.size() > 32 ? engine.decideAllInParallel(batch) : engine.decideAll(batch);
        } catch (InvalidRequestException e) {
            // a value not in force on some line's date: decide line by line to say which
        }
        for (int i = 0; i < batch.size(); i++) {
            if (decisions != null) {
                writeLine(out, engine.json().writeCompact(decisions.get(i)));
                continue;
            }
            try {
                writeLine(out, engine.json().writeCompact(engine.decide(batch.get(i))));
            } catch (InvalidRequestException e) {
                writeLine(out, withLine(Json.rejection(e), lines.get(i)));
            }
        }
        batch.clear();
        lines.clear();
    }

    private static void writeLine(Writer out, String json) throws IOException {
        out.write(json);
        out.write('\n');
    }

    /** Lines of bytes, each at most {@code max} long; a longer one is skipped and reported. */
    static final class LineReader {
        static final byte[] TOO_LONG = new byte[] {'!'};
        private final InputStream in;
        private final long max;
        private final byte[] buf = new byte[65536];
        private int pos;
        private int len;

        LineReader(InputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        byte[] next() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream(512);
            boolean tooLong = false;
            boolean any = false;
            while (true) {
                if (pos == len) {
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
