package org.senrules.core.internal;

/**
 * What text a request may hold. Every text field of a case (identifiers, localities, free-text
 * descriptions alike) is refused if it holds a character that changes how text around it is
 * shown or stored without being visible itself:
 * <ul>
 *   <li>control characters: C0 (U+0000–U+001F), DEL (U+007F) and C1 (U+0080–U+009F, such as
 *       U+0085 NEXT LINE);</li>
 *   <li>format characters (Unicode category Cf), such as U+202E RIGHT-TO-LEFT OVERRIDE, U+200B
 *       ZERO WIDTH SPACE and U+FEFF (a byte-order mark inside text);</li>
 *   <li>the line and paragraph separators U+2028 and U+2029;</li>
 *   <li>surrogates (every character outside the Basic Multilingual Plane, such as emoji, and any
 *       unpaired half), private-use characters and unassigned code points.</li>
 * </ul>
 * What is left is visible text and ordinary spaces, safe to print in a terminal, a log, a CSV
 * cell or an HTML page once escaped for it.
 */
public final class TextSafety {
    private TextSafety() {
    }

    /** Why {@code s} is refused, or null; the message never repeats the text. */
    public static String problem(String s) {
        for (int i = 0; i < s.length(); i++) {
            String why = problem(s.charAt(i));
            if (why != null) {
                return why + " at character " + (i + 1);
            }
        }
        return null;
    }

    private static String problem(char c) {
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
            return "contains a control character";
        }
        return switch (Character.getType(c)) {
            case Character.FORMAT -> "contains an invisible formatting character (such as a direction override or zero-width space)";
            case Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> "contains a line or paragraph separator";
            case Character.SURROGATE -> "contains a character outside the Basic Multilingual Plane or an invalid one";
            case Character.PRIVATE_USE, Character.UNASSIGNED -> "contains a private-use or unassigned character";
            default -> null;
        };
    }
}
