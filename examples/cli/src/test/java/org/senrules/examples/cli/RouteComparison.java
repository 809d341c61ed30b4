package org.senrules.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Two routes of the simulator, chosen by a system property, run on the same command over seeded
 * cohorts ({@code ./sen cohort --seed 1}: 1,500 SSPP requests and 800 EHCP pupils), and required to
 * print the same console output and write the same bytes in every report file. A command is
 * written with placeholders: {@code sspp}/{@code ehcp} for the cohorts, {@code HNB} for the
 * bundled forecast and {@code RATES} for the projected rates.
 */
final class RouteComparison {
    private final Path dir;
    private final Path sspp;
    private final Path ehcp;
    private final String property;

    private RouteComparison(Path dir, String property) {
        this.dir = dir;
        this.property = property;
        this.sspp = dir.resolve("sspp.json");
        this.ehcp = dir.resolve("ehcp.json");
        assertEquals(0, Sen.inProcess("cohort", "--size", "1500", "--seed", "1", "--out", sspp.toString()).exit());
        assertEquals(0, Sen.inProcess("cohort", "--kind", "ehcp", "--size", "800", "--seed", "1", "--out", ehcp.toString()).exit());
    }

    /** Makes the cohorts in {@code dir}, to compare the routes {@code property} chooses. */
    static RouteComparison of(Path dir, String property) {
        return new RouteComparison(dir, property);
    }

    /** Runs {@code command} with {@code property} false and true, and requires the same output and files. */
    void assertSameReports(String command) throws IOException {
        Sen.Result off = simulate(command, "false");
        Sen.Result on = simulate(command, "true");
        assertEquals(0, off.exit(), off.toString());
        assertEquals(off.out().replace(dir.resolve("false").toString(), "OUT"), on.out().replace(dir.resolve("true").toString(), "OUT"));
        Map<String, byte[]> before = files(dir.resolve("false").resolve(slug(command)));
        Map<String, byte[]> after = files(dir.resolve("true").resolve(slug(command)));
        assertFalse(before.isEmpty());
        assertEquals(before.keySet(), after.keySet());
        for (String f : before.keySet()) {
            assertArrayEquals(before.get(f), after.get(f), f + " differs with " + property + " false and true (" + command + ")");
        }
    }

    private Sen.Result simulate(String command, String value) {
        Path root = Sen.root();
        List<String> args = new ArrayList<>(List.of("simulate"));
        for (String a : command.split(" ")) {
            args.add(switch (a) {
                case "sspp" -> sspp.toString();
                case "ehcp" -> ehcp.toString();
                case "HNB" -> root.resolve("examples/data/high-needs-forecast/2025-26-q2.json").toString();
                case "RATES" -> root.resolve("examples/projected-rates/funding-shared.parameters.json").toString();
                case "funding-shared=RATES" -> "funding-shared=" + root.resolve("examples/projected-rates/funding-shared.parameters.json");
                default -> a;
            });
        }
        args.addAll(List.of("--out", dir.resolve(value).resolve(slug(command)).toString()));
        String was = System.getProperty(property);
        System.setProperty(property, value);
        try {
            return Sen.inProcess(args.toArray(String[]::new));
        } finally {
            if (was == null) {
                System.clearProperty(property);
            } else {
                System.setProperty(property, was);
            }
        }
    }

    private static String slug(String command) {
        return command.replaceAll("[^A-Za-z0-9-]+", "_");
    }

    private static Map<String, byte[]> files(Path folder) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                out.put(folder.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
