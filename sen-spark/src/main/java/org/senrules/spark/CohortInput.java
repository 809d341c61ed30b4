package org.senrules.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.senrules.core.InvalidRequestException;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.core.Violation;
import org.senrules.core.internal.csv.Csv;
import org.senrules.simulation.CohortCsv;

/**
 * A cohort as Spark reads it: each case's text with its place in the cohort, its rule set and
 * date, and how to turn the text into a case on an executor ({@link Parser}). Four sources:
 *
 * <ul>
 *   <li>a cohort document ({@code .json}, the contract's {@code {"ruleSet", "asOf", "cases": […]}}
 *       that {@code ./sen cohort} writes): read and checked whole on the driver by the engine's own
 *       reader, so it is refused exactly as {@code ./sen simulate} refuses it, then its cases handed
 *       out; it is one document, not split, so a national cohort is better given as
 *   <li>JSON Lines ({@code .jsonl} or {@code .ndjson}): one case a line, read by Spark in parallel,
 *       the rule set and date given with {@code --rule-set} and {@code --as-of};
 *   <li>CSV ({@code .csv}): the simulator's CSV columns ({@link CohortCsv}), read by Spark's CSV
 *       reader (RFC 4180 quoting, quoted line breaks kept), each slice's rows then read by
 *       {@link CohortCsv} itself on an executor, its row numbers those of the whole file;
 *   <li>a table ({@code --table NAME}): one case a row, columns named as the case's fields,
 *       in the order of {@code --order-by COLUMN} (a table has no order of its own).
 * </ul>
 */
final class CohortInput {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** How a case's text is read. */
    enum Kind { DOCUMENT, JSON_LINES, CSV, TABLE }

    /** One case's text and its place in the cohort, from 0. */
    record CaseText(long index, String text) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    final JavaRDD<CaseText> texts;
    final Parser parser;
    final String ruleSet;
    final LocalDate asOf;
    final long cases;
    /** A CSV's columns that are not case fields, left out (unless {@code --strict}); said once. */
    final List<String> ignored;

    private CohortInput(JavaRDD<CaseText> texts, Parser parser, String ruleSet, LocalDate asOf, long cases, List<String> ignored) {
        this.texts = texts;
        this.parser = parser;
        this.ruleSet = ruleSet;
        this.asOf = asOf;
        this.cases = cases;
        this.ignored = List.copyOf(ignored);
    }

    /**
     * The cohort of {@code file} or {@code table}, read as its kind says.
     *
     * @param engine the driver's engine, which checks a document and names rule sets
     * @throws UsageException          for a missing file, an option the source does not take, or a missing one
     * @throws InvalidRequestException for a document the engine refuses, with its violations
     */
    static CohortInput read(SparkSession spark, SenRules engine, String file, String table, String orderBy, String ruleSet,
                            LocalDate asOf, boolean strict, Map<String, String> columns) {
        boolean csv = file != null && file.toLowerCase(Locale.ROOT).endsWith(".csv");
        if (!csv && (strict || !columns.isEmpty())) {
            throw new UsageException((strict ? "--strict" : "--columns") + " is for a CSV cohort (a file ending .csv)");
        }
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        if (table != null) {
            if (file != null) {
                throw new UsageException("give a cohort file or --table NAME, not both");
            }
            if (orderBy == null) {
                throw new UsageException("--table " + table + " needs --order-by COLUMN: a table has no order of its own, and the "
                        + "order is the one locality budgets fund requests in");
            }
            need(ruleSet, asOf, "--table");
            Dataset<Row> rows = spark.table(table);
            if (!List.of(rows.columns()).contains(orderBy)) {
                throw new UsageException("--order-by " + orderBy + ": the table " + table + " has no such column; its columns are "
                        + String.join(", ", rows.columns()));
            }
            JavaRDD<CaseText> texts = rows.orderBy(orderBy).toJSON().javaRDD().zipWithIndex()
                    .map(t -> new CaseText(t._2(), t._1()));
            return new CohortInput(texts, new Parser(Kind.TABLE, ruleSet, asOf.toString(), null, false, Map.of()), ruleSet, asOf, -1,
                    List.of());
        }
        if (orderBy != null) {
            throw new UsageException("--order-by is for --table: a file's cases are in the file's order");
        }
        String name = file.toLowerCase(Locale.ROOT);
        // a path with a scheme (s3://, abfss://, dbfs:/) is Spark's to open; a document is the driver's
        boolean remote = file.matches("[a-zA-Z][a-zA-Z0-9+.-]+:.*") && !name.endsWith(".json");
        if (!remote && !Files.isRegularFile(Path.of(file))) {
            throw new UsageException(file + ": no such file");
        }
        if (name.endsWith(".csv")) {
            return csv(spark, engine, file, ruleSet, asOf, strict, columns);
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            need(ruleSet, asOf, "a JSON Lines cohort");
            JavaRDD<CaseText> texts = spark.read().textFile(file).javaRDD().zipWithIndex().map(t -> new CaseText(t._2(), t._1()));
            return new CohortInput(texts, new Parser(Kind.JSON_LINES, ruleSet, asOf.toString(), null, false, Map.of()), ruleSet, asOf, -1,
                    List.of());
        }
        for (String[] o : new String[][] {{"--rule-set", ruleSet}, {"--as-of", asOf == null ? null : ""}}) {
            if (o[1] != null) {
                throw new UsageException(o[0] + " is for a CSV, JSON Lines or table cohort; a JSON cohort names its ruleSet and asOf");
            }
        }
        return document(sc, engine, file);
    }

