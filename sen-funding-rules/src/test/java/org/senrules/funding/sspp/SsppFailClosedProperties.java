package org.senrules.funding.sspp;

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
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.senrules.core.Decision;
import org.senrules.core.Reason;
import org.senrules.core.Request;
import org.senrules.core.RuleSetProblem;
import org.senrules.core.SenRules;
import org.senrules.core.spi.RuleResource;
import org.senrules.funding.internal.FundingRulePack;

/**
 * Eligibility fails closed: an SSPP rule file with any one criterion rule deleted never funds a
 * request that the full rules refuse, and every request it considers is refused with a reason
 * naming the criterion no rule assessed.
 */
class SsppFailClosedProperties {
    private static final String DRL = RuleResource.of(SsppCase.class, "META-INF/senrules/sspp-top-up/sspp-top-up.drl").read();
    /** One rule, from {@code rule "…"} to its {@code end}, with its id. */
    private static final Pattern RULE = Pattern.compile("(?ms)^rule \"[^\"]+\"\\n\\s+@id\\(\"([a-z-]+)\"\\).*?^end\\n");
    /** Criterion id to an engine whose rule file lacks that criterion's rule. */
    private static final Map<String, SenRules> WITHOUT = engines();

    private static Map<String, SenRules> engines() {
        Map<String, SenRules> out = new LinkedHashMap<>();
        Matcher m = RULE.matcher(DRL);
        while (m.find()) {
            if (!m.group().contains("ruleflow-group \"criteria\"")) {
                continue;
            }
            try {
                Path dir = Files.createTempDirectory("sspp-without-" + m.group(1));
                Files.writeString(dir.resolve("sspp-top-up.drl"), DRL.substring(0, m.start()) + DRL.substring(m.end()));
                // confirmed, as a rule author must confirm a deletion (the rules folder refuses it otherwise)
                Files.writeString(dir.resolve("senrules-manifest.txt"), "removes sspp-top-up " + m.group(1) + "\n");
                dir.toFile().deleteOnExit();
                dir.resolve("sspp-top-up.drl").toFile().deleteOnExit();
                out.put(m.group(1), SenRules.builder().discoverPacks(false).addPack(new FundingRulePack()).rulesDirectory(dir).build());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    @Provide
    Arbitrary<SsppCase> cases() {
        return new SsppPropertiesTest().cases();
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return new SsppPropertiesTest().dates();
    }

    @Provide
    Arbitrary<String> policies() {
        return new SsppPropertiesTest().policies();
    }

    @Provide
    Arbitrary<String> criteria() {
        return net.jqwik.api.Arbitraries.of(List.copyOf(WITHOUT.keySet()));
    }

    @Example
    void everyDeclaredCriterionHasARuleThatCanBeDeleted() {
        assertEquals(SsppPropertiesTest.CRITERIA, WITHOUT.keySet());
    }

    @Example
    void deletingACriterionRule_isReportedWithFileAndLine() {
        List<RuleSetProblem> problems = SenRules.builder().discoverPacks(false).addPack(new FundingRulePack())
                .rulesDirectory(rulesDirOf("discussed-at-map-meeting")).check();
        RuleSetProblem p = problems.stream().filter(x -> x.message().contains("\"discussed-at-map-meeting\" is declared but no rule")).findFirst()
                .orElseThrow(() -> new AssertionError(problems.toString()));
        assertTrue(p.file().endsWith("sspp-top-up.parameters.json"), p.toString());
        assertTrue(p.line() > 1, p.toString());
    }

    @Property(tries = 300)
    void removingAnyOneCriterionRule_neverFundsARequestThatWasRefused(@ForAll("cases") SsppCase c, @ForAll("dates") LocalDate asOf,
                                                                      @ForAll("policies") String policy, @ForAll("criteria") String removed) {
        Request request = new Request(SsppEngine.ID, asOf, policy, c);
        SsppOutcome full = SsppEngine.outcome(SsppEngine.ENGINE.decide(request));
        Decision<?> cut = WITHOUT.get(removed).decide(request);
        SsppOutcome without = SsppEngine.outcome(cut);
        if (!full.isEligible()) {
            assertFalse(without.isEligible(), "funded without rule " + removed);
            assertEquals(0, without.getSupportUnits());
            assertTrue(without.getTopUp().isZero());
        }
        // stronger: without the rule nothing is funded at all, and a considered request says why
        assertFalse(without.isEligible());
        List<String> rules = cut.reasons().stream().map(Reason::rule).toList();
        if (without.isConsidered()) {
            assertTrue(rules.contains("criterion-not-assessed"), rules.toString());
            assertTrue(cut.reasons().stream().anyMatch(r -> r.text().contains("\"" + removed + "\"")), rules.toString());
        } else {
            assertEquals(List.of("parental-consent-required"), rules);
        }
    }

    private static Path rulesDirOf(String criterion) {
        try {
            Path dir = Files.createTempDirectory("sspp-check");
            Matcher m = RULE.matcher(DRL);
            while (m.find()) {
                if (m.group(1).equals(criterion)) {
                    Files.writeString(dir.resolve("sspp-top-up.drl"), DRL.substring(0, m.start()) + DRL.substring(m.end()));
                    Files.writeString(dir.resolve("senrules-manifest.txt"), "removes sspp-top-up " + criterion + "\n");
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
