package org.senrules.core.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.senrules.core.domain.FinancialYear;
import org.senrules.core.domain.Money;
import org.senrules.core.domain.Titled;

/**
 * A reason as a sentence with named values, written once in a rule file or a declaration and
 * filled in for each decision: {@code "The graduated approach is evidenced by {graduatedApproachCycles}
 * assess-plan-do-review {graduatedApproachCycles|plural:cycle}; at least {minCycles}
 * are needed."} A name is a value the rule bound ({@code $band} is {@code {band}}), a field of the
 * outcome or of the case, a parameter, or one of {@code asOf}, {@code financialYear} and
 * {@code policy}; {@code case.}, {@code outcome.} and {@code params.} say which when a name is both.
 *
 * <p>How a value reads: money as {@code £1,234.50}; a date as {@code 15 January 2026}; a financial
 * year as {@code 2025-26}; a yes/no as {@code yes} or {@code no}; an enum as its constant
 * ({@code ASD}); a list as its items joined with commas. After a bar: {@code |title} gives an
 * enum's words ({@code autistic spectrum disorder}; a list of them joined with "or"), {@code |a}
 * the same with "a" or "an" before it, {@code |plural:unit} or {@code |plural:child:children} the
 * number with the word in the singular or the plural (a list: the number of its items),
 * {@code |count:unit} only the word, {@code |abs} an amount or number without its sign,
 * {@code |iso} a date as the contract writes it ({@code 2026-01-15}), and
 * {@code |title:and} a list's words joined with "and" ({@code |title:;} with semicolons). A part written {@code {name? ...}} is there
 * only when the value is given (not none, no, zero or empty):
 * {@code "... budget of {budget}{basis? (informed by the policy {basis})}."}; {@code {!name? ...}}
 * only when it is not; {@code {name<0? ...}}, {@code {name>0? ...}} and {@code {name=0? ...}} only
 * when an amount or number is below, above or at zero ({@code {!name<0? ...}}: not below), so that
 * a deficit is named as one: {@code "{reserve<0?a deficit of {reserve|abs}}"}.
 */
final class ReasonTemplate {
    private static final Map<String, ReasonTemplate> PARSED = new ConcurrentHashMap<>();
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final List<String> FORMATS = List.of("title", "a", "plural", "count", "abs", "iso");
    /** The name part of {@code {name? ...}}: an optional "!", the name, an optional test against zero. */
    private static final java.util.regex.Pattern CONDITION =
            java.util.regex.Pattern.compile("(!?)([A-Za-z][A-Za-z0-9]*(?:\\.[A-Za-z][A-Za-z0-9]*)?)(?:([<>=])0)?");

    private final String text;
    private final List<Object> parts;

    /** One placeholder: a name and how to write its value. */
    record Slot(String name, String format, String singular, String plural) {
    }

    /**
     * A part written only when a value is given ({@code test} null), or when a number or an amount
     * is below, above or at zero ({@code test} "<", ">" or "="); {@code negated} writes it when not.
     */
    record Optional(String name, boolean negated, String test, ReasonTemplate body) {
        boolean holds(Object value) {
            boolean holds = test == null ? given(value) : signum(value) == switch (test) {
                case "<" -> -1;
                case ">" -> 1;
                default -> 0;
            };
            return holds != negated;
        }
    }

    /** The sign of a number or an amount; a value that is neither (none) has none, so no sign test holds for it. */
    private static int signum(Object value) {
        if (value instanceof Money m) {
            return Long.signum(m.pence());
        }
        if (value instanceof java.math.BigDecimal b) {
            return b.signum();
        }
        if (value instanceof Number n) {
            return Long.signum(n.longValue());
        }
        return 2;
    }

    /** Where a placeholder's value comes from; throws {@link Unknown} for a name it does not know. */
    interface Values {
        Object get(String name);
    }

