package org.senrules.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.senrules.core.Request;
import org.senrules.core.RuleSetProblem;
import org.senrules.core.internal.csv.Csv;
import org.senrules.core.internal.json.LocatedJson;
import org.senrules.core.spi.ParameterSpec;
import org.senrules.core.spi.ParameterType;

/**
 * A rule set's values, or a pack's shared values, as a spreadsheet a finance officer edits:
 * {@code <id>.values.csv} in a rules folder. One row per dated value, and for a table one row per
 * key of each dated value:
 *
 * <pre>
 * policy,parameter,from,until,key,value,unit,illustrative,note
 * current,unitValue,2026-04-01,2027-03-31,,1025.00,£ per Support Unit,yes,Illustrative value of one Support Unit, 2026-27
 * current,budgets,2025-04-01,,North,1850000.00,£ a year,yes,Each locality's yearly budget ...
 * dbv-option-4,unitCap,2025-04-01,,,4,Support Units,no,The draft gives 4 SU as its example of the cap
 * </pre>
 *
 * <p>Policy {@code current} is the rule set's values; a policy's rows are its overlay. Money is
 * plain pounds with pence ({@code 1025.00}), dates are {@code yyyy-MM-dd}, flags and
 * {@code illustrative} are {@code yes} or {@code no}, {@code none} is no value (a parameter that
 * may have none), a list is its items separated by semicolons ({@code empty} for no items). A
 * column {@value #INTENDED} ({@code yes}) marks a value that starts on a day other than 1 April on
 * purpose; it is written only when some value needs it. The {@code unit} column is shown to read
 * by: the unit is declared with the parameter, so a different unit here is an error.
 *
 * <p>Each row becomes the JSON entry a declaration or parameter file holds, and that entry is read
 * by the same code as the JSON ({@link ParameterFile}), so the checks and their messages are the
 * same; a message names the sheet, the row (the header is row 1) and the column.
 */
final class ValuesSheet {
    /** The file name suffix of a values sheet. */
    static final String SUFFIX = ".values.csv";
    static final String POLICY = "policy";
    static final String PARAMETER = "parameter";
    static final String FROM = "from";
    static final String UNTIL = "until";
    static final String KEY = "key";
    static final String VALUE = "value";
    static final String UNIT = "unit";
    static final String ILLUSTRATIVE = "illustrative";
    static final String NOTE = "note";
    /** The column that marks a start on a day other than 1 April as meant (the JSON's {@code "intended": true}). */
    static final String INTENDED = "not 1 April on purpose";
    /** The columns every sheet has, in the order they are written. */
    static final List<String> COLUMNS = List.of(POLICY, PARAMETER, FROM, UNTIL, KEY, VALUE, UNIT, ILLUSTRATIVE, NOTE);
    private static final String NONE = "none";
    private static final String EMPTY = "empty";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String label;
    private final List<String> header;
    private final List<Row> rows;

    /** One data row: its number as a spreadsheet shows it (the header is row 1) and its cells by column name. */
    private record Row(int number, Map<String, String> cells) {
        String get(String column) {
            String v = cells.get(column);
            return v == null ? "" : v;
        }

        String trimmed(String column) {
            return get(column).strip();
        }
    }

    private ValuesSheet(String label, List<String> header, List<Row> rows) {
        this.label = label;
        this.header = header;
        this.rows = rows;
    }

    /** The sheet's file name for a rule set or shared value set. */
    static String fileName(String id) {
        return id + SUFFIX;
    }

    /** How messages name the sheet: its path. */
    String label() {
        return label;
    }

