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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The simulator decides each distinct case once: a case repeated in the cohort, or on the same
 * day in a trajectory, with the same content (its id aside) and policies, reuses the decisions of
 * the first ({@code DistinctCases}). {@code -Dsenrules.simulation.distinctCases=false} decides
 * every case: this test runs both over seeded cohorts ({@code ./sen cohort --seed 1}, SSPP and
 * EHCP), snapshot and five-year trajectory, with {@code --hnb} and locality budgets that bind,
 * and requires the same console output and the same bytes in every report file (JSON, CSV, HTML,
 * XLSX, trajectory.csv).
 */
class DistinctCasesSimulationCliTest {
    private static final String DISTINCT = "senrules.simulation.distinctCases";
    @TempDir
    static Path dir;
    private static Path sspp;
    private static Path ehcp;

    @BeforeAll
    static void cohorts() {
        sspp = dir.resolve("sspp.json");
        ehcp = dir.resolve("ehcp.json");
        assertEquals(0, Sen.inProcess("cohort", "--size", "1500", "--seed", "1", "--out", sspp.toString()).exit());
        assertEquals(0, Sen.inProcess("cohort", "--kind", "ehcp", "--size", "800", "--seed", "1", "--out", ehcp.toString()).exit());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "sspp --hnb HNB",
        "sspp --policies dbv-option-6/dbv-option-4,dbv-option-6/dbv-option-2,dbv-option-3 --hnb HNB",
        "sspp --compare-parameters RATES",
        "sspp --years 2025-26:2029-30 --parameters funding-shared=RATES --hnb HNB",
        "sspp --policies current,dbv-option-3 --years 2025-26:2029-30 --parameters funding-shared=RATES",
        "ehcp --hnb HNB",
        "ehcp --years 2025-26:2029-30 --parameters funding-shared=RATES --hnb HNB",
        "ehcp --policies current,ws2-option-3a --years 2025-26:2029-30 --parameters funding-shared=RATES --hnb HNB"})
    void distinctCasesDecidedOnce_writeTheSameReportsAsEveryCaseDecided(String command) throws IOException {
        Sen.Result plain = simulate(command, "every-case", false);
        Sen.Result memo = simulate(command, "distinct", true);
        assertEquals(0, plain.exit(), plain.toString());
        assertEquals(plain.out().replace(dir.resolve("every-case").toString(), "OUT"),
                memo.out().replace(dir.resolve("distinct").toString(), "OUT"));
        Map<String, byte[]> before = files(dir.resolve("every-case").resolve(slug(command)));
        Map<String, byte[]> after = files(dir.resolve("distinct").resolve(slug(command)));
        assertFalse(before.isEmpty());
        assertEquals(before.keySet(), after.keySet());
        for (String f : before.keySet()) {
            assertArrayEquals(before.get(f), after.get(f), f + " differs with and without the memo (" + command + ")");
        }
    }

    private static Sen.Result simulate(String command, String route, boolean distinct) {
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
        args.addAll(List.of("--out", dir.resolve(route).resolve(slug(command)).toString()));
        String was = System.getProperty(DISTINCT);
        System.setProperty(DISTINCT, String.valueOf(distinct));
        try {
            return Sen.inProcess(args.toArray(String[]::new));
        } finally {
            if (was == null) {
                System.clearProperty(DISTINCT);
            } else {
                System.setProperty(DISTINCT, was);
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
