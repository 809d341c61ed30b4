package org.senrules.core.scenario;

import java.util.List;
import org.senrules.core.ApiStatus;

/**
 * The result of running one {@link Scenario}.
 *
 * @param scenario    the scenario
 * @param differences each expectation not met, as "field: expected X, actual Y"; empty if it passed
 * @param firedRules  the ids of the rules that gave reasons, for the failure report
 * @param actual      the decision or rejection JSON the engine produced
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public record ScenarioResult(Scenario scenario, List<String> differences, List<String> firedRules, String actual) {

    public boolean passed() {
        return differences.isEmpty();
    }

    /** A report a rule author can act on: the scenario, each difference and the rules that fired. */
    public String report() {
        StringBuilder sb = new StringBuilder();
        sb.append(passed() ? "PASS " : "FAIL ").append(scenario.name()).append("  (").append(scenario.file()).append(')');
        for (String d : differences) {
            sb.append("\n    ").append(d);
        }
        if (!passed()) {
            sb.append("\n    rules that fired: ").append(firedRules.isEmpty() ? "none" : String.join(", ", firedRules));
        }
        return sb.toString();
    }

    /** Throws {@link AssertionError} with the {@link #report()} unless the scenario passed. */
    public void assertPassed() {
        if (!passed()) {
            throw new AssertionError(report());
        }
    }
}
