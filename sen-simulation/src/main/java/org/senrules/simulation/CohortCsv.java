package org.senrules.simulation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.senrules.core.ApiStatus;
import org.senrules.core.InvalidRequestException;
import org.senrules.core.Request;
import org.senrules.core.RuleSetInfo;
import org.senrules.core.SenRules;
import org.senrules.core.Violation;
import org.senrules.core.internal.csv.Csv;

/**
 * A cohort read from CSV, such as a council's census extract: a header row naming the case's
 * JSON fields, then one case per row. The cohort is read exactly as its JSON form would be, so
 * the engine's validation applies to every cell.
 *
 * <p>The encoding, for every rule set:
 * <ul>
 *   <li>a column per case field, named as in the JSON ({@code caseId}, {@code requestedSupportUnits});
 *       an empty cell is an absent field (refused if the field is required);</li>
 *   <li>{@code true}/{@code false} (any case) for yes/no fields, whole numbers for counts, enumerations by
 *       their upper-case names, dates as {@code yyyy-MM-dd}, money as pounds ({@code 1234.50});</li>
 *   <li>a list of names ({@code cohorts}) in one cell, separated by {@code ;} ({@code early-years;children-in-care});
 *       an empty cell is an empty list;</li>
 *   <li>a list of records ({@code provision}) in numbered columns, as their JSON paths:
 *       {@code provision[0].description}, {@code provision[0].supportUnits}, {@code provision[1].description}, …;
 *       a row's items end at the first number whose cells are all empty;</li>
 *   <li>a record field ({@code registration}) as {@code registration.submitted}, …;</li>
 *   <li>optional columns {@code ruleSet} and {@code asOf}, each with one value for the whole file; without
 *       them the caller names the rule set and the date ({@code --rule-set}, {@code --as-of}).</li>
 * </ul>
 * Cells are as RFC 4180 says (quotes around cells holding commas, quotes or line breaks); a
 * leading byte-order mark is skipped. Strict: an unknown or repeated column is refused by name
 * with the nearest known one; a row with more or fewer cells than the header is refused. Every
 * problem is reported at once, each naming its row (the header is row 1) and column, and nothing
 * is decided on a file with any.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class CohortCsv {
    /** The column naming the rule set. */
    public static final String RULE_SET = "ruleSet";
    /** The column giving the date whose values apply. */
    public static final String AS_OF = "asOf";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern LIST_ITEM = Pattern.compile("([A-Za-z][A-Za-z0-9]*)\\[(\\d{1,3})\\]\\.([A-Za-z][A-Za-z0-9]*)");
    private static final Pattern CASE_PATH = Pattern.compile("cases\\[(\\d+)\\](?:\\.(.*))?");
    private static final int MAX_ITEMS = 200;

    private CohortCsv() {
    }

    /** How a column's cells become JSON. */
    private enum Kind { TEXT, FLAG, WHOLE, NAMES }

    /** One column the case type allows: its kind and, for list items, the list, index and item field. */
    private record Column(String name, Kind kind, String list, int index, String item) {
    }

    /**
     * A cohort read from a council's extract: its cases, and the columns that are not case fields
     * and were left out (by their names in the file, once each, in file order).
     *
     * @param cases   the requests, in row order, each under policy {@code current}
     * @param ignored the columns left out, empty when every column is a case field
     * @since 1.0
     */
    public record Extract(List<Request> cases, List<String> ignored) {
        public Extract {
            cases = List.copyOf(cases);
            ignored = List.copyOf(ignored);
        }
    }

    /**
     * Reads a council's extract as it comes: a column that is not a case field is left out and
     * named in {@link Extract#ignored()} (unless {@code strict}, when it is refused as
     * {@link #read(SenRules, String, String, LocalDate)} refuses it); {@code columns} renames the
     * council's headers to case fields ({@code "Pupil ID"} to {@code caseId}); yes/no cells may be
     * {@code true}/{@code false}, {@code yes}/{@code no} or {@code y}/{@code n}, in any case. Every
     * problem names its row and the column as the file heads it.
     *
     * @param columns the council's header to the case field it holds; empty for none
     * @throws InvalidRequestException with every problem, each path {@code row N, column NAME}, or a
     *                                 column map naming a field the rule set does not have
     * @since 1.0
     */
    public static Extract read(SenRules engine, String csv, String ruleSet, LocalDate asOf, boolean strict, Map<String, String> columns) {
        List<String> ignored = new ArrayList<>();
        List<Request> cases = read(engine, csv, ruleSet, asOf, strict, Map.copyOf(columns), ignored, "--rule-set", "--as-of");
        return new Extract(cases, ignored);
    }

    /**
     * Reads a cohort, strictly: a column that is not a case field is refused.
     *
     * @param engine  the engine whose rule sets and validation apply
     * @param csv     the file's text
     * @param ruleSet the rule set, or {@code null} to take it from the {@code ruleSet} column
     * @param asOf    the date whose values apply, or {@code null} to take it from the {@code asOf} column
     * @return the requests, in row order, each under policy {@code current}
     * @throws InvalidRequestException with every problem, each path {@code row N, column NAME}
     */
    public static List<Request> read(SenRules engine, String csv, String ruleSet, LocalDate asOf) {
        return read(engine, csv, ruleSet, asOf, "--rule-set", "--as-of");
    }

    /**
     * As {@link #read(SenRules, String, String, LocalDate)}, for a caller whose user gives the rule
     * set and the date by other names than the command line's (the service's query parameters), so
     * that a message tells them what they can give.
     *
     * @param ruleSetOption how the caller's user gives the rule set, such as {@code "the ruleSet query parameter"}
     * @param asOfOption    how the caller's user gives the date
     * @since 1.0.0
     */
    public static List<Request> read(SenRules engine, String csv, String ruleSet, LocalDate asOf, String ruleSetOption,
                                     String asOfOption) {
        return read(engine, csv, ruleSet, asOf, true, Map.of(), new ArrayList<>(), ruleSetOption, asOfOption);
    }

    private static List<Request> read(SenRules engine, String csv, String ruleSet, LocalDate asOf, boolean strict,
                                      Map<String, String> map, List<String> ignored, String ruleSetOption, String asOfOption) {
        List<Violation> problems = new ArrayList<>();
        List<List<String>> rows = parse(csv, problems);
        if (problems.stream().anyMatch(v -> v.message().contains("quote"))) {
            throw new InvalidRequestException(problems); // the cells cannot be told apart
        }
        if (rows.isEmpty() || rows.get(0).stream().allMatch(String::isEmpty)) {
            throw new InvalidRequestException(List.of(new Violation("row 1", "a cohort CSV starts with a header row naming the case's fields")));
        }
        List<String> shown = rows.get(0);
        // the council's headers renamed to case fields by the column map; messages name the column as the file heads it
        List<String> header = new ArrayList<>();
        shown.forEach(h -> header.add(map.getOrDefault(h, h)));
        Map<String, String> shownAs = new java.util.HashMap<>();
        for (int c = 0; c < header.size(); c++) {
            shownAs.putIfAbsent(header.get(c), shown.get(c));
        }
        int ruleSetColumn = header.indexOf(RULE_SET);
        int asOfColumn = header.indexOf(AS_OF);
        String id = one(rows, ruleSetColumn, ruleSet, RULE_SET, ruleSetOption, problems);
        String day = one(rows, asOfColumn, asOf == null ? null : asOf.toString(), AS_OF, asOfOption, problems);
        if (id == null || day == null) {
            throw new InvalidRequestException(problems);
        }
        RuleSetInfo info = engine.ruleSets().stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
        if (info == null) {
            // the text is the file's: not repeated
            problems.add(new Violation(ruleSetColumn < 0 ? "ruleSet" : "row 2, column ruleSet", "is not a rule set; the rule sets are "
                    + engine.ruleSets().stream().map(RuleSetInfo::id).toList()));
            throw new InvalidRequestException(problems);
        }
        Map<String, Kind> fields = new LinkedHashMap<>();
        Map<String, Map<String, Kind>> lists = new LinkedHashMap<>();
        shape(info.caseType(), "", fields, lists);
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(map).entrySet()) {
            String target = e.getValue();
            if (!target.equals(RULE_SET) && !target.equals(AS_OF) && column(target, fields, lists) == null) {
                problems.add(new Violation("columns, " + e.getKey(), "maps to \"" + target + "\", which is not a field of " + info.id()
                        + "; " + unknown(target, info, fields, lists).replaceFirst("^unknown column for rule set [^;]*; ?", "")));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        Column[] columns = new Column[header.size()];
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c);
            if (!strict && column(name, fields, lists) == null && c != ruleSetColumn && c != asOfColumn) {
                // not a case field: left out, and named once
                String label = shown.get(c).isEmpty() ? "#" + (c + 1) + " (no name)" : shown.get(c);
                if (!ignored.contains(label)) {
                    ignored.add(label);
                }
                continue;
            }
            if (!seen.add(name)) {
                // a column's own text is the file's (it could be a child's name): a case field by its name, anything else by its number
                boolean known = column(name, fields, lists) != null || name.equals(RULE_SET) || name.equals(AS_OF);
                problems.add(new Violation("row 1, column " + (known ? name : "#" + (c + 1)), "is repeated; each field has one column"));
                continue;
            }
            if (c == ruleSetColumn || c == asOfColumn) {
                continue;
            }
            columns[c] = column(name, fields, lists);
            if (columns[c] == null) {
                // an unknown column's name is the file's own text (it could be a child's name): named by its number
                problems.add(new Violation("row 1, column #" + (c + 1), unknown(name, info, fields, lists)
                        + " (--strict refuses a column that is not a case field; without it the column is left out)"));
            }
        }
        ArrayNode cases = MAPPER.createArrayNode();
        Set<String> failedCells = new HashSet<>();
        Set<Integer> badRows = new HashSet<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            int rowNumber = r + 1;
            if (row.size() != header.size()) {
                if (row.size() != 1 || !row.get(0).isEmpty()) { // a blank line is reported by the parser
                    problems.add(new Violation("row " + rowNumber, "has " + row.size() + " cells; the header has " + header.size()));
                }
                badRows.add(rowNumber);
                cases.addObject();
                continue;
            }
            cases.add(caseOf(row, shown, columns, rowNumber, problems, failedCells));
        }
        if (rows.size() < 2) {
            problems.add(new Violation("row 2", "no cases: the file has a header row and no rows below it"));
        }
        ObjectNode cohort = MAPPER.createObjectNode().put("ruleSet", id).put("asOf", day);
        cohort.set("cases", cases);
        try {
            List<Request> requests = engine.json().read(cohort.toString());
            if (!problems.isEmpty()) {
                throw new InvalidRequestException(problems);
            }
            return requests;
        } catch (InvalidRequestException e) {
            for (Violation v : e.violations()) {
                Violation located = locate(v, asOfColumn, header, shownAs);
                if (!failedCells.contains(located.path()) && !badRows.contains(rowOf(located)) && !problems.contains(located)) {
                    problems.add(located);
                }
            }
            problems.sort(Comparator.comparingInt(CohortCsv::rowOf));
            throw new InvalidRequestException(problems);
        }
    }

    /** The one value of a file-wide column (or the caller's), or null with a problem. */
    private static String one(List<List<String>> rows, int column, String given, String name, String option, List<Violation> problems) {
        if (column < 0) {
            if (given == null) {
                problems.add(new Violation(name, "no " + name + ": add a " + name + " column or give " + option));
            }
            return given;
        }
        String value = given;
        int before = problems.size();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            String v = column < row.size() ? row.get(column) : "";
            if (v.isEmpty()) {
                problems.add(new Violation("row " + (r + 1) + ", column " + name, "is empty; every row names the " + name
                        + (given == null ? "" : " (" + given + ")")));
            } else if (value == null) {
                value = v;
            } else if (!value.equals(v)) {
                problems.add(new Violation("row " + (r + 1) + ", column " + name, "differs from the rows before; a cohort has one "
                        + name));
            }
        }
        return problems.size() == before ? value : null;
    }

    /** The JSON fields of a case type (its declared fields): scalars and name lists directly, lists and records of records by item field. */
    private static void shape(Class<?> type, String prefix, Map<String, Kind> fields, Map<String, Map<String, Kind>> lists) {
        org.senrules.core.spi.CaseFields<?> declared = org.senrules.core.spi.CaseFields.declaredBy(type);
        if (declared != null) {
            // its declared fields, in contract order
            for (org.senrules.core.spi.CaseFields.Field f : declared.fields()) {
                String name = prefix + f.name();
                if (List.class.isAssignableFrom(f.type())) {
                    Class<?> item = f.elementType();
                    org.senrules.core.spi.CaseFields<?> itemDeclared = item == null ? null : org.senrules.core.spi.CaseFields.declaredBy(item);
                    if (itemDeclared != null) {
                        Map<String, Kind> itemFields = new LinkedHashMap<>();
                        for (org.senrules.core.spi.CaseFields.Field i : itemDeclared.fields()) {
                            itemFields.put(i.name(), kind(i.type()));
                        }
                        lists.put(name, itemFields);
                    } else {
                        fields.put(name, Kind.NAMES);
                    }
                } else if (org.senrules.core.spi.CaseFields.declaredBy(f.type()) != null) {
                    shape(f.type(), name + ".", fields, lists);
                } else {
                    fields.put(name, kind(f.type()));
                }
            }
        }
    }

    private static Kind kind(Class<?> t) {
        if (t == boolean.class || t == Boolean.class) {
            return Kind.FLAG;
        }
        if (t == int.class || t == Integer.class || t == long.class || t == Long.class) {
            return Kind.WHOLE;
        }
        return Kind.TEXT;
    }

    private static Column column(String name, Map<String, Kind> fields, Map<String, Map<String, Kind>> lists) {
        if (fields.containsKey(name)) {
            return new Column(name, fields.get(name), null, -1, null);
        }
        Matcher m = LIST_ITEM.matcher(name);
        if (m.matches() && lists.containsKey(m.group(1)) && lists.get(m.group(1)).containsKey(m.group(3))
                && Integer.parseInt(m.group(2)) < MAX_ITEMS) {
            return new Column(name, lists.get(m.group(1)).get(m.group(3)), m.group(1), Integer.parseInt(m.group(2)), m.group(3));
        }
        return null;
    }

    private static String unknown(String name, RuleSetInfo info, Map<String, Kind> fields, Map<String, Map<String, Kind>> lists) {
        List<String> known = new ArrayList<>(fields.keySet());
        lists.forEach((list, items) -> items.keySet().forEach(i -> known.add(list + "[0]." + i)));
        String nearest = null;
        int best = Integer.MAX_VALUE;
        String compared = LIST_ITEM.matcher(name).matches() ? name.replaceAll("\\[\\d+\\]", "[0]") : name;
        for (String k : known) {
            int d = distance(compared.toLowerCase(java.util.Locale.ROOT), k.toLowerCase(java.util.Locale.ROOT));
            if (d < best) {
                best = d;
                nearest = k;
            }
        }
        String hint = nearest != null && best <= Math.max(2, compared.length() / 3) ? " did you mean \"" + nearest + "\"?" : "";
        // the header's text is not repeated: the path names the column (by number when its name is not a plain one)
        return (name.isEmpty() ? "a column has no name;" : "unknown column for rule set " + info.id() + ";") + hint
                + " the columns are " + String.join(", ", known) + (lists.isEmpty() ? "" : " (list items numbered from 0)")
                + ", and optionally ruleSet and asOf";
    }

    /** Levenshtein distance, for "did you mean". */
    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static ObjectNode caseOf(List<String> row, List<String> header, Column[] columns, int rowNumber, List<Violation> problems,
                                     Set<String> failedCells) {
        ObjectNode c = MAPPER.createObjectNode();
        Map<String, Map<Integer, ObjectNode>> items = new LinkedHashMap<>();
        for (int i = 0; i < columns.length; i++) {
            Column col = columns[i];
            String cell = row.get(i);
            if (col == null || cell.isEmpty()) {
                continue;
            }
            ObjectNode target;
            String field;
            if (col.list() != null) {
                target = items.computeIfAbsent(col.list(), k -> new java.util.TreeMap<>())
                        .computeIfAbsent(col.index(), k -> MAPPER.createObjectNode());
                field = col.item();
            } else {
                target = c;
                field = col.name();
            }
            String at = "row " + rowNumber + ", column " + header.get(i);
            if (!put(target, field, col.kind(), cell, at, problems)) {
                failedCells.add(at);
            }
        }
        items.forEach((list, byIndex) -> {
            ArrayNode array = MAPPER.createArrayNode();
            int expected = 0;
            for (Map.Entry<Integer, ObjectNode> e : byIndex.entrySet()) {
                if (e.getKey() != expected) {
                    problems.add(new Violation("row " + rowNumber + ", column " + list + "[" + expected + "]",
                            "the items of " + list + " are numbered from 0 with none missing; " + list + "[" + e.getKey()
                                    + "] has cells but " + list + "[" + expected + "] has none"));
                    return;
                }
                array.add(e.getValue());
                expected++;
            }
            setPath(c, list, array);
        });
        return c;
    }

    /** Sets a field by its JSON name, making the objects of a dotted name ({@code registration.submitted}). */
    private static void setPath(ObjectNode root, String name, com.fasterxml.jackson.databind.JsonNode value) {
        int dot = name.indexOf('.');
        if (dot < 0) {
            root.set(name, value);
            return;
        }
        String head = name.substring(0, dot);
        ObjectNode child = root.get(head) instanceof ObjectNode o ? o : root.putObject(head);
        setPath(child, name.substring(dot + 1), value);
    }

    private static boolean put(ObjectNode target, String field, Kind kind, String cell, String at, List<Violation> problems) {
        switch (kind) {
            case FLAG -> {
                String v = cell.trim().toLowerCase(java.util.Locale.ROOT);
                if (List.of("true", "yes", "y").contains(v) || List.of("false", "no", "n").contains(v)) {
                    setPath(target, field, MAPPER.getNodeFactory().booleanNode(List.of("true", "yes", "y").contains(v)));
                    return true;
                }
                problems.add(new Violation(at, "is not yes or no; must be true or false, yes or no, or y or n"));
                return false;
            }
            case WHOLE -> {
                if (cell.matches("-?\\d{1,9}")) {
                    setPath(target, field, MAPPER.getNodeFactory().numberNode(Integer.parseInt(cell)));
                    return true;
                }
                problems.add(new Violation(at, "must be a whole number, like 4"));
                return false;
            }
            case NAMES -> {
                ArrayNode names = MAPPER.createArrayNode();
                for (String n : cell.split(";", -1)) {
                    names.add(n.trim());
                }
                setPath(target, field, names);
                return true;
            }
            default -> {
                setPath(target, field, MAPPER.getNodeFactory().textNode(cell));
                return true;
            }
        }
    }

    /** The engine's {@code cases[i].field} as {@code row i+2, column field}. */
    private static Violation locate(Violation v, int asOfColumn, List<String> header, Map<String, String> shownAs) {
        if (v.path().equals("asOf")) {
            return new Violation(asOfColumn < 0 ? "asOf" : "row 2, column asOf", v.message());
        }
        Matcher m = CASE_PATH.matcher(v.path());
        if (!m.matches()) {
            return v;
        }
        String row = "row " + (Integer.parseInt(m.group(1)) + 2);
        String field = m.group(2);
        if (field == null || field.isEmpty()) {
            return new Violation(row, v.message());
        }
        if (header.contains(field)) {
            return new Violation(row + ", column " + shownAs.getOrDefault(field, field), v.message());
        }
        // a name list's item (cohorts[1]) is in the list's one cell
        Matcher item = Pattern.compile("(.*)\\[(\\d+)\\]").matcher(field);
        if (item.matches() && header.contains(item.group(1))) {
            return new Violation(row + ", column " + shownAs.getOrDefault(item.group(1), item.group(1)), "item "
                    + (Integer.parseInt(item.group(2)) + 1) + ": " + v.message());
        }
        // a field with no column of its own: a required field whose column is missing, or a list or record as a whole
        return new Violation(row + ", column " + field, v.message() + (header.stream().noneMatch(h -> h.startsWith(field))
                ? " (the file has no " + field + " column)" : ""));
    }

    private static int rowOf(Violation v) {
        Matcher m = Pattern.compile("row (\\d+).*").matcher(v.path());
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** RFC 4180 rows; a final line ending is not a row. */
    static List<List<String>> parse(String text, List<Violation> problems) {
        List<List<String>> rows = new ArrayList<>();
        try {
            Csv.rows(text, true).forEach(r -> rows.add(r.cells()));
        } catch (Csv.Malformed e) {
            problems.add(new Violation("row " + e.row(), e.fault() == Csv.Fault.QUOTE_NOT_CLOSED
                    ? "a quoted cell is not closed before the end of the file"
                    : "text follows a quoted cell's closing quote; a quote inside a quoted cell is written twice (\"\")"));
            return rows;
        }
        // blank lines (a lone empty cell) in the middle are refused, blank lines at the end are not rows
        while (!rows.isEmpty() && rows.get(rows.size() - 1).size() == 1 && rows.get(rows.size() - 1).get(0).isEmpty()) {
            rows.remove(rows.size() - 1);
        }
        for (int r = 1; r < rows.size(); r++) {
            if (rows.get(r).size() == 1 && rows.get(r).get(0).isEmpty()) {
                problems.add(new Violation("row " + (r + 1), "is empty; remove blank lines between rows"));
            }
        }
        return rows;
    }
}
