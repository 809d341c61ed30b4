package org.senrules.core.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import org.senrules.core.Decision;
import org.senrules.core.InvalidRequestException;
import org.senrules.core.ParameterUse;
import org.senrules.core.Reason;
import org.senrules.core.Violation;

/**
 * Writes decisions and rejections in the contract's JSON, field by field in a fixed order, so
 * that the same decision always gives the same bytes. A decision is written as text (Jackson's
 * character generator) or as UTF-8 bytes (its byte generator, for a service that sends them);
 * both walk the same fields here, and the bytes are the text's UTF-8 encoding exactly.
 */
public final class DecisionWriter {
    // the mapper's factory (its write limits), writing a surrogate pair as one 4-byte character,
    // as the text's UTF-8 encoding does, instead of as two escapes
    private static final JsonFactory BYTES = Json.mapper().getFactory().rebuild()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    // the contract's field names, encoded once (the generators copy them instead of escaping them again)
    private static final SerializedString RULE_SET = new SerializedString("ruleSet");
    private static final SerializedString RULE_SET_VERSION = new SerializedString("ruleSetVersion");
    private static final SerializedString AS_OF = new SerializedString("asOf");
    private static final SerializedString POLICY = new SerializedString("policy");
    private static final SerializedString CASE_ID = new SerializedString("caseId");
    private static final SerializedString OUTCOME = new SerializedString("outcome");
    private static final SerializedString REASONS = new SerializedString("reasons");
    private static final SerializedString RULE = new SerializedString("rule");
    private static final SerializedString TEXT = new SerializedString("text");
    private static final SerializedString SOURCE = new SerializedString("source");
    private static final SerializedString PARAMETERS = new SerializedString("parameters");
    private static final SerializedString NAME = new SerializedString("name");
    private static final SerializedString VALUE = new SerializedString("value");
    private static final SerializedString EFFECTIVE_FROM = new SerializedString("effectiveFrom");
    private static final SerializedString UNTIL = new SerializedString("until");
    private static final SerializedString ILLUSTRATIVE = new SerializedString("illustrative");
    private static final SerializedString ORIGIN = new SerializedString("origin");
    private static final SerializedString WARNINGS = new SerializedString("warnings");
    private static final SerializedString PARAMETERS_FINGERPRINT = new SerializedString("parametersFingerprint");
    private static final SerializedString RULES_FINGERPRINT = new SerializedString("rulesFingerprint");
    private static final SerializedString RULES_FROM = new SerializedString("rulesFrom");
    private static final SerializedString VALUES_FROM = new SerializedString("valuesFrom");

    private DecisionWriter() {
    }

    public static String write(Decision<?> d, boolean pretty) {
        return render(g -> decision(g, d), pretty);
    }

    /** What a rule set decided, written exactly as its {@link Decision} is. */
    public static String write(Decided d, boolean pretty) {
        return render(g -> decision(g, d), pretty);
    }

    public static String writeAll(List<Decision<?>> decisions, boolean pretty) {
        return render(g -> all(g, decisions), pretty);
    }

    /**
     * {@link #write(Decision, boolean)} as UTF-8 bytes, to {@code out}, which is neither flushed
     * nor closed. If it throws, {@code out} may hold part of the decision.
     */
    public static void write(Decision<?> d, boolean pretty, OutputStream out) throws IOException {
        encode(out, g -> decision(g, d), pretty);
    }

    /** {@link #writeAll(List, boolean)} as UTF-8 bytes, to {@code out}, as {@link #write(Decision, boolean, OutputStream)}. */
    public static void writeAll(List<Decision<?>> decisions, boolean pretty, OutputStream out) throws IOException {
        encode(out, g -> all(g, decisions), pretty);
    }