    /** A name no value answers to. */
    static final class Unknown extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unknown(String name) {
            super(name, null, false, false);
        }
    }

    private ReasonTemplate(String text, List<Object> parts) {
        this.text = text;
        this.parts = parts;
    }

    /** The template of {@code text}, parsed once. */
    static ReasonTemplate of(String text) {
        ReasonTemplate t = PARSED.get(text);
        if (t == null) {
            t = parse(text);
            if (PARSED.size() < 10_000) {
                PARSED.putIfAbsent(text, t);
            }
        }
        return t;
    }

    /**
     * Parses a template.
     *
     * @throws IllegalArgumentException for an unclosed brace or an unknown format, naming it
     */
    static ReasonTemplate parse(String text) {
        List<Object> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '{') {
                if (c == '}') {
                    throw new IllegalArgumentException("a \"}\" closes nothing: a value is written {name}");
                }
                literal.append(c);
                i++;
                continue;
            }
            int end = closing(text, i);
            if (literal.length() > 0) {
                parts.add(literal.toString());
                literal.setLength(0);
            }
            String inside = text.substring(i + 1, end);
            int question = inside.indexOf('?');
            int brace = inside.indexOf('{');
            if (question > 0 && (brace < 0 || question < brace)) {
                java.util.regex.Matcher condition = CONDITION.matcher(inside.substring(0, question).strip());
                if (!condition.matches()) {
                    throw new IllegalArgumentException("{" + inside + "} names no value: a part written only when a value is given is"
                            + " {name? ...}, only when it is not {!name? ...}, only when a number is below, above or at zero {name<0? ...},"
                            + " {name>0? ...}, {name=0? ...}");
                }
                parts.add(new Optional(condition.group(2), !condition.group(1).isEmpty(), condition.group(3),
                        parse(inside.substring(question + 1))));
            } else {
                parts.add(slot(inside));
            }
            i = end + 1;
        }
        if (literal.length() > 0) {
            parts.add(literal.toString());
        }
        return new ReasonTemplate(text, List.copyOf(parts));
    }

    /** The position of the brace that closes the one at {@code open}. */
    private static int closing(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("a \"{\" is not closed: a value is written {name}");
    }

    private static Slot slot(String inside) {
        String[] bar = inside.split("\\|", 2);
        String name = bar[0].strip();
        if (!name.matches("[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z][A-Za-z0-9]*)?")) {
            throw new IllegalArgumentException("{" + inside + "} names no value: a value is written {name} or {name|format}");
        }
        if (bar.length == 1) {
            return new Slot(name, null, null, null);
        }
        String[] f = bar[1].split(":", -1);
        String format = f[0].strip();
        if (!FORMATS.contains(format)) {
            throw new IllegalArgumentException("{" + inside + "}: unknown format \"" + format + "\"; the formats are " + FORMATS);
        }
        if (format.equals("title") && f.length == 2 && List.of("and", "or", ";").contains(f[1].strip())) {
            // {items|title:and}: a list in words joined with "and" rather than "or"; {items|title:;} with semicolons,
            // for items whose own words hold "and" or "or"
            return new Slot(name, format, f[1].strip(), null);
        }
        if ((format.equals("plural") || format.equals("count")) != (f.length >= 2) || f.length > 3) {
            throw new IllegalArgumentException("{" + inside + "}: write |" + format + (f.length >= 2 ? "" : ":word or |" + format + ":word:words")
                    + (format.equals("title") ? " (or |title:and, |title:or, |title:; to join a list's words)" : ""));
        }
        String singular = f.length >= 2 ? f[1] : null;
        String plural = f.length == 3 ? f[2] : singular == null ? null : singular + "s";
        return new Slot(name, format, singular, plural);
    }

    /** The names of the template's values, in order. */
    List<String> names() {
        List<String> out = new ArrayList<>();
        for (Object p : parts) {
            if (p instanceof Slot s) {
                out.add(s.name());
            } else if (p instanceof Optional o) {
                out.add(o.name());
                out.addAll(o.body().names());
            }
        }
        return out;
    }

    /** The sentence with every value written in. */
    String render(Values values) {
        if (parts.size() == 1 && parts.get(0) instanceof String only) {
            return only;
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        for (Object p : parts) {
            if (p instanceof String s) {
                out.append(s);
            } else if (p instanceof Optional o) {
                if (o.holds(values.get(o.name()))) {
                    out.append(o.body().render(values));
                }
            } else {
                Slot slot = (Slot) p;
                out.append(write(values.get(slot.name()), slot));
            }
        }
        return out.toString();
    }

    private static boolean given(Object value) {
        return value != null && !Boolean.FALSE.equals(value) && !(value instanceof Number n && n.longValue() == 0)
                && !(value instanceof Collection<?> c && c.isEmpty()) && !(value instanceof String t && t.isEmpty());
    }

    private static String write(Object value, Slot slot) {
        if (slot.format() == null) {
            return plain(value);
        }
        switch (slot.format()) {
            case "title":
                return title(value, slot.singular() == null || slot.singular().equals("or") ? " or " : slot.singular().equals("and") ? " and " : "; ");
            case "abs":
                return plain(value instanceof Money m ? (m.isNegative() ? m.negate() : m)
                        : value instanceof Long l ? Long.valueOf(Math.abs(l)) : value instanceof Integer i ? Integer.valueOf(Math.abs(i)) : value);
            case "a": {
                String t = title(value, " or ");
                return (!t.isEmpty() && "aeiouAEIOU".indexOf(t.charAt(0)) >= 0 ? "an " : "a ") + t;
            }
            case "plural":
                // a list is counted: {pressures|plural:pressure} reads "3 pressures"
                return (value instanceof Collection<?> items ? String.valueOf(items.size()) : plain(value)) + " " + word(value, slot);
            case "iso":
                // a date as the contract writes it, 2026-01-15, where a sentence quotes a value of the JSON
                return value instanceof LocalDate d ? d.toString() : plain(value);
            default:
                return word(value, slot);
        }
    }

    private static String word(Object value, Slot slot) {
        long n = value instanceof Collection<?> items ? items.size() : value instanceof Number number ? number.longValue() : -1;
        return n == 1 ? slot.singular() : slot.plural();
    }

    static String plain(Object value) {
        if (value == null) {
            return "none";
        }
        if (value instanceof Money m) {
            return m.display();
        }
        if (value instanceof LocalDate d) {
            return DATE.format(d);
        }
        if (value instanceof FinancialYear y) {
            return y.toString();
        }
        if (value instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Collection<?> items) {
            List<String> out = new ArrayList<>(items.size());
            for (Object item : items) {
                out.add(plain(item));
            }
            return String.join(", ", out);
        }
        return value.toString();
    }

    private static String title(Object value, String last) {
        if (value instanceof Titled t) {
            return t.title();
        }
        if (value instanceof Collection<?> items) {
            List<String> titles = new ArrayList<>(items.size());
            for (Object item : items) {
                titles.add(title(item, last));
            }
            if (titles.size() <= 1) {
                return String.join("", titles);
            }
            return last.equals("; ") ? String.join(last, titles)
                    : String.join(", ", titles.subList(0, titles.size() - 1)) + last + titles.get(titles.size() - 1);
        }
        return plain(value);
    }

    @Override
    public String toString() {
        return text;
    }
}
