package org.senrules.core.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.senrules.core.Decision;
import org.senrules.core.InvalidRequestException;
import org.senrules.core.ParameterUse;
import org.senrules.core.Reason;
import org.senrules.core.Violation;

/**
 * Writes decisions and rejections in the contract's JSON, field by field in a fixed order, so
 * that the same decision always gives the same bytes.
 */
public final class DecisionWriter {
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
        return render(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("decisions");
            for (Decision<?> d : decisions) {
                decision(g, d);
            }
            g.writeEndArray();
            g.writeEndObject();
        }, pretty);
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
        g.writeStringField("ruleSet", d.ruleSet());
        g.writeStringField("ruleSetVersion", d.ruleSetVersion());
        g.writeStringField("asOf", d.asOf().toString());
        g.writeStringField("policy", d.policy());
        g.writeStringField("caseId", d.caseId());
        g.writeFieldName("outcome");
        OutcomeWriter.write(g, d.outcome());
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

    /** Something that writes to a generator. */
    @FunctionalInterface
    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static String render(Body body, boolean pretty) {
        StringWriter out = new StringWriter(1024);
        write(out, body, pretty);
        return out.toString();
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
}
