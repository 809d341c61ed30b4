package org.senrules.awards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.senrules.awards.internal.AwardsRulePack;
import org.senrules.core.Decision;
import org.senrules.core.Reason;
import org.senrules.core.Request;
import org.senrules.core.RuleSetProblem;
import org.senrules.core.SenRules;
import org.senrules.core.spi.RuleResource;

/**
 * Eligibility fails closed in {@code coproduction-award}: a rule file whose rule for any one
 * criterion never matches awards nothing at all, keeps the stage held, and gives that criterion's
 * reason; and a rule file without a criterion's rule is refused when the rules load, naming the
 * declaration and the criterion.
 */
class CoproductionAwardFailClosedProperties {
    static final Set<String> CRITERIA = Set.of("not-based-in-council-area", "sector-not-covered", "not-coproducing-with-families");
    private static final String DRL = RuleResource.of(AwardCase.class, "META-INF/senrules/coproduction-award/coproduction-award.drl").read();
    /** One criterion rule, from {@code rule "…"} to its {@code end}: its name, its criterion, and its {@code when} up to {@code then}. */
    private static final Pattern RULE = Pattern.compile("(?ms)^rule \"([^\"]+)\"\\n\\s+@criterion\\(\"([a-z0-9-]+)\"\\).*?^(when\\n.*?^then\\n).*?^end\\n");
    /** Criterion id to an engine whose rule for it never matches. */
    private static final Map<String, SenRules> NEVER = engines();

    private static Map<String, SenRules> engines() {
        Map<String, SenRules> out = new LinkedHashMap<>();
        Matcher m = RULE.matcher(DRL);
        while (m.find()) {
            String edited = DRL.substring(0, m.start(3)) + "when\n    eval( false )\nthen\n" + DRL.substring(m.end(3));
            out.put(m.group(2), SenRules.builder().discoverPacks(false).addPack(new AwardsRulePack()).rulesDirectory(folder(edited, null)).build());
        }
        return out;
    }

    /** A rule author's folder with the criterion's rule deleted, the deletion confirmed in the manifest. */
    private static Path rulesDirWithout(String criterion) {
        Matcher m = RULE.matcher(DRL);
        while (m.find()) {
            if (m.group(2).equals(criterion)) {
                String ruleId = m.group(1).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
                return folder(DRL.substring(0, m.start()) + DRL.substring(m.end()), "removes coproduction-award " + ruleId + "\n");
            }
        }
        throw new AssertionError("no rule for " + criterion);
    }

    private static Path folder(String drl, String manifest) {
        try {
            Path dir = Files.createTempDirectory("award-edited");
            Files.writeString(dir.resolve("coproduction-award.drl"), drl).toFile().deleteOnExit();
            if (manifest != null) {
                Files.writeString(dir.resolve("senrules-manifest.txt"), manifest).toFile().deleteOnExit();
            }
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<AwardCase> organisations() {
        return new CoproductionAwardPropertiesTest().anyOrganisation();
    }

    @Provide
    Arbitrary<String> policies() {
        return Arbitraries.of("current", "every-supported-stage");
    }

    @Provide
    Arbitrary<String> criteria() {
        return Arbitraries.of(List.copyOf(NEVER.keySet()));
    }

    @Example
    void everyDeclaredCriterionHasARule() {
        assertEquals(CRITERIA, NEVER.keySet());
    }

    @Example
    void deletingACriterionRule_isRefusedWhenTheRulesLoad_withTheDeclarationsFileAndLine() {
        List<RuleSetProblem> problems = SenRules.builder().discoverPacks(false).addPack(new AwardsRulePack())
                .rulesDirectory(rulesDirWithout("sector-not-covered")).check();
        RuleSetProblem p = problems.stream().filter(x -> x.message().contains("\"sector-not-covered\" is declared but no rule"))
                .findFirst().orElseThrow(() -> new AssertionError(problems.toString()));
        assertEquals(RuleSetProblem.Severity.ERROR, p.severity());
        assertTrue(p.file().endsWith("coproduction-award.rule-set.json"), p.toString());
        assertTrue(p.line() > 1, p.toString());
    }

    @Property(tries = 200)
    void aCriterionRuleThatNeverMatches_awardsNothing_keepsTheStageHeld_andGivesTheCriterionsReason(@ForAll("organisations") AwardCase c,
            @ForAll("policies") String policy, @ForAll("criteria") String broken) {
        Request request = new Request(Cases.ID, Cases.AS_OF, policy, c);
        Decision<?> cut = NEVER.get(broken).decide(request);
        AwardOutcome without = Cases.outcome(cut);
        assertFalse(without.isEligible());
        assertNull(without.getStageAwarded());
        assertNull(without.getNextStage());
        assertFalse(without.isCertificate());
        assertEquals(c.currentStage(), without.getStageHeld());
        List<String> rules = cut.reasons().stream().map(Reason::rule).toList();
        assertTrue(rules.contains(broken), rules.toString());
    }
}
