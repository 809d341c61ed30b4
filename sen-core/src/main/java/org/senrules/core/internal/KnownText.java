package org.senrules.core.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The strings that recur from one decision to the next (rule ids, sources, parameter names and
 * values, fingerprints, dates), each encoded for JSON once and then copied: a decision repeats
 * forty or so of them, and escaping each again was a fifth of what the service spent writing an
 * answer.
 *
 * <p>Only a string that JSON writes as it is (no control character, quote, backslash or
 * surrogate) is kept, so that the copied bytes and characters are exactly what the generator
 * would have written: such a string has no escape and its UTF-8 is its only encoding. The store
 * stops growing at {@link #LIMIT} strings; later new strings are written as before. The recurring
 * ones are met in the first decisions, and one that varies (a reason with an amount in it) only
 * costs its look-up.
 */
final class KnownText {
    static final int LIMIT = 20_000;
    private static final ConcurrentHashMap<String, SerializedString> TEXTS = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<LocalDate, SerializedString> DATES = new ConcurrentHashMap<>();

    private KnownText() {
    }

    static void write(JsonGenerator g, String s) throws IOException {
        if (s == null) {
            g.writeNull();
            return;
        }
        SerializedString known = TEXTS.get(s);
        if (known == null && TEXTS.size() < LIMIT && writtenAsItIs(s)) {
            known = TEXTS.computeIfAbsent(s, SerializedString::new);
        }
        if (known == null) {
            g.writeString(s);
        } else {
            g.writeString(known);
        }
    }

    static void write(JsonGenerator g, LocalDate date) throws IOException {
        if (date == null) {
            g.writeNull();
            return;
        }
        SerializedString known = DATES.get(date);
        if (known == null) {
            if (DATES.size() >= LIMIT) {
                g.writeString(date.toString());
                return;
            }
            known = DATES.computeIfAbsent(date, d -> new SerializedString(d.toString()));
        }
        g.writeString(known);
    }

    /** True when JSON needs no escape for {@code s} and it holds no surrogate. */
    static boolean writtenAsItIs(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
