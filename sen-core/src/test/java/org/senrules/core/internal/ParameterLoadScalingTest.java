package org.senrules.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.senrules.core.RuleSetProblem;
import org.senrules.core.spi.ParameterSpec;
import org.senrules.core.spi.ParameterType;
import org.senrules.core.spi.TableCheck;

/**
 * Loading a parameter file takes time in proportion to its dated values (issue 29: 2,000 values
 * took 19 s and 8,000 over 100 s). Proved by counting work, not by the clock: ten times the
 * values costs about ten times the steps, where the old loading cost a hundred times (it counted
 * the file's problems again for every value, and scanned every timeline on every date); and a
 * table check runs again only on the dates where a value it reads changes.
 */
class ParameterLoadScalingTest {
    private static final List<TableCheck> CHECKS = List.of(TableCheck.keys("bandTable", List.of("A", "B")),
            TableCheck.rowLength("bandTable", 4), TableCheck.nonDecreasingRows("bandTable"),
            TableCheck.rowsCoveredBy("bandTable", "bandTopUp"), TableCheck.nonDecreasingByNumericKey("bandTopUp"),
            TableCheck.nonDecreasingMoneyAlongRows("bandTable", "bandTopUp"));

    /** The work of loading {@code values} daily values of unitValue beside a banding table. */
    record Work(long problemsScanned, long sweepSteps, long checkRuns, int warnings) {
    }

    static Work load(int values) {
        Map<String, ParameterSpec> specs = new LinkedHashMap<>();
        specs.put("bandTable", ParameterSpec.of("bandTable", ParameterType.INTEGER_LIST_BY_KEY, "Band by classification and level"));
        specs.put("bandTopUp", ParameterSpec.of("bandTopUp", ParameterType.MONEY_BY_KEY, "Top-up by band"));
        specs.put("unitValue", ParameterSpec.of("unitValue", ParameterType.MONEY, "The value of one unit"));
        StringBuilder text = new StringBuilder("{\n\"bandTable\": [ { \"from\": \"2025-04-01\", \"value\": { \"A\": [1, 2, 3, 4], \"B\": [1, 2, 2, 3] }, \"illustrative\": true } ],\n"
                + "\"bandTopUp\": [ { \"from\": \"2025-04-01\", \"value\": { \"1\": \"0.00\", \"2\": \"1000.00\", \"3\": \"2000.00\", \"4\": \"3000.00\" }, \"illustrative\": true } ],\n"
                + "\"unitValue\": [\n");
        LocalDate day = LocalDate.of(2025, 4, 1);
        for (int i = 0; i < values; i++) {
            boolean last = i == values - 1;
            // no "intended": every value but the first starts on a day other than 1 April, a warning each
            text.append("{ \"from\": \"").append(day).append('"').append(last ? "" : ", \"until\": \"" + day + "\"")
                    .append(", \"value\": \"").append(900 + i % 300).append(".00\", \"illustrative\": true }").append(last ? "\n" : ",\n");
            day = day.plusDays(1);
        }
        text.append("]\n}\n");
        List<RuleSetProblem> problems = new ArrayList<>();
        ParameterFile.PROBLEMS_SCANNED.reset();
        ParameterStore store = ParameterStore.load("test-band", specs, new ParameterStore.Source(text.toString(), "test-band.parameters.json"),
                List.of(), null, EngineOptions.defaults(), problems);
        assertNotNull(store, problems.stream().filter(p -> p.severity() == RuleSetProblem.Severity.ERROR).toList().toString());
        store.runChecks(CHECKS, problems);
        assertEquals(0, ParameterFile.errors(problems));
        return new Work(ParameterFile.PROBLEMS_SCANNED.sum(), store.checkSteps(), store.checkRuns(), problems.size());
    }

    @Test
    void tenTimesTheDatedValues_costAboutTenTimesTheWork_notAHundred() {
        Work small = load(2_000);
        Work large = load(20_000);
        // a warning for every value that does not start on 1 April
        assertTrue(small.warnings() > 1_990 && large.warnings() > 19_900, small + " -> " + large);
        // linear: 10x the values, at most 12x the work (quadratic loading was 100x)
        assertTrue(large.problemsScanned() <= 12 * small.problemsScanned(), small + " -> " + large);
        assertTrue(large.sweepSteps() <= 12 * small.sweepSteps(), small + " -> " + large);
        // the banding checks read bandTable and bandTopUp, which do not change: each runs once, not once a day
        assertEquals(CHECKS.size(), small.checkRuns());
        assertEquals(CHECKS.size(), large.checkRuns());
    }
}
