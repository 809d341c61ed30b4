package org.senrules.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.senrules.core.SenRules;
import org.senrules.core.internal.csv.Csv;

/**
 * The values a rule author's files change, found by comparing the values sheets
 * ({@code <id>.values.csv}) that the packaged engine and the author's engine export: one edit per
 * parameter under one policy of one rule set (or shared value set), with each dated value
 * before and after. Whatever the author edited (a values sheet, a copy of the declaration, a copy
 * of a parameter or policy file) the engine exports what it uses as a sheet, so the comparison is
 * one of values, never of file layouts. An edit applied alone is a rules folder holding the
 * packaged sheet with that parameter's rows replaced by the author's.
 */
final class ValueEdits {
    static final String SUFFIX = ".values.csv";
    private static final String CURRENT = "current";

    private ValueEdits() {
    }

    /** One row of a sheet, by column name. */
    record Row(Map<String, String> cells) {
        String get(String column) {
            return cells.getOrDefault(column, "");
        }

        /** A dated value (for a table, one key of it): its start date and key. */
        String place() {
            return get("from") + "\u0000" + get("key");
        }

        /** What the value is, wording (the note) and unit aside. */
        List<String> meaning() {
            return List.of(get("until"), get("value"), get("illustrative"), get("not 1 April on purpose"));
        }
    }

    /** A values sheet as exported: its header and rows. */
    record Sheet(String file, List<String> header, List<Row> rows) {
        /** The rows of one parameter under one policy, in sheet order. */
        List<Row> rows(String policy, String parameter) {
            return rows.stream().filter(r -> r.get("policy").equals(policy) && r.get("parameter").equals(parameter)).toList();
        }
    }

    /**
     * The sheets an engine exports for some rule sets, by file name, with the rule sets that read
     * each (a pack's shared values are read by several); {@code problems} holds why a rule set's
     * values could not be exported.
     */
    record Exported(Map<String, Sheet> sheets, Map<String, Set<String>> readers, Map<String, Path> folders, List<String> problems) {
    }

