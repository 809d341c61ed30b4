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
 * {@code sen rules export RULE-SET DIR}: copies a rule set's rule, parameter and policy files (and
 * the shared parameter files it reads) into DIR, and its shipped scenarios into DIR/scenarios, so
 * that a rule author edits copies and passes DIR back with {@code --rules}. {@code sen rules archive
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
        SenRules engine = Engines.build(args, "--parameters");
        List<Path> written;
        try {
            written = new ArrayList<>(engine.exportFiles(id, dir));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        List<Path> scenarios = scenarios(id);
        Path scenarioDir = dir.resolve("scenarios");
        try {
            for (Path s : scenarios) {
                Files.createDirectories(scenarioDir);
                Path target = scenarioDir.resolve(s.getFileName().toString());
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
        out.println("Edit the copies, then check them: ./sen validate --rules " + dir);
        return Main.OK;
    }

    /** The shipped scenario files of a rule set, in every module of the checkout. */
    private static List<Path> scenarios(String id) {
        List<Path> out = new ArrayList<>();
        Path home = EditImpact.home();
        for (Path base : List.of(home, home.resolve("examples"))) {
            if (!Files.isDirectory(base)) {
                continue;
            }
            try (Stream<Path> modules = Files.list(base)) {
                for (Path m : modules.sorted().toList()) {
                    Path folder = m.resolve("src/test/scenarios").resolve(id);
                    if (Files.isDirectory(folder)) {
                        try (Stream<Path> files = Files.list(folder)) {
                            files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().forEach(out::add);
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
