package org.senrules.awards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.senrules.core.Decision;
import org.senrules.core.Request;
import org.senrules.core.RuleInfo;
import org.senrules.core.SenRules;

/**
 * Checks of the rule files built ahead of time (Drools' executable model, written by
 * sen-rules-build into the pack): each packaged rule file has a model made from its current text,
 * holding exactly its rules, and an engine deciding with the models writes the same bytes as one
 * that compiles every rule file at run time. (The same check as sen-funding-rules' test of the same
 * name: test code is not shared between the packs.)
 */
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
            assertEquals(compiled.json().write(b.get(i)), prebuilt.json().write(a.get(i)),
                    "request " + i + " (" + requests.get(i).ruleSet() + ") decided from the pre-built rules");
        }
    }

    /**
     * The rule file {@code META-INF/senrules/ID/ID.drl} of the module of {@code anchor} has a model
     * file naming the hash of its text, and the model's classes, loaded in that module, hold the
     * rules the engine lists for the rule set; or the model file says the build left the file to be
     * compiled at run time.
     */
    public static void assertModelIsCurrent(Class<?> anchor, SenRules engine, String ruleSetId) throws ReflectiveOperationException {
        String drl = "META-INF/senrules/" + ruleSetId + "/" + ruleSetId + ".drl";
        String text = read(anchor, drl);
        String model = read(anchor, drl + ".model");
        assertNotNull(text, drl);
        assertNotNull(model, drl + ".model: the pack was built without its executable model");
        List<String> lines = model.lines().toList();
        assertEquals("# senrules executable model 1", lines.get(0));
        assertEquals("drl " + sha256(text), lines.get(1), drl + ".model was made from another text of the rule file");
        if (lines.size() == 3 && lines.get(2).startsWith("runtime checked ")) {
            return; // the build chose to compile this file at run time, compiled it so without errors, and said why (sen-rules-build's ModelDifferences)
        }
        Set<String> modelRules = new TreeSet<>();
        int models = 0;
        for (String line : lines.subList(2, lines.size())) {
            assertTrue(line.startsWith("model "), line);
            Object m = Class.forName(line.substring(6), true, anchor.getClassLoader()).getDeclaredConstructor().newInstance();
            for (org.drools.model.Rule r : ((org.drools.model.Model) m).getRules()) {
                modelRules.add(r.getName());
            }
            models++;
        }
        assertTrue(models > 0, drl + ".model names no model class");
        Set<String> engineRules = new TreeSet<>();
        for (RuleInfo r : engine.rules(ruleSetId)) {
            engineRules.add(r.name());
        }
        assertEquals(engineRules, modelRules, ruleSetId);
    }

    /** The model file of {@code META-INF/senrules/ID/ID.drl} names model classes, not a reason to compile at run time. */
    public static void assertNotLeftToRunTime(Class<?> anchor, String ruleSetId) {
        String path = "META-INF/senrules/" + ruleSetId + "/" + ruleSetId + ".drl.model";
        String model = read(anchor, path);
        assertNotNull(model, path);
        List<String> lines = model.lines().toList();
        assertTrue(lines.size() > 2, path);
        for (String line : lines.subList(2, lines.size())) {
            assertTrue(line.startsWith("model "), path + ": " + line);
        }
    }

    private static String read(Class<?> anchor, String path) {
        try (InputStream in = anchor.getModule().getResourceAsStream(path)) {
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
