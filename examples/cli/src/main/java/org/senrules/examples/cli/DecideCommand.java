package org.senrules.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.senrules.core.Decision;
import org.senrules.core.DecisionJson;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.core.explain.Explainer;

/**
 * {@code sen decide FILE.json [--explain] [--record RECORD.json]}: the decision JSON, or the
 * decision in plain words; with {@code --record}, also the decision record (the request, the
 * decision and its fingerprints) that {@code ./sen replay} re-decides years later.
 */
final class DecideCommand {
    private DecideCommand() {
    }

    static int run(List<String> argv, PrintStream out, PrintStream err) {
        Args args = Args.parse("decide", argv, Engines.withOptions("--record"), Set.of("--explain"));
        String file = args.single("request file (FILE.json, or - for stdin)");
        SenRules engine = Engines.build(args, "--parameters");
        DecisionJson.Document document;
        // streamed, not read into memory first: the engine counts the bytes and refuses a file
        // past its size cap as soon as the cap is passed
        try (InputStream in = Main.open(file)) {
            document = engine.json().readDocument(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Request> requests = document.requests();
        List<Decision<?>> decisions = requests.size() > 1000 ? engine.decideAllInParallel(requests) : engine.decideAll(requests);
        if (args.has("--record")) {
            record(engine, document, decisions, java.nio.file.Path.of(args.value("--record").orElseThrow()), err);
        }
        if (args.has("--explain")) {
            for (int i = 0; i < decisions.size(); i++) {
                if (i > 0) {
                    out.println("----------------------------------------------------------------------");
                }
                out.print(Explainer.explain(decisions.get(i), engine.json()));
            }
            // every file the decisions were made with, so that a council's file never passes unseen
            out.print(Explainer.filesUsed(engine, decisions));
        } else {
            // a cohort (found by parsing: its top-level key "cases") is answered as one, even with one case
            out.println(document.cohort() ? engine.json().write(decisions) : engine.json().write(decisions.get(0)));
        }
        return Main.OK;
    }

    /**
     * Writes the decision record (a cohort's records, one per case) to {@code file}, refusing to
     * overwrite one: a record is evidence, kept as it was written.
     */
    private static void record(SenRules engine, DecisionJson.Document document, List<Decision<?>> decisions, java.nio.file.Path file,
                               PrintStream err) {
        if (java.nio.file.Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new UsageException("--record " + file + ": the file exists; a decision record is never overwritten, give a new name");
        }
        String text = document.cohort() ? org.senrules.core.DecisionRecord.write(engine, document.requests(), decisions)
                : org.senrules.core.DecisionRecord.write(engine, document.requests().get(0), decisions.get(0));
        try {
            java.nio.file.Files.writeString(file, text, java.nio.charset.StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        err.println("sen decide: " + (document.cohort() ? decisions.size() + " decision records" : "the decision record")
                + " written to " + file + "; ./sen replay " + file + " re-decides " + (document.cohort() ? "them" : "it"));
    }
}
