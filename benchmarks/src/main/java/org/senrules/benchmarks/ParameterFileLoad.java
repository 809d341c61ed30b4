package org.senrules.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.senrules.core.SenRules;

/**
 * How long a parameter file with many dated values takes to load (issue 29: 2,000 values took
 * 19 s and 8,000 over 100 s; the target is 20,000 in under a second). Writes the council's
 * {@code funding-shared.parameters.json} with N dated Support Unit values, one a day, and builds an
 * engine with it for {@code special-school-band}, whose banding tables are checked on every date
 * a value changes, and {@code sspp-top-up}, each N and each twice (the second run is the one to
 * read). For the lead to time: {@code java -cp benchmarks.jar org.senrules.benchmarks.ParameterFileLoad
 * [N ...]} (default 2000 8000 20000); prints one line per run, "values N: load MS ms".
 */
public final class ParameterFileLoad {
    private ParameterFileLoad() {
    }

    /** The file's text: {@code values} consecutive daily values of the Support Unit from 1 April 1990. */
    public static String supportUnitValues(int values) {
        StringBuilder out = new StringBuilder(values * 110 + 64).append("{\n  \"supportUnitValue\": [\n");
        LocalDate day = LocalDate.of(1990, 4, 1);
        for (int i = 0; i < values; i++) {
            boolean last = i == values - 1;
            out.append("    { \"from\": \"").append(day).append('"');
            if (!last) {
                out.append(", \"until\": \"").append(day).append('"');
            }
            out.append(", \"value\": \"").append(900 + i % 200).append(".00\", \"illustrative\": true, \"intended\": true }")
                    .append(last ? "\n" : ",\n");
            day = day.plusDays(1);
        }
        return out.append("  ]\n}\n").toString();
    }

    public static void main(String[] args) throws IOException {
        int[] sizes = args.length == 0 ? new int[] {2000, 8000, 20000} : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        Path dir = Files.createTempDirectory("senrules-parameters");
        try {
            for (int n : sizes) {
                Path file = dir.resolve("funding-shared.parameters.json");
                Files.writeString(file, supportUnitValues(n), StandardCharsets.UTF_8);
                for (int run = 1; run <= 2; run++) {
                    long t0 = System.nanoTime();
                    SenRules engine = SenRules.builder().ruleSets("special-school-band", "sspp-top-up")
                            .overrideParameters("funding-shared", file).build();
                    long ms = (System.nanoTime() - t0) / 1_000_000;
                    System.out.printf("values %d: load %d ms (run %d, %d rule sets)%n", n, ms, run, engine.ruleSets().size());
                }
            }
        } finally {
            Files.deleteIfExists(dir.resolve("funding-shared.parameters.json"));
            Files.deleteIfExists(dir);
        }
    }
}
