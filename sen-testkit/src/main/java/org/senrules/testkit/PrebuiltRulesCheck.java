package org.senrules.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.senrules.core.ApiStatus;
import org.senrules.core.Decision;
import org.senrules.core.Request;
import org.senrules.core.RuleInfo;
import org.senrules.core.SenRules;

/**
 * Checks of a pack's rule files built ahead of time (Drools' executable model, written by
 * sen-rules-build into the pack, docs/performance.md): each packaged rule file has a model made
 * from its current text, holding exactly its rules, and an engine deciding with the models writes
 * the same bytes as one that compiles every rule file at run time.
 *
 * <p>A pack opens its generated rule packages only to the engine, so the checks that load the
 * model classes take the pack test's own {@link MethodHandles#lookup()}: the test runs inside the
 * pack's module, and its lookup may load and instantiate them. A failed check throws
 * {@link AssertionError} with what differs.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class PrebuiltRulesCheck {
    /** The engine's switch (docs/performance.md); false compiles every rule file at run time. */
    public static final String PROPERTY = "senrules.prebuiltRules";

    private PrebuiltRulesCheck() {
    }

    /** An engine built with the pre-built rules turned off: the reference they are compared with. */
    public static synchronized SenRules compiledAtRunTime(Supplier<SenRules> build) {
        String before = System.getProperty(PROPERTY);
        System.setProperty(PROPERTY, "false");
        try {
            return build.get();
        } finally {
            if (before == null) {
                System.clearProperty(PROPERTY);
            } else {
                System.setProperty(PROPERTY, before);
            }
        }
    }

    /** Every request decided by both engines gives the same decision JSON, byte for byte. */
    public static void assertSameDecisions(SenRules prebuilt, SenRules compiled, List<Request> requests) {
        List<Decision<?>> a = prebuilt.decideAll(requests);
        List<Decision<?>> b = compiled.decideAll(requests);
        for (int i = 0; i < requests.size(); i++) {
            String expected = compiled.json().write(b.get(i));
            String actual = prebuilt.json().write(a.get(i));
            check(expected.equals(actual), "request " + i + " (" + requests.get(i).ruleSet() + ") decided from the pre-built rules"
                    + " ==> expected: <" + expected + "> but was: <" + actual + ">");
        }
    }

    /**
     * The rule file {@code META-INF/senrules/ID/ID.drl} of the pack, and every other packaged rule
     * file the rule set runs (a rule file several rule sets share), has a model file naming the hash
     * of its text, and each model's classes, loaded through {@code pack} (the pack test's
     * {@code MethodHandles.lookup()}), hold the rules the engine lists for the rule set from that
     * file; or the model file says the build left the file to be compiled at run time.
     */
    public static void assertModelIsCurrent(MethodHandles.Lookup pack, SenRules engine, String ruleSetId) throws ReflectiveOperationException {
        String drl = "META-INF/senrules/" + ruleSetId + "/" + ruleSetId + ".drl";
        check(read(pack, drl) != null, drl + ": no such rule file in the pack");
        // the engine's rules by the packaged file they are written in ("META-INF/senrules/x/x.drl:12")
        java.util.Map<String, Set<String>> byFile = new java.util.TreeMap<>();
        byFile.put(drl, new TreeSet<>());
        for (RuleInfo r : engine.rules(ruleSetId)) {
            String file = r.file() == null ? drl : r.file().replaceFirst(":\\d+$", "");
            byFile.computeIfAbsent(file.startsWith("META-INF/senrules/") ? file : drl, f -> new TreeSet<>()).add(r.name());
        }
        for (java.util.Map.Entry<String, Set<String>> e : byFile.entrySet()) {
            assertModelHolds(pack, ruleSetId, e.getKey(), e.getValue());
        }
    }

    private static void assertModelHolds(MethodHandles.Lookup pack, String ruleSetId, String drl, Set<String> engineRules)
            throws ReflectiveOperationException {
        String text = read(pack, drl);
        check(text != null, drl + ": no such rule file in the pack");
        List<String> lines = modelLines(pack, drl + ".model");
        check("# senrules executable model 1".equals(lines.get(0)), drl + ".model: first line " + lines.get(0));
        check(("drl " + sha256(text)).equals(lines.get(1)), drl + ".model was made from another text of the rule file");
        if (lines.size() == 3 && lines.get(2).startsWith("runtime checked ")) {
            return; // the build chose to compile this file at run time, compiled it so without errors, and said why (sen-rules-build's ModelDifferences)
        }
        Set<String> modelRules = new TreeSet<>();
        int models = 0;
        for (String line : lines.subList(2, lines.size())) {
            check(line.startsWith("model "), line);
            Object m;
            try {
                m = pack.findConstructor(pack.findClass(line.substring(6)), MethodType.methodType(void.class)).invoke();
            } catch (ReflectiveOperationException | RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
            for (org.drools.model.Rule r : ((org.drools.model.Model) m).getRules()) {
                modelRules.add(r.getName());
            }
            models++;
        }
        check(models > 0, drl + ".model names no model class");
        check(engineRules.equals(modelRules), ruleSetId + " (" + drl + ") ==> expected: <" + engineRules + "> but was: <" + modelRules + ">");
    }

    /** The model file of {@code META-INF/senrules/ID/ID.drl} names model classes, not a reason to compile at run time. */
    public static void assertNotLeftToRunTime(MethodHandles.Lookup pack, String ruleSetId) {
        String path = "META-INF/senrules/" + ruleSetId + "/" + ruleSetId + ".drl.model";
        List<String> lines = modelLines(pack, path);
        check(lines.size() > 2, path);
        for (String line : lines.subList(2, lines.size())) {
            check(line.startsWith("model "), path + ": " + line);
        }
    }

    private static List<String> modelLines(MethodHandles.Lookup pack, String path) {
        String model = read(pack, path);
        check(model != null, path + ": the pack was built without its executable model");
        return Objects.requireNonNull(model).lines().toList();
    }

    private static void check(boolean holds, String message) {
        if (!holds) {
            throw new AssertionError(message);
        }
    }

    private static String read(MethodHandles.Lookup pack, String path) {
        try (InputStream in = pack.lookupClass().getModule().getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
