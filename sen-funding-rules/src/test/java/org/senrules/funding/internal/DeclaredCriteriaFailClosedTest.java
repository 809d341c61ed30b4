package org.senrules.funding.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.senrules.core.Decision;
import org.senrules.core.Reason;
import org.senrules.core.Request;
import org.senrules.core.RuleSetException;
import org.senrules.core.SenRules;
import org.senrules.core.domain.Phase;
import org.senrules.core.domain.PlanStatus;
import org.senrules.core.domain.Setting;
import org.senrules.core.spi.RuleSetDefinition;
import org.senrules.funding.band.BandCase;
import org.senrules.funding.band.BandOutcome;
import org.senrules.funding.band.NeedClassification;
import org.senrules.funding.ehcp.EhcpFramework;
import org.senrules.funding.ehcp.EhcpTopUpCase;
import org.senrules.funding.ehcp.EhcpTopUpOutcome;
import org.senrules.funding.mainstream.MainstreamTopUpCase;
import org.senrules.funding.mainstream.MainstreamTopUpOutcome;
import org.senrules.oag.ProvisionLine;

/**
 * The criteria of special-school-band, ehcp-top-up and mainstream-top-up are conditions in
 * {@code when}, and fail closed as the engine makes every declared criterion fail closed: a
 * criterion rule deleted from a rule author's folder is refused when the rules load, naming the
 * declaration; one that never matches leaves every place unfunded with the criterion's reason.
 */
class DeclaredCriteriaFailClosedTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 9, 1);

    /** The criterion rule of {@code criterion}, from {@code rule "…"} to its {@code end}. */
    private static Matcher criterionRule(String drl, String criterion) {
        Matcher m = Pattern.compile("(?ms)^rule \"[^\"]+\"\\n\\s+@criterion\\(\"" + Pattern.quote(criterion) + "\"\\).*?^end\\n").matcher(drl);
        assertTrue(m.find(), "no rule states criterion " + criterion);
        return m;
    }

    private static RuleSetDefinition<?, ?> definition(String ruleSet) {
        return switch (ruleSet) {
            case "special-school-band" -> FundingDefinitions.specialSchoolBand();
            case "ehcp-top-up" -> FundingDefinitions.ehcpTopUp();
            default -> FundingDefinitions.mainstreamTopUp();
        };
    }

    /** A rule author's folder holding the rule set's own rule file with {@code criterion}'s rule deleted, or made never to match. */
    private static Path folder(Path dir, RuleSetDefinition<?, ?> def, String criterion, boolean delete) throws IOException {
        String drl = def.rules().get(0).read();
        Matcher m = criterionRule(drl, criterion);
        String rule = m.group();
        String edited = delete ? "" : rule.substring(0, rule.indexOf("when\n") + 5) + "    eval( false )\n" + rule.substring(rule.indexOf("then\n"));
        Files.writeString(dir.resolve(def.rules().get(0).fileName()), drl.substring(0, m.start()) + edited + drl.substring(m.end()));
        if (delete) {
            // confirmed, as a rule author must confirm a deletion: the rule's id is its name in kebab case
            String name = rule.substring(rule.indexOf('"') + 1, rule.indexOf('"', rule.indexOf('"') + 1));
            String id = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
            Files.writeString(dir.resolve("senrules-manifest.txt"), "removes " + def.id() + " " + id + "\n");
        }
        return dir;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "special-school-band, special-school-setting-required",
        "special-school-band, special-school-has-framework",
        "ehcp-top-up,         ehcp-setting-has-framework",
        "ehcp-top-up,         school-sixth-form-is-post-16",
        "mainstream-top-up,   special-school-not-support-units",
        "mainstream-top-up,   post-16-not-support-units",
        "mainstream-top-up,   school-sixth-form-is-post-16",
    })
    void aDeletedCriterionRule_isRefusedWhenTheRulesLoad_namingTheDeclaration(String ruleSet, String criterion, @TempDir Path dir)
            throws IOException {
        RuleSetDefinition<?, ?> def = definition(ruleSet);
        Path rules = folder(dir, def, criterion, true);
        RuleSetException x = assertThrows(RuleSetException.class, () -> TestEngines.withRules(def, rules));
        assertTrue(x.problems().stream().anyMatch(p -> p.message().contains("\"" + criterion + "\"") && p.file().endsWith(ruleSet + ".rule-set.json")
                && p.line() > 1), x.problems().toString());
    }

    @Test
    void aNeverMatchingCriterionRule_leavesEveryPlaceUnfunded_withTheCriterionsReason(@TempDir Path dir) throws IOException {
        SenRules band = TestEngines.withRules(FundingDefinitions.specialSchoolBand(),
                folder(Files.createDirectory(dir.resolve("band")), FundingDefinitions.specialSchoolBand(), "special-school-setting-required", false));
        Decision<?> d = band.decide(Request.of("special-school-band", AS_OF, BandCase.builder().caseId("F-1").setting(Setting.SPECIAL_SCHOOL)
                .needClassification(NeedClassification.B).primaryNeed(null).complexityLevel(3).build()));
        BandOutcome b = d.outcome(BandOutcome.class);
        assertFalse(b.isApplicable());
        assertEquals(null, b.getTotal());
        assertEquals(List.of("special-school-setting-required"), d.reasons().stream().map(Reason::rule).toList());

        SenRules ehcp = TestEngines.withRules(FundingDefinitions.ehcpTopUp(),
                folder(Files.createDirectory(dir.resolve("ehcp")), FundingDefinitions.ehcpTopUp(), "school-sixth-form-is-post-16", false));
        d = ehcp.decide(Request.of("ehcp-top-up", AS_OF, EhcpTopUpCase.builder().caseId("F-2").setting(Setting.SPECIAL_SCHOOL)
                .phase(Phase.SCHOOL_AGE).needClassification(NeedClassification.B).primaryNeed(null).complexityLevel(3).provision(List.of())
                .ncYear(8).locality("North").build()));
        EhcpTopUpOutcome e = d.outcome(EhcpTopUpOutcome.class);
        assertEquals(EhcpFramework.NONE, e.getFramework());
        assertTrue(e.getTotal().isZero() && e.getPlaceFunding() == null);
        assertEquals(List.of("school-sixth-form-is-post-16"), d.reasons().stream().map(Reason::rule).toList());

        SenRules mainstream = TestEngines.withRules(FundingDefinitions.mainstreamTopUp(),
                folder(Files.createDirectory(dir.resolve("mainstream")), FundingDefinitions.mainstreamTopUp(), "post-16-not-support-units", false));
        d = mainstream.decide(Request.of("mainstream-top-up", AS_OF, MainstreamTopUpCase.builder().caseId("F-3").planStatus(PlanStatus.EHCP)
                .setting(Setting.MAINSTREAM_SCHOOL).phase(Phase.SCHOOL_AGE).provision(List.of(new ProvisionLine("Teaching assistant", 8, null)))
                .build()));
        MainstreamTopUpOutcome m = d.outcome(MainstreamTopUpOutcome.class);
        assertFalse(m.isApplicable());
        assertTrue(m.getTopUp().isZero() && m.getCountedUnits() == 0 && m.getExcludedLines().isEmpty());
        assertEquals(List.of("post-16-not-support-units"), d.reasons().stream().map(Reason::rule).toList());
    }
}
