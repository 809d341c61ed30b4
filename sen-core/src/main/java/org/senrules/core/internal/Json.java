package org.senrules.core.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.LocalDate;
import org.senrules.core.domain.AcademicYear;
import org.senrules.core.domain.FinancialYear;
import org.senrules.core.domain.Money;

/**
 * The one Jackson configuration of the engine. Strict and bounded: duplicate fields are errors,
 * no polymorphic typing, and read constraints stop a hostile document before it costs memory.
 */
public final class Json {
    /** Deepest nesting a request may have; real requests need 5. */
    public static final int MAX_NESTING = 64;
    /** Longest string value, in characters. */
    public static final int MAX_STRING = 100_000;
    /** Longest number, in characters. */
    public static final int MAX_NUMBER = 40;
    /** Longest field name, in characters. */
    public static final int MAX_NAME = 1_000;
    /** Largest document, in characters or bytes: a cohort of about a million cases. */
    public static final long MAX_DOCUMENT = 512L * 1024 * 1024;

    private static final ObjectMapper MAPPER = build();
    /**
     * The same configuration without the document cap, for a cohort streamed case by case
     * ({@link RequestReader#stream}): its memory is bounded per case, not per document.
     */
    private static final ObjectMapper UNCAPPED = uncapped();

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** The mapper whose parsers have every read constraint of {@link #mapper()} but the document's length. */
    public static ObjectMapper uncappedMapper() {
        return UNCAPPED;
    }

    private static ObjectMapper uncapped() {
        ObjectMapper copy = MAPPER.copy();
        copy.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING)
                .maxStringLength(MAX_STRING)
                .maxNumberLength(MAX_NUMBER)
                .maxDocumentLength(-1)
                .maxNameLength(MAX_NAME)
                .build());
        return copy;
    }

    private static ObjectMapper build() {
        SimpleModule values = new SimpleModule("senrules-values");
        values.addSerializer(Money.class, toStringSerializer(Money.class));
        values.addSerializer(LocalDate.class, toStringSerializer(LocalDate.class));
        values.addSerializer(FinancialYear.class, toStringSerializer(FinancialYear.class));
        values.addSerializer(AcademicYear.class, toStringSerializer(AcademicYear.class));
        JsonMapper mapper = JsonMapper.builder()
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .disable(MapperFeature.CAN_OVERRIDE_ACCESS_MODIFIERS)
                .disable(MapperFeature.OVERRIDE_PUBLIC_ACCESS_MODIFIERS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
                .addModule(values)
                .build();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING)
                .maxStringLength(MAX_STRING)
                .maxNumberLength(MAX_NUMBER)
                .maxDocumentLength(MAX_DOCUMENT)
                .maxNameLength(MAX_NAME)
                .build());
        mapper.getFactory().setStreamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(MAX_NESTING).build());
        mapper.deactivateDefaultTyping();
        return mapper;
    }

    private static <T> JsonSerializer<T> toStringSerializer(Class<T> type) {
        return new JsonSerializer<>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(value.toString());
            }

            @Override
            public Class<T> handledType() {
                return type;
            }
        };
    }
}
