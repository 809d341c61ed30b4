package org.senrules.examples.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.senrules.server.DecisionService;

/** {@code sen rulebook --out DIR}: the rule book the service serves at {@code /}, as a static site. */
final class RulebookCommand {
    private RulebookCommand() {
    }

    static int run(List<String> argv, PrintStream out, PrintStream err) {
        Args args = Args.parse("rulebook", argv, Engines.withOptions("--out"), Set.of());
        args.noPositional("rulebook");
        Path dir = Path.of(args.value("--out").orElseThrow(() -> new UsageException("--out DIR is needed: the folder to write the site into")));
        List<Path> files = DecisionService.writeRuleBook(Engines.build(args, "--parameters"), dir);
        out.println("Rule book: " + files.size() + " files in " + dir.toAbsolutePath().normalize() + "; open "
                + dir.resolve("index.html").toAbsolutePath().normalize());
        return Main.OK;
    }
}
