package org.senrules.benchmarks;

import java.util.ArrayList;
import java.util.List;
import org.senrules.core.Decision;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.funding.sspp.SsppCase;

/**
 * A quick look at the per-decision time second by second, for profiling (attach a profiler or
 * run under {@code perf}): {@code java -cp benchmarks/target/benchmarks.jar
 * org.senrules.benchmarks.DecisionLoop [seconds] [typical|mixed|mixed:POLICY|cohort|golden:RULE-SET]}. The figures that
 * count come from JMH. {@code golden:ehcp-top-up} decides a rule set's golden requests in turn (every case of its folder's
 * {@code golden/requests.jsonl}, every policy) and prints each second's thread CPU time and bytes allocated a decision:
 * figures a loaded machine changes less than wall time, for comparing two builds side by side.
 */
public final class DecisionLoop {
    private DecisionLoop() {
    }

    public static void main(String[] args) {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        String mode = args.length > 1 ? args[1] : "typical";
        boolean mixed = mode.startsWith("mixed");
        String policy = mode.startsWith("mixed:") ? mode.substring(6) : "current";
        SenRules engine = SenRules.builder().build();
        List<Request> requests = new ArrayList<>();
        if (mode.startsWith("golden:")) {
            golden(engine, mode.substring(7), seconds);
            return;
        }
        if (mixed) {
            for (SsppCase c : SsppCohort.cases(1024, 42)) {
                requests.add(new Request("sspp-top-up", SsppCohort.AS_OF, policy, c));
            }
        } else if (mode.startsWith("cohort")) {
            // 100,000 cases, each under the eight policies in turn (or under one: cohort:POLICY)
            List<String> policies = mode.startsWith("cohort:") ? List.of(mode.substring(7)) : SsppCohort.POLICIES;
            for (SsppCase c : SsppCohort.cases(100_000, 20260115L)) {
                for (String p : policies) {
                    requests.add(new Request("sspp-top-up", SsppCohort.AS_OF, p, c));
                }
            }
        } else {
            requests.add(Request.of("sspp-top-up", SsppCohort.AS_OF, SsppCohort.typical()));
        }
        long sink = 0;
        int i = 0;
        for (int s = 0; s < seconds; s++) {
            long start = System.nanoTime();
            long end = start + 1_000_000_000L;
            long n = 0;
            long now;
            do {
                for (int k = 0; k < 100; k++) {
                    Decision<?> d = engine.decide(requests.get(i));
                    i = i + 1 == requests.size() ? 0 : i + 1;
                    sink += d.reasons().size();
                }
                n += 100;
                now = System.nanoTime();
            } while (now < end);
            System.out.printf("second %2d: %8.2f us/decision%n", s + 1, (now - start) / 1000.0 / n);
        }
        System.out.println("(" + sink + ")");
    }

    /** Decides the golden requests of {@code ruleSet} in turn; per second: thread CPU us and bytes allocated a decision. */
    private static void golden(SenRules engine, String ruleSet, int seconds) {
        String file = "META-INF/senrules/" + ruleSet + "/golden/requests.jsonl";
        List<Request> requests = new ArrayList<>();
        try (java.io.InputStream in = DecisionLoop.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalArgumentException("no " + file + " on the class path");
            }
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    requests.addAll(engine.json().read(line.substring(line.indexOf('\t') + 1)));
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long sink = 0;
        int i = 0;
        for (int s = 0; s < seconds; s++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long bytes = threads.getCurrentThreadAllocatedBytes();
            long end = System.nanoTime() + 1_000_000_000L;
            long n = 0;
            do {
                for (int k = 0; k < 100; k++) {
                    sink += engine.decide(requests.get(i)).reasons().size();
                    i = i + 1 == requests.size() ? 0 : i + 1;
                }
                n += 100;
            } while (System.nanoTime() < end);
            System.out.printf("second %2d: %8.2f us CPU, %8d bytes a decision%n", s + 1,
                    (threads.getCurrentThreadCpuTime() - cpu) / 1000.0 / n, (threads.getCurrentThreadAllocatedBytes() - bytes) / n);
        }
        System.out.println("(" + requests.size() + " requests; " + sink + ")");
    }
}
