package org.senrules.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.senrules.core.InvalidRequestException;
import org.senrules.core.RuleSetException;
import org.senrules.core.RuleSetProblem;

/**
 * The {@code sen} command line. Exit status: 0 done, 1 a check failed (a scenario or a rule
 * file), 2 the input or the command was wrong. Users never see a stack trace: bad requests
 * print the contract's {@code invalid-request} JSON, anything else one line on stderr
 * ({@code SEN_DEBUG=1} adds the trace for developers).
 */
public final class Main {
    /** The verbs, in the order the usage lists them. */
    static final List<String> VERBS = List.of("decide", "simulate", "validate", "rules", "test", "cohort", "demo", "serve", "rulebook", "replay");
    static final int OK = 0;
    static final int FAILED = 1;
    static final int BAD_INPUT = 2;

    static final String USAGE = """
            usage: sen <verb> [options]
              decide FILE.json [--explain] [--record RECORD.json]
                                                      decide one request or a cohort (FILE or - for stdin); --record
                                                      also writes the decision record (request, decision, fingerprints)
              replay RECORD.json... [--archive DIR]   re-decide decision records and say "identical" or what differs
              simulate COHORT.json|COHORT.csv [--policies P,...] [--out DIR] [--compare-parameters FILE]
                       [--hnb FILE | --budget £ --brought-forward £ [--outturn £]]
                       [--rule-set ID --as-of DATE (CSV without those columns)] [--cost-neutral-tolerance %]
                       [--years 2025-26:2029-30 [--profile FILE] [--seed N] [--sensitivity]
                                [--sufficiency birmingham-2024-2030|FILE [--places-open SETTING:PLACES:YEAR]...]
                                [--scenario none|national-reform-2026|FILE [--scenario-switch NAME=on|off]]]
                                                      every case under every policy, compared with current;
                                                      several cohorts (EHCP.json SSPP.json) run in one process,
                                                      each report in DIR/<file name>
              validate [--expiring-within 90d [--as-of DATE]]
                                                      compile every rule file, check every parameter file; with
                                                      --rules, what your files change against the packaged ones;
                                                      fails when a value in force ends within the window
              rules export RULE-SET DIR               copy a rule set's rule, parameter, policy and scenario files to edit
              rules archive DIR                       keep every rule and value file of this release, for replay
              test DIR                                run a folder of scenario files
              cohort [--kind ehcp|sspp|send|early-years] --size N --seed S --out FILE [--profile FILE]
                                                      write a synthetic cohort (no real person's data)
              demo [--out DIR] [--size N]             the guided tour on bundled synthetic data
              serve [--port 8080] [--host 127.0.0.1] [--token-file FILE] [--cors-origin ORIGIN]...
                    [--public-url URL] [--private-health] [--max-connections-per-client N]
                                                      the decision service (HTTP, OpenAPI at /openapi.json) and the
                                                      rule book at /; bearer token from SEN_API_TOKEN
              rulebook --out DIR                      the rule book as a static site
            every verb: --rules DIR (edited rule files replace packaged ones)
                        --parameters FILE (<rule-set-id>.parameters.json, or <rule-set-id>=FILE; repeatable)
                        --oag-catalogue FILE (the council's Ordinarily Available Guidance catalogue)
                        --expiry-warning 90d (decisions this close to a value's last day warn that it ends)
            """;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs one command; the streams are parameters so that tests can capture them. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        // Drools logs advice for rule authors (such as eval performance hints) through SLF4J; the
        // engine reports what matters to users itself, so the command line shows errors only.
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", System.getenv("SEN_DEBUG") != null ? "info" : "error");
        }
        // Drools also logs each rule file that does not compile, as a stack of "Unable to build
        // KieBaseModel" lines; the engine reports the same problem once, with file and line
        String kieProject = "org.slf4j.simpleLogger.log.org.drools.compiler.kie.builder.impl.KieProject";
        if (System.getProperty(kieProject) == null && System.getenv("SEN_DEBUG") == null) {
            System.setProperty(kieProject, "off");
        }
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            (args.length == 0 ? err : out).print(USAGE);
            return args.length == 0 ? BAD_INPUT : OK;
        }
        String verb = args[0];
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            return switch (verb) {
                case "decide" -> DecideCommand.run(rest, out, err);
                case "simulate" -> SimulateCommand.run(rest, out, err);
                case "validate" -> ValidateCommand.run(rest, out, err);
                case "rules" -> RulesCommand.run(rest, out, err);
                case "test" -> TestCommand.run(rest, out, err);
                case "cohort" -> CohortCommand.run(rest, out, err);
                case "demo" -> DemoCommand.run(rest, out, err);
                case "serve" -> ServeCommand.run(rest, out, err);
                case "rulebook" -> RulebookCommand.run(rest, out, err);
                case "replay" -> ReplayCommand.run(rest, out, err);
                default -> {
                    // what was given is not repeated (it may be anything, a name included): the nearest verb is named instead
                    String near = Words.nearest(verb, VERBS);
                    throw new UsageException("the first argument is not a verb" + (near == null ? "" : " (did you mean " + near + "?)")
                            + "; the verbs are " + String.join(", ", VERBS));
                }
            };
        } catch (UsageException e) {
            err.println((VERBS.contains(verb) ? "sen " + verb : "sen") + ": " + e.getMessage());
            return BAD_INPUT;
        } catch (InvalidRequestException e) {
            out.println(rejection(e));
            return BAD_INPUT;
        } catch (RuleSetException e) {
            err.println("sen " + verb + ": the rules cannot be loaded:");
            for (RuleSetProblem p : e.problems()) {
                err.println("  " + p);
            }
            return BAD_INPUT;
        } catch (UncheckedIOException e) {
            err.println("sen " + verb + ": " + message(e.getCause()));
            debug(e, err);
            return BAD_INPUT;
        } catch (RuntimeException e) {
            err.println("sen " + verb + ": failed: " + message(e));
            debug(e, err);
            return BAD_INPUT;
        } catch (OutOfMemoryError e) {
            err.println("sen " + verb + ": out of memory; give Java more, for example JAVA_OPTS=-Xmx4g ./sen ...");
            return BAD_INPUT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OK;
        } catch (LinkageError e) {
            err.println("sen " + verb + ": the built jars do not fit together (" + message(e) + "); rebuild with SEN_REBUILD=1 ./sen ...");
            debug(e, err);
            return BAD_INPUT;
        }
    }

    /** The contract's invalid-request error, as the engine writes it. */
    static String rejection(InvalidRequestException e) {
        com.fasterxml.jackson.databind.ObjectMapper m = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode root = m.createObjectNode();
        root.put("error", "invalid-request");
        com.fasterxml.jackson.databind.node.ArrayNode list = root.putArray("violations");
        for (org.senrules.core.Violation v : e.violations()) {
            list.addObject().put("path", v.path()).put("message", v.message());
        }
        return root.toPrettyString();
    }

    private static String message(Throwable e) {
        if (e instanceof java.nio.file.NoSuchFileException n) {
            return "no such file: " + n.getFile();
        }
        if (e instanceof java.nio.file.AccessDeniedException a) {
            return "permission denied: " + a.getFile();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void debug(Throwable e, PrintStream err) {
        if (System.getenv("SEN_DEBUG") != null) {
            e.printStackTrace(err);
        }
    }

    /** Opens a file, or stdin for "-", to be read as it is streamed. */
    static java.io.InputStream open(String file) throws IOException {
        if (file.equals("-")) {
            return new java.io.FilterInputStream(System.in) {
                @Override
                public void close() {
                    // stdin stays open for the process
                }
            };
        }
        java.nio.file.Path path = java.nio.file.Path.of(file);
        if (java.nio.file.Files.isDirectory(path)) {
            throw new UsageException(file + " is a folder, not a request file");
        }
        return java.nio.file.Files.newInputStream(path);
    }

    /** Largest input file other than a request (figures, scenario data): far more than any real one. */
    static final int MAX_INPUT_FILE = 16 * 1024 * 1024;

    /**
     * Reads a file, or stdin for "-", that must be UTF-8: at most {@link #MAX_INPUT_FILE} bytes,
     * strictly decodable, a leading byte-order mark skipped (the engine's rule for every kind of file).
     */
    static byte[] read(String file) {
        byte[] bytes;
        try (java.io.InputStream in = open(file)) {
            bytes = in.readNBytes(MAX_INPUT_FILE + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > MAX_INPUT_FILE) {
            throw new UsageException(file + " is larger than " + (MAX_INPUT_FILE / (1024 * 1024)) + " MiB");
        }
        if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
            // as Windows editors and spreadsheets save UTF-8: skipped, as the engine skips it in every kind of file
            bytes = java.util.Arrays.copyOfRange(bytes, 3, bytes.length);
        }
        try {
            java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes));
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new UsageException(file + " is not valid UTF-8 (an invalid, overlong or truncated byte sequence)");
        }
        return bytes;
    }
}
