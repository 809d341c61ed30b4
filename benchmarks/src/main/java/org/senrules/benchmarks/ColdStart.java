package org.senrules.benchmarks;

import java.lang.management.ManagementFactory;
import org.senrules.core.Decision;
import org.senrules.core.Request;
import org.senrules.core.SenRules;

/**
 * Cold start, for timing the whole process from outside ({@code benchmarks/whole-process.sh
 * cold-start}): starts the engine with every shipped pack (discovered as an embedder's engine
 * would be), decides one {@code sspp-top-up} request with its explanation, prints the decision
 * and exits. On standard error it prints where the time went inside the JVM. With the argument
 * {@code only} it compiles only {@code sspp-top-up} ({@code SenRules.builder().ruleSets(...)}), to
 * show what loading only the rule sets an embedder uses saves.
 */
public final class ColdStart {
    private ColdStart() {
    }

    public static void main(String[] args) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long inMain = System.currentTimeMillis();
        long t0 = System.nanoTime();
        boolean only = args.length > 0 && args[0].equals("only");
        SenRules engine = only ? SenRules.builder().ruleSets("sspp-top-up").build() : SenRules.builder().build();
        long t1 = System.nanoTime();
        Decision<?> d = engine.decide(Request.of("sspp-top-up", SsppCohort.AS_OF, SsppCohort.typical()));
        String json = engine.json().write(d);
        long t2 = System.nanoTime();
        System.out.println(json);
        System.err.printf("cold-start: JVM start to main %d ms, engine with %d rule sets %d ms, first decision %d ms%n",
                inMain - jvmStart, engine.ruleSets().size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
    }
}
