package org.senrules.apibaseline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No exported type takes more than four values by position in a public constructor: a case with
 * thirteen booleans and numbers in a row is how a wrong value ends up in the wrong field. Cases
 * and decisions have builders instead. The records still listed below are known and planned to
 * change; a new one fails here.
 */
class PositionalConstructorsTest {
    /**
     * Exported records of more than four components not yet given a builder: each is a plan, not an exception.
     * (Result records of the simulator and the test kit, which embedders read rather than build, are most of them.)
     */
    static final List<String> NOT_YET_CONVERTED = List.of(
            "org.senrules.core.ParameterUse(6)",
            "org.senrules.core.PolicyVariant(5)",
            "org.senrules.core.RuleSetInfo(9)",
            "org.senrules.core.RuleSetOrigin(9)",
            "org.senrules.core.spi.ParameterSpec(7)",
            "org.senrules.core.spi.Summary$Row(10)",
            "org.senrules.oag.OagItem(6)",
            "org.senrules.oag.OagPhaseGuidance(5)",
            "org.senrules.oag.OagPrinciple(5)",
            "org.senrules.simulation.HighNeedsBlock$Effect(5)",
            "org.senrules.simulation.RunSources(6)",
            "org.senrules.simulation.Simulation$Change(5)",
            "org.senrules.simulation.Simulation$Comparison(9)",
            "org.senrules.simulation.Simulation$Fields(8)",
            "org.senrules.simulation.Simulation$Result(12)",
            "org.senrules.simulation.Trajectory$Block(5)",
            "org.senrules.simulation.Trajectory$Policy(6)",
            "org.senrules.simulation.Trajectory$Result(11)",
            "org.senrules.simulation.Trajectory$Year(10)",
            "org.senrules.testkit.GoldenDecisions$Change(5)",
            "org.senrules.testkit.GoldenDecisions$Replay(5)",
            "org.senrules.testkit.RequestFuzzer$Report(6)");

    @Test
    void noExportedType_hasAPublicConstructorOfMoreThanFourParameters_butTheKnownRecords() {
        List<String> found = new ArrayList<>();
        for (ExportedApi.Type t : ExportedApi.read(getClass().getClassLoader(), "org.senrules.")) {
            for (Constructor<?> c : t.type().getDeclaredConstructors()) {
                if (Modifier.isPublic(c.getModifiers()) && c.getParameterCount() > 4) {
                    found.add(t.name() + "(" + c.getParameterCount() + ")");
                }
            }
        }
        found.sort(null);
        assertEquals(NOT_YET_CONVERTED, found);
    }
}
