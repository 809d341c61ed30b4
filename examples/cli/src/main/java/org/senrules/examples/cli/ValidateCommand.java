package org.senrules.examples.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.senrules.core.RuleSetException;
import org.senrules.core.RuleSetInfo;
import org.senrules.core.RuleSetOrigin;
import org.senrules.core.RuleSetProblem;
import org.senrules.core.SenRules;
import org.senrules.testkit.GoldenDecisions;

/**
 * {@code sen validate [--rules DIR] [--parameters FILE]}: compiles every rule file and checks
 * every parameter and policy file, printing each problem once, with its file and line. With the
 * council's files it lists the files used, the rules added, removed and changed against the
 * packaged ones, and re-decides the shipped scenarios, the showcase requests, a synthetic
 * cohort and the golden decisions the packs ship to show how many outcomes the edits change. With
 * {@code --expiring-within 90d [--as-of DATE]} it lists every value in force whose last day falls
 * in that window (for a council's CI). Exit status 1 on any error or a value ending in the window;
 * warnings alone pass.
 */
final class ValidateCommand {
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
            long errors = e.problems().stream().filter(p -> p.severity() == RuleSetProblem.Severity.ERROR).count();
            for (RuleSetProblem p : e.problems()) {
                (p.severity() == RuleSetProblem.Severity.ERROR ? out : err).println(p);
            }
            out.println(errors + (errors == 1 ? " error" : " errors") + ": the engine would not start with these files.");
            return Main.FAILED;
        }
        List<RuleSetProblem> warnings = engine.warnings();
        warnings.forEach(err::println);
        int rules = 0;
        List<RuleSetOrigin> edited = new ArrayList<>();
        for (RuleSetInfo r : engine.ruleSets()) {
            int n = engine.rules(r.id()).size();
            rules += n;
            out.printf("ok  %-22s %-8s %3d rules, %2d parameters, policies: %s%n", r.id(), r.version(), n,
                    r.parameters().size(), String.join(", ", r.policies().stream().map(p -> p.name()).toList()));
            RuleSetOrigin o = engine.origin(r.id());
            if (!o.councilFiles().isEmpty()) {
                edited.add(o);
                out.println("    uses your " + String.join(", ", o.councilFiles()) + "; rules " + shortPrint(o.rulesFingerprint())
                        + " from the " + o.rulesFrom() + ", values from the " + o.valuesFrom());
            }
        }
        out.println(engine.ruleSets().size() + " rule sets, " + rules + " rules: no errors"
                + (warnings.isEmpty() ? "." : ", " + warnings.size() + " warning(s)."));
        int status = window < 0 ? Main.OK : expiring(engine, window, today, out);
        if (edited.isEmpty()) {
            if (args.has("--rules") || args.has("--parameters")) {
                out.println("Your files are the same as the packaged ones: no rule set reads anything else.");
            }
            return status;
        }
        Path folder = args.value("--rules").map(Path::of).orElse(null);
        SenRules packaged = SenRules.builder().build();
        out.println();
        out.println("What your files change, against the packaged ones:");
        for (RuleSetOrigin o : edited) {
            out.println("  " + o.ruleSet() + ": rules added " + list(o.rulesAdded()) + ", removed " + list(o.rulesRemoved())
                    + ", changed " + list(o.rulesChanged()));
            RuleSetInfo info = engine.ruleSets().stream().filter(r -> r.id().equals(o.ruleSet())).findFirst().orElseThrow();
            List<EditImpact.Sample> samples = EditImpact.samples(engine, info, folder);
            if (samples.isEmpty()) {
                out.println("    no shipped scenario or showcase request to re-decide");
            } else {
                EditImpact.Result r = EditImpact.compare(packaged, engine, info, samples);
                out.printf("    re-decided %,d requests (%s): %,d %s%n", r.decided(), r.described(), r.changed(),
                        r.changed() == 1 ? "outcome changes" : "outcomes change");
                for (String example : r.examples()) {
                    out.println("      - " + example);
                }
            }
            golden(engine, o.ruleSet(), out);
        }
        return status;
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

    /**
     * Replays the golden decisions the rule set's pack ships (recorded with the packaged files by
     * the pack's tests) with the author's files, and says how many outcomes change.
     */
    private static void golden(SenRules engine, String ruleSet, PrintStream out) {
        GoldenDecisions.Replay g = GoldenDecisions.replay(engine, ruleSet, EditImpact.EXAMPLES);
        if (g == null) {
            out.println("    golden decisions: none shipped for " + ruleSet);
            return;
        }
        out.printf("    golden decisions: %,d of %,d %s%s%n", g.changed(), g.decided(), g.changed() == 1 ? "outcome changes" : "outcomes change",
                g.otherRules() == 0 ? "" : String.format(" (%,d more keep their outcome but fire other rules)", g.otherRules()));
        for (GoldenDecisions.Change c : g.examples()) {
            out.println("      - golden case " + c.caseId() + " (" + c.key() + "): " + String.join("; ", c.fields())
                    + "; rules that fired: " + list(c.rulesAfter()) + " (were " + list(c.rulesBefore()) + ")");
        }
    }

    private static String list(List<String> ids) {
        return ids.isEmpty() ? "none" : String.join(", ", ids);
    }

    /** The first 12 hex digits are plenty to tell rule files apart on screen; decisions carry the whole. */
    static String shortPrint(String fingerprint) {
        return fingerprint.length() > 19 ? fingerprint.substring(0, 19) + "…" : fingerprint;
    }
}