    /** Exports each rule set's files into a folder of its own under {@code dir}, and reads the sheets. */
    static Exported export(SenRules engine, Collection<String> ruleSets, Path dir) {
        Map<String, Sheet> sheets = new LinkedHashMap<>();
        Map<String, Set<String>> readers = new LinkedHashMap<>();
        Map<String, Path> folders = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String id : ruleSets) {
            Path folder = dir.resolve(id);
            List<Path> written;
            try {
                written = engine.exportFiles(id, folder);
            } catch (IllegalArgumentException e) {
                problems.add(id + ": " + e.getMessage());
                continue;
            }
            folders.put(id, folder);
            for (Path p : written) {
                String name = p.getFileName().toString();
                if (name.endsWith(SUFFIX)) {
                    sheets.computeIfAbsent(name, n -> read(p));
                    readers.computeIfAbsent(name, n -> new TreeSet<>()).add(id);
                }
            }
        }
        return new Exported(sheets, readers, folders, problems);
    }

    static Sheet read(Path file) {
        try {
            // a sheet the engine has just written, so it is CSV (Csv.Malformed otherwise)
            List<Csv.Row> records = Csv.rows(Files.readString(file, StandardCharsets.UTF_8), false);
            List<String> header = records.isEmpty() ? List.of() : records.get(0).cells();
            List<Row> rows = new ArrayList<>();
            for (Csv.Row r : records.subList(Math.min(1, records.size()), records.size())) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    cells.put(header.get(i), i < r.cells().size() ? r.cells().get(i) : "");
                }
                rows.add(new Row(cells));
            }
            return new Sheet(file.getFileName().toString(), header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One parameter of one rule set (or shared value set) under one policy whose rows differ.
     *
     * @param owner   the rule set or shared value set whose values these are
     * @param sheet   the sheet's file name
     * @param readBy  the rule sets that read these values
     * @param before  the packaged rows
     * @param after   the author's rows
     */
    record Edit(String owner, String sheet, Set<String> readBy, String policy, String parameter, List<Row> before, List<Row> after) {
        /** How the edit is named: the parameter and, unless it is the values themselves, the policy. */
        String name() {
            return parameter + (policy.equals(CURRENT) ? "" : " under " + policy);
        }

        /** Whether only notes differ: wording, which decides nothing. */
        boolean wordingOnly() {
            return before.stream().map(r -> r.place() + r.meaning()).toList().equals(after.stream().map(r -> r.place() + r.meaning()).toList());
        }

        /** Each value changed, as a reader would say it: name, policy, dates, before → after. */
        List<String> changes() {
            Map<String, Row> was = new LinkedHashMap<>();
            before.forEach(r -> was.put(r.place(), r));
            Map<String, Row> now = new LinkedHashMap<>();
            after.forEach(r -> now.put(r.place(), r));
            Set<String> places = new LinkedHashSet<>(was.keySet());
            places.addAll(now.keySet());
            List<String> out = new ArrayList<>();
            for (String place : places) {
                Row a = was.get(place);
                Row b = now.get(place);
                Row any = b != null ? b : a;
                String key = any.get("key");
                String what = parameter + (key.isEmpty() ? "" : "[" + key + "]") + " (" + (readBy.equals(Set.of(owner)) ? owner
                        : owner + ", read by " + String.join(", ", readBy)) + "), " + policy + ", " + dates(any);
                if (a == null) {
                    out.add(what + ": added " + shown(b));
                } else if (b == null) {
                    out.add(what + ": removed (was " + shown(a) + ")");
                } else {
                    List<String> diffs = new ArrayList<>();
                    if (!a.get("value").equals(b.get("value"))) {
                        diffs.add(a.get("value") + " → " + b.get("value"));
                    }
                    for (String column : List.of("until", "illustrative", "not 1 April on purpose", "note")) {
                        if (!a.get(column).equals(b.get(column))) {
                            diffs.add(column + " " + quoted(a.get(column)) + " → " + quoted(b.get(column)));
                        }
                    }
                    if (!diffs.isEmpty()) {
                        out.add(what + ": " + String.join("; ", diffs));
                    }
                }
            }
            return out;
        }

        private static String dates(Row r) {
            return "from " + r.get("from") + (r.get("until").isEmpty() ? "" : " until " + r.get("until"));
        }

        private static String shown(Row r) {
            return r.get("value") + ("yes".equals(r.get("illustrative")) ? " (illustrative)" : "");
        }

        private static String quoted(String cell) {
            return cell.isEmpty() ? "none" : cell.length() > 40 ? "\"" + cell.substring(0, 37) + "...\"" : cell;
        }
    }

    /** The parameters whose rows differ between the packaged sheets and the author's, sheet by sheet. */
    static List<Edit> between(Exported packaged, Exported edited) {
        List<Edit> out = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>(packaged.sheets().keySet());
        names.addAll(edited.sheets().keySet());
        for (String name : names) {
            Sheet a = packaged.sheets().get(name);
            Sheet b = edited.sheets().get(name);
            if (a == null || b == null) {
                continue;
            }
            Set<String> groups = new LinkedHashSet<>();
            Stream.concat(a.rows().stream(), b.rows().stream()).forEach(r -> groups.add(r.get("policy") + "\u0000" + r.get("parameter")));
            for (String g : groups) {
                String policy = g.substring(0, g.indexOf('\u0000'));
                String parameter = g.substring(g.indexOf('\u0000') + 1);
                List<Row> before = a.rows(policy, parameter);
                List<Row> after = b.rows(policy, parameter);
                if (!cells(before).equals(cells(after))) {
                    Set<String> readBy = edited.readers().getOrDefault(name, packaged.readers().getOrDefault(name, Set.of()));
                    out.add(new Edit(name.substring(0, name.length() - SUFFIX.length()), name, readBy, policy, parameter, before, after));
                }
            }
        }
        return out;
    }

    private static List<Map<String, String>> cells(List<Row> rows) {
        return rows.stream().map(r -> {
            Map<String, String> m = new LinkedHashMap<>(r.cells());
            m.remove("unit"); // shown to read by; a sheet with another unit does not load
            return m;
        }).toList();
    }

    /**
     * Values that were the same before and that one edit has left apart: another policy (or rule
     * set) with the same dated values for the parameter, not edited itself. {@code dbv-option-4}'s
     * cap edited from 4 to 3 while {@code dbv-option-4a} keeps its own 4, say.
     */
    static List<String> leftBehind(List<Edit> edits, Exported packaged) {
        List<String> out = new ArrayList<>();
        Set<String> edited = new LinkedHashSet<>();
        edits.forEach(e -> edited.add(e.sheet() + "\u0000" + e.policy() + "\u0000" + e.parameter()));
        for (Edit e : edits) {
            if (e.wordingOnly() || e.before().isEmpty()) {
                continue;
            }
            for (Sheet s : packaged.sheets().values()) {
                Set<String> policies = new LinkedHashSet<>();
                s.rows().stream().filter(r -> r.get("parameter").equals(e.parameter())).forEach(r -> policies.add(r.get("policy")));
                for (String q : policies) {
                    if (s.file().equals(e.sheet()) && q.equals(e.policy()) || edited.contains(s.file() + "\u0000" + q + "\u0000" + e.parameter())) {
                        continue;
                    }
                    List<Row> other = s.rows(q, e.parameter());
                    if (!meanings(other).equals(meanings(e.before()))) {
                        continue;
                    }
                    String owner = s.file().substring(0, s.file().length() - SUFFIX.length());
                    String where = owner.equals(e.owner()) ? q : q + " of " + owner;
                    out.add(e.parameter() + " (" + e.owner() + "): " + e.policy() + " now has " + values(e.after()) + ", but " + where
                            + " keeps " + values(other) + "; the two were the same before your edit. If " + where + " should follow "
                            + e.policy() + ", change it too.");
                }
            }
        }
        return out;
    }

    private static List<String> meanings(List<Row> rows) {
        return rows.stream().map(r -> r.place() + r.meaning()).toList();
    }

    private static String values(List<Row> rows) {
        if (rows.isEmpty()) {
            return "no value of its own";
        }
        List<String> out = new ArrayList<>();
        for (Row r : rows) {
            out.add((r.get("key").isEmpty() ? "" : r.get("key") + "=") + r.get("value") + " from " + r.get("from"));
        }
        return String.join(", ", out);
    }

    /**
     * A rules folder that applies one edit alone: the packaged sheet of the edit's rule set (or
     * shared value set) with the edit's rows in place of the packaged ones.
     */
    static Path alone(Edit e, Exported packaged, Path dir) {
        Sheet s = packaged.sheets().get(e.sheet());
        Objects.requireNonNull(s, e.sheet());
        List<Row> rows = new ArrayList<>();
        boolean placed = false;
        for (Row r : s.rows()) {
            if (r.get("policy").equals(e.policy()) && r.get("parameter").equals(e.parameter())) {
                if (!placed) {
                    rows.addAll(e.after());
                    placed = true;
                }
                continue;
            }
            rows.add(r);
        }
        if (!placed) {
            rows.addAll(e.after());
        }
        Set<String> header = new LinkedHashSet<>(s.header());
        e.after().forEach(r -> header.addAll(r.cells().keySet()));
        StringBuilder text = new StringBuilder();
        Csv.line(text, List.copyOf(header));
        for (Row r : rows) {
            Csv.line(text, header.stream().map(r::get).toList());
        }
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(e.sheet()), text, StandardCharsets.UTF_8);
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
        return dir;
    }
}
