package org.senrules.examples.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.senrules.core.DecisionRecord;
import org.senrules.core.Replay;
import org.senrules.core.SenRules;

/**
 * {@code sen replay RECORD... [--rules DIR] [--parameters FILE] | [--archive DIR]}: re-decides
 * each decision record with the rules and values given (a rules folder and parameter files, or
 * the release in an archive made by {@code ./sen rules archive} whose rules fingerprint is the
 * record's), and says "identical" or lists what differs, field by field and rule by rule. Exit
 * status 0 only when every record is identical, 1 when any differs, 2 for bad input.
 */
final class ReplayCommand {
    private ReplayCommand() {
    }

    static int run(List<String> argv, PrintStream out, PrintStream err) {
        Args args = Args.parse("replay", argv, Engines.withOptions("--archive"), Set.of());
        if (args.positional().isEmpty()) {
            throw new UsageException("give one or more decision records (written by ./sen decide --record FILE)");
        }
        if (args.has("--archive") && (args.has("--rules") || args.has("--parameters"))) {
            throw new UsageException("--archive gives the rules and values of each record's release; give it without --rules and --parameters");
        }
        List<Named> records = new ArrayList<>();
        for (String file : args.positional()) {
            List<DecisionRecord> read = DecisionRecord.read(new String(Main.read(file), StandardCharsets.UTF_8));
            for (int i = 0; i < read.size(); i++) {
                records.add(new Named(file + (read.size() == 1 ? "" : " #" + (i + 1)), read.get(i)));
            }
        }
        int expiryWarning = args.days("--expiry-warning", 90, 3660);
        Path archive = args.value("--archive").map(Path::of).orElse(null);
        List<RulesArchive.Release> releases = archive == null ? List.of() : RulesArchive.releases(archive);
        SenRules given = archive == null ? Engines.build(args, "--parameters") : null;
        Map<Path, SenRules> built = new HashMap<>();
        int identical = 0;
        for (Named n : records) {
            DecisionRecord r = n.record();
            out.println(n.name() + ": case " + r.caseId() + ", " + r.ruleSet() + " " + r.ruleSetVersion() + ", values in force on "
                    + r.asOf());
            Replay replay;
            if (archive == null) {
                replay = r.replay(given);
            } else {
                replay = fromArchive(r, releases, built, expiryWarning, out);
                if (replay == null) {
                    continue;
                }
            }
            if (replay.identical()) {
                identical++;
                out.println("  identical");
            } else {
                out.println("  differs (" + replay.differences().size() + (replay.differences().size() == 1 ? " difference" : " differences") + "):");
                for (Replay.Difference d : replay.differences()) {
                    out.println("    " + d);
                }
            }
        }
        out.println(identical + " of " + records.size() + (records.size() == 1 ? " record" : " records") + " identical.");
        return identical == records.size() ? Main.OK : Main.FAILED;
    }

    /**
     * Replays with the archived release whose rules fingerprint is the record's, trying each such
     * release (a council may have changed only values) until one gives the record's values
     * fingerprint; null, having said why, when the archive has no release with those rules.
     */
    private static Replay fromArchive(DecisionRecord r, List<RulesArchive.Release> releases, Map<Path, SenRules> built, int expiryWarning,
                                      PrintStream out) {
        List<RulesArchive.Release> candidates = releases.stream()
                .filter(x -> x.ruleSet().equals(r.ruleSet()) && x.rulesFingerprint().equals(r.rulesFingerprint())).toList();
        if (candidates.isEmpty()) {
            out.println("  differs: the archive holds no release of " + r.ruleSet() + " with the rules this decision was made with ("
                    + r.rulesFingerprint() + "), so it cannot be re-made");
            return null;
        }
        Replay last = null;
        for (RulesArchive.Release c : candidates) {
            SenRules engine = built.computeIfAbsent(c.folder(), f -> RulesArchive.engine(c, expiryWarning).build());
            last = r.replay(engine);
            if (last.identical()) {
                out.println("  with the archived release in " + c.folder());
                return last;
            }
        }
        out.println("  with the archived release in " + candidates.get(candidates.size() - 1).folder());
        return last;
    }

    private record Named(String name, DecisionRecord record) {
    }
}
