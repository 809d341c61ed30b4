package org.senrules.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.senrules.core.internal.Catalog;
import org.senrules.core.internal.DecisionWriter;
import org.senrules.core.internal.RequestReader;

/**
 * The JSON contract of an engine: reads requests and cohorts, writes decisions and
 * {@code invalid-request} rejections. Obtain one with {@link SenRules#json()}.
 */
@ApiStatus(ApiStatus.Level.STABLE)
public final class DecisionJson {
    private final SenRules engine;

    DecisionJson(SenRules engine) {
        this.engine = engine;
    }

    /**
     * The engine whose contract this is: its rule sets and policies, for tools that show a
     * decision with their titles.
     *
     * @since 1.2
     */
    public SenRules engine() {
        return engine;
    }

    /**
     * Reads a request ({@code "case"}) or a cohort ({@code "cases"}).
     *
     * @throws InvalidRequestException listing every violation, if anything is wrong; nothing is returned then
     */
    public List<Request> read(String json) {
        return RequestReader.read(json, engine.catalog()).requests();
    }

    /**
     * As {@link #read(String)}, from UTF-8 bytes: the stream is decoded strictly (invalid or
     * overlong UTF-8 and a byte-order mark are refused) and refused once it passes 512 MiB,
     * counted as it is read. A cohort is read case by case, so it needs little more memory than
     * its cases.
     */
    public List<Request> read(InputStream json) {
        return readDocument(json).requests();
    }

    /**
     * As {@link #read(InputStream)}, saying also whether the document was a cohort: one whose
     * top-level object has the key {@code cases}, found by parsing it (so an escaped key or
     * leading spaces make no difference). A cohort is answered with {@code {"decisions": [...]}}
     * even when it has one case.
     *
     * @throws InvalidRequestException listing every violation, if anything is wrong
     */
    public Document readDocument(InputStream json) {
        RequestReader.Read read = RequestReader.read(json, engine.catalog());
        return new Document(read.requests(), read.cohort());
    }

    /**
     * Reads a cohort case by case, for work whose memory must not grow with the cohort (the
     * simulator): its requests are handed to {@code chunks} in document order, at most
     * {@code chunkSize} at a time, as they are read. Every check of {@link #read(InputStream)}
     * is made, and every limit kept, but two: a cohort whose {@code ruleSet} and {@code asOf}
     * come before its {@code cases} may have any number of cases and be of any length, each case
     * at most 1 MiB of JSON. Each request carries the policy named before the cases, else
     * {@code current}. A cohort that names its rule set or date after its cases, and a single
     * request, are read whole, with {@code read}'s limits, and then handed on.
     *
     * <p>All or nothing, as {@code read} is: once a case has a violation no more requests are
     * handed, and if the document has any violation, {@link InvalidRequestException} lists the
     * very violations {@code read} would, after the requests before the first one were handed.
     * Discard whatever was made of them then.
     *
     * @return how many requests were handed
     * @throws InvalidRequestException listing every violation, if anything is wrong
     * @throws IllegalArgumentException if {@code chunkSize} is less than 1
     */
    public long readCohort(InputStream json, int chunkSize, java.util.function.Consumer<List<Request>> chunks) {
        java.io.Reader reader;
        try {
            reader = org.senrules.core.internal.DocumentInput.reader(json, Long.MAX_VALUE);
        } catch (java.io.IOException e) {
            throw RequestReader.refused(e);
        }
        return RequestReader.stream(reader, engine.catalog(), chunkSize, chunks);
    }

    /**
     * The requests of one JSON document.
     *
     * @param requests the requests, in document order; never empty for a single request
     * @param cohort   true if the document was a cohort ({@code "cases"}), false for one {@code "case"}
     */
    public record Document(List<Request> requests, boolean cohort) {
        public Document {
            requests = List.copyOf(requests);
        }
    }

    /**
     * A request in the contract's shape, on one line: what {@link #read(String)} reads back as the
     * same request (a case written field by field in its declared order, an empty optional field
     * left out). Golden sets and decision records write their requests so.
     *
     * @throws IllegalArgumentException if the case holds a value the contract has no JSON for
     * @since 1.2
     */
    public String write(Request request) {
        return org.senrules.core.internal.RequestJson.write(request);
    }

    /** One decision in the contract's shape. */
    public String write(Decision<?> decision) {
        return DecisionWriter.write(decision, true);
    }

    /** Decisions as {@code {"decisions": [...]}}. */
    public String write(List<Decision<?>> decisions) {
        return DecisionWriter.writeAll(decisions, true);
    }

    /** One decision on one line, for streaming. */
    public String writeCompact(Decision<?> decision) {
        return DecisionWriter.write(decision, false);
    }

    /**
     * As {@link #write(Decision)}, as UTF-8 bytes written to {@code out}: the same bytes as
     * {@code write(decision).getBytes(UTF_8)}, without the text between. {@code out} is neither
     * flushed nor closed; if this throws, {@code out} may hold part of the decision.
     *
     * @throws IOException if {@code out} does, or if the decision is nested deeper than the
     *                     engine writes (where {@link #write(Decision)} throws it unchecked)
     */
    public void write(Decision<?> decision, OutputStream out) throws IOException {
        DecisionWriter.write(decision, true, out);
    }

    /** As {@link #write(List)}, as UTF-8 bytes written to {@code out}, as {@link #write(Decision, OutputStream)}. */
    public void write(List<Decision<?>> decisions, OutputStream out) throws IOException {
        DecisionWriter.writeAll(decisions, true, out);
    }

    /**
     * As {@link #writeCompact(Decision)}, as UTF-8 bytes written to {@code out}, as
     * {@link #write(Decision, OutputStream)}; no line end is added.
     */
    public void writeCompact(Decision<?> decision, OutputStream out) throws IOException {
        DecisionWriter.write(decision, false, out);
    }

    /** The contract's {@code invalid-request} error. */
    public String write(InvalidRequestException rejection) {
        return DecisionWriter.rejection(rejection, true);
    }

    /**
     * Answers a JSON request or cohort with JSON: a decision, {@code {"decisions": [...]}} for a
     * cohort, or the {@code invalid-request} error. Never throws for bad input.
     */
    public Answer answer(String requestJson) {
        return answer(() -> RequestReader.read(requestJson, engine.catalog()));
    }

    /** As {@link #answer(String)}, from UTF-8 bytes read as {@link #read(InputStream)} reads them. */
    public Answer answer(InputStream requestJson) {
        return answer(() -> RequestReader.read(requestJson, engine.catalog()));
    }

    private Answer answer(java.util.function.Supplier<RequestReader.Read> request) {
        RequestReader.Read read;
        try {
            read = request.get();
        } catch (InvalidRequestException e) {
            return new Answer(false, write(e));
        }
        return answer(read.requests(), read.cohort());
    }

    private Answer answer(List<Request> requests, boolean cohort) {
        try {
            List<Decision<?>> decisions = engine.decideAll(requests);
            return new Answer(true, cohort ? write(decisions) : write(decisions.get(0)));
        } catch (InvalidRequestException e) {
            return new Answer(false, write(e));
        }
    }

    /**
     * The JSON answer to a request.
     *
     * @param decided true for decisions, false for an {@code invalid-request} error
     * @param json    the JSON text
     */
    public record Answer(boolean decided, String json) {
    }
}
