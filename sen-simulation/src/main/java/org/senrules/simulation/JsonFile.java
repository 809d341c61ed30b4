package org.senrules.simulation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.senrules.core.domain.FinancialYear;
import org.senrules.core.domain.Money;

/**
 * A data file the trajectory reads (a sufficiency file, a scenario file), read strictly: every
 * problem is collected with the file's name, the line it is on and the path within the file
 * ({@code sufficiency.json, line 12, capacity[3].places: must be a whole number from 0 to
 * 100,000}) and all are reported together. A message never repeats the file's text: it says what
 * is wrong and what would be valid.
 */
final class JsonFile {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** The largest data file read: far more than any sufficiency or scenario file needs. */
    static final int MAX_CHARS = 4 * 1024 * 1024;

    private final String label;
    private final JsonNode root;
    private final Map<String, Integer> lines;
    private final List<String> problems = new ArrayList<>();

    private JsonFile(String label, JsonNode root, Map<String, Integer> lines) {
        this.label = label;
        this.root = root;
        this.lines = lines;
    }

    /**
     * Reads {@code text} as a JSON object.
     *
     * @throws IllegalArgumentException naming the file and the line when it is not a JSON object
     */
    static JsonFile read(String text, String label) {
        if (text.length() > MAX_CHARS) {
            throw new IllegalArgumentException(label + ": larger than " + MAX_CHARS / (1024 * 1024) + " MiB");
        }
        JsonNode root;
        Map<String, Integer> lines = new HashMap<>();
        try {
            root = MAPPER.readTree(text);
            try (JsonParser p = MAPPER.createParser(text)) {
                for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                    if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY) {
                        lines.putIfAbsent(p.getParsingContext().pathAsPointer().toString(), p.currentTokenLocation().getLineNr());
                    }
                }
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new IllegalArgumentException(label + (line > 0 ? ", line " + line : "") + ": not valid JSON");
        } catch (IOException e) {
            throw new IllegalArgumentException(label + ": cannot be read");
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(label + ", line 1: must be a JSON object");
        }
        return new JsonFile(label, root, lines);
    }

    JsonNode root() {
        return root;
    }

    String label() {
        return label;
    }

    /** Records a problem at {@code node} (its line) and {@code path} (as a reader writes it: {@code capacity[3].places}). */
    void problem(String path, String message) {
        Integer line = lines.get(pointer(path));
        if (line == null && !path.isEmpty()) {
            // a member that is missing: the line of the object it is missing from (the file's own for a top-level member)
            line = lines.get(pointer(path.contains(".") ? path.substring(0, path.lastIndexOf('.')) : ""));
        }
        problems.add(label + (line == null ? "" : ", line " + line) + (path.isEmpty() ? "" : ", " + path) + ": " + message);
    }

    /** Throws every problem recorded, one a line, when there is any. */
    void check() {
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** {@code capacity[3].places} as a JSON pointer, {@code /capacity/3/places}. */
    private static String pointer(String path) {
        if (path.isEmpty()) {
            return "";
        }
        return "/" + path.replace("[", ".").replace("]", "").replace(".", "/");
    }

    /** Records every member of {@code node} not in {@code known} ({@code $comment} is always allowed). */
    void known(JsonNode node, String path, Set<String> known) {
        if (node == null || !node.isObject()) {
            return;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!known.contains(f) && !f.equals("$comment")) {
                problem(join(path, f), "unknown; valid here: " + String.join(", ", new TreeSet<>(known)));
            }
        }
    }

    static String join(String path, String member) {
        return path.isEmpty() ? member : path + "." + member;
    }

    /** The object at {@code path}, or null (recorded) when it is missing or not an object. */
    JsonNode object(JsonNode parent, String member, String path, boolean required, String what) {
        JsonNode n = parent.get(member);
        if (n == null || n.isNull()) {
            if (required) {
                problem(join(path, member), "is required: " + what);
            }
            return null;
        }
        if (!n.isObject()) {
            problem(join(path, member), "must be an object: " + what);
            return null;
        }
        return n;
    }

    /** The list at {@code path}, or an empty list (recorded when required) when missing or not a list. */
    List<JsonNode> list(JsonNode parent, String member, String path, boolean required, String what) {
        JsonNode n = parent.get(member);
        List<JsonNode> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            if (required) {
                problem(join(path, member), "is required: " + what);
            }
            return out;
        }
        if (!n.isArray()) {
            problem(join(path, member), "must be a list: " + what);
            return out;
        }
        n.forEach(out::add);
        return out;
    }

    /** Non-blank text, or null (recorded when required). */
    String text(JsonNode parent, String member, String path, boolean required, String what) {
        JsonNode n = parent.get(member);
        if (n == null || n.isNull()) {
            if (required) {
                problem(join(path, member), "is required: " + what);
            }
            return null;
        }
        if (!n.isTextual() || n.asText().isBlank()) {
            problem(join(path, member), "must be text: " + what);
            return null;
        }
        if (n.asText().length() > 2000) {
            problem(join(path, member), "is longer than 2,000 characters");
            return null;
        }
        return n.asText();
    }

    /** A source, required: where the figure comes from, or why it is illustrative. */
    String source(JsonNode parent, String path) {
        return text(parent, "source", path, true, "where the figures come from, or why they are illustrative");
    }

    /** {@code true} or {@code false}, required. */
    boolean flag(JsonNode parent, String member, String path) {
        JsonNode n = parent.get(member);
        if (n == null || !n.isBoolean()) {
            problem(join(path, member), "is required: true or false");
            return false;
        }
        return n.asBoolean();
    }

    /** A whole number from {@code min} to {@code max}, or {@code min} (recorded) when it is not. */
    int whole(JsonNode parent, String member, String path, int min, int max) {
        JsonNode n = parent.get(member);
        if (n == null || !n.isIntegralNumber() || !n.canConvertToInt() || n.asInt() < min || n.asInt() > max) {
            problem(join(path, member), "must be a whole number from " + String.format("%,d", min) + " to " + String.format("%,d", max));
            return min;
        }
        return n.asInt();
    }

    /** A percentage from 0 to {@code max} with at most two decimals, as text or a number, or null (recorded). */
    BigDecimal percent(JsonNode parent, String member, String path, BigDecimal max) {
        JsonNode n = parent.get(member);
        BigDecimal d = null;
        if (n != null && (n.isTextual() || n.isNumber())) {
            try {
                d = new BigDecimal(n.asText());
            } catch (NumberFormatException e) {
                d = null;
            }
        }
        if (d == null || d.signum() < 0 || d.compareTo(max) > 0 || d.stripTrailingZeros().scale() > 2) {
            problem(join(path, member), "must be a percentage from 0 to " + max.toPlainString() + " with at most two decimals, such as \"90\"");
            return null;
        }
        d = d.stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    /** An amount in pounds with two decimals ({@code "63000.00"}), not negative, or null (recorded). */
    Money money(JsonNode parent, String member, String path) {
        JsonNode n = parent.get(member);
        if (n != null && n.isTextual() && n.asText().matches("\\d{1,12}\\.\\d{2}")) {
            return Money.parse(n.asText());
        }
        problem(join(path, member), "must be an amount in pounds with two decimals, not negative, such as \"63000.00\"");
        return null;
    }

    /** A date {@code yyyy-MM-dd}, or null (recorded when required). */
    LocalDate date(JsonNode parent, String member, String path, boolean required) {
        JsonNode n = parent.get(member);
        if (n == null || n.isNull()) {
            if (required) {
                problem(join(path, member), "is required: a date written like 2026-09-01");
            }
            return null;
        }
        try {
            if (n.isTextual()) {
                return LocalDate.parse(n.asText());
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        problem(join(path, member), "must be a date written like 2026-09-01");
        return null;
    }

    /** A financial year {@code 2026-27}, or null (recorded when required). */
    FinancialYear financialYear(JsonNode parent, String member, String path, boolean required) {
        JsonNode n = parent.get(member);
        if (n == null || n.isNull()) {
            if (required) {
                problem(join(path, member), "is required: a financial year written like 2026-27");
            }
            return null;
        }
        try {
            if (n.isTextual()) {
                return FinancialYear.parse(n.asText());
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        problem(join(path, member), "must be a financial year written like 2026-27");
        return null;
    }

    /** A school year written like {@code 2029-30} (September 2029 to August 2030): its first calendar year, or null (recorded). */
    Integer schoolYear(JsonNode parent, String member, String path) {
        JsonNode n = parent.get(member);
        try {
            if (n != null && n.isTextual()) {
                return FinancialYear.parse(n.asText()).startYear();
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        problem(join(path, member), "must be a school year written like 2029-30 (September 2029 to August 2030)");
        return null;
    }

    /** The name of a constant of {@code type} among {@code allowed}, or null (recorded, or when absent and not required). */
    <E extends Enum<E>> E constant(JsonNode parent, String member, String path, Class<E> type, Set<E> allowed, boolean required) {
        JsonNode n = parent.get(member);
        List<String> names = allowed.stream().map(Enum::name).sorted().toList();
        if (n == null || n.isNull()) {
            if (required) {
                problem(join(path, member), "is required: one of " + String.join(", ", names));
            }
            return null;
        }
        if (n.getNodeType() == JsonNodeType.STRING) {
            for (E e : allowed) {
                if (e.name().equals(n.asText())) {
                    return e;
                }
            }
        }
        problem(join(path, member), "must be one of " + String.join(", ", names));
        return null;
    }
}
