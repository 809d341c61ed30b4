package org.senrules.core.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** A string copied from the store is written exactly as the generators write it themselves. */
class KnownTextTest {

    @Test
    void textThatJsonWritesAsItIsIsKeptAndTheRestIsNot() {
        assertTrue(KnownText.writtenAsItIs("£6,000 a year — SEN Support (S2 §3)"));
        assertFalse(KnownText.writtenAsItIs("say \"no\""));
        assertFalse(KnownText.writtenAsItIs("C:\\rules"));
        assertFalse(KnownText.writtenAsItIs("line\nbreak"));
        assertFalse(KnownText.writtenAsItIs("pair \uD83D\uDE00"));
        assertFalse(KnownText.writtenAsItIs("lone \uD800"));
    }

    @Test
    void recurringStringsGiveTheSameCharactersAndBytesTheSecondTime() throws IOException {
        String[] samples = {"sspp-top-up", "£6,000 — Band 3", "say \"no\"", "tab\there", "lone \uDC00 half", "emoji \uD83D\uDE00",
            "", "\u2028 separator", "é"};
        for (String s : samples) {
            for (int time = 0; time < 2; time++) {
                assertEquals(plainText(s), knownText(s), s);
                assertArrayEquals(plainBytes(s), knownBytes(s), s);
            }
        }
        LocalDate date = LocalDate.of(2026, 1, 15);
        assertEquals("\"2026-01-15\"", written(g -> KnownText.write(g, date)));
        assertEquals("null", written(g -> KnownText.write(g, (LocalDate) null)));
        assertEquals("null", written(g -> KnownText.write(g, (String) null)));
    }

    @Property(tries = 300)
    void anyStringIsWrittenAsTheGeneratorWritesIt(@ForAll String s) throws IOException {
        assertEquals(plainText(s), knownText(s));
    }

    private static String plainText(String s) throws IOException {
        return written(g -> g.writeString(s));
    }

    private static String knownText(String s) throws IOException {
        return written(g -> KnownText.write(g, s));
    }

    private static byte[] plainBytes(String s) throws IOException {
        // what the byte generator is given by the decision writer: pairs only (its own check)
        return plainText(s).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] knownBytes(String s) throws IOException {
        if (!KnownText.writtenAsItIs(s)) {
            return plainBytes(s); // not kept: the decision writer's own path, covered by DecisionJsonBytesTest
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = Json.mapper().getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            KnownText.write(g, s);
        }
        return out.toByteArray();
    }

    private interface Writes {
        void to(JsonGenerator g) throws IOException;
    }

    private static String written(Writes w) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = Json.mapper().getFactory().createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            w.to(g);
        }
        return out.toString();
    }
}
