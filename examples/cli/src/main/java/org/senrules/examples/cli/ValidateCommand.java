package org.senrules.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.senrules.core.ParameterUse;
import org.senrules.core.RuleSetException;
import org.senrules.core.RuleSetInfo;
import org.senrules.core.RuleSetOrigin;
import org.senrules.core.RuleSetProblem;
import org.senrules.core.SenRules;
import org.senrules.testkit.GoldenDecisions;

/**
 * {@code sen validate [--rules DIR] [--parameters FILE]}: compiles every rule file and checks
 * every parameter, policy and values file, printing each problem once, with its file and line.
 * With the council's files it says what they change against the packaged ones: every value
 * changed (name, policy, dates, before → after), values that one edit has left apart from others
 * that were the same, the rules added, removed and changed, and the outcomes that change when the
 * shipped scenarios, the showcase requests, a synthetic cohort and the golden decisions are
 * decided again: with all the edits, and with each edit alone, by policy, with an example each.
 * With {@code --expiring-within 90d [--as-of DATE]} it lists every value in force whose last day
 * falls in that window (for a council's CI). Exit status 1 on any error (a decision that cannot be
 * made with the council's files is one) or a value ending in the window;
 * warnings alone pass.
 */
final class ValidateCommand {
    /** More edits than this are counted together only: each one alone is another engine and another replay. */
    static final int MOST_EDITS_ALONE = 12;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ValidateCommand() {
    }

