package org.senrules.examples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

/** {@code sen cohort --size N --seed S --out FILE [--as-of DATE]}: writes a synthetic SSPP cohort. */
final class CohortCommand {
    static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 1, 15);

    private CohortCommand() {
    }

    static int run(List<String> argv, PrintStream out, PrintStream err) {
        Args args = Args.parse("cohort", argv, Set.of("--size", "--seed", "--out", "--as-of", "--rules", "--parameters"), Set.of());
        args.noPositional("cohort");
        int size = args.intValue("--size", 1000, CohortGenerator.MIN_SIZE, CohortGenerator.MAX_SIZE);
        long seed = args.intValue("--seed", 1, Integer.MIN_VALUE, Integer.MAX_VALUE);
        Path file = Path.of(args.value("--out").orElseThrow(() -> new UsageException("--out FILE is required")));
        LocalDate asOf = asOf(args);
        write(file, size, seed, asOf);
        out.printf("wrote %s: %,d synthetic SSPP requests (seed %d, as of %s)%n", file, size, seed, asOf);
        return Main.OK;
    }

    static LocalDate asOf(Args args) {
        try {
            return args.value("--as-of").map(LocalDate::parse).orElse(DEFAULT_AS_OF);
        } catch (DateTimeParseException e) {
            throw new UsageException("--as-of must be a date like 2026-01-15");
        }
    }

    static void write(Path file, int size, long seed, LocalDate asOf) {
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                CohortGenerator.write(w, size, seed, asOf);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
