package org.senrules.funding.ehcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.senrules.core.Decision;
import org.senrules.core.Reason;
import org.senrules.core.Request;
import org.senrules.core.RuleSetProblem;
import org.senrules.core.SenRules;
import org.senrules.core.domain.Phase;
import org.senrules.core.domain.PrimaryNeed;
import org.senrules.core.domain.Setting;
import org.senrules.core.spi.RuleResource;
import org.senrules.funding.band.NeedClassification;
import org.senrules.funding.internal.EhcpTopUpRuleSet;
import org.senrules.funding.internal.FundingRulePack;
import org.senrules.oag.ProvisionLine;

/**
 * Money fails closed in {@code ehcp-top-up}: a rule file with any one criterion rule deleted never
 * funds a place that the full rules leave unfunded, funds no place at all, and says which criterion
 * no rule assessed. The full rules fund a place exactly when its setting has a framework.
 */
class EhcpFailClosedProperties {
    static final Set<String> CRITERIA = Set.of("ehcp-setting-has-framework");
    static final List<String> POLICIES = List.of("current", "ws2-option-1", "ws2-option-2", "ws2-option-3", "ws2-option-3a",
            "ws2-option-4", "ws2-option-5");
    private static final String DRL = RuleResource.of(EhcpTopUpCase.class, "META-INF/senrules/ehcp-top-up/ehcp-top-up.drl").read();
    /** One rule, from {@code rule "…"} to its {@code end}, with its id. */
    private static final Pattern RULE = Pattern.compile("(?ms)^rule \"[^\"]+\"\\n\\s+@id\\(\"([a-z0-9-]+)\"\\).*?^end\\n");
    /** Criterion id to an engine whose rule file lacks that criterion's rule. */
    private static final Map<String, SenRules> WITHOUT = engines();

    private static Map<String, SenRules> engines() {
        Map<String, SenRules> out = new LinkedHashMap<>();
        Matcher m = RULE.matcher(DRL);
        while (m.find()) {
            if (m.group().contains("ruleflow-group \"criteria\"")) {
                out.put(m.group(1), SenRules.builder().discoverPacks(false).addPack(new FundingRulePack())
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
                    Path dir = Files.createTempDirectory("ehcp-without-" + criterion);
                    Path drl = Files.writeString(dir.resolve("ehcp-top-up.drl"), DRL.substring(0, m.start()) + DRL.substring(m.end()));
                    Path manifest = Files.writeString(dir.resolve("senrules-manifest.txt"), "removes ehcp-top-up " + criterion + "\n");
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
    Arbitrary<EhcpTopUpCase> cases() {
        Arbitrary<Setting> setting = Arbitraries.of(Setting.class);
        Arbitrary<NeedClassification> classification = Arbitraries.of(NeedClassification.class).injectNull(0.5);
        Arbitrary<PrimaryNeed> need = Arbitraries.of(PrimaryNeed.class);
        Arbitrary<ProvisionLine> line = Combinators.combine(Arbitraries.integers().between(0, 10),
                        Arbitraries.of("autism.visual-timetable").injectNull(0.7))
                .as((units, oag) -> new ProvisionLine("Section F line", units, oag));
        Arbitrary<List<ProvisionLine>> provision = line.list().ofMaxSize(3);
        return Combinators.combine(setting, classification, need, Arbitraries.integers().between(1, 4), provision,
                        Arbitraries.of(Phase.SCHOOL_AGE, Phase.POST_16), Arbitraries.integers().between(-2, 14))
                .as((s, cls, n, level, lines, phase, year) -> EhcpTopUpCase.builder().caseId("EH-P").setting(s).phase(s == Setting.EARLY_YEARS_SETTING || s == Setting.NURSERY_SCHOOL ? Phase.EARLY_YEARS : phase).needClassification(cls).primaryNeed(cls == null ? n : (n.ordinal() % 2 == 0 ? null : n)).complexityLevel(level).provision(lines).ncYear(year).locality("North").build());
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.of(LocalDate.of(2024, 9, 1), LocalDate.of(2025, 4, 1), LocalDate.of(2026, 1, 15));
    }

    @Provide
    Arbitrary<String> policies() {
        return Arbitraries.of(POLICIES);
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
        List<RuleSetProblem> problems = SenRules.builder().discoverPacks(false).addPack(new FundingRulePack())
                .rulesDirectory(rulesDirWithout("ehcp-setting-has-framework")).check();
        RuleSetProblem p = problems.stream().filter(x -> x.message().contains("\"ehcp-setting-has-framework\" is declared but no rule"))
                .findFirst().orElseThrow(() -> new AssertionError(problems.toString()));
        assertTrue(p.file().endsWith("ehcp-top-up.parameters.json"), p.toString());
        assertTrue(p.line() > 1, p.toString());
    }

    @Property(tries = 200)
    void theFullRules_fundAPlaceExactlyWhenItsSettingHasAFramework(@ForAll("cases") EhcpTopUpCase c, @ForAll("dates") LocalDate asOf,
                                                                   @ForAll("policies") String policy) {
        EhcpTopUpOutcome o = EhcpTopUpTest.ENGINE.decide(new Request(EhcpTopUpRuleSet.ID, asOf, policy, c)).outcome(EhcpTopUpOutcome.class);
        boolean hasFramework = c.setting() != Setting.POST_16;
        assertEquals(hasFramework, o.getFramework() != EhcpFramework.NONE, o.getFramework().toString());
        assertEquals(c.setting() == Setting.SPECIAL_SCHOOL, o.getPlaceFunding() != null, "place funding for special-school places only");
        assertTrue(!o.getTopUp().isNegative() && o.getTotal().compareTo(o.getTopUp()) >= 0, o.getTopUp() + " / " + o.getTotal());
        if (!hasFramework) {
            assertTrue(o.getTopUp().isZero() && o.getTotal().isZero());
        }
    }

    @Property(tries = 200)
    void removingAnyOneCriterionRule_neverFundsAPlace(@ForAll("cases") EhcpTopUpCase c, @ForAll("dates") LocalDate asOf,
                                                      @ForAll("policies") String policy, @ForAll("criteria") String removed) {
        Request request = new Request(EhcpTopUpRuleSet.ID, asOf, policy, c);
        EhcpTopUpOutcome full = EhcpTopUpTest.ENGINE.decide(request).outcome(EhcpTopUpOutcome.class);
        Decision<?> cut = WITHOUT.get(removed).decide(request);
        EhcpTopUpOutcome without = cut.outcome(EhcpTopUpOutcome.class);
        if (full.getTotal().isZero()) {
            assertTrue(without.getTotal().isZero(), "funded without rule " + removed);
        }
        // stronger: without the rule no place is funded at all, and the decision says why
        assertEquals(EhcpFramework.NONE, without.getFramework());
        assertTrue(without.getTopUp().isZero() && without.getTotal().isZero());
        assertNull(without.getPlaceFunding());
        List<String> rules = cut.reasons().stream().map(Reason::rule).toList();
        assertEquals(List.of("criterion-not-assessed"), rules);
        assertTrue(cut.reasons().get(0).text().contains("\"" + removed + "\""), cut.reasons().toString());
    }
}
