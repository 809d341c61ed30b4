package org.senrules.core.explain;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.senrules.core.ApiStatus;
import org.senrules.core.domain.AreaOfNeed;
import org.senrules.core.domain.Money;
import org.senrules.core.domain.Phase;
import org.senrules.core.domain.PlanStatus;
import org.senrules.core.domain.PrimaryNeed;
import org.senrules.core.domain.Setting;

/**
 * How decisions and rule books speak to people rather than programs: a field's label instead of
 * its JSON name ({@code parentalConsent} as "Parental consent"), a value's title instead of its
 * code ({@code SEN_SUPPORT} as "SEN Support"), money in pounds with thousands separators
 * ("£1,850,000.00"), dates in words ("15 January 2026"), and a source as the title of the
 * document it cites ("SEND and Inclusion Update, November 2025") rather than a file name. The
 * decision JSON keeps the codes; this is only how they are shown. Stateless and thread-safe.
 *
 * @since 1.2
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class Wording {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Pattern ISO_DAY = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})\\b");
    private static final Pattern MONEY = Pattern.compile("-?\\d{1,15}\\.\\d{2}");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
    /** Words written in capitals in the sources. */
    private static final Map<String, String> ACRONYMS = Map.ofEntries(Map.entry("nc", "NC"), Map.entry("sen", "SEN"),
            Map.entry("send", "SEND"), Map.entry("ehcp", "EHCP"), Map.entry("oag", "OAG"), Map.entry("esn", "ESN"),
            Map.entry("map", "MAP"), Map.entry("id", "ID"), Map.entry("sspp", "SSPP"), Map.entry("dbv", "DBV"),
            Map.entry("hnb", "HNB"), Map.entry("su", "SU"), Map.entry("ws2", "WS2"));
    /** The vocabularies a shown value may come from, so that a code alone finds its title. */
    private static final List<Class<? extends Enum<?>>> VOCABULARY = List.of(PlanStatus.class, Setting.class, Phase.class,
            AreaOfNeed.class, PrimaryNeed.class);
    private static final Map<String, Document> DOCUMENTS = documents();

    private Wording() {
    }

    /** A document a source cites: its title and, for the bulletins, the file of the copy kept beside the sources. */
    public record Document(String title, String file) {
    }

    /**
     * A source as people read it: the document's title, the file of the copy (null when there is
     * none: the council's published pages, the project's own notes) and the rest of the
     * citation, the headings and quote ("" when there is none).
     */
    public record Citation(String document, String file, String detail) {
        /** The title and the rest, as one line. */
        @Override
        public String toString() {
            return detail.isEmpty() ? document : document + (detail.startsWith("\"") ? ", " : ": ") + detail;
        }
    }

    private static Map<String, Document> documents() {
        Map<String, Document> d = new LinkedHashMap<>();
        d.put("S0 000_fa60f3742ced3918.txt", new Document("SENCo Noticeboard, July 2025", "000_fa60f3742ced3918.txt"));
        d.put("S1 001_9fda0e487175dfd0.txt", new Document("SEND and Inclusion Update, November 2025", "001_9fda0e487175dfd0.txt"));
        d.put("S2 002_e4e5018159515ebc.txt", new Document("SEND and Inclusion Update, 8 April 2025", "002_e4e5018159515ebc.txt"));
        d.put("S3 003_6f9270163c8ea67d.txt", new Document("SEND and Inclusion Update, December 2025", "003_6f9270163c8ea67d.txt"));
        d.put("S4 004_a7328fc989860800.txt", new Document("SEND Noticeboard, February 2024", "004_a7328fc989860800.txt"));
        d.put("council funding pages [public]", new Document("The council's published SEND funding pages", null));
        d.put("README \"Decisions we made\"", new Document("senrules' recorded choices where the sources are silent", null));
        return Map.copyOf(d);
    }

    /** The documents the shipped rule sets cite, by the text a citation starts with. */
    public static Map<String, Document> documentsCited() {
        return DOCUMENTS;
    }

    /**
     * A citation as written in a decision's {@code source} or a rule's, read for people: the known
     * document's title in place of its file name, without the project's cross-references such as
     * "(DOMAIN.md §4)". An unknown document is kept as it is written.
     */
    public static Citation citation(String source) {
        if (source == null || source.isBlank()) {
            return new Citation("", null, "");
        }
        String s = source.strip();
        for (Map.Entry<String, Document> e : DOCUMENTS.entrySet()) {
            if (s.startsWith(e.getKey())) {
                return new Citation(e.getValue().title(), e.getValue().file(), rest(s.substring(e.getKey().length())));
            }
        }
        Matcher brief = Pattern.compile("^DOMAIN\\.md §([0-9][0-9()\\- ]*)").matcher(s);
        if (brief.find()) {
            return new Citation("The SEND rules brief, section " + brief.group(1).strip(), null, rest(s.substring(brief.end())));
        }
        // a rule that cites its own pack's note ("sen-core test pack, section 1") or an unknown document
        int colon = s.indexOf(": ");
        return colon < 0 ? new Citation(s, null, "") : new Citation(s.substring(0, colon), null, rest(s.substring(colon + 2)));
    }

    /** What follows a document: headings, a quote, the rule's own words; the project's cross-references dropped. */
    private static String rest(String s) {
        String r = s.replaceAll("\\s*\\(DOMAIN\\.md §[^)]*\\)", "").replaceAll("DOMAIN\\.md §[0-9][0-9()\\-]*", "the SEND rules brief")
                .replace("README \"Decisions we made\"", "senrules' recorded choices where the sources are silent").strip();
        while (r.startsWith(",") || r.startsWith(":") || r.startsWith(";")) {
            r = r.substring(1).strip();
        }
        return r;
    }

    /**
     * A field's label: {@code parentalConsent} as "Parental consent", {@code ncYear} as "NC year",
     * {@code coCreatedWithSupportServices} as "Co-created with support services", {@code caseId}
     * as "Case ID". A table entry {@code bandTopUp[3]} keeps its key: "Band top up [3]".
     */
    public static String label(String name) {
        int bracket = name.indexOf('[');
        String head = bracket < 0 ? name : name.substring(0, bracket);
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (Character.isUpperCase(c) && w.length() > 0) {
                words.add(w.toString());
                w.setLength(0);
            }
            w.append(Character.toLowerCase(c));
        }
        if (w.length() > 0) {
            words.add(w.toString());
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String word = ACRONYMS.getOrDefault(words.get(i), words.get(i));
            if (i == 0 && word.equals("co") && words.size() > 1) {
                out.append("Co-");
                continue;
            }
            if (out.length() > 0 && !out.toString().endsWith("-")) {
                out.append(' ');
            }
            out.append(out.length() == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
        }
        return bracket < 0 ? out.toString() : out.append(' ').append(name.substring(bracket)).toString();
    }

    /**
     * A constant's title: the enum's own {@code title()} where it has one ("SEN Support",
     * "Mainstream school"), else its name in words ("Support units").
     */
    public static String title(Enum<?> constant) {
        try {
            Method m = constant.getDeclaringClass().getMethod("title");
            if (m.getReturnType() == String.class && Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())) {
                String t = (String) m.invoke(constant);
                if (t != null && !t.isBlank()) {
                    t = t.startsWith("an ") ? t.substring(3) : t.startsWith("a ") ? t.substring(2) : t;
                    return Character.toUpperCase(t.charAt(0)) + t.substring(1);
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // no title of its own: the name in words
        }
        return words(constant.name());
    }

    /**
     * The title of a constant of {@code vocabulary} by name, or of a code found in the SEND
     * vocabulary ({@code PlanStatus}, {@code Setting}, {@code Phase}, {@code AreaOfNeed},
     * {@code PrimaryNeed}) when {@code vocabulary} is null; other text is returned as it is.
     */
    public static String valueTitle(Class<?> vocabulary, String code) {
        if (code == null) {
            return "none";
        }
        List<Class<?>> where = new ArrayList<>();
        if (vocabulary != null && vocabulary.isEnum()) {
            where.add(vocabulary);
        } else if (vocabulary == null) {
            where.addAll(VOCABULARY);
        }
        for (Class<?> type : where) {
            for (Object c : type.getEnumConstants()) {
                if (((Enum<?>) c).name().equals(code)) {
                    return title((Enum<?>) c);
                }
            }
        }
        return vocabulary != null && vocabulary.isEnum() || CODE.matcher(code).matches() && code.contains("_") ? words(code) : code;
    }

    /** "EARLY_YEARS_SETTING" as "Early years setting". */
    static String words(String code) {
        String s = code.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Pounds written {@code "1850000.00"} as "£1,850,000.00"; other text as it is. */
    public static String money(String pounds) {
        return pounds != null && Money.isValid(pounds) ? Money.parse(pounds).display() : pounds;
    }

    /** A day as "15 January 2026"; {@code null} as "open-ended". */
    public static String day(LocalDate d) {
        return d == null ? "open-ended" : d.format(DAY);
    }

    /** Every ISO date ({@code 2026-01-15}) in a text written as "15 January 2026". */
    public static String daysInWords(String text) {
        if (text == null || text.indexOf('-') < 0) {
            return text;
        }
        Matcher m = ISO_DAY.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        while (m.find()) {
            String shown;
            try {
                shown = day(LocalDate.parse(m.group(1)));
            } catch (DateTimeParseException e) {
                shown = m.group(1);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * A parameter's value as a decision or the engine shows it ({@code "1000.00"},
     * {@code "EARLY_YEARS_SETTING, NURSERY_SCHOOL"}, {@code "North=1850000.00; South=2100000.00"},
     * {@code "true"}, {@code "none"}) as people read it: "£1,000.00", "Early-years setting,
     * Nursery school", "North £1,850,000.00; South £2,100,000.00", "yes", "none".
     */
    public static String value(String shown) {
        if (shown == null) {
            return "none";
        }
        if (shown.contains("=") && shown.matches("[^=;]+=[^;]*(; [^=;]+=[^;]*)*")) {
            List<String> entries = new ArrayList<>();
            for (String entry : shown.split("; ")) {
                int eq = entry.indexOf('=');
                entries.add(valueTitle(null, entry.substring(0, eq)) + ": " + value(entry.substring(eq + 1)));
            }
            return String.join("; ", entries);
        }
        if (shown.contains(", ")) {
            List<String> items = new ArrayList<>();
            for (String item : shown.split(", ")) {
                items.add(one(item));
            }
            return String.join(", ", items);
        }
        return one(shown);
    }

    private static String one(String s) {
        if (s.equals("true")) {
            return "yes";
        }
        if (s.equals("false")) {
            return "no";
        }
        if (MONEY.matcher(s).matches()) {
            return money(s);
        }
        if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return daysInWords(s);
        }
        return CODE.matcher(s).matches() ? valueTitle(null, s) : s;
    }

    /** Whether {@code text} reads as a code ({@code SEN_SUPPORT}), not as words. */
    static boolean isCode(String text) {
        return CODE.matcher(text).matches() && !Set.of("A", "B", "C", "D", "E").contains(text);
    }
}
