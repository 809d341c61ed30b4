package org.senrules.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.internal.utils.KieHelper;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.senrules.core.Decision;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.funding.sspp.SsppCase;
import org.senrules.funding.sspp.SsppOutcome;

/**
 * One {@code sspp-top-up} decision, steady state, three ways: the engine (parameters, explanation,
 * decision record), a plain Drools stateless session over the same rules with the values written in
 * (no explanation, no parameters), and the same rules hand-written in Java (the floor).
 *
 * <p>{@code typical} is one eligible request (every criterion met: five rules fire, four reasons);
 * {@code mixed} cycles through 1,024 generated cases, so that branch prediction and the rule
 * network see the variety a cohort has.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xmx1g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
public class SsppDecisionBenchmark {

    /** The engine and the two reference points, built once per fork. */
    @State(Scope.Benchmark)
    public static class Engines {
        SenRules engine;
        KieBase plainRules;
        Request typical;
        SsppCase typicalCase;
        List<Request> mixed;
        List<SsppCase> mixedCases;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            engine = SenRules.builder().build();
            typicalCase = SsppCohort.typical();
            typical = Request.of("sspp-top-up", SsppCohort.AS_OF, typicalCase);
            mixedCases = SsppCohort.cases(1024, 42);
            mixed = new ArrayList<>();
            for (SsppCase c : mixedCases) {
                mixed.add(Request.of("sspp-top-up", SsppCohort.AS_OF, c));
            }
            String drl;
            try (InputStream in = SsppDecisionBenchmark.class.getResourceAsStream("sspp-plain.drl")) {
                drl = new String(Objects.requireNonNull(in, "sspp-plain.drl").readAllBytes(), StandardCharsets.UTF_8);
            }
            plainRules = new KieHelper().addContent(drl, ResourceType.DRL).build();
            // The three must agree, or the comparison means nothing.
            for (SsppCase c : mixedCases) {
                String engineOutcome = engine.decide(Request.of("sspp-top-up", SsppCohort.AS_OF, c)).outcome().toString();
                String java = PlainJavaSspp.decide(c, SsppCohort.AS_OF).toString();
                String drools = plainDrools(plainRules.newStatelessKieSession(), c).toString();
                if (!engineOutcome.equals(java) || !engineOutcome.equals(drools)) {
                    throw new IllegalStateException("outcomes differ for " + c + ": engine " + engineOutcome + ", Java " + java
                            + ", plain Drools " + drools);
                }
            }
        }
    }

    /** Where each thread is in the mixed cases. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        int advance(int size) {
            int i = next;
            next = i + 1 == size ? 0 : i + 1;
            return i;
        }
    }

    static SsppOutcome plainDrools(StatelessKieSession session, SsppCase c) {
        SsppOutcome o = new SsppOutcome();
        // the plain rules take eligibility away, as the shipped rules did before they failed closed
        o.setEligible(true);
        session.execute(List.of(c, o));
        return o;
    }

    @Benchmark
    public Decision<?> engineTypical(Engines s) {
        return s.engine.decide(s.typical);
    }

    @Benchmark
    public Decision<?> engineMixed(Engines s, Cursor cursor) {
        return s.engine.decide(s.mixed.get(cursor.advance(s.mixed.size())));
    }

    @Benchmark
    public String engineTypicalWithJson(Engines s) {
        return s.engine.json().writeCompact(s.engine.decide(s.typical));
    }

    @Benchmark
    public SsppOutcome plainDroolsTypical(Engines s) {
        return plainDrools(s.plainRules.newStatelessKieSession(), s.typicalCase);
    }

    @Benchmark
    public SsppOutcome plainDroolsMixed(Engines s, Cursor cursor) {
        return plainDrools(s.plainRules.newStatelessKieSession(), s.mixedCases.get(cursor.advance(s.mixedCases.size())));
    }

    @Benchmark
    public SsppOutcome plainJavaTypical(Engines s) {
        return PlainJavaSspp.decide(s.typicalCase, SsppCohort.AS_OF);
    }

    @Benchmark
    public SsppOutcome plainJavaMixed(Engines s, Cursor cursor) {
        return PlainJavaSspp.decide(s.mixedCases.get(cursor.advance(s.mixedCases.size())), SsppCohort.AS_OF);
    }
}
