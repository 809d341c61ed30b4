package org.senrules.examples.cli;

import java.io.IOException;
import java.nio.file.Path;
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
    @TempDir
    static Path dir;
    private static RouteComparison routes;

    @BeforeAll
    static void cohorts() {
        routes = RouteComparison.of(dir, "senrules.simulation.distinctCases");
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
        routes.assertSameReports(command);
    }
}
