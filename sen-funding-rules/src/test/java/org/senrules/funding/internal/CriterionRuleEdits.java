package org.senrules.funding.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.senrules.core.SenRules;
import org.senrules.core.spi.RuleSetDefinition;

/**
 * A declared rule set's rule file with one criterion rule edited as a rule author might edit it,
 * for the fail-closed properties of rule sets whose criteria are conditions in {@code when}
 * ({@code @criterion("id")}): the rule deleted (the rule set must then refuse to load), or its
 * {@code when} made never to match (every request must then be refused with the criterion's reason).
 */
public final class CriterionRuleEdits {
    /** One criterion rule, from {@code rule "…"} to its {@code end}: its criterion id, and its {@code when} up to {@code then}. */
    private static final Pattern RULE = Pattern.compile("(?ms)^rule \"([^\"]+)\"\\n\\s+@criterion\\(\"([a-z0-9-]+)\"\\).*?^(when\\n.*?^then\\n).*?^end\\n");

    private CriterionRuleEdits() {
    }

    /** Criterion id to an engine with just {@code definition}, whose rule for that criterion never matches. */
    public static Map<String, SenRules> neverMatching(RuleSetDefinition<?, ?> definition) {
        String drl = definition.rules().get(0).read();
        Map<String, SenRules> out = new LinkedHashMap<>();
        Matcher m = RULE.matcher(drl);
        while (m.find()) {
            String edited = drl.substring(0, m.start(3)) + "when\n    eval( false )\nthen\n" + drl.substring(m.end(3));
            out.put(m.group(2), TestEngines.withRules(definition, folder(definition, m.group(2), edited, null)));
        }
        return out;
    }

    /** A rules folder holding {@code definition}'s rule file without the rule of {@code criterion}, the deletion confirmed. */
    public static Path folderWithout(RuleSetDefinition<?, ?> definition, String criterion) {
        String drl = definition.rules().get(0).read();
        Matcher m = RULE.matcher(drl);
        while (m.find()) {
            if (m.group(2).equals(criterion)) {
                String ruleId = m.group(1).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
                return folder(definition, criterion, drl.substring(0, m.start()) + drl.substring(m.end()),
                        "removes " + definition.id() + " " + ruleId + "\n");
            }
        }
        throw new IllegalArgumentException("no rule with @criterion(\"" + criterion + "\") in " + definition.rules().get(0).fileName());
    }

    private static Path folder(RuleSetDefinition<?, ?> definition, String criterion, String drl, String manifest) {
        String file = definition.rules().get(0).fileName();
        try {
            Path dir = Files.createTempDirectory(definition.id() + "-" + criterion);
            Files.writeString(dir.resolve(file), drl);
            dir.resolve(file).toFile().deleteOnExit();
            if (manifest != null) {
                Files.writeString(dir.resolve("senrules-manifest.txt"), manifest);
                dir.resolve("senrules-manifest.txt").toFile().deleteOnExit();
            }
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
