package org.senrules.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** An accidental export fails the build: the kit exports its one package, and the engine no longer carries the kit. */
class ModuleDescriptorTest {
    @Test
    void exportsExactlyTheKitPackage() {
        Module module = GoldenDecisions.class.getModule();
        assumeTrue(module.isNamed(), "runs on the module path");
        ModuleDescriptor d = module.getDescriptor();
        assertEquals("org.senrules.testkit", d.name());
        assertEquals(Set.of("org.senrules.testkit"), d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
        assertEquals(Set.of(), d.provides());
    }

    @Test
    void theEngineNoLongerShipsTheTestTools() {
        for (String moved : new String[] {"org.senrules.core.scenario.GoldenDecisions", "org.senrules.core.scenario.RequestFuzzer"}) {
            assertThrows(ClassNotFoundException.class, () -> Class.forName(moved), moved + " is in sen-testkit now");
        }
    }
}
