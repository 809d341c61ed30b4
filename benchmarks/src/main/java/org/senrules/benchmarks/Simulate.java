package org.senrules.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.senrules.core.Decision;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.core.domain.Money;
import org.senrules.funding.sspp.SsppOutcome;

/**
 * The cohort simulation as a whole process, the same work as {@code ./sen simulate COHORT.json}
 * with the eight policies: reads a cohort file through the JSON contract, decides every case
 * under every policy and totals the outcomes per policy, holding only the totals.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.senrules.benchmarks.Simulate --write cohort.json 100000
 * java -Xmx512m -cp benchmarks/target/benchmarks.jar org.senrules.benchmarks.Simulate cohort.json [--threads 1]
 * </pre>
 *
 * <p>{@code --threads 1} decides with {@link SenRules#decideAll} on the main thread; otherwise
 * with {@link SenRules#decideAllInParallel} on every core. Timings go to standard error.
 */
public final class Simulate {
    private static final int CHUNK = 4096;

    private Simulate() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 3 && args[0].equals("--write")) {
            try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(Path.of(args[1])),
                    StandardCharsets.UTF_8), 1 << 16)) {
                SsppCohort.writeJson(w, SsppCohort.cases(Integer.parseInt(args[2]), 20260115L));
            }
            return;
        }
        Path file = Path.of(args[0]);
        boolean oneThread = args.length > 2 && args[1].equals("--threads") && args[2].equals("1");
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long mainAt = System.currentTimeMillis();
        long t0 = System.nanoTime();
        SenRules engine = SenRules.builder().build();
        long t1 = System.nanoTime();
        List<Request> cohort;
        try (InputStream in = Files.newInputStream(file)) {
            cohort = engine.json().read(in);
        }
        long t2 = System.nanoTime();
        StringBuilder table = new StringBuilder();
        table.append(String.format("%-14s %8s %8s %8s %10s %16s%n", "policy", "cases", "consid.", "eligible", "units", "top-up"));
        long decisions = 0;
        for (String policy : SsppCohort.POLICIES) {
            int considered = 0;
            int eligible = 0;
            long units = 0;
            long pence = 0;
            for (int from = 0; from < cohort.size(); from += CHUNK) {
                int to = Math.min(cohort.size(), from + CHUNK);
                List<Request> chunk = new ArrayList<>(to - from);
                for (int i = from; i < to; i++) {
                    chunk.add(cohort.get(i).withPolicy(policy));
                }
                List<Decision<?>> decided = oneThread ? engine.decideAll(chunk) : engine.decideAllInParallel(chunk);
                for (Decision<?> d : decided) {
                    SsppOutcome o = d.outcome(SsppOutcome.class);
                    considered += o.isConsidered() ? 1 : 0;
                    eligible += o.isEligible() ? 1 : 0;
                    units += o.getSupportUnits();
                    pence += o.getTopUp().pence();
                }
                decisions += decided.size();
            }
            table.append(String.format("%-14s %8d %8d %8d %10d %16s%n", policy, cohort.size(), considered, eligible, units,
                    Money.ofPence(pence).display()));
        }
        long t3 = System.nanoTime();
        System.out.print(table);
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.err.printf("simulate: %d decisions on %s; JVM start to main %d ms, engine %d ms, read %d cases %d ms,"
                        + " decide %d ms (%.2f us/decision), max heap %d MB, peak heap used %d MB (sum of pool peaks)%n",
                decisions, oneThread ? "1 thread" : Runtime.getRuntime().availableProcessors() + " cores",
                mainAt - jvmStart,
                (t1 - t0) / 1_000_000, cohort.size(), (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000,
                (t3 - t2) / 1000.0 / decisions, Runtime.getRuntime().maxMemory() >> 20, peak >> 20);
    }
}
