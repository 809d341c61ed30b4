package org.senrules.funding.internal;

import org.senrules.testkit.PrebuiltRulesCheck;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.testkit.GoldenDecisions;

/**
 * Golden decisions for the funding rule sets: the same seeded synthetic cases every run, checked
 * against the recorded files in {@code src/main/resources/META-INF/senrules/<rule-set>/golden/},
 * which the jar ships so that {@code sen validate} can replay them with a council's edited files.
 * Re-record after an intended change with
 * {@code mvn -pl sen-funding-rules -am test -Dsenrules.golden=record}.
 * The same requests are also decided by an engine that compiles the rule files at run time, and
 * must give the same bytes.
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

    /** Decides the requests and fails with the differences from the recorded file. */
    public static void assertMatchesRecording(String ruleSetId, List<Request> requests) {
        List<String> differences = GoldenDecisions.check(ENGINE, GoldenDecisions.folder(Path.of("src/main/resources"), ruleSetId), requests);
        assertTrue(differences.isEmpty(), String.join("\n", differences));
        // and every decision, reasons and all, is the same whether the rules were built with the pack or compiled now
        PrebuiltRulesCheck.assertSameDecisions(ENGINE, compiledAtRunTime(), requests);
    }
}
