package org.senrules.oag.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.senrules.core.Decision;
import org.senrules.core.Request;
import org.senrules.core.RuleSetProblem;
import org.senrules.core.SenRules;
import org.senrules.oag.engagement.EngagementModelCase;
import org.senrules.oag.engagement.EngagementModelOutcome;

/**
 * The Engagement Model fails closed: its rule file with either criterion rule made never to match
 * applies the model to no one, each time with that criterion's reason; and a rule file without a
 * criterion's rule is refused when the rules load, naming the declaration and the criterion.
 */
class EngagementModelFailClosedProperties {
    private static final String DRL = RuleSetFolders.engagementModel().build().rules().get(0).read();
    /** One criterion rule, from {@code rule "…"} to its {@code end}: its name, its criterion, and its {@code when} up to {@code then}. */
    private static final Pattern RULE = Pattern.compile("(?ms)^rule \"([^\"]+)\"\\n\\s+@criterion\\(\"([a-z0-9-]+)\"\\).*?^(when\\n.*?^then\\n).*?^end\\n");
    private static final List<String> CRITERIA = List.of("before-key-stage-1", "accessing-subject-specific-study");
    private static final SenRules FULL = SenRules.builder().discoverPacks(false).addPack(new OagRulePack()).build();
    /** Criterion id to an engine whose rule for it never matches. */
    private static final Map<String, SenRules> NEVER = engines();

    private static Map<String, SenRules> engines() {
        Map<String, SenRules> out = new LinkedHashMap<>();
        Matcher m = RULE.matcher(DRL);
        while (m.find()) {
            String edited = DRL.substring(0, m.start(3)) + "when\n    eval( false )\nthen\n" + DRL.substring(m.end(3));
            out.put(m.group(2), SenRules.builder().discoverPacks(false).addPack(new OagRulePack()).rulesDirectory(folder(edited, null)).build());
        }
        return out;
    }

    private static Path folderWithout(String criterion) {
        Matcher m = RULE.matcher(DRL);
        while (m.find()) {
            if (m.group(2).equals(criterion)) {
                String ruleId = m.group(1).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
                return folder(DRL.substring(0, m.start()) + DRL.substring(m.end()), "removes engagement-model " + ruleId + "\n");
            }
        }
        throw new AssertionError("no rule for " + criterion + " in engagement-model.drl");
    }

    private static Path folder(String drl, String manifest) {
        try {
            Path dir = Files.createTempDirectory("engagement-model-edited");
            Files.writeString(dir.resolve("engagement-model.drl"), drl);
            dir.resolve("engagement-model.drl").toFile().deleteOnExit();
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

    @Provide
    Arbitrary<String> criteria() {
        return Arbitraries.of(CRITERIA);
    }

    @Example
    void everyDeclaredCriterionHasARule_andDeletingOneIsRefusedWithTheDeclarationsFileAndLine() {
        assertEquals(CRITERIA, List.copyOf(NEVER.keySet()));
        List<RuleSetProblem> problems = SenRules.builder().discoverPacks(false).addPack(new OagRulePack())
                .rulesDirectory(folderWithout("accessing-subject-specific-study")).check();
        RuleSetProblem p = problems.stream().filter(x -> x.message().contains("\"accessing-subject-specific-study\" is declared but no rule"))
                .findFirst().orElseThrow(() -> new AssertionError(problems.toString()));
        assertEquals(RuleSetProblem.Severity.ERROR, p.severity());
        assertTrue(p.file().endsWith("engagement-model.rule-set.json"), p.toString());
        assertTrue(p.line() > 1, p.toString());
    }

    @Property(tries = 100)
    void aCriterionRuleThatNeverMatches_appliesTheModelToNoOne_withTheCriterionsReason(@ForAll @IntRange(min = -1, max = 14) int ncYear,
                                                                                      @ForAll boolean accessing, @ForAll("criteria") String broken) {
        Request request = Request.of("engagement-model", LocalDate.of(2026, 1, 15), new EngagementModelCase("P-1", ncYear, accessing));
        EngagementModelOutcome full = FULL.decide(request).outcome(EngagementModelOutcome.class);
        assertEquals(ncYear >= 1 && !accessing, full.isApplies());
        Decision<?> cut = NEVER.get(broken).decide(request);
        EngagementModelOutcome without = cut.outcome(EngagementModelOutcome.class);
        assertFalse(without.isApplies());
        assertTrue(without.getAreas().isEmpty());
        assertTrue(cut.reasons().stream().anyMatch(r -> r.rule().equals(broken)), cut.reasons().toString());
    }
}