    static int run(List<String> argv, PrintStream out, PrintStream err) {
        Args args = Args.parse("validate", argv, Engines.withOptions("--expiring-within", "--as-of"), Set.of());
        args.noPositional("validate");
        if (args.has("--as-of") && !args.has("--expiring-within")) {
            throw new UsageException("--as-of is the day --expiring-within counts from; give --expiring-within too");
        }
        int window = args.days("--expiring-within", -1, 3660);
        java.time.LocalDate today = args.date("--as-of", java.time.LocalDate.now());
        SenRules.Builder builder = Engines.builder(args, "--parameters");
        SenRules engine;
        try {
            engine = builder.build();
        } catch (RuleSetException e) {
            List<RuleSetProblem> problems = new ArrayList<>(new LinkedHashSet<>(e.problems()));
            long errors = problems.stream().filter(p -> p.severity() == RuleSetProblem.Severity.ERROR).count();
            for (RuleSetProblem p : problems) {
                (p.severity() == RuleSetProblem.Severity.ERROR ? out : err).println(p);
            }
            out.println(errors + (errors == 1 ? " error" : " errors") + ": the engine would not start with these files.");
            return Main.FAILED;
        }
        List<RuleSetProblem> warnings = new ArrayList<>(new LinkedHashSet<>(engine.warnings()));
        warnings.forEach(err::println);
        int rules = 0;
        List<RuleSetOrigin> edited = new ArrayList<>();
        List<RuleSetOrigin> every = new ArrayList<>();
        for (RuleSetInfo r : engine.ruleSets()) {
            int n = engine.rules(r.id()).size();
            rules += n;
            out.printf("ok  %-22s %-8s %3d rules, %2d parameters, policies: %s%n", r.id(), r.version(), n,
                    r.parameters().size(), String.join(", ", r.policies().stream().map(p -> p.name()).toList()));
            RuleSetOrigin o = engine.origin(r.id());
            every.add(o);
            if (!o.councilFiles().isEmpty()) {
                edited.add(o);
                out.println("    uses your " + String.join(", ", o.councilFiles()) + "; rules " + shortPrint(o.rulesFingerprint())
                        + " from the " + o.rulesFrom() + ", values from the " + o.valuesFrom());
            }
        }
        String loaded = engine.ruleSets().size() + " rule sets, " + rules + " rules";
        if (edited.isEmpty() && args.value("--oag-catalogue").isEmpty()) {
            out.println(loaded + ": no errors" + (warnings.isEmpty() ? "." : ", " + warnings.size() + " warning(s)."));
            int status = window < 0 ? Main.OK : expiring(engine, window, today, out);
            if (args.has("--rules") || args.has("--parameters")) {
                out.println("Your files are the same as the packaged ones: no rule set reads anything else.");
            }
            return status;
        }
        if (edited.isEmpty()) {
            edited = every; // the OAG catalogue is the council's: every rule set may read it
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        List<String> failures;
        Path scratch = null;
        try (PrintStream report = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            scratch = Files.createTempDirectory("sen-validate");
            failures = compare(engine, edited, args, scratch, report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(scratch);
        }
        if (!failures.isEmpty()) {
            for (String f : failures) {
                out.println("error: " + f);
            }
            out.println(failures.size() + (failures.size() == 1 ? " error" : " errors") + ": " + loaded
                    + " load, but decisions cannot be made with these files.");
        } else {
            out.println(loaded + ": no errors" + (warnings.isEmpty() ? "." : ", " + warnings.size() + " warning(s)."));
        }
        out.println();
        out.print(buffer.toString(StandardCharsets.UTF_8));
        int status = window < 0 ? Main.OK : expiring(engine, window, today, out);
        return failures.isEmpty() ? status : Main.FAILED;
    }

    /** What the author's engine changes against the packaged one; returns the decisions it cannot make, as errors. */
    private static List<String> compare(SenRules engine, List<RuleSetOrigin> edited, Args args, Path scratch, PrintStream out) {
        Path folder = args.value("--rules").map(Path::of).orElse(null);
        SenRules packaged = SenRules.builder().build();
        List<String> ids = edited.stream().map(RuleSetOrigin::ruleSet).toList();
        Set<String> failures = new LinkedHashSet<>();
        out.println("What your files change, against the packaged ones:");

        // every value changed, from the values each engine exports
        ValueEdits.Exported before = ValueEdits.export(packaged, ids, scratch.resolve("packaged"));
        ValueEdits.Exported after = ValueEdits.export(engine, ids, scratch.resolve("yours"));
        after.problems().forEach(p -> out.println("  (values not compared for " + p + ")"));
        List<ValueEdits.Edit> valueEdits = ValueEdits.between(before, after);
        List<String> changes = new ArrayList<>();
        valueEdits.forEach(e -> changes.addAll(e.changes()));
        List<String> overridden = overriddenValues(packaged, engine, ids, args);
        changes.addAll(overridden);
        out.println(changes.isEmpty() ? "Values changed: none" : "Values changed (" + changes.size() + "):");
        changes.forEach(c -> out.println("  " + c));
        for (String w : ValueEdits.leftBehind(valueEdits, before)) {
            out.println("warning: " + w);
        }

        // every outcome, with all the edits together
        Map<String, EditImpact.Baseline> baselines = new LinkedHashMap<>();
        Map<String, EditImpact.Impact> together = new LinkedHashMap<>();
        for (RuleSetOrigin o : edited) {
            out.println("  " + o.ruleSet() + ": rules added " + EditImpact.list(o.rulesAdded()) + ", removed "
                    + EditImpact.list(o.rulesRemoved()) + ", changed " + EditImpact.list(o.rulesChanged()));
            RuleSetInfo info = engine.ruleSets().stream().filter(r -> r.id().equals(o.ruleSet())).findFirst().orElseThrow();
            EditImpact.Baseline base = EditImpact.baseline(packaged, info, EditImpact.samples(engine, info, folder));
            baselines.put(o.ruleSet(), base);
            EditImpact.Impact all = EditImpact.impact(engine, base);
            together.put(o.ruleSet(), all);
            all.failures().forEach(f -> failures.add("deciding for " + o.ruleSet() + " with your files fails: " + f));
            if (base.samples().isEmpty()) {
                out.println("    no shipped scenario or showcase request to re-decide");
            } else {
                out.printf("    re-decided %,d requests (%s): %,d %s%n", all.decided(), EditImpact.described(base), all.changes().size(),
                        all.changes().size() == 1 ? "outcome changes" : "outcomes change");
                all.changes().values().stream().limit(EditImpact.EXAMPLES).forEach(c -> out.println("      - " + c.example()));
            }
            golden(all, o.ruleSet(), out);
        }

        // each edit alone, so that every change is put down to the edit that makes it
        List<Alone> alone = alone(valueEdits, before, edited, args, folder, scratch, out);
        if (alone.isEmpty()) {
            return List.copyOf(failures);
        }
        out.println("Outcomes that change, by edit (each applied alone to the packaged files):");
        Map<String, Set<String>> explained = new TreeMap<>();
        for (Alone a : alone) {
            SenRules one;
            try {
                one = a.engine().build();
            } catch (RuleSetException e) {
                out.println("  " + a.name() + ": cannot be applied alone (it needs another of your edits): "
                        + e.problems().stream().filter(p -> p.severity() == RuleSetProblem.Severity.ERROR).findFirst().map(Object::toString)
                        .orElse(e.getMessage()));
                a.readBy().forEach(id -> explained.computeIfAbsent(id, k -> new LinkedHashSet<>()).addAll(together.get(id) == null
                        ? Set.of() : together.get(id).all().keySet()));
                continue;
            }
            Map<String, Change> byPolicy = new TreeMap<>();
            int total = 0;
            for (String id : a.readBy()) {
                EditImpact.Baseline base = baselines.get(id);
                if (base == null) {
                    continue;
                }
                Map<String, EditImpact.Change> changed = EditImpact.impact(one, base).all();
                explained.computeIfAbsent(id, k -> new LinkedHashSet<>()).addAll(changed.keySet());
                total += changed.size();
                for (EditImpact.Change c : changed.values()) {
                    byPolicy.merge(id + ", " + c.policy(), new Change(1, c), Change::add);
                }
            }
            out.printf("  %s: %s%n", a.name(), total == 0 ? "no outcome changes" : String.format("%,d %s", total,
                    total == 1 ? "outcome changes" : "outcomes change"));
            byPolicy.forEach((where, c) -> out.printf("    %s: %,d, e.g. %s%n", where, c.count(), c.first().brief()));
        }
        int combined = 0;
        EditImpact.Change example = null;
        for (Map.Entry<String, EditImpact.Impact> t : together.entrySet()) {
            for (Map.Entry<String, EditImpact.Change> c : t.getValue().all().entrySet()) {
                if (!explained.getOrDefault(t.getKey(), Set.of()).contains(c.getKey())) {
                    combined++;
                    example = example == null ? c.getValue() : example;
                }
            }
        }
        out.println("  only when your edits are combined: " + (combined == 0 ? "none"
                : String.format("%,d, e.g. %s", combined, example.brief())));
        return List.copyOf(failures);
    }

    /**
     * {@code --expiring-within}: every value in force whose timeline ends within {@code days} of
     * {@code today} (or has ended), once per parameter, file and day with the rule sets that read
     * it; {@link Main#FAILED} when there is any, so that a council's CI fails before its service
     * refuses decisions.
     */
    private static int expiring(SenRules engine, int days, java.time.LocalDate today, PrintStream out) {
        java.time.LocalDate horizon = today.plusDays(days);
        java.util.Map<String, java.util.List<org.senrules.core.ValueEnd>> soon = new java.util.LinkedHashMap<>();
        for (org.senrules.core.ValueEnd e : engine.valueEnds()) {
            if (!e.lastDay().isAfter(horizon)) {
                String key = e.parameter() + "|" + e.lastDay() + "|" + e.file() + "|" + e.policy();
                soon.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
            }
        }
        out.println();
        if (soon.isEmpty()) {
            List<org.senrules.core.ValueEnd> all = engine.valueEnds();
            out.println("No value in force ends within " + days + " days of " + Words.day(today)
                    + (all.isEmpty() ? "; every value is open-ended." : " (the first to end: " + all.get(0).parameter() + ", on "
                    + Words.day(all.get(0).lastDay()) + ")."));
            return Main.OK;
        }
        out.println("Values that end within " + days + " days of " + Words.day(today) + ":");
        for (List<org.senrules.core.ValueEnd> group : soon.values()) {
            org.senrules.core.ValueEnd e = group.get(0);
            long left = java.time.temporal.ChronoUnit.DAYS.between(today, e.lastDay());
            java.time.LocalDate next = e.lastDay().plusDays(1);
            out.println("  " + e.parameter() + (e.policy().equals(org.senrules.core.Request.CURRENT) ? "" : " (policy " + e.policy() + ")")
                    + ": its last value ends on " + Words.day(e.lastDay())
                    + (left < 0 ? " (ended " + -left + (left == -1 ? " day" : " days") + " ago: decisions from " + Words.day(next) + " are refused)"
                    : left == 0 ? " (today)" : " (in " + left + (left == 1 ? " day" : " days") + ")")
                    + "; set in " + e.file().substring(e.file().lastIndexOf('/') + 1) + ", read by "
                    + String.join(", ", group.stream().map(org.senrules.core.ValueEnd::ruleSet).distinct().sorted().toList())
                    + ". Add " + (next.getDayOfMonth() == 1 && next.getMonthValue() == 4
                    ? "the " + org.senrules.core.domain.FinancialYear.containing(next) + " value (from " + Words.day(next) + ")."
                    : "the value from " + Words.day(next) + "."));
        }
        out.println(soon.size() + (soon.size() == 1 ? " value ends" : " values end") + " within the window.");
        return Main.FAILED;
    }

    /** How many outcomes of one rule set and policy an edit changes, and the first. */
    private record Change(int count, EditImpact.Change first) {
        Change add(Change other) {
            return new Change(count + other.count, first);
        }
    }

    /** One of the author's edits, ready to be applied alone to the packaged files: its name, the rule sets it can change, and the engine. */
    private record Alone(String name, Set<String> readBy, SenRules.Builder engine) {
    }

    /**
     * The author's edits, each as an engine with that edit alone: each value changed (a
     * parameter under one policy), each parameter file given with {@code --parameters}, the rules
     * of each rule set whose rules changed, and the OAG catalogue.
     */
    private static List<Alone> alone(List<ValueEdits.Edit> valueEdits, ValueEdits.Exported packaged, List<RuleSetOrigin> edited, Args args,
                                     Path folder, Path scratch, PrintStream out) {
        List<Alone> all = new ArrayList<>();
        int n = 0;
        for (ValueEdits.Edit e : valueEdits) {
            if (e.wordingOnly()) {
                continue;
            }
            Path dir = ValueEdits.alone(e, packaged, scratch.resolve("alone-" + n++));
            all.add(new Alone(e.name() + " (" + e.owner() + ")", e.readBy(),
                    SenRules.builder().rulesDirectory(dir).isolateDecisions(false)));
        }
        for (Engines.Override o : Engines.overrides(args.values("--parameters"), "--parameters")) {
            Set<String> readers = packaged.readers().getOrDefault(o.ruleSet() + ValueEdits.SUFFIX, Set.of(o.ruleSet()));
            all.add(new Alone("the values in " + o.file(), readers, SenRules.builder().overrideParameters(o.ruleSet(), o.file())));
        }
        for (RuleSetOrigin o : edited) {
            if (o.rulesEdited() && folder != null) {
                Path dir = rulesAlone(o, folder, packaged, scratch.resolve("alone-" + n++));
                all.add(new Alone("the rules of " + o.ruleSet() + " (added " + EditImpact.list(o.rulesAdded()) + ", removed "
                        + EditImpact.list(o.rulesRemoved()) + ", changed " + EditImpact.list(o.rulesChanged()) + ")", Set.of(o.ruleSet()),
                        SenRules.builder().rulesDirectory(dir)));
            }
        }
        args.value("--oag-catalogue").ifPresent(c -> all.add(new Alone("the OAG catalogue " + c,
                new LinkedHashSet<>(edited.stream().map(RuleSetOrigin::ruleSet).toList()),
                SenRules.builder().packSetting(Engines.OAG_CATALOGUE, c))));
        if (all.size() > MOST_EDITS_ALONE) {
            out.println("Outcomes by edit: not shown for " + all.size() + " edits (at most " + MOST_EDITS_ALONE
                    + " are each decided alone); the totals above are for all of them together.");
            return List.of();
        }
        return all;
    }

    /**
     * A rules folder with one rule set's rule changes alone: the author's rule files of it, the
     * manifest, the sources, and the author's copy of its declaration (or parameter and policy
     * files) with the packaged values, so that no value edit comes with it.
     */
    private static Path rulesAlone(RuleSetOrigin o, Path folder, ValueEdits.Exported packaged, Path dir) {
        try {
            Files.createDirectories(dir);
            Path packagedFiles = packaged.folders().get(o.ruleSet());
            for (String label : o.councilFiles()) {
                Path file = Path.of(label);
                if (!file.startsWith(folder)) {
                    continue; // a --parameters file: an edit of its own
                }
                String name = file.getFileName().toString();
                Path target = dir.resolve(name);
                if (name.endsWith(".drl") || name.endsWith(".sources.json")) {
                    Files.copy(file, target);
                } else if (packagedFiles != null && Files.isRegularFile(packagedFiles.resolve(name)) && name.endsWith(".json")) {
                    Files.writeString(target, withPackagedValues(Files.readString(file), Files.readString(packagedFiles.resolve(name))));
                }
            }
            Path manifest = folder.resolve("senrules-manifest.txt");
            if (Files.isRegularFile(manifest)) {
                Files.copy(manifest, dir.resolve(manifest.getFileName()));
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The author's copy of a declaration, parameter or policy file with every value the packaged
     * file also has put back to the packaged one: what it changes besides values stays.
     */
    static String withPackagedValues(String copy, String packaged) throws IOException {
        JsonNode mine = MAPPER.readTree(copy);
        JsonNode theirs = MAPPER.readTree(packaged);
        if (!(mine instanceof ObjectNode root)) {
            return copy;
        }
        if (root.has("parameters") && root.get("parameters").isObject()) {
            // a declaration: each parameter's values, and each policy's
            root.get("parameters").properties().forEach(p -> {
                JsonNode was = theirs.path("parameters").path(p.getKey()).get("values");
                if (was != null && p.getValue() instanceof ObjectNode o) {
                    o.set("values", was);
                }
            });
            policies(root.get("policies"), theirs.get("policies"));
        } else if (root.properties().stream().anyMatch(e -> e.getValue().isObject() && e.getValue().has("parameters"))) {
            policies(root, theirs); // a policy file
        } else {
            List<String> names = new ArrayList<>();
            root.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                if (!name.startsWith("$") && theirs.has(name)) {
                    root.set(name, theirs.get(name));
                }
            }
        }
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static void policies(JsonNode mine, JsonNode theirs) {
        if (mine == null || theirs == null) {
            return;
        }
        mine.properties().forEach(p -> {
            JsonNode was = theirs.path(p.getKey()).get("parameters");
            if (was != null && p.getValue() instanceof ObjectNode o) {
                o.set("parameters", was);
            }
        });
    }

    /**
     * The values a {@code --parameters} file changes: every dated value whose origin is that file,
     * against the packaged value of the same name from the same date, said once for all the rule
     * sets that read it.
     */
    private static List<String> overriddenValues(SenRules packaged, SenRules engine, List<String> ids, Args args) {
        if (args.values("--parameters").isEmpty()) {
            return List.of();
        }
        Map<String, Set<String>> lines = new LinkedHashMap<>();
        for (String id : ids) {
            Map<String, List<ParameterUse>> was = byName(packaged.parameterValues(id, "current"));
            byName(engine.parameterValues(id, "current")).forEach((name, now) -> {
                if (now.stream().noneMatch(u -> u.origin() != null && !u.origin().equals("default") && !u.origin().startsWith("policy:"))) {
                    return;
                }
                Map<java.time.LocalDate, ParameterUse> before = new TreeMap<>();
                was.getOrDefault(name, List.of()).forEach(u -> before.put(u.effectiveFrom(), u));
                Map<java.time.LocalDate, ParameterUse> after = new TreeMap<>();
                now.forEach(u -> after.put(u.effectiveFrom(), u));
                Set<java.time.LocalDate> dates = new java.util.TreeSet<>(before.keySet());
                dates.addAll(after.keySet());
                for (java.time.LocalDate from : dates) {
                    ParameterUse a = before.get(from);
                    ParameterUse b = after.get(from);
                    ParameterUse any = b != null ? b : a;
                    String where = "current, from " + from + (any.until() == null ? "" : " until " + any.until());
                    String change;
                    if (a == null) {
                        change = "added " + b.value();
                    } else if (b == null) {
                        change = "removed (was " + a.value() + ")";
                    } else {
                        List<String> diffs = new ArrayList<>();
                        if (!a.value().equals(b.value())) {
                            diffs.add(a.value() + " → " + b.value());
                        }
                        if (!java.util.Objects.equals(a.until(), b.until())) {
                            diffs.add("until " + (a.until() == null ? "none" : a.until()) + " → " + (b.until() == null ? "none" : b.until()));
                        }
                        if (a.illustrative() != b.illustrative()) {
                            diffs.add("illustrative " + (a.illustrative() ? "yes → no" : "no → yes"));
                        }
                        if (diffs.isEmpty()) {
                            continue;
                        }
                        change = String.join("; ", diffs);
                    }
                    lines.computeIfAbsent(name + "\u0000" + where + ": " + change + " [" + any.origin() + "]", k -> new java.util.TreeSet<>())
                            .add(id);
                }
            });
        }
        List<String> out = new ArrayList<>();
        lines.forEach((line, readers) -> out.add(line.replace("\u0000", " (read by " + String.join(", ", readers) + "), ")));
        return out;
    }

    private static Map<String, List<ParameterUse>> byName(List<ParameterUse> uses) {
        Map<String, List<ParameterUse>> out = new LinkedHashMap<>();
        uses.forEach(u -> out.computeIfAbsent(u.name(), k -> new ArrayList<>()).add(u));
        return out;
    }

    /** The golden decisions the rule set's pack ships, decided again with the author's files. */
    private static void golden(EditImpact.Impact all, String ruleSet, PrintStream out) {
        GoldenDecisions.Replay g = all.golden();
        if (g == null) {
            out.println("    golden decisions: none shipped for " + ruleSet);
            return;
        }
        out.printf("    golden decisions: %,d of %,d %s%s%n", g.changed(), g.decided(), g.changed() == 1 ? "outcome changes" : "outcomes change",
                g.otherRules() == 0 ? "" : String.format(" (%,d more keep their outcome but fire other rules)", g.otherRules()));
        all.goldenChanges().values().stream().limit(EditImpact.EXAMPLES).forEach(c -> out.println("      - " + c.example()));
    }

    /** The first 12 hex digits are plenty to tell rule files apart on screen; decisions carry the whole. */
    static String shortPrint(String fingerprint) {
        return fingerprint.length() > 19 ? fingerprint.substring(0, 19) + "…" : fingerprint;
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a scratch folder left behind in the temporary folder is no reason to fail the check
        }
    }
}
