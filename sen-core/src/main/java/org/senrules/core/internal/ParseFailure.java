package org.senrules.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The message for a document that cannot be parsed. Jackson's messages quote the input they
 * stopped at ({@code Unrecognized token 'Dorothea'}), and the input may be a child's name typed
 * into the wrong field, so they are never shown: each kind of failure gets a fixed sentence, with
 * the line and column. The one thing quoted is a duplicated field name, and only when it is a plain
 * name (letters, digits, {@code _}), as every field of the contract is.
 */
final class ParseFailure {
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) '([A-Za-z][A-Za-z0-9_]{0,63})'");

    private ParseFailure() {
    }

    static String describe(IOException e) {
        if (e instanceof DocumentInput.Refused) {
            return e.getMessage();
        }
        if (e instanceof CharacterCodingException) {
            return DocumentInput.notUtf8();
        }
        if (!(e instanceof JsonProcessingException)) {
            return "the document cannot be read (" + e.getClass().getSimpleName() + ")";
        }
        JsonProcessingException j = (JsonProcessingException) e;
        String where = RequestReader.location(j.getLocation());
        String original = j.getOriginalMessage() == null ? "" : j.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            return "the document is too large or too deeply nested: " + constraint(original);
        }
        if (original.startsWith("Duplicate")) {
            Matcher m = DUPLICATE.matcher(original);
            return "not valid JSON: " + (m.find() ? "the field \"" + m.group(1) + "\" appears twice" : "a field name appears twice")
                    + " in one object" + where;
        }
        if (original.contains("end-of-input")) {
            return "not valid JSON: the document ends before the request is complete" + where;
        }
        if (original.contains("Invalid UTF-8") || original.contains("Invalid UTF8")) {
            return DocumentInput.notUtf8() + where;
        }
        if (original.contains("Illegal unquoted character")) {
            return "not valid JSON: a text value contains a control character that is not escaped" + where;
        }
        if (original.contains("character escape")) {
            return "not valid JSON: a text value has an invalid escape sequence" + where;
        }
        if (original.startsWith("Unrecognized token") || original.startsWith("Non-standard token")
                || original.contains("Leading zeroes") || original.contains("numeric value")) {
            return "not valid JSON: a value that is not text in quotes, a number, true, false or null" + where;
        }
        if (original.startsWith("Unexpected character")) {
            return "not valid JSON: an unexpected character" + where;
        }
        return "not valid JSON" + where;
    }

    /** Which read constraint was broken, from Jackson's message, in our words. */
    private static String constraint(String original) {
        if (original.contains("nesting depth")) {
            return "it is nested more than " + Json.MAX_NESTING + " levels deep";
        }
        if (original.contains("String value length")) {
            return "a text value is longer than " + Json.MAX_STRING + " characters";
        }
        if (original.contains("Number value length") || original.contains("Number length")) {
            return "a number is longer than " + Json.MAX_NUMBER + " digits";
        }
        if (original.contains("Name length")) {
            return "a field name is longer than " + Json.MAX_NAME + " characters";
        }
        if (original.contains("Document length")) {
            return DocumentInput.tooLarge(Json.MAX_DOCUMENT).substring("the document is ".length());
        }
        return "a read limit was passed";
    }
}
