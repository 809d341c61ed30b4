package org.senrules.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.senrules.core.SenRules;

/**
 * {@code sen rules export RULE-SET DIR}: copies a rule set's files (its rules, its declaration or
 * parameter and policy files, the shared values it reads, the sources it cites) into DIR, writes its
 * values and the shared values as spreadsheets ({@code <id>.values.csv}, a row per dated value),
 * and copies its shipped scenarios into DIR/scenarios, so that a rule author edits copies, a
 * finance officer edits the sheets, and DIR goes back with {@code --rules}. {@code sen rules archive
 * DIR} keeps every rule set's files of the release in use ({@link RulesArchive}).
 */
final class RulesCommand {
    private RulesCommand() {
    }

    static int run(List<String> argv, PrintStream out, PrintStream err) {
        Args args = Args.parse("rules", argv, Engines.withOptions(), Set.of());
        List<String> p = args.positional();
        if (p.size() == 2 && p.get(0).equals("archive")) {
            return RulesArchive.archive(args, Path.of(p.get(1)), out);
        }
        if (p.isEmpty() || !p.get(0).equals("export") || p.size() != 3) {
            throw new UsageException("usage: sen rules export RULE-SET DIR (copies the rule set's files into DIR to edit),"
                    + " or sen rules archive DIR (keeps every rule and value file of this release, for replaying decisions)");
        }
        String id = p.get(1);
        Path dir = Path.of(p.get(2));
        if (args.has("--parameters")) {
            throw new UsageException("rules export copies the rule set's own files and values; a --parameters file is yours already,"
                    + " and is not copied into " + dir + ": pass it again with the exported folder (--rules " + dir + " --parameters "
                    + args.values("--parameters").get(0) + "), or put its values into the exported values sheet");
        }
        SenRules engine = Engines.build(args);
        List<Path> written;
        try {
            written = new ArrayList<>(engine.exportFiles(id, dir));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        List<Path[]> scenarios = scenarios(id);
        Path scenarioDir = dir.resolve("scenarios");
        try {
            for (Path[] found : scenarios) {
                Path s = found[1];
                // in the folders they are shipped in (scenarios/options/..., say), as sen test and validate read them
                Path target = scenarioDir.resolve(found[0].relativize(s).toString());
                Files.createDirectories(target.getParent());
                if (Files.exists(target) && !Files.readString(target).equals(Files.readString(s))) {
                    throw new UsageException(target + " exists and differs from the shipped scenario file; export into an empty folder");
                }
                Files.copy(s, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println("Exported " + id + " into " + dir + ":");
        for (Path w : written) {
            out.println("  " + w);
        }
        if (!scenarios.isEmpty()) {
            out.println("  " + scenarioDir + "/ (" + scenarios.size() + " shipped scenario files)");
        }
        List<String> sheets = written.stream().map(w -> w.getFileName().toString()).filter(n -> n.endsWith(Engines.SHEET)).toList();
        if (!sheets.isEmpty()) {
            out.println("The values are in " + String.join(" and ", sheets) + ": a row for each dated value, to edit in a spreadsheet"
                    + " (keep it CSV, UTF-8, dates as yyyy-mm-dd); the rules and their wording are in the other files.");
        }
        out.println("Edit the copies, then check them: ./sen validate --rules " + dir);
        return Main.OK;
    }

    /** The shipped scenario files of a rule set, in every module of the checkout: each with the folder it is under. */
    private static List<Path[]> scenarios(String id) {
        List<Path[]> out = new ArrayList<>();
        Path home = EditImpact.home();
        for (Path base : List.of(home, home.resolve("examples"))) {
            if (!Files.isDirectory(base)) {
                continue;
            }
            try (Stream<Path> modules = Files.list(base)) {
                for (Path m : modules.sorted().toList()) {
                    // a rule set's scenarios are in its folder; a rule set not yet declared keeps them with the tests
                    for (Path folder : List.of(m.resolve("src/main/resources/META-INF/senrules").resolve(id).resolve("scenarios"),
                            m.resolve("src/test/scenarios").resolve(id))) {
                        if (Files.isDirectory(folder)) {
                            try (Stream<Path> files = Files.walk(folder)) {
                                files.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f)).sorted()
                                        .forEach(f -> out.add(new Path[] {folder, f}));
                            }
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}