    private static void need(String ruleSet, LocalDate asOf, String what) {
        if (ruleSet == null || asOf == null) {
            throw new UsageException(what + " needs --rule-set ID and --as-of DATE: its cases name neither");
        }
    }

    /** The contract's cohort document, checked whole by the engine's reader, its cases handed out in order. */
    private static CohortInput document(JavaSparkContext sc, SenRules engine, String file) {
        List<Request> requests;
        JsonNode root;
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            requests = engine.json().read(in); // refuses the document exactly as ./sen simulate does
            root = MAPPER.readTree(Path.of(file).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<CaseText> texts = new ArrayList<>(requests.size());
        JsonNode cases = root.has("cases") ? root.get("cases") : MAPPER.createArrayNode().add(root.get("case"));
        for (int i = 0; i < cases.size(); i++) {
            texts.add(new CaseText(i, cases.get(i).toString()));
        }
        if (texts.size() != requests.size()) {
            throw new IllegalStateException("the document has " + texts.size() + " cases, the engine read " + requests.size());
        }
        Request first = requests.get(0);
        int slices = Math.max(1, Math.min(texts.size() / 256 + 1, sc.defaultParallelism() * 4));
        return new CohortInput(sc.parallelize(texts, slices), new Parser(Kind.DOCUMENT, first.ruleSet(), first.asOf().toString(), null,
                false, Map.of()), first.ruleSet(), first.asOf(), texts.size(), List.of());
    }

    /** A CSV cohort: Spark's reader splits the rows (quoted line breaks kept); the simulator's reader reads each. */
    private static CohortInput csv(SparkSession spark, SenRules engine, String file, String ruleSet, LocalDate asOf, boolean strict,
                                   Map<String, String> columns) {
        JavaRDD<CaseText> all = spark.read().option("header", "false").option("multiLine", "true").option("escape", "\"")
                .option("mode", "FAILFAST").csv(file).javaRDD().zipWithIndex().map(t -> new CaseText(t._2(), line(t._1())));
        List<CaseText> head = all.take(2);
        if (head.isEmpty()) {
            throw new UsageException(file + " is empty: a cohort CSV starts with a header row naming the case's fields");
        }
        // a spreadsheet's byte-order mark, which Spark leaves in the first cell
        String header = head.get(0).text().replaceFirst("^\"\uFEFF", "\"");
        List<String> names = cells(header);
        String id = ruleSet;
        String day = asOf == null ? null : asOf.toString();
        if (head.size() > 1) {
            // the file's rule set and date are the first row's unless given: every row is then checked against them
            List<String> first = cells(head.get(1).text());
            int r = names.indexOf(CohortCsv.RULE_SET);
            int a = names.indexOf(CohortCsv.AS_OF);
            id = id == null && r >= 0 && r < first.size() ? first.get(r) : id;
            day = day == null && a >= 0 && a < first.size() ? first.get(a) : day;
        }
        if (id == null || day == null) {
            throw new UsageException(file + ": no " + (id == null ? "ruleSet" : "asOf") + ": add a " + (id == null ? "ruleSet" : "asOf")
                    + " column or give " + (id == null ? "--rule-set" : "--as-of"));
        }
        LocalDate date;
        try {
            date = LocalDate.parse(day);
        } catch (java.time.format.DateTimeParseException e) {
            throw new UsageException(file + ": the asOf of its first row is not a date, yyyy-MM-dd");
        }
        JavaRDD<CaseText> records = all.filter(t -> t.index() > 0).map(t -> new CaseText(t.index() - 1, t.text()));
        // the columns that are not case fields, read once from the header (with the first row, which the reader needs)
        List<String> ignored = List.of();
        if (!strict && head.size() > 1) {
            try {
                ignored = CohortCsv.read(engine, header + "\n" + head.get(1).text() + "\n", id, date, false, columns).ignored();
            } catch (InvalidRequestException e) {
                // the first row's own faults are found with every other row's when the cohort is checked
            }
        }
        return new CohortInput(records, new Parser(Kind.CSV, id, day, header, strict, new java.util.TreeMap<>(columns)), id, date, -1,
                ignored);
    }

    /** A row Spark read, as one RFC 4180 line: every cell quoted, an absent cell empty. */
    private static String line(Row row) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < row.length(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            Object v = row.get(i);
            if (v != null) {
                sb.append('"').append(v.toString().replace("\"", "\"\"")).append('"');
            }
        }
        return sb.toString();
    }