    private static void all(JsonGenerator g, List<Decision<?>> decisions) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("decisions");
        for (Decision<?> d : decisions) {
            decision(g, d);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** An outcome alone, compact, exactly as it appears inside a decision. */
    public static String outcome(Object outcome) {
        return render(g -> OutcomeWriter.write(g, outcome), false);
    }

    public static String rejection(InvalidRequestException e, boolean pretty) {
        return render(g -> {
            g.writeStartObject();
            g.writeStringField("error", "invalid-request");
            g.writeArrayFieldStart("violations");
            for (Violation v : e.violations()) {
                g.writeStartObject();
                g.writeStringField("path", v.path());
                g.writeStringField("message", v.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }, pretty);
    }

    /** Writes one decision to an open generator; for streaming cohorts. */
    public static void decision(JsonGenerator g, Decision<?> d) throws IOException {
        decision(g, new Decided(d.ruleSet(), d.ruleSetVersion(), d.asOf(), d.policy(), d.caseId(), d.outcome(), d.reasons(),
                d.parameters(), d.illustrative(), d.warnings(), d.parametersFingerprint(), d.rulesFingerprint(), d.rulesFrom(),
                d.valuesFrom()));
    }

    private static void decision(JsonGenerator g, Decided d) throws IOException {
        g.writeStartObject();
        field(g, RULE_SET, d.ruleSet());
        field(g, RULE_SET_VERSION, d.ruleSetVersion());
        field(g, AS_OF, d.asOf());
        field(g, POLICY, d.policy());
        g.writeFieldName(CASE_ID);
        g.writeString(d.caseId()); // one per case: not worth keeping
        g.writeFieldName(OUTCOME);
        OutcomeWriter.write(g, d.outcome());
        g.writeFieldName(REASONS);
        g.writeStartArray();
        for (Reason r : d.reasons()) {
            g.writeStartObject();
            field(g, RULE, r.rule());
            g.writeFieldName(TEXT);
            g.writeString(r.text()); // made for this decision: looking it up among the known texts costs more than it saves
            field(g, SOURCE, r.source());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName(PARAMETERS);
        g.writeStartArray();
        for (ParameterUse p : d.parameters()) {
            g.writeStartObject();
            field(g, NAME, p.name());
            field(g, VALUE, p.value());
            field(g, EFFECTIVE_FROM, p.effectiveFrom());
            if (p.until() != null) {
                field(g, UNTIL, p.until());
            }
            g.writeFieldName(ILLUSTRATIVE);
            g.writeBoolean(p.illustrative());
            field(g, ORIGIN, p.origin());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName(ILLUSTRATIVE);
        g.writeBoolean(d.illustrative());
        g.writeFieldName(WARNINGS);
        g.writeStartArray();
        for (String w : d.warnings()) {
            KnownText.write(g, w);
        }
        g.writeEndArray();
        field(g, PARAMETERS_FINGERPRINT, d.parametersFingerprint());
        field(g, RULES_FINGERPRINT, d.rulesFingerprint());
        field(g, RULES_FROM, d.rulesFrom());
        field(g, VALUES_FROM, d.valuesFrom());
        g.writeEndObject();
    }

    private static void field(JsonGenerator g, SerializedString name, String value) throws IOException {
        g.writeFieldName(name);
        KnownText.write(g, value);
    }

    private static void field(JsonGenerator g, SerializedString name, LocalDate date) throws IOException {
        g.writeFieldName(name);
        KnownText.write(g, date);
    }

    /** Something that writes to a generator. */
    @FunctionalInterface
    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static String render(Body body, boolean pretty) {
        // a char array made into a String once, not a StringWriter: its StringBuffer copied the
        // generator's buffer in char by char (43% of writing a typical decision, JFR; issue 33)
        CharArrayWriter out = new CharArrayWriter(4096);
        write(out, body, pretty);
        return out.toString();
    }

    private static void encode(OutputStream out, Body body, boolean pretty) throws IOException {
        JsonGenerator bytes = BYTES.createGenerator(out, JsonEncoding.UTF8);
        if (pretty) {
            bytes.setPrettyPrinter(new DefaultPrettyPrinter());
        }
        // the caller's stream: the caller flushes and closes it
        bytes.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        bytes.disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
        try (JsonGenerator g = new EncodedText(bytes)) {
            body.write(g);
        }
    }

    private static void write(Writer out, Body body, boolean pretty) {
        try (JsonGenerator g = Json.mapper().getFactory().createGenerator(out)) {
            if (pretty) {
                g.setPrettyPrinter(new DefaultPrettyPrinter());
            }
            // the outcome is written by the mapper, which must not close the shared generator
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Gives the byte generator each string as the text's UTF-8 encoding ({@code String.getBytes})
     * has it: a surrogate without its other half becomes {@code ?}. (The character generator
     * writes such a half as it is, and the encoding replaces it; the byte generator would write
     * it as an escape, or join it to the next character.) Text without surrogates is passed on
     * as it is.
     */
    private static final class EncodedText extends JsonGeneratorDelegate {
        EncodedText(JsonGenerator bytes) {
            super(bytes, false);
        }

        @Override
        public void writeString(String text) throws IOException {
            super.writeString(encoded(text));
        }

        @Override
        public void writeFieldName(String name) throws IOException {
            super.writeFieldName(encoded(name));
        }

        static String encoded(String s) {
            if (s == null) {
                return null;
            }
            for (int i = 0; i < s.length(); i++) {
                if (Character.isSurrogate(s.charAt(i))) {
                    return pairsOnly(s, i);
                }
            }
            return s;
        }

        private static String pairsOnly(String s, int from) {
            StringBuilder b = new StringBuilder(s.length()).append(s, 0, from);
            for (int i = from; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    b.append(c).append(s.charAt(++i));
                } else {
                    b.append(Character.isSurrogate(c) ? '?' : c);
                }
            }
            return b.toString();
        }
    }
}