    /**
     * Reads a sheet's rows; a fault in the file's layout (an unknown or missing column, a quote left
     * open, a row longer than the header) goes to {@code problems} and gives null.
     */
    static ValuesSheet read(String text, String label, List<RuleSetProblem> problems) {
        int before = ParameterFile.errors(problems);
        List<Csv.Row> records;
        try {
            records = Csv.rows(text, false);
        } catch (Csv.Malformed e) {
            problems.add(RuleSetProblem.error(label, e.row(), "column " + letter(e.cell()) + ": " + switch (e.fault()) {
                case QUOTE_INSIDE_CELL -> "a double quote inside a cell that does not start with one; put the whole cell in double quotes"
                        + " and double the quotes inside it";
                case TEXT_AFTER_QUOTE -> "text after the closing double quote of a cell; put the whole cell in double quotes and double"
                        + " the quotes inside it";
                case QUOTE_NOT_CLOSED -> "a double quote opens a cell that is never closed";
            }));
            return null;
        }
        Csv.Row head = null;
        List<Row> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        for (Csv.Row r : records) {
            if (r.cells().stream().allMatch(String::isBlank)) {
                continue; // an empty row says nothing: spreadsheets leave them at the end
            }
            if (head == null) {
                head = r;
                header = header(r, label, problems);
                if (header == null) {
                    return null;
                }
                continue;
            }
            if (r.cells().size() > header.size()) {
                problems.add(RuleSetProblem.error(label, r.number(), "column " + letter(header.size()) + ": this row has "
                        + r.cells().size() + " cells, but the header names " + header.size() + " columns " + header
                        + "; a cell holding a comma is put in double quotes"));
                continue;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                cells.put(header.get(i), i < r.cells().size() ? r.cells().get(i) : "");
            }
            rows.add(new Row(r.number(), cells));
        }
        if (head == null) {
            problems.add(RuleSetProblem.error(label, 1, "the sheet is empty; its first row names the columns " + COLUMNS));
            return null;
        }
        return ParameterFile.errors(problems) > before ? null : new ValuesSheet(label, List.copyOf(header), List.copyOf(rows));
    }

    private static List<String> header(Csv.Row r, String label, List<RuleSetProblem> problems) {
        List<String> names = new ArrayList<>();
        Set<String> known = new LinkedHashSet<>(COLUMNS);
        known.add(INTENDED);
        boolean ok = true;
        for (int i = 0; i < r.cells().size(); i++) {
            String written = r.cells().get(i).strip();
            String name = known.stream().filter(k -> k.equalsIgnoreCase(written)).findFirst().orElse(written);
            if (!known.contains(name)) {
                problems.add(RuleSetProblem.error(label, r.number(), "column " + letter(i) + ": \"" + r.cells().get(i).strip()
                        + "\" is not a column of a values sheet" + Suggest.didYouMean(name, known) + "; the columns are " + known
                        + " (each cell of the sheet is used, so a column of your own is refused rather than left unread)"));
                ok = false;
            } else if (names.contains(name)) {
                problems.add(RuleSetProblem.error(label, r.number(), "column " + letter(i) + ": " + name + " is named twice"));
                ok = false;
            }
            names.add(name);
        }
        for (String c : COLUMNS) {
            if (!names.contains(c)) {
                problems.add(RuleSetProblem.error(label, r.number(), "the header has no column \"" + c + "\"; the columns are " + COLUMNS));
                ok = false;
            }
        }
        return ok ? names : null;
    }

    /** The policies the sheet's rows name, in the order they first appear. */
    Set<String> policies() {
        Set<String> out = new LinkedHashSet<>();
        rows.forEach(r -> out.add(r.trimmed(POLICY)));
        return out;
    }

