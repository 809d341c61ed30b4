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
 * Eligibility fails closed in {@code coproduction-award}: a rule file with any one criterion rule
 * deleted never awards a stage to an organisation that the full rules refuse, awards nothing at
 * all, keeps the stage held, and says which criterion no rule assessed.
 */
class CoproductionAwardFailClosedProperties {
    static final Set<String> CRITERIA = Set.of("not-based-in-council-area", "sector-not-covered", "not-coproducing-with-families");
    private static final String DRL = RuleResource.of(AwardCase.class, "META-INF/senrules/coproduction-award/coproduction-award.drl").read();
    /** One rule, from {@code rule "…"} to its {@code end}, with its id. */
    private static final Pattern RULE = Pattern.compile("(?ms)^rule \"[^\"]+\"\\n\\s+@id\\(\"([a-z0-9-]+)\"\\).*?^end\\n");
    /** Criterion id to an engine whose rule file lacks that criterion's rule. */
    private static final Map<String, SenRules> WITHOUT = engines();

    private static Map<String, SenRules> engines() {
        Map<String, SenRules> out = new LinkedHashMap<>();
        Matcher m = RULE.matcher(DRL);
        while (m.find()) {
            if (m.group().contains("ruleflow-group \"criteria\"")) {
                out.put(m.group(1), SenRules.builder().discoverPacks(false).addPack(new AwardsRulePack())
                        .rulesDirectory(rulesDirWithout(m.group(1))).build());
            }
        }
        return out;
    }

    /** A rule author's folder with the criterion's rule deleted, the deletion confirmed in the manifest. */
    private static Path rulesDirWithout(String criterion) {
        Matcher m = RULE.matcher(DRL);
        while (m.find()) {
            if (m.group(1).equals(criterion)) {
                try {
                    Path dir = Files.createTempDirectory("award-without-" + criterion);
                    Path drl = Files.writeString(dir.resolve("coproduction-award.drl"), DRL.substring(0, m.start()) + DRL.substring(m.end()));
                    Path manifest = Files.writeString(dir.resolve("senrules-manifest.txt"), "removes coproduction-award " + criterion + "\n");
                    drl.toFile().deleteOnExit();
                    manifest.toFile().deleteOnExit();
                    dir.toFile().deleteOnExit();
                    return dir;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new AssertionError("no rule " + criterion);
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
        return Arbitraries.of(List.copyOf(WITHOUT.keySet()));
    }

    @Example
    void everyDeclaredCriterionHasARuleThatCanBeDeleted() {
        assertEquals(CRITERIA, WITHOUT.keySet());
    }

    @Example
    void deletingACriterionRule_isReportedWithFileAndLine() {
        List<RuleSetProblem> problems = SenRules.builder().discoverPacks(false).addPack(new AwardsRulePack())
                .rulesDirectory(rulesDirWithout("sector-not-covered")).check();
        RuleSetProblem p = problems.stream().filter(x -> x.message().contains("\"sector-not-covered\" is declared but no rule"))
                .findFirst().orElseThrow(() -> new AssertionError(problems.toString()));
        assertTrue(p.file().endsWith("coproduction-award.parameters.json"), p.toString());
        assertTrue(p.line() > 1, p.toString());
    }

    @Property(tries = 200)
    void removingAnyOneCriterionRule_neverAwardsAStageToAnOrganisationThatWasRefused(@ForAll("organisations") AwardCase c,
            @ForAll("policies") String policy, @ForAll("criteria") String removed) {
        Request request = new Request(Cases.ID, Cases.AS_OF, policy, c);
        AwardOutcome full = Cases.outcome(Cases.ENGINE.decide(request));
        Decision<?> cut = WITHOUT.get(removed).decide(request);
        AwardOutcome without = Cases.outcome(cut);
        if (!full.isEligible()) {
            assertFalse(without.isEligible(), "assessed without rule " + removed);
            assertFalse(without.isCertificate());
        }
        // stronger: without the rule no organisation is assessed, it keeps what it holds, and the decision says why
        assertFalse(without.isEligible());
        assertNull(without.getStageAwarded());
        assertNull(without.getNextStage());
        assertFalse(without.isCertificate());
        assertEquals(c.currentStage(), without.getStageHeld());
        List<String> rules = cut.reasons().stream().map(Reason::rule).toList();
        assertTrue(rules.contains("criterion-not-assessed"), rules.toString());
        assertTrue(cut.reasons().stream().anyMatch(r -> r.rule().equals("criterion-not-assessed") && r.text().contains("\"" + removed + "\"")),
                rules.toString());
    }
}
