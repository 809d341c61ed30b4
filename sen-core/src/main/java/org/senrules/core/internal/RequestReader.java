package org.senrules.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.senrules.core.InvalidRequestException;
import org.senrules.core.Request;
import org.senrules.core.Violation;
import org.senrules.core.spi.CaseInput;

/**
 * Reads the contract's request and cohort envelopes. Every violation anywhere in the document is
 * collected before anything is returned; a document with any violation yields no request at all.
 */
public final class RequestReader {
    /** The envelope's fields, in the contract's order: error messages list them so, on every run. */
    private static final List<String> SINGLE = List.of("ruleSet", "asOf", "policy", "case");
    private static final List<String> COHORT = List.of("ruleSet", "asOf", "policy", "cases");
    /** Largest cohort: the largest the project's cohort generator writes. */
    public static final int MAX_COHORT = 1_000_000;
    /** Violations listed for one document at most; a cohort with more is refused at that point. */
    public static final int MAX_VIOLATIONS = 1_000;
    /** Reads one value of a document being streamed: more of the document follows it. */
    private static final com.fasterxml.jackson.databind.ObjectReader VALUE = Json.mapper().reader()
            .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private RequestReader() {
    }

    /**
     * Parses JSON text into a tree, turning every parse failure into a violation. The text is held
     * to the same rules as bytes: a leading byte-order mark skipped, at most {@link Json#MAX_DOCUMENT} characters.
     */
    public static JsonNode parse(String json) {
        try {
            return Json.mapper().readTree(DocumentInput.withoutBom(json));
        } catch (IOException e) {
            throw notJson(e);
        }
    }

    /** A request or a cohort as read: the requests, and whether the document was a cohort. */
    public record Read(List<Request> requests, boolean cohort) {
    }

    /** As {@link #read(Reader, Catalog)}, from text. */
    public static Read read(String json, Catalog catalog) {
        return read(new StringReader(DocumentInput.withoutBom(json)), catalog);
    }

    /**
     * As {@link #read(Reader, Catalog)}, from bytes: strict UTF-8, a leading byte-order mark skipped, and at most
     * {@link Json#MAX_DOCUMENT} bytes, counted as they are read, so a larger stream is refused
     * when its cap is passed, not after it has been held in memory.
     */
    public static Read read(InputStream json, Catalog catalog) {
        Reader reader;
        try {
            reader = DocumentInput.reader(json, Json.MAX_DOCUMENT);
        } catch (IOException e) {
            throw notJson(e);
        }
        return read(reader, catalog);
    }

    /**
     * Reads a request or cohort, all or nothing, in one pass over the text. Whether the document is
     * a cohort is decided by parsing: it is one when its top-level object has the key
     * {@code cases} (however that key is escaped). The cases of a cohort are turned into records
     * as they are parsed, so the document is never held as one tree (for 100,000 cases that was
     * ten times the size of the file); a cohort that names its {@code ruleSet} after its
     * {@code cases} has its cases buffered as parser tokens until the rule set is known.
     */
    public static Read read(Reader json, Catalog catalog) {
        return parse(json, catalog, null);
    }

