package org.senrules.examples.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The simulator decides a cohort in one pass, each case once for all its policies
 * ({@code SenRules.decideUnderPolicies}); before, it decided the cohort policy by policy. The
 * policy-by-policy route is kept behind {@code -Dsenrules.simulation.onePass=false}: this test
 * runs both over seeded cohorts ({@code ./sen cohort --seed 1}, SSPP and EHCP) for every kind of
 * policy set, snapshot and five-year trajectory, and requires the same console output and the
 * same bytes in every report file (JSON, CSV, HTML, XLSX, trajectory.csv).
 */
class OnePassSimulationCliTest {
    @TempDir
    static Path dir;
    private static RouteComparison routes;

    @BeforeAll
    static void cohorts() {
        routes = RouteComparison.of(dir, "senrules.simulation.onePass");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "sspp",
        "sspp --policies current",
        "sspp --policies dbv-option-6",
        "sspp --policies dbv-option-6/dbv-option-4,dbv-option-6/dbv-option-2,dbv-option-3 --hnb HNB",
        "sspp --compare-parameters RATES",
        "sspp --years 2025-26:2029-30 --parameters funding-shared=RATES --hnb HNB",
        "ehcp --hnb HNB",
        "ehcp --policies current,ws2-option-3a",
        "ehcp --years 2025-26:2029-30 --parameters funding-shared=RATES --hnb HNB"})
    void theOnePassRoute_writesTheSameReportsAsThePolicyByPolicyRoute(String command) throws IOException {
        routes.assertSameReports(command);
    }
}
