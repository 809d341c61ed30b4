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

/**
 * {@code sen cohort [--kind ehcp|sspp|send|early-years] --size N --seed S --out FILE [--profile FILE] [--as-of DATE]}:
 * writes a synthetic cohort: SSPP requests ({@code sspp}, the default), EHCP pupils shaped by the cohort profile
 * ({@code ehcp}), both ({@code send}: the EHCP cohort in FILE, the SSPP requests beside it in
 * {@code <name>-sspp.json}), or Early Years Inclusion applications ({@code early-years}).
 */
final class CohortCommand {
    static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 1, 15);

    private CohortCommand() {
    }

    static int run(List<String> argv, PrintStream out, PrintStream err) {
        Args args = Args.parse("cohort", argv, Engines.withOptions("--size", "--seed", "--out", "--as-of", "--kind", "--profile"),
                Set.of());
        args.noPositional("cohort");
        int size = args.intValue("--size", 1000, CohortGenerator.MIN_SIZE, CohortGenerator.MAX_SIZE);
        long seed = args.intValue("--seed", 1, Integer.MIN_VALUE, Integer.MAX_VALUE);
        Path file = Path.of(args.value("--out").orElseThrow(() -> new UsageException("--out FILE is required")));
        LocalDate asOf = asOf(args);
        String kind = args.value("--kind").orElse("sspp");
        if (!List.of("ehcp", "sspp", "send", "early-years").contains(kind)) {
            throw new UsageException("--kind must be ehcp, sspp, send or early-years, not " + kind);
        }
        if ((kind.equals("sspp") || kind.equals("early-years")) && args.value("--profile").isPresent()) {
            throw new UsageException("--profile shapes the EHCP cohort: use it with --kind ehcp or send, not " + kind);
        }
        if (kind.equals("early-years")) {
            writeEarlyYears(file, size, seed, asOf);
            out.printf("wrote %s: %,d synthetic Early Years Inclusion applications for early-years-inclusion (seed %d, as of %s)%n",
                    file, size, seed, asOf);
            out.printf("   every mix is illustrative: S1 gives the Early Years Inclusion pressure (£3.000m in 2025-26), not the cohort%n");
            return Main.OK;
        }
        if (!kind.equals("sspp")) {
            CohortProfile profile = args.value("--profile").map(Path::of).map(CohortProfile::load).orElseGet(CohortProfile::bundled);
            writeEhcp(file, profile, size, seed, asOf);
            out.printf("wrote %s: %,d synthetic EHCP pupils for ehcp-top-up (seed %d, as of %s)%n", file, size, seed, asOf);
            out.printf("   profile: %s; illustrative entries: %s%n", profile.label(),
                    profile.illustrativeEntries().isEmpty() ? "none" : String.join(", ", profile.illustrativeEntries()));
            out.printf("   growth (%s): +%,d (%s%%) in three years, over +%,d by 2030; simulate --years grows the cohort by them%n",
                    profile.growth().source().split(":")[0], profile.growth().threeYearGrowth(),
                    profile.growth().threeYearGrowthPercent(), profile.growth().growthBy2030());
        }
        if (!kind.equals("ehcp")) {
            Path sspp = kind.equals("sspp") ? file : sibling(file, "-sspp");
            write(sspp, size, seed, asOf);
            out.printf("wrote %s: %,d synthetic SSPP requests (seed %d, as of %s)%n", sspp, size, seed, asOf);
            if (kind.equals("send")) {
                out.printf("   both in one run: ./sen simulate %s %s --out DIR (each report in DIR/<file name>)%n", file, sspp);
            }
        }
        return Main.OK;
    }

    static LocalDate asOf(Args args) {
        try {
            return args.value("--as-of").map(LocalDate::parse).orElse(DEFAULT_AS_OF);
        } catch (DateTimeParseException e) {
            throw new UsageException("--as-of must be a date like 2026-01-15");
        }
    }

    /** {@code cohort.json} with a suffix: {@code cohort-sspp.json}. */
    static Path sibling(Path file, String suffix) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String renamed = dot > 0 ? name.substring(0, dot) + suffix + name.substring(dot) : name + suffix;
        return file.resolveSibling(renamed);
    }

    static void writeEhcp(Path file, CohortProfile profile, int size, long seed, LocalDate asOf) {
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                EhcpCohortGenerator.write(w, profile, size, seed, asOf);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void writeEarlyYears(Path file, int size, long seed, LocalDate asOf) {
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                EarlyYearsCohortGenerator.write(w, size, seed, asOf);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
