package org.senrules.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.senrules.core.testpack.TestTopUpOutcome;

/**
 * The class-path route: with no module descriptors in play, packs are discovered through
 * {@code META-INF/services} and decide as on the module path. Runs in the {@code class-path}
 * surefire execution; skipped on the module path.
 */
class ClassPathRouteTest {
    @Test
    void discoversThePackThroughMetaInfServices_andDecides() {
        assumeFalse(SenRules.class.getModule().isNamed(), "runs on the class path");
        SenRules engine = SenRules.builder().build();
        assertEquals("test-top-up", engine.ruleSets().get(0).id());
        Decision<?> d = engine.decide(Request.of("test-top-up", LocalDate.of(2026, 1, 15), EngineTest.aCase(true, 2)));
        assertEquals(2, d.outcome(TestTopUpOutcome.class).getUnits());
        assertFalse(d.reasons().isEmpty());
    }
}
