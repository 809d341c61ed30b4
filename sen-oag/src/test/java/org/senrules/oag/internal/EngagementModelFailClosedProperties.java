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
 * The Engagement Model fails closed: its rule file with either criterion rule deleted never
 * applies the model to a pupil the full rules leave out, and applies it to no one, each time with
 * a reason naming the criterion no rule assessed.
 */
class EngagementModelFailClosedProperties {
    private static final String DRL = EngagementModelRuleSet.definition().rules().get(0).read();
    /** One rule, from {@code rule "…"} to its {@code end}, with its id. */
    private static final Pattern RULE = Pattern.compile("(?ms)^rule \"[^\"]+\"\\n\\s+@id\\(\"([a-z0-9-]+)\"\\).*?^end\\n");
    private static final List<String> CRITERIA = List.of("before-key-stage-1", "accessing-subject-specific-study");
    private static final SenRules FULL = SenRules.builder().discoverPacks(false).addPack(new OagRulePack()).build();
    private static final Map<String, SenRules> WITHOUT = engines();

    private static Map<String, SenRules> engines() {
        Map<String, SenRules> out = new LinkedHashMap<>();
        for (String criterion : CRITERIA) {
            out.put(criterion, SenRules.builder().discoverPacks(false).addPack(new OagRulePack()).rulesDirectory(folderWithout(criterion)).build());
        }
        return out;
    }

    private static Path folderWithout(String criterion) {
        Matcher m = RULE.matcher(DRL);
        while (m.find()) {
            if (m.group(1).equals(criterion)) {
                try {
                    Path dir = Files.createTempDirectory("engagement-model-without-" + criterion);
                    Files.writeString(dir.resolve("engagement-model.drl"), DRL.substring(0, m.start()) + DRL.substring(m.end()));
                    Files.writeString(dir.resolve("senrules-manifest.txt"), "removes engagement-model " + criterion + "\n");
                    dir.resolve("engagement-model.drl").toFile().deleteOnExit();
                    dir.resolve("senrules-manifest.txt").toFile().deleteOnExit();
                    dir.toFile().deleteOnExit();
                    return dir;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new AssertionError("no rule " + criterion + " in engagement-model.drl");
    }

    @Provide
    Arbitrary<String> criteria() {
        return Arbitraries.of(CRITERIA);
    }

    @Example
    void everyDeclaredCriterionHasARule_andDeletingOneIsReportedWithFileAndLine() {
        String params = EngagementModelRuleSet.definition().parameterDefaults().read();
        for (String c : CRITERIA) {
            assertTrue(params.contains("\"" + c + "\":"), c);
        }
        List<RuleSetProblem> problems = SenRules.builder().discoverPacks(false).addPack(new OagRulePack())
                .rulesDirectory(folderWithout("accessing-subject-specific-study")).check();
        RuleSetProblem p = problems.stream().filter(x -> x.message().contains("\"accessing-subject-specific-study\" is declared but no rule"))
                .findFirst().orElseThrow(() -> new AssertionError(problems.toString()));
        assertTrue(p.file().endsWith("engagement-model.parameters.json"), p.toString());
        assertTrue(p.line() > 1, p.toString());
    }

    @Property(tries = 100)
    void removingAnyOneCriterionRule_neverAppliesTheModelWhereItDidNotApply(@ForAll @IntRange(min = -1, max = 14) int ncYear,
                                                                          @ForAll boolean accessing, @ForAll("criteria") String removed) {
        Request request = Request.of("engagement-model", LocalDate.of(2026, 1, 15), new EngagementModelCase("P-1", ncYear, accessing));
        EngagementModelOutcome full = FULL.decide(request).outcome(EngagementModelOutcome.class);
        assertEquals(ncYear >= 1 && !accessing, full.isApplies());
        Decision<?> cut = WITHOUT.get(removed).decide(request);
        EngagementModelOutcome without = cut.outcome(EngagementModelOutcome.class);
        if (!full.isApplies()) {
            assertFalse(without.isApplies(), "applied without rule " + removed);
        }
        assertFalse(without.isApplies());
        assertTrue(without.getAreas().isEmpty());
        assertTrue(cut.reasons().stream().anyMatch(r -> r.rule().equals("criterion-not-assessed") && r.text().contains("\"" + removed + "\"")),
                cut.reasons().toString());
    }
}
