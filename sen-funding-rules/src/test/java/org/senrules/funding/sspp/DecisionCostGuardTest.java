package org.senrules.funding.sspp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senrules.core.Request;

/**
 * What a typical decision costs, counted rather than timed (issue 33): the rules it fires (from the
 * engine's {@code org.senrules.Decision} Flight Recorder event) and the bytes it allocates (the
 * thread's allocation counter). Each fails when it grows past the figure set here, so a change that
 * makes every decision fire more rules or allocate more is seen in {@code mvn verify}, not in a
 * benchmark run weeks later. docs/performance.md, "Round 3", gives the figures these were set from.
 */
class DecisionCostGuardTest {
    /** The fundable request fires this many rules (criteria are counted in {@code when}, never fired). */
    private static final int RULES_FIRED = 5;
    /** Measured 2026-12-07 (Java 17, after 20,000 decisions): 21,864 bytes; the ceiling leaves a fifth for the JIT's variation. */
    private static final long BYTES_PER_DECISION_CEILING = 26_000;

    @TempDir
    Path dir;

    @Test
    void aTypicalDecisionFiresNoMoreRulesThanItsOutcomesNeed() throws Exception {
        Request request = Request.of(SsppEngine.ID, SsppEngine.AS_OF, SsppEngine.fundable());
        Set<Integer> fired = new TreeSet<>();
        int events = 0;
        Path file = dir.resolve("decisions.jfr");
        try (Recording recording = new Recording()) {
            recording.enable("org.senrules.Decision");
            recording.start();
            for (int i = 0; i < 50; i++) {
                SsppEngine.ENGINE.decide(request);
            }
            recording.stop();
            recording.dump(file);
        }
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            if (e.getEventType().getName().equals("org.senrules.Decision") && SsppEngine.ID.equals(e.getString("ruleSet"))) {
                fired.add(e.getInt("rulesFired"));
                events++;
            }
        }
        assertEquals(50, events, "one event per decision");
        assertEquals(Set.of(RULES_FIRED), fired, "rules fired by the fundable request, every time");
    }

    @Test
    void aTypicalDecisionAllocatesNoMoreThanItsCeiling() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        List<Request> requests = List.of(Request.of(SsppEngine.ID, SsppEngine.AS_OF, SsppEngine.fundable()));
        for (int i = 0; i < 20_000; i++) {
            SsppEngine.ENGINE.decide(requests.get(0)); // warmed, so that the JIT's escape analysis has run
        }
        int n = 5_000;
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < n; i++) {
            SsppEngine.ENGINE.decide(requests.get(0));
        }
        long perDecision = (threads.getCurrentThreadAllocatedBytes() - before) / n;
        System.out.println("bytes allocated per typical sspp-top-up decision: " + perDecision);
        assertTrue(perDecision <= BYTES_PER_DECISION_CEILING,
                "a typical decision allocates " + perDecision + " bytes, past the ceiling of " + BYTES_PER_DECISION_CEILING);
    }
}
