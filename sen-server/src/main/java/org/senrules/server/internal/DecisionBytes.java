package org.senrules.server.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.senrules.core.Decision;
import org.senrules.core.ParameterUse;
import org.senrules.core.Reason;
import org.senrules.core.SenRules;
import org.senrules.core.domain.AcademicYear;
import org.senrules.core.domain.FinancialYear;
import org.senrules.core.domain.Money;
import org.senrules.core.spi.OutcomeFields;

/**
 * Decisions as the UTF-8 bytes of the engine's JSON ({@code DecisionJson.write} and
 * {@code writeCompact}), written by Jackson's byte generator into a buffer the thread keeps,
 * instead of the engine's character generator and a second pass to encode its text. The fields,
 * their order and the pretty printer are the engine's (sen-core's {@code DecisionWriter} and
 * {@code OutcomeWriter}); {@code DecisionBytesTest} and {@code DecisionBytesWriterTest} hold the
 * two to the same bytes. Anything this writer does not know how to write exactly as the engine
 * does (an outcome value of a kind the engine refuses, a string that is not valid UTF-16) is
 * handed to the engine's writer, so that the answer is the engine's, or the engine's error.
 */
final class DecisionBytes {
    // Jackson's defaults, as the engine's mapper writes them: no escaping of non-ASCII text
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ThreadLocal<Buffer> BUFFERS = ThreadLocal.withInitial(Buffer::new);
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    private DecisionBytes() {
    }

    /** {@code engine.json().write(decision)}, as UTF-8. */
    static byte[] pretty(SenRules engine, Decision<?> decision) {
        Buffer b = BUFFERS.get().reset();
        try (JsonGenerator g = generator(b, true)) {
            decision(g, decision);
        } catch (IOException | RuntimeException e) {
            return engine.json().write(decision).getBytes(StandardCharsets.UTF_8);
        }
        return b.toByteArray();
    }

    /** {@code engine.json().write(decisions)} ({@code {"decisions": [...]}}), as UTF-8. */
    static byte[] pretty(SenRules engine, List<Decision<?>> decisions) {
        Buffer b = BUFFERS.get().reset();
        try (JsonGenerator g = generator(b, true)) {
            g.writeStartObject();
            g.writeArrayFieldStart("decisions");
            for (Decision<?> d : decisions) {
                decision(g, d);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException | RuntimeException e) {
            return engine.json().write(decisions).getBytes(StandardCharsets.UTF_8);
        }
        return b.toByteArray();
    }

    /** {@code engine.json().writeCompact(decision)} and a line end, added to {@code out}. */
    static void compactLine(SenRules engine, Decision<?> decision, Buffer out) {
        int mark = out.size();
        try (JsonGenerator g = generator(out, false)) {
            decision(g, decision);
        } catch (IOException | RuntimeException e) {
            out.truncate(mark);
            out.write(engine.json().writeCompact(decision).getBytes(StandardCharsets.UTF_8));
        }
        out.write('\n');
    }

    private static JsonGenerator generator(OutputStream out, boolean pretty) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        if (pretty) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
        }
        return g;
    }

    private static void decision(JsonGenerator g, Decision<?> d) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleSet", d.ruleSet());
        g.writeStringField("ruleSetVersion", d.ruleSetVersion());
        g.writeStringField("asOf", d.asOf().toString());
        g.writeStringField("policy", d.policy());
        g.writeStringField("caseId", d.caseId());
        g.writeFieldName("outcome");
        value(g, d.outcome());
        g.writeArrayFieldStart("reasons");
        for (Reason r : d.reasons()) {
            g.writeStartObject();
            g.writeStringField("rule", r.rule());
            g.writeStringField("text", r.text());
            g.writeStringField("source", r.source());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("parameters");
        for (ParameterUse p : d.parameters()) {
            g.writeStartObject();
            g.writeStringField("name", p.name());
            g.writeStringField("value", p.value());
            g.writeStringField("effectiveFrom", p.effectiveFrom().toString());
            if (p.until() != null) {
                g.writeStringField("until", p.until().toString());
            }
            g.writeBooleanField("illustrative", p.illustrative());
            g.writeStringField("origin", p.origin());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeBooleanField("illustrative", d.illustrative());
        g.writeArrayFieldStart("warnings");
        for (String w : d.warnings()) {
            g.writeString(w);
        }
        g.writeEndArray();
        g.writeStringField("parametersFingerprint", d.parametersFingerprint());
        g.writeStringField("rulesFingerprint", d.rulesFingerprint());
        g.writeStringField("rulesFrom", d.rulesFrom());
        g.writeStringField("valuesFrom", d.valuesFrom());
        g.writeEndObject();
    }

    /** An outcome value, as the engine writes it: records by component, beans by their declared fields. */
    private static void value(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            g.writeNumber(((Number) value).longValue());
        } else if (value instanceof BigDecimal b) {
            g.writeNumber(b);
        } else if (value instanceof BigInteger b) {
            g.writeNumber(b);
        } else if (value instanceof Money || value instanceof LocalDate || value instanceof FinancialYear
                || value instanceof AcademicYear) {
            g.writeString(value.toString());
        } else if (value instanceof Enum<?> e) {
            g.writeString(e.name());
        } else if (value instanceof Collection<?> c) {
            g.writeStartArray();
            for (Object item : c) {
                value(g, item);
            }
            g.writeEndArray();
        } else if (value instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                value(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value.getClass().isRecord()) {
            g.writeStartObject();
            for (RecordComponent c : COMPONENTS.get(value.getClass())) {
                g.writeFieldName(c.getName());
                value(g, component(c, value));
            }
            g.writeEndObject();
        } else {
            OutcomeFields<?> fields = OutcomeFields.declaredBy(value.getClass());
            if (fields == null || value instanceof Number) {
                // the engine's writer says what is wrong with it
                throw new NotMine();
            }
            List<String> names = fields.names();
            List<Object> values = fields.values(value);
            g.writeStartObject();
            for (int i = 0; i < names.size(); i++) {
                g.writeFieldName(names.get(i));
                value(g, values.get(i));
            }
            g.writeEndObject();
        }
    }

    private static Object component(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new NotMine();
        }
    }

    /** A value this writer leaves to the engine's. */
    private static final class NotMine extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotMine() {
            super(null, null, false, false);
        }
    }

    /** A growable array of bytes, kept by a thread and reused: one per request thread, not one per answer. */
    static final class Buffer extends OutputStream {
        private byte[] bytes = new byte[8192];
        private int size;

        Buffer reset() {
            size = 0;
            if (bytes.length > 1 << 20) {
                bytes = new byte[8192]; // do not keep a large cohort's answer
            }
            return this;
        }

        int size() {
            return size;
        }

        void truncate(int to) {
            size = to;
        }

        @Override
        public void write(int b) {
            if (size == bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
            bytes[size++] = (byte) b;
        }

        @Override
        public void write(byte[] b) {
            write(b, 0, b.length);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (size + len > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + len));
            }
            System.arraycopy(b, off, bytes, size, len);
            size += len;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(bytes, size);
        }

        /** Writes what it holds to {@code out}. */
        void writeTo(OutputStream out) throws IOException {
            out.write(bytes, 0, size);
        }
    }
}