    /**
     * Reads a cohort as {@link #read(Reader, Catalog)} does, with every check it makes, but hands
     * its requests to {@code chunks} in document order, at most {@code chunkSize} at a time, as
     * they are parsed, so that memory does not grow with the cohort. Cases streamed so are bound
     * by no case count and no document cap, only by {@link #MAX_CASE} characters each (and every
     * other limit: nesting, string, number and name lengths, {@link #MAX_VIOLATIONS}).
     *
     * <p>A cohort is streamed when its {@code ruleSet} and {@code asOf} come before its
     * {@code cases} (as the contract writes them and {@code ./sen cohort} does); each request
     * carries the {@code policy} given before the cases, else {@code current}. A cohort that
     * names them after its cases, and a single request, are read whole, with the limits of
     * {@link #read(Reader, Catalog)}, and handed at the end.
     *
     * <p>All or nothing as {@code read} is: once a case has a violation no more requests are
     * handed, and when the document has any, {@link InvalidRequestException} lists the very
     * violations {@code read} would, after the requests before the first one have been handed.
     * The caller must then discard what it made of them.
     *
     * @return how many requests were handed
     */
    public static long stream(Reader json, Catalog catalog, int chunkSize, java.util.function.Consumer<List<Request>> chunks) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("a chunk holds at least one request, not " + chunkSize);
        }
        Sink sink = new Sink(chunkSize, java.util.Objects.requireNonNull(chunks, "chunks"));
        Read read = parse(json, catalog, sink);
        List<Request> rest = read.requests();
        for (int from = 0; from < rest.size(); from += chunkSize) {
            sink.hand(rest.subList(from, Math.min(rest.size(), from + chunkSize)));
        }
        sink.flush();
        return sink.handed;
    }

    /** Most characters of one case of a streamed cohort; a real case has a few hundred. */
    public static final int MAX_CASE = 1024 * 1024;

    /** Where a streamed cohort's requests go, a chunk at a time. */
    private static final class Sink {
        final int size;
        final java.util.function.Consumer<List<Request>> chunks;
        List<Request> pending;
        long handed;

        Sink(int size, java.util.function.Consumer<List<Request>> chunks) {
            this.size = size;
            this.chunks = chunks;
            this.pending = new ArrayList<>(size);
        }

        void add(Request r) {
            pending.add(r);
            if (pending.size() == size) {
                chunks.accept(pending);
                handed += pending.size();
                pending = new ArrayList<>(size);
            }
        }

        void hand(List<Request> chunk) {
            chunks.accept(List.copyOf(chunk));
            handed += chunk.size();
        }

        void flush() {
            if (!pending.isEmpty()) {
                chunks.accept(pending);
                handed += pending.size();
                pending = new ArrayList<>(size);
            }
        }
    }

    /** Reads a document; with a sink, a cohort whose envelope allows it is streamed into the sink. */
    private static Read parse(Reader json, Catalog catalog, Sink sink) {
        com.fasterxml.jackson.databind.ObjectMapper mapper = sink == null ? Json.mapper() : Json.uncappedMapper();
        try (Reader in = json; JsonParser raw = mapper.createParser(in)) {
            // streamed, the parser has no document cap: what is not streamed keeps read()'s cap
            Bounded p = new Bounded(raw, sink != null);
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new InvalidRequestException(List.of(new Violation("", "the document is empty; "
                        + "a request is a JSON object with ruleSet, asOf and case (or cases)")));
            }
            if (first != JsonToken.START_OBJECT) {
                p.limit(Json.MAX_DOCUMENT);
                VALUE.readTree(p);
                trailing(p);
                throw new InvalidRequestException(List.of(new Violation("", "a request is a JSON object with ruleSet, asOf and case (or cases)")));
            }
            ObjectNode envelope = mapper.createObjectNode();
            List<Violation> caseViolations = new ArrayList<>();
            List<CaseInput> cases = null;
            TokenBuffer held = null;
            boolean streamed = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (!name.equals("cases") || p.currentToken() != JsonToken.START_ARRAY) {
                    p.limit(p.offset() + Json.MAX_DOCUMENT);
                    envelope.set(name, VALUE.readTree(p));
                    continue;
                }
                // a placeholder, so that the envelope is checked as a cohort
                envelope.set("cases", mapper.createArrayNode());
                CompiledRuleSet ruleSet = ruleSetOf(envelope, catalog);
                Header header = sink == null || ruleSet == null ? null : header(envelope, ruleSet);
                p.limit(p.offset() + Json.MAX_DOCUMENT);
                if (header != null) {
                    streamCases(p, ruleSet, header, caseViolations, sink);
                    streamed = true;
                } else if (ruleSet != null) {
                    cases = readCases(p, ruleSet, caseViolations);
                } else if (envelope.has("ruleSet")) {
                    p.skipChildren(); // an unknown or faulty rule set: its cases cannot be read, and its error says so
                } else {
                    held = new TokenBuffer(p);
                    held.copyCurrentStructure(p);
                }
            }
            trailing(p);
            if (held != null) {
                CompiledRuleSet ruleSet = ruleSetOf(envelope, catalog);
                if (ruleSet != null) {
                    try (JsonParser buffered = held.asParser()) {
                        buffered.nextToken();
                        cases = readCases(buffered, ruleSet, caseViolations);
                    }
                }
            }
            Streamed read = streamed ? new Streamed(List.of(), caseViolations)
                    : cases == null ? null : new Streamed(cases, caseViolations);
            boolean cohort = envelope.has("cases");
            return new Read(read(envelope, catalog, read), cohort);
        } catch (IOException e) {
            throw notJson(e);
        }
    }

    /**
     * How the cases of a cohort being streamed are made into requests: its date and policy, and
     * whether they are handed on at all (not when the date or policy is already known to be wrong,
     * when the cases are only checked).
     */
    private record Header(String ruleSet, LocalDate asOf, String policy, boolean hand) {
    }

    /** The header of a cohort whose cases start now, or null when its date is not yet given (the cases are then held). */
    private static Header header(ObjectNode envelope, CompiledRuleSet ruleSet) {
        JsonNode date = envelope.get("asOf");
        if (date == null || date.isNull()) {
            return null;
        }
        List<Violation> ignored = new ArrayList<>(); // read() reports them, with the rest of the envelope
        LocalDate asOf = CaseReader.readDate(date, "asOf", ignored);
        String policy = Request.CURRENT;
        JsonNode p = envelope.get("policy");
        boolean hand = asOf != null && ignored.isEmpty();
        if (p != null && !p.isNull()) {
            hand &= p.isTextual() && ruleSet.hasPolicy(p.textValue());
            policy = p.isTextual() ? p.textValue() : policy;
        }
        return new Header(ruleSet.definition().id(), asOf, policy, hand);
    }

    /** Checks the cases of a cohort, the parser on their START_ARRAY, handing each valid one to the sink until one is not. */
    private static void streamCases(Bounded p, CompiledRuleSet ruleSet, Header header, List<Violation> violations, Sink sink)
            throws IOException {
        long i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String path = "cases[" + i + "]";
            p.limit(p.offset() + MAX_CASE);
            JsonNode node;
            try {
                node = VALUE.readTree(p);
            } catch (TooLarge e) {
                List<Violation> first = new ArrayList<>(violations);
                first.add(new Violation(path, "is larger than " + (MAX_CASE / (1024 * 1024)) + " MiB of JSON; a case is a few hundred characters"));
                throw new InvalidRequestException(first);
            }
            CaseInput c = ruleSet.readCase(node, path, violations);
            if (violations.size() >= MAX_VIOLATIONS) {
                List<Violation> first = new ArrayList<>(violations.subList(0, MAX_VIOLATIONS));
                first.add(new Violation("cases", "more than " + MAX_VIOLATIONS + " violations; reading stopped at " + path));
                throw new InvalidRequestException(first);
            }
            if (header.hand() && violations.isEmpty()) {
                sink.add(new Request(header.ruleSet(), header.asOf(), header.policy(), c));
            }
            i++;
        }
        p.limit(Long.MAX_VALUE);
    }

    /** Thrown by {@link Bounded} past its limit. */
    private static final class TooLarge extends DocumentInput.Refused {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super(DocumentInput.tooLarge(Json.MAX_DOCUMENT));
        }
    }

    /**
     * A parser that refuses to read past a character offset: a streamed cohort has no document
     * cap, so each part of it read into memory (a case, an envelope field, cases held until the
     * rule set is known) is bounded here instead, as it is read.
     */
    private static final class Bounded extends com.fasterxml.jackson.core.util.JsonParserDelegate {
        private final boolean active;
        private long limit = Long.MAX_VALUE;

        /** Inactive, it never refuses: {@link #read(Reader, Catalog)}'s parser has its document cap. */
        Bounded(JsonParser p, boolean active) {
            super(p);
            this.active = active;
        }

        void limit(long offset) {
            this.limit = !active || offset < 0 ? Long.MAX_VALUE : offset;
        }

        long offset() {
            return delegate instanceof com.fasterxml.jackson.core.base.ParserBase b ? b.getTokenCharacterOffset()
                    : delegate.currentTokenLocation().getCharOffset();
        }

        private <T> T checked(T value) throws IOException {
            if (limit != Long.MAX_VALUE && offset() > limit) {
                throw new TooLarge();
            }
            return value;
        }

        @Override
        public JsonToken nextToken() throws IOException {
            return checked(delegate.nextToken());
        }

        @Override
        public JsonToken nextValue() throws IOException {
            return checked(delegate.nextValue());
        }

        @Override
        public String nextFieldName() throws IOException {
            return checked(delegate.nextFieldName());
        }

        @Override
        public boolean nextFieldName(com.fasterxml.jackson.core.SerializableString str) throws IOException {
            return checked(delegate.nextFieldName(str));
        }

        @Override
        public String nextTextValue() throws IOException {
            return checked(delegate.nextTextValue());
        }

        @Override
        public int nextIntValue(int defaultValue) throws IOException {
            return checked(delegate.nextIntValue(defaultValue));
        }

        @Override
        public long nextLongValue(long defaultValue) throws IOException {
            return checked(delegate.nextLongValue(defaultValue));
        }

        @Override
        public Boolean nextBooleanValue() throws IOException {
            return checked(delegate.nextBooleanValue());
        }
    }

    private static void trailing(JsonParser p) throws IOException {
        if (p.nextToken() != null) {
            throw new InvalidRequestException(List.of(new Violation("", "there is more after the end of the request"
                    + location(p.currentLocation()))));
        }
    }

    private static CompiledRuleSet ruleSetOf(ObjectNode envelope, Catalog catalog) {
        JsonNode id = envelope.get("ruleSet");
        return id != null && id.isTextual() ? catalog.get(id.textValue()) : null;
    }

    /** Reads the cases of a cohort, the parser on their START_ARRAY; stops early once the cohort cannot be decided. */
    private static List<CaseInput> readCases(JsonParser p, CompiledRuleSet ruleSet, List<Violation> violations) throws IOException {
        List<CaseInput> cases = new ArrayList<>();
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (i >= MAX_COHORT) {
                throw new InvalidRequestException(List.of(new Violation("cases", "has more than " + MAX_COHORT + " cases")));
            }
            JsonNode node = VALUE.readTree(p);
            cases.add(ruleSet.readCase(node, "cases[" + i + "]", violations));
            if (violations.size() >= MAX_VIOLATIONS) {
                // the cohort is refused whatever follows; listing more would only cost memory
                List<Violation> first = new ArrayList<>(violations.subList(0, MAX_VIOLATIONS));
                first.add(new Violation("cases", "more than " + MAX_VIOLATIONS + " violations; reading stopped at cases[" + i + "]"));
                throw new InvalidRequestException(first);
            }
            i++;
        }
        return cases;
    }

    /** A cohort read case by case: each case, or null where it had violations, and those violations. */
    private record Streamed(List<CaseInput> cases, List<Violation> violations) {
    }

    /**
     * The violation for a document that is not JSON, too large, or not UTF-8. Jackson's own
     * messages quote the input ("Unrecognized token 'Dorothea'"), so they are never passed on:
     * each kind of failure has a fixed message, with the line and column where it was found.
     */
    /** As {@link #notJson}, for a stream refused before it is parsed. */
    public static InvalidRequestException refused(IOException e) {
        return notJson(e);
    }

    static InvalidRequestException notJson(IOException e) {
        return new InvalidRequestException(List.of(new Violation("", ParseFailure.describe(e))));
    }

    static String location(com.fasterxml.jackson.core.JsonLocation loc) {
        return loc == null || loc.getLineNr() < 0 ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
    }

    /** Reads a single request or a cohort into requests, all or nothing. */
    public static List<Request> read(JsonNode root, Catalog catalog) {
        return read(root, catalog, null);
    }

    private static List<Request> read(JsonNode root, Catalog catalog, Streamed streamed) {
        List<Violation> violations = new ArrayList<>();
        if (root == null || root.isMissingNode() || !root.isObject()) {
            throw new InvalidRequestException(List.of(new Violation("", "a request is a JSON object with ruleSet, asOf and case (or cases)")));
        }
        boolean cohort = root.has("cases");
        List<String> allowed = cohort ? COHORT : SINGLE;
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!allowed.contains(name)) {
                violations.add(new Violation(CaseReader.fieldPath("", name), cohort && name.equals("case")
                        ? "give either case or cases, not both" : "unknown field; a request has " + allowed));
            }
        }
        CompiledRuleSet ruleSet = null;
        JsonNode id = root.get("ruleSet");
        if (id == null || id.isNull()) {
            violations.add(new Violation("ruleSet", "is required"));
        } else if (!id.isTextual() || (ruleSet = catalog.get(id.textValue())) == null) {
            violations.add(new Violation("ruleSet", "unknown rule set; the rule sets are " + sorted(catalog.ruleSets().keySet())));
        }
        LocalDate asOf = date(root.get("asOf"), "asOf", violations);
        String policy = Request.CURRENT;
        JsonNode p = root.get("policy");
        if (p != null && !p.isNull()) {
            if (!p.isTextual()) {
                violations.add(new Violation("policy", "must be text"));
            } else {
                policy = p.textValue();
                if (ruleSet != null && !ruleSet.hasPolicy(policy)) {
                    violations.add(new Violation("policy", "unknown policy; the policies of "
                            + ruleSet.definition().id() + " are " + ruleSet.policies().stream().map(v -> v.name()).toList()));
                }
            }
        }
        List<Request> requests = new ArrayList<>();
        if (cohort && streamed != null) {
            // the cases were read as they were parsed, after a valid ruleSet
            violations.addAll(streamed.violations());
            for (CaseInput c : streamed.cases()) {
                if (c != null && asOf != null) {
                    requests.add(new Request(ruleSet.definition().id(), asOf, policy, c));
                }
            }
        } else if (cohort) {
            JsonNode cases = root.get("cases");
            if (!cases.isArray()) {
                violations.add(new Violation("cases", "must be a list of cases"));
            } else if (cases.size() > MAX_COHORT) {
                violations.add(new Violation("cases", "has more than " + MAX_COHORT + " cases"));
            } else if (ruleSet != null) {
                for (int i = 0; i < cases.size(); i++) {
                    CaseInput c = ruleSet.readCase(cases.get(i), "cases[" + i + "]", violations);
                    if (c != null && asOf != null) {
                        requests.add(new Request(ruleSet.definition().id(), asOf, policy, c));
                    }
                }
            }
        } else {
            JsonNode c = root.get("case");
            if (c == null || c.isNull()) {
                violations.add(new Violation("case", "is required"));
            } else if (ruleSet != null) {
                CaseInput read = ruleSet.readCase(c, "case", violations);
                if (read != null && asOf != null) {
                    requests.add(new Request(ruleSet.definition().id(), asOf, policy, read));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return requests;
    }

    private static LocalDate date(JsonNode node, String path, List<Violation> violations) {
        if (node == null || node.isNull()) {
            violations.add(new Violation(path, "is required"));
            return null;
        }
        return CaseReader.readDate(node, path, violations);
    }

    private static List<String> sorted(java.util.Collection<String> names) {
        return names.stream().sorted().toList();
    }
}
