package org.senrules.funding.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.core.scenario.GoldenDecisions;

/**
 * Golden decisions for the funding rule sets: the same seeded synthetic cases every run, checked
 * against the recorded file in {@code src/test/golden/}. Re-record after an intended change with
 * {@code mvn -pl sen-funding-rules -am test -Dsenrules.golden=record}. The same requests are also
 * decided by an engine that compiles the rule files at run time, and must give the same bytes.
 */
public final class Golden {
    /** One engine with every funding rule set, found the way an embedder finds them. */
    public static final SenRules ENGINE = SenRules.builder().build();

    private static SenRules compiled;

    private Golden() {
    }

    /** The same engine compiling every rule file at run time, which the pre-built rules must decide exactly as. */
    public static synchronized SenRules compiledAtRunTime() {
        if (compiled == null) {
            compiled = PrebuiltRulesCheck.compiledAtRunTime(() -> SenRules.builder().build());
        }
        return compiled;
    }

    /** {@code n} values of {@code arbitrary}, the same for the same seed on every run. */
    public static <T> List<T> sample(Arbitrary<T> arbitrary, long seed, int n) {
        RandomGenerator<T> generator = arbitrary.generator(1000);
        Random random = new Random(seed);
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(generator.next(random).value());
        }
        return out;
    }

    /** A copy of a case record with another id, so that every golden case has its own. */
    @SuppressWarnings("unchecked")
    public static <T extends Record> T withId(T record, String component, String id) {
        try {
            RecordComponent[] components = record.getClass().getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = components[i].getName().equals(component) ? id : components[i].getAccessor().invoke(record);
            }
            return (T) record.getClass().getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Decides the requests and fails with the differences from the recorded file. */
    public static void assertMatchesRecording(String ruleSetId, List<Request> requests) {
        List<String> differences = GoldenDecisions.check(ENGINE, Path.of("src/test/golden", ruleSetId + ".jsonl.gz"), requests);
        assertTrue(differences.isEmpty(), String.join("\n", differences));
        // and every decision, reasons and all, is the same whether the rules were built with the pack or compiled now
        PrebuiltRulesCheck.assertSameDecisions(ENGINE, compiledAtRunTime(), requests);
    }
}