    /** The cells of a line {@link #line} wrote. */
    private static List<String> cells(String line) {
        List<Csv.Row> rows = Csv.rows(line, false);
        return rows.isEmpty() ? List.of("") : rows.get(0).cells();
    }

    /** One case read, or what is wrong with it. */
    record Parsed(long index, Request request, List<Violation> violations) {
    }

    /** Turns cases' texts into requests on an executor; what it needs travels with it. */
    record Parser(Kind kind, String ruleSet, String asOf, String csvHeader, boolean strict, Map<String, String> columns)
            implements Serializable {
        private static final long serialVersionUID = 1L;
        private static final Pattern ROW = Pattern.compile("row (\\d+)(.*)", Pattern.DOTALL);
        private static final Pattern CASE = Pattern.compile("cases\\[0\\](.*)|case(.*)", Pattern.DOTALL);

        /** The texts of one slice, in cohort order, as requests (each with its own violations, if any). */
        List<Parsed> parse(SenRules engine, List<CaseText> texts) {
            List<Parsed> out = new ArrayList<>(texts.size());
            if (kind == Kind.CSV) {
                for (int from = 0; from < texts.size(); from += 4096) {
                    csv(engine, texts.subList(from, Math.min(texts.size(), from + 4096)), out);
                }
                return out;
            }
            for (CaseText t : texts) {
                out.add(json(engine, t));
            }
            return out;
        }

        private Parsed json(SenRules engine, CaseText t) {
            String where = kind == Kind.JSON_LINES ? "line " + (t.index() + 1) + ", " : "cases[" + t.index() + "]";
            ObjectNode request = MAPPER.createObjectNode().put("ruleSet", ruleSet).put("asOf", asOf);
            try {
                JsonNode c = MAPPER.readTree(t.text());
                if (c == null || !c.isObject()) {
                    return new Parsed(t.index(), null, List.of(new Violation(where(where), "must be a case: a JSON object")));
                }
                request.set("case", c);
            } catch (IOException e) {
                // Jackson's message quotes the input: not repeated
                return new Parsed(t.index(), null, List.of(new Violation(where(where), "is not valid JSON")));
            }
            try {
                return new Parsed(t.index(), engine.json().read(request.toString()).get(0), List.of());
            } catch (InvalidRequestException e) {
                List<Violation> vs = new ArrayList<>();
                for (Violation v : e.violations()) {
                    Matcher m = CASE.matcher(v.path());
                    String rest = !m.matches() ? "" : m.group(1) != null ? m.group(1) : m.group(2);
                    String path = kind == Kind.JSON_LINES ? where + (rest.startsWith(".") ? rest.substring(1) : rest.isEmpty() ? "case" : rest)
                            : where + rest;
                    vs.add(new Violation(m.matches() ? path : where(where) + " " + v.path(), v.message()));
                }
                return new Parsed(t.index(), null, vs);
            }
        }

        private static String where(String where) {
            return where.endsWith(", ") ? where.substring(0, where.length() - 2) : where;
        }

        /** One chunk of CSV rows read by the simulator's CSV reader, its row numbers turned into the file's. */
        private void csv(SenRules engine, List<CaseText> chunk, List<Parsed> out) {
            StringBuilder text = new StringBuilder(csvHeader).append('\n');
            for (CaseText t : chunk) {
                text.append(t.text()).append('\n');
            }
            try {
                List<Request> requests = CohortCsv.read(engine, text.toString(), ruleSet, LocalDate.parse(asOf), strict, columns).cases();
                for (int i = 0; i < chunk.size(); i++) {
                    out.add(new Parsed(chunk.get(i).index(), requests.get(i), List.of()));
                }
            } catch (InvalidRequestException e) {
                List<Violation> vs = new ArrayList<>();
                for (Violation v : e.violations()) {
                    Matcher m = ROW.matcher(v.path());
                    if (m.matches() && Integer.parseInt(m.group(1)) >= 2) {
                        // row k of the chunk is its (k - 2)th case: the file's row is that case's place plus 2 (the header is row 1)
                        long row = chunk.get(Integer.parseInt(m.group(1)) - 2).index() + 2;
                        vs.add(new Violation("row " + row + m.group(2), v.message()));
                    } else {
                        vs.add(v);
                    }
                }
                out.add(new Parsed(chunk.get(0).index(), null, vs));
            }
        }
    }
}