    /**
     * Refuses rows for a policy that {@code owner} does not have ({@code current} always is one),
     * and rows with no policy.
     */
    void checkPolicies(Collection<String> known, String owner, List<RuleSetProblem> problems) {
        Set<String> all = new LinkedHashSet<>();
        all.add(Request.CURRENT);
        all.addAll(known);
        Set<String> reported = new java.util.HashSet<>();
        for (Row r : rows) {
            String p = r.trimmed(POLICY);
            if (!all.contains(p) && reported.add(p)) {
                problems.add(error(r.number(), POLICY, p.isEmpty() ? "the policy is missing: write current for the values of "
                        + owner + ", or the name of the policy whose values the row sets; the policies are " + all
                        : known.isEmpty() && all.size() == 1 ? "\"" + p + "\": this sheet gives the values of " + owner + " (policy current)"
                        + " only; a policy's values are rows of the sheet in a rules folder (--rules)"
                        : "\"" + p + "\" is not a policy of " + owner + Suggest.didYouMeanOrStop(p, all) + " The policies are " + all
                        + "; a policy is declared (title, source) in the declaration, and its values are rows here"));
            }
        }
    }

    /**
     * The dated values the rows of {@code policy} give, checked as a parameter file's are:
     * {@code specs} are the parameters the rows may name ({@code elsewhere} says where the others
     * belong, as for a parameter file), {@code origin} what decisions say the values came from.
     * Empty if any has an error (reported with its row and column).
     */
    Map<String, List<ParameterEntry>> timelines(String policy, Map<String, ParameterSpec> specs, Map<String, String> elsewhere,
                                                String origin, List<RuleSetProblem> problems) {
        int before = ParameterFile.errors(problems);
        Map<String, List<ParameterEntry>> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<Row>> p : byParameter(policy).entrySet()) {
            String name = p.getKey();
            List<RuleSetProblem> local = new ArrayList<>();
            Built built = build(name, specs.get(name), p.getValue(), local);
            if (!local.isEmpty()) {
                problems.addAll(local); // rows a sheet alone can get wrong: the JSON made of them would only repeat it
                continue;
            }
            ObjectNode root = NODES.objectNode();
            root.set(name, built.entries());
            Map<String, List<ParameterEntry>> read = ParameterFile.readTimelines(LocatedJson.of(root, built.lines()), root, label, origin,
                    specs, elsewhere, local);
            for (RuleSetProblem lp : local) {
                problems.add(located(built, lp, name));
            }
            out.putAll(read);
        }
        return ParameterFile.errors(problems) > before ? Map.of() : out;
    }

    /** The rows of one policy, by parameter in the order they first appear. */
    private Map<String, List<Row>> byParameter(String policy) {
        Map<String, List<Row>> out = new LinkedHashMap<>();
        for (Row r : rows) {
            if (r.trimmed(POLICY).equals(policy)) {
                out.computeIfAbsent(r.trimmed(PARAMETER), k -> new ArrayList<>()).add(r);
            }
        }
        return out;
    }

    /**
     * Every parameter's dated values, by policy and parameter, as the JSON a declaration would hold
     * them: for comparing with a declaration copy beside the sheet. {@code specs} types the cells.
     */
    Map<String, Map<String, JsonNode>> asJson(Map<String, ParameterSpec> specs) {
        Map<String, Map<String, JsonNode>> out = new LinkedHashMap<>();
        for (String policy : policies()) {
            Map<String, JsonNode> params = new LinkedHashMap<>();
            byParameter(policy).forEach((name, rs) -> params.put(name, build(name, specs.get(name), rs, new ArrayList<>()).entries()));
            out.put(policy, params);
        }
        return out;
    }

    /** The first row of a parameter's values under a policy, or 0 when it has none. */
    int firstRow(String policy, String parameter) {
        List<Row> rs = byParameter(policy).get(parameter);
        return rs == null ? 0 : rs.get(0).number();
    }

    /** One parameter's rows as JSON entries, with the row each node came from and the row of each table key. */
    private record Built(ArrayNode entries, Map<JsonNode, Integer> lines, Map<Integer, Map<String, Integer>> keyRows) {
    }

    /** A problem of the JSON reader, named by the sheet's row and column. */
    private RuleSetProblem located(Built built, RuleSetProblem p, String name) {
        String m = p.message();
        if (m.startsWith("column ")) {
            return p; // made here, already located
        }
        int row = p.line();
        String column;
        if (m.startsWith("unknown parameter") || m.startsWith("parameter \"") || m.startsWith(name + ": expected a non-empty list")) {
            column = PARAMETER;
        } else if (m.startsWith(name + ".from") || m.startsWith(name + ": starts on ") || m.contains(" overlaps the value from ")
                || m.startsWith(name + ": no value from ")) {
            column = FROM;
        } else if (m.startsWith(name + ".until") || m.startsWith(name + ": until ")) {
            column = UNTIL;
        } else if (m.startsWith(name + ": \"illustrative\"")) {
            column = ILLUSTRATIVE;
        } else if (m.startsWith(name + ": \"intended\"")) {
            column = INTENDED;
        } else {
            column = VALUE;
            if (m.startsWith(name + "[")) {
                int close = m.indexOf(']');
                Integer keyRow = close < 0 ? null : built.keyRows().getOrDefault(row, Map.of()).get(m.substring(name.length() + 1, close));
                row = keyRow == null ? row : keyRow;
            }
        }
        return new RuleSetProblem(label, row, at(column) + m, p.severity());
    }

    /** "column F (value): ", as a message names a cell's column. */
    private String at(String column) {
        int index = header.indexOf(column);
        return "column " + letter(index < 0 ? header.size() : index) + " (" + column + "): ";
    }

    /**
     * Turns one parameter's rows into the JSON entries a parameter file would hold for it: rows
     * with the same {@code from} are one dated value (for a table, its keys in row order). What
     * only a sheet can get wrong (a key on a value that is no table, rows of one dated table that
     * disagree) is reported here with its row and column.
     */
    private Built build(String name, ParameterSpec spec, List<Row> rows, List<RuleSetProblem> problems) {
        ArrayNode entries = NODES.arrayNode();
        Map<JsonNode, Integer> lines = new IdentityHashMap<>();
        Map<Integer, Map<String, Integer>> keyRows = new java.util.HashMap<>();
        lines.put(entries, rows.get(0).number());
        boolean intendedColumn = header.contains(INTENDED);
        Built built = new Built(entries, lines, keyRows);
        boolean table = spec != null && spec.type().name().endsWith("_BY_KEY");
        Map<String, List<Row>> byFrom = new LinkedHashMap<>();
        for (Row r : rows) {
            if (spec != null && !r.trimmed(UNIT).isEmpty() && !r.trimmed(UNIT).equals(spec.unit() == null ? "" : spec.unit())) {
                problems.add(error(r.number(), UNIT, name + ": the unit is " + (spec.unit() == null ? "not declared (leave the cell empty)"
                        : "\"" + spec.unit() + "\"") + ", not \"" + r.trimmed(UNIT) + "\"; the unit is declared with the parameter, and"
                        + " shown here to read by"));
            }
            if (spec != null && !table && !r.trimmed(KEY).isEmpty()) {
                problems.add(error(r.number(), KEY, name + ": is not a table, so its rows have no key; a key belongs to a table's rows"));
            }
            if (table && r.trimmed(KEY).isEmpty()) {
                problems.add(error(r.number(), KEY, name + ": is a table, so each row gives the key its value is for"));
            }
            // a table's rows from one date are one dated value; any other value has a row of its own for each
            String group = table ? r.trimmed(FROM) : r.trimmed(FROM) + "\u0000" + r.number();
            byFrom.computeIfAbsent(group, k -> new ArrayList<>()).add(r);
        }
        for (List<Row> group : byFrom.values()) {
            Row first = group.get(0);
            ObjectNode entry = NODES.objectNode();
            lines.put(entry, first.number());
            set(entry, "from", first.trimmed(FROM));
            set(entry, "until", first.trimmed(UNTIL));
            JsonNode ill = flag(first.trimmed(ILLUSTRATIVE));
            if (ill != null) {
                entry.set("illustrative", ill);
            }
            JsonNode intended = intendedColumn ? flag(first.trimmed(INTENDED)) : null;
            if (intended != null) {
                entry.set("intended", intended);
            }
            if (spec != null && table) {
                ObjectNode value = NODES.objectNode();
                Map<String, Integer> rowsOfKeys = new LinkedHashMap<>();
                String note = null;
                int noteRow = 0;
                for (Row r : group) {
                    for (String column : List.of(UNTIL, ILLUSTRATIVE, INTENDED)) {
                        if ((intendedColumn || !column.equals(INTENDED)) && !r.trimmed(column).equals(first.trimmed(column))) {
                            problems.add(error(r.number(), column, name + ": the rows of one dated table (from " + first.trimmed(FROM)
                                    + ", rows " + first.number() + " to " + group.get(group.size() - 1).number() + ") share their "
                                    + column + ", but row " + r.number() + " differs from row " + first.number()
                                    + "; to change some keys from a date, give the whole table again from that date"));
                        }
                    }
                    if (!r.get(NOTE).isBlank()) {
                        if (note != null) {
                            problems.add(error(r.number(), NOTE, name + ": a dated table has one note, on any of its rows; row "
                                    + noteRow + " has it already"));
                        } else {
                            note = r.get(NOTE);
                            noteRow = r.number();
                        }
                    }
                    String key = r.trimmed(KEY);
                    if (key.isEmpty()) {
                        continue;
                    }
                    if (rowsOfKeys.containsKey(key)) {
                        problems.add(error(r.number(), KEY, name + ": key " + key + " is given twice for the values from "
                                + first.trimmed(FROM) + " (rows " + rowsOfKeys.get(key) + " and " + r.number() + ")"));
                        continue;
                    }
                    rowsOfKeys.put(key, r.number());
                    JsonNode item = item(r.trimmed(VALUE), spec.type());
                    if (item == null) {
                        problems.add(error(r.number(), VALUE, name + "[" + key + "]: the value is missing"));
                        continue;
                    }
                    value.set(key, item);
                }
                keyRows.put(first.number(), rowsOfKeys);
                entry.set("value", value);
                if (note != null) {
                    entry.put("note", note);
                }
            } else {
                JsonNode value = spec == null ? NODES.textNode(first.trimmed(VALUE)) : value(first.trimmed(VALUE), spec);
                if (value != null) {
                    entry.set("value", value);
                }
                if (!first.get(NOTE).isBlank()) {
                    entry.put("note", first.get(NOTE));
                }
            }
            entries.add(entry);
        }
        return built;
    }

    private static void set(ObjectNode entry, String field, String cell) {
        if (!cell.isEmpty()) {
            entry.put(field, cell);
        }
    }

    /** yes/no (or true/false) as a JSON flag; anything else is passed on as text, for the JSON reader to refuse. */
    private static JsonNode flag(String cell) {
        return switch (cell.toLowerCase(Locale.ROOT)) {
            case "" -> null;
            case "yes", "true" -> NODES.booleanNode(true);
            case "no", "false" -> NODES.booleanNode(false);
            default -> NODES.textNode(cell);
        };
    }

    /** A cell as the JSON value of a parameter of this type; null for an empty cell (no value given). */
    private static JsonNode value(String cell, ParameterSpec spec) {
        if (cell.isEmpty()) {
            return null;
        }
        if (cell.equalsIgnoreCase(NONE)) {
            return NODES.nullNode();
        }
        return switch (spec.type()) {
            case INTEGER -> integer(cell);
            case FLAG -> flag(cell);
            case TEXT_LIST, ENUM_LIST -> list(cell, false);
            default -> NODES.textNode(cell);
        };
    }

    /** A table row's cell as the JSON value of one key. */
    private static JsonNode item(String cell, ParameterType table) {
        if (cell.isEmpty()) {
            return null;
        }
        return switch (table) {
            case INTEGER_BY_KEY -> integer(cell);
            case INTEGER_LIST_BY_KEY -> list(cell, true);
            default -> NODES.textNode(cell);
        };
    }

    private static JsonNode integer(String cell) {
        if (cell.matches("-?[0-9]{1,30}")) {
            BigInteger n = new BigInteger(cell);
            return n.bitLength() < 32 ? NODES.numberNode(n.intValue()) : NODES.numberNode(n);
        }
        return NODES.textNode(cell);
    }

    private static ArrayNode list(String cell, boolean integers) {
        ArrayNode out = NODES.arrayNode();
        if (cell.equalsIgnoreCase(EMPTY)) {
            return out;
        }
        for (String item : cell.split(";", -1)) {
            String t = item.strip();
            out.add(integers ? integer(t) : NODES.textNode(t));
        }
        return out;
    }

    private RuleSetProblem error(int row, String column, String message) {
        return RuleSetProblem.error(label, row, at(column) + message);
    }

    /** A column's letters as a spreadsheet shows them: A, B, ..., Z, AA. */
    static String letter(int index) {
        StringBuilder s = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            int r = (n - 1) % 26;
            s.insert(0, (char) ('A' + r));
            n = (n - 1) / 26;
        }
        return s.toString();
    }

    // ---------------------------------------------------------------- a file beside the sheet

    /**
     * The dated values a JSON file holds, by policy ({@code current} for the values themselves) and
     * parameter, with the file's lines: a declaration, a parameter file or a policy file.
     */
    record Values(String label, LocatedJson json, Map<String, Map<String, JsonNode>> byPolicy) {

        /** A declaration's values: each parameter's {@code values}, each policy's {@code parameters}. */
        static Values of(Declaration d) {
            Map<String, Map<String, JsonNode>> out = new LinkedHashMap<>();
            Map<String, JsonNode> current = new LinkedHashMap<>();
            d.parameters().values().forEach(p -> current.put(p.name(), p.values()));
            out.put(Request.CURRENT, current);
            policies(d.policies(), out);
            return new Values(d.file(), d.json(), out);
        }

        /** A parameter file ({@code policies} false) or a policy file; empty when it is not JSON (reported elsewhere); for tests of the sheet. */
        static Values of(String text, String label, boolean policies) {
            if (text == null) {
                return new Values(label, null, Map.of());
            }
            LocatedJson json;
            try {
                json = LocatedJson.parse(text);
            } catch (java.io.IOException e) {
                return new Values(label, null, Map.of());
            }
            Map<String, Map<String, JsonNode>> out = new LinkedHashMap<>();
            if (policies) {
                policies(json.root(), out);
            } else {
                Map<String, JsonNode> current = new LinkedHashMap<>();
                json.root().properties().forEach(e -> {
                    if (!e.getKey().startsWith("$")) {
                        current.put(e.getKey(), e.getValue());
                    }
                });
                out.put(Request.CURRENT, current);
            }
            return new Values(label, json, out);
        }

        private static void policies(JsonNode policies, Map<String, Map<String, JsonNode>> out) {
            if (policies == null || !policies.isObject()) {
                return;
            }
            policies.properties().forEach(p -> {
                if (!p.getKey().startsWith("$") && p.getValue().path("parameters").isObject()) {
                    Map<String, JsonNode> overlay = new LinkedHashMap<>();
                    p.getValue().get("parameters").properties().forEach(e -> {
                        if (!e.getKey().startsWith("$")) {
                            overlay.put(e.getKey(), e.getValue());
                        }
                    });
                    out.put(p.getKey(), overlay);
                }
            });
        }

        JsonNode get(String policy, String parameter) {
            return byPolicy.getOrDefault(policy, Map.of()).get(parameter);
        }
    }

    /**
     * A rule author's copy of the file this sheet gives the values of (the declaration, or a
     * parameter or policy file) may sit beside it: it still gives everything else, and values that
     * are the packaged ones, or the sheet's own. A value it changes otherwise would be overridden by
     * the sheet without a word, so it is refused, naming both files.
     *
     * @param owner    the rule set or shared value set both are for
     * @param copy     the copy's values
     * @param packaged the packaged file's values
     */
    void checkCopy(String owner, Values copy, Values packaged, Map<String, ParameterSpec> specs, List<RuleSetProblem> problems) {
        Map<String, Map<String, JsonNode>> mine = asJson(specs);
        Set<String> policies = new LinkedHashSet<>(copy.byPolicy().keySet());
        policies.addAll(packaged.byPolicy().keySet());
        for (String policy : policies) {
            Set<String> names = new LinkedHashSet<>(copy.byPolicy().getOrDefault(policy, Map.of()).keySet());
            names.addAll(packaged.byPolicy().getOrDefault(policy, Map.of()).keySet());
            for (String name : names) {
                JsonNode here = copy.get(policy, name);
                JsonNode was = packaged.get(policy, name);
                JsonNode sheet = mine.getOrDefault(policy, Map.of()).get(name);
                if (equal(here, was) || equal(here, sheet)) {
                    continue;
                }
                int line = here != null ? copy.json().lineOf(here) : 1;
                int row = firstRow(policy, name);
                problems.add(RuleSetProblem.error(copy.label(), line, "the values of " + name
                        + (policy.equals(Request.CURRENT) ? "" : " under policy " + policy) + (here == null ? " are left out here"
                        : " differ here") + " from the packaged file, but " + label + " gives the values of " + owner
                        + ", so this change would not be used: make it in " + label + (row > 0 ? " (row " + row + ")" : "")
                        + ", or remove " + label + " from the rules folder to edit the values in this file"));
            }
        }
    }

    /** Whether two parameter nodes are the same values; an absent node and an empty list are alike (no values). */
    private static boolean equal(JsonNode a, JsonNode b) {
        boolean aNone = a == null || a.isArray() && a.isEmpty();
        boolean bNone = b == null || b.isArray() && b.isEmpty();
        return aNone || bNone ? aNone && bNone : same(a, b);
    }

    // ---------------------------------------------------------------- writing

    /** One parameter's dated values under one policy, as JSON entries ({@code from}, {@code value}, ...). */
    record Section(String policy, String parameter, JsonNode entries) {
    }

    /**
     * The sheet of these values: every section's entries a row each (a table's, a row per key),
     * in the order given. Refuses a value a sheet cannot hold so that it reads back the same (a
     * list item with a semicolon, text that is the word none), naming it.
     *
     * @throws IllegalArgumentException naming the value that cannot be written
     */
    static String write(String label, List<Section> sections, Map<String, ParameterSpec> specs) {
        boolean intended = false;
        for (Section s : sections) {
            for (JsonNode e : s.entries()) {
                intended |= e.has("intended");
            }
        }
        List<String> columns = new ArrayList<>(COLUMNS);
        if (intended) {
            columns.add(columns.indexOf(ILLUSTRATIVE) + 1, INTENDED);
        }
        StringBuilder out = new StringBuilder();
        Csv.line(out, columns);
        for (Section s : sections) {
            ParameterSpec spec = specs.get(s.parameter());
            if (spec == null) {
                throw new IllegalArgumentException(s.parameter() + " is not a parameter here");
            }
            for (JsonNode e : s.entries()) {
                boolean table = spec.type().name().endsWith("_BY_KEY");
                List<Map.Entry<String, JsonNode>> keys = new ArrayList<>();
                if (table) {
                    e.path("value").properties().forEach(keys::add);
                } else {
                    keys.add(Map.entry("", e.path("value")));
                }
                boolean first = true;
                for (Map.Entry<String, JsonNode> k : keys) {
                    Map<String, String> cells = new LinkedHashMap<>();
                    cells.put(POLICY, s.policy());
                    cells.put(PARAMETER, s.parameter());
                    cells.put(FROM, e.path("from").asText(""));
                    cells.put(UNTIL, e.path("until").isTextual() ? e.get("until").textValue() : "");
                    cells.put(KEY, k.getKey());
                    cells.put(VALUE, cell(k.getValue()));
                    cells.put(UNIT, spec.unit() == null ? "" : spec.unit());
                    cells.put(ILLUSTRATIVE, e.has("illustrative") ? yesNo(e.get("illustrative")) : "");
                    cells.put(INTENDED, e.has("intended") ? yesNo(e.get("intended")) : "");
                    cells.put(NOTE, first && e.path("note").isTextual() ? e.get("note").textValue() : "");
                    Csv.line(out, columns.stream().map(cells::get).toList());
                    first = false;
                }
            }
        }
        String text = out.toString();
        checkReadsBack(text, label, sections, specs);
        return text;
    }

    private static String yesNo(JsonNode flag) {
        return flag.isBoolean() ? (flag.booleanValue() ? "yes" : "no") : flag.asText();
    }

    private static String cell(JsonNode v) {
        if (v == null || v.isMissingNode() || v.isNull()) {
            return v == null || v.isMissingNode() ? "" : NONE;
        }
        if (v.isBoolean()) {
            return v.booleanValue() ? "yes" : "no";
        }
        if (v.isArray()) {
            if (v.isEmpty()) {
                return EMPTY;
            }
            List<String> items = new ArrayList<>();
            v.forEach(i -> items.add(i.isTextual() ? i.textValue() : i.toString()));
            return String.join("; ", items);
        }
        return v.isTextual() ? v.textValue() : v.toString();
    }

    /** A sheet that would read back as other values is refused when written, not found out later. */
    private static void checkReadsBack(String text, String label, List<Section> sections, Map<String, ParameterSpec> specs) {
        List<RuleSetProblem> problems = new ArrayList<>();
        ValuesSheet back = read(text, label, problems);
        if (back == null) {
            throw new IllegalArgumentException("the values cannot be written as a sheet: " + problems);
        }
        Map<String, Map<String, JsonNode>> json = back.asJson(specs);
        for (Section s : sections) {
            JsonNode again = json.getOrDefault(s.policy(), Map.of()).get(s.parameter());
            if (s.entries().isEmpty() ? again != null : !same(s.entries(), again)) {
                throw new IllegalArgumentException("the values of " + s.parameter() + (s.policy().equals(Request.CURRENT) ? ""
                        : " under policy " + s.policy()) + " cannot be written as a sheet that reads back the same (a list item that"
                        + " holds a semicolon, a text that is the word \"none\" or \"empty\", or spaces around a value)");
            }
        }
    }

    /**
     * Whether two lists of dated values are the same values: the same entries (from, until, value,
     * illustrative, intended, note), whatever the order of their fields; {@code $} keys document and
     * are left out.
     */
    static boolean same(JsonNode a, JsonNode b) {
        return a != null && b != null && normal(a).equals(normal(b));
    }

    private static JsonNode normal(JsonNode entries) {
        if (!entries.isArray()) {
            return entries;
        }
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode e : entries) {
            if (!e.isObject()) {
                out.add(e);
                continue;
            }
            ObjectNode copy = NODES.objectNode();
            e.properties().forEach(f -> {
                if (!f.getKey().startsWith("$") && !(f.getKey().equals("until") && f.getValue().isNull())) {
                    copy.set(f.getKey(), f.getValue());
                }
            });
            out.add(copy);
        }
        out.sort(java.util.Comparator.comparing(e -> e.path("from").asText("")));
        ArrayNode sorted = NODES.arrayNode();
        out.forEach(sorted::add);
        return sorted;
    }
}
