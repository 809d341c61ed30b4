package org.senrules.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.internal.utils.KieHelper;
import org.senrules.core.spi.RulePack;
import org.senrules.core.spi.RuleResource;
import org.senrules.core.spi.RuleSetDefinition;
import org.senrules.funding.sspp.SsppOutcome;

/**
 * The reference for the cold-start target: a bare Drools process that does what an application
 * without senrules would do with the same rules. It reads the rule files of every shipped rule set
 * (found through the packs' {@code RulePack} registrations, nothing else of the engine), compiles
 * each into a knowledge base from its DRL text at run time, on as many threads as there are cores
 * (as the engine does), and decides one {@code sspp-top-up} case in a stateless session over the
 * plain rules ({@code sspp-plain.drl}: the shipped rules with the values written in, which need no
 * engine globals). No parameters, no explanation, no checks, no JSON.
 */
public final class BareDroolsColdStart {
    private BareDroolsColdStart() {
    }

    public static void main(String[] args) throws IOException, InterruptedException, ExecutionException {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long inMain = System.currentTimeMillis();
        long t0 = System.nanoTime();
        List<List<String>> texts = new ArrayList<>(); // each rule set's files, each a resource of its own (shared files declare their own package)
        for (RulePack pack : ServiceLoader.load(RulePack.class)) {
            List<RuleSetDefinition<?, ?>> defs = new ArrayList<>();
            pack.register(new org.senrules.core.spi.RulePackContext() {
                @Override
                public java.util.Optional<String> setting(String name) {
                    return java.util.Optional.empty(); // the packaged defaults, as ./sen decide uses them
                }

                @Override
                public void add(RuleSetDefinition<?, ?> definition) {
                    defs.add(definition);
                }
            });
            for (RuleSetDefinition<?, ?> def : defs) {
                List<String> files = new ArrayList<>();
                for (RuleResource r : def.rules()) {
                    files.add(r.read());
                }
                texts.add(files);
            }
        }
        String plain;
        try (InputStream in = BareDroolsColdStart.class.getResourceAsStream("sspp-plain.drl")) {
            plain = new String(Objects.requireNonNull(in, "sspp-plain.drl").readAllBytes(), StandardCharsets.UTF_8);
        }
        texts.add(List.of(plain));
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        List<KieBase> built = new ArrayList<>();
        try {
            List<Future<KieBase>> bases = new ArrayList<>();
            for (List<String> files : texts) {
                bases.add(pool.submit(() -> {
                    KieHelper helper = new KieHelper();
                    files.forEach(text -> helper.addContent(text, ResourceType.DRL));
                    return helper.build();
                }));
            }
            for (Future<KieBase> f : bases) {
                built.add(f.get());
            }
        } finally {
            pool.shutdownNow(); // a rule file that fails to build ends the run instead of leaving the pool's threads waiting
        }
        long t1 = System.nanoTime();
        SsppOutcome o = SsppDecisionBenchmark.plainDrools(built.get(built.size() - 1).newStatelessKieSession(), SsppCohort.typical());
        long t2 = System.nanoTime();
        System.out.println(o);
        System.err.printf("bare-drools-cold-start: JVM start to main %d ms, %d knowledge bases from DRL %d ms, first decision %d ms%n",
                inMain - jvmStart, built.size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
    }
}
