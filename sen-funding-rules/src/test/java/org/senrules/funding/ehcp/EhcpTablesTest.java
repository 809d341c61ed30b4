package org.senrules.funding.ehcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senrules.core.Decision;
import org.senrules.core.Request;
import org.senrules.core.RuleSetException;
import org.senrules.core.SenRules;
import org.senrules.core.domain.Money;
import org.senrules.core.domain.Phase;
import org.senrules.core.domain.PrimaryNeed;
import org.senrules.core.domain.Setting;
import org.senrules.funding.band.NeedClassification;
import org.senrules.funding.internal.FundingDefinitions;
import org.senrules.funding.internal.TestEngines;
import org.senrules.oag.ProvisionLine;

/**
 * Which framework funds each setting, the census need table and the spend rows are tables of the
 * shared top-up frameworks that a council changes in its own file ({@code top-up-frameworks.parameters.json}),
 * checked when the engine starts, never rules to edit.
 */
class EhcpTablesTest {
    private static final String FRAMEWORK_WITH_POST_16 = "  \"framework\": [ { \"from\": \"2024-04-01\", \"illustrative\": false,\n"
            + "      \"value\": { \"EARLY_YEARS_SETTING\": \"SUPPORT_UNITS\", \"NURSERY_SCHOOL\": \"SUPPORT_UNITS\", \"MAINSTREAM_SCHOOL\": \"SUPPORT_UNITS\", "
            + "\"RESOURCE_BASE\": \"SUPPORT_UNITS\", \"SPECIAL_SCHOOL\": \"BANDS\", \"POST_16\": \"SUPPORT_UNITS\" } } ]";
    private static final String SPEND_GROUPS = "{ \"EARLY_YEARS_SETTING\": \"EARLY_YEARS\", \"NURSERY_SCHOOL\": \"EARLY_YEARS\", "
            + "\"MAINSTREAM_SCHOOL\": \"MAINSTREAM\", \"RESOURCE_BASE\": \"RESOURCE_BASE\", \"SPECIAL_SCHOOL\": \"SPECIAL\"";

    private static Path council(Path dir, String... entries) throws IOException {
        return Files.writeString(dir.resolve("top-up-frameworks.parameters.json"), "{\n" + String.join(",\n", entries) + "\n}\n");
    }

    private static SenRules withTables(Path file) {
        return TestEngines.withSharedOverride(FundingDefinitions.ehcpTopUp(), FundingDefinitions.TOP_UP_FRAMEWORKS, file);
    }

    private static String spendGroups(String value) {
        return "  \"averageSpendGroup\": [ { \"from\": \"2024-04-01\", \"illustrative\": false, \"value\": " + value + " } ]";
    }

    @Test
    void aCouncilThatFundsPost16InUnits_changesTheTableNotTheRules(@TempDir Path dir) throws IOException {
        SenRules engine = withTables(council(dir, FRAMEWORK_WITH_POST_16, spendGroups(SPEND_GROUPS + ", \"POST_16\": \"MAINSTREAM\" }")));
        EhcpTopUpCase college = EhcpTopUpCase.builder().caseId("T-1").setting(Setting.POST_16).phase(Phase.POST_16).needClassification(null)
                .primaryNeed(PrimaryNeed.MLD).complexityLevel(2).provision(List.of(new ProvisionLine("Learning support", 6, null))).ncYear(12)
                .locality("West").build();
        Decision<?> d = engine.decide(new Request(EhcpTopUp.ID, EhcpTopUpTest.AS_OF, "current", college));
        EhcpTopUpOutcome o = d.outcome(EhcpTopUpOutcome.class);
        assertEquals(EhcpFramework.SUPPORT_UNITS, o.getFramework());
        assertEquals(Money.parse("6000.00"), o.getTopUp());
        assertTrue(d.firedRule("ehcp-mainstream-framework"), d.reasons().toString());
        // the packaged table leaves post-16 out
        Decision<?> packaged = EhcpTopUpTest.ENGINE.decide(new Request(EhcpTopUp.ID, EhcpTopUpTest.AS_OF, "current", college));
        assertEquals(EhcpFramework.NONE, packaged.outcome(EhcpTopUpOutcome.class).getFramework());
        assertTrue(packaged.reasons().get(0).text().startsWith("No top-up framework funds places in a post-16 setting"),
                packaged.reasons().toString());
    }

    @Test
    void aSettingFundedWithoutASpendRow_isALoadErrorWithFileAndLine(@TempDir Path dir) throws IOException {
        Path file = council(dir, FRAMEWORK_WITH_POST_16);
        RuleSetException x = assertThrows(RuleSetException.class, () -> withTables(file));
        assertTrue(x.problems().stream().anyMatch(p -> p.message().contains("has no row for POST_16, which framework lists")),
                x.problems().toString());
    }

    @Test
    void councilNeedTable_changesTheClassification(@TempDir Path dir) throws IOException {
        // this council classifies autism with social, emotional and mental health needs
        SenRules engine = withTables(council(dir,
                "  \"needClassification\": [ { \"from\": \"2024-04-01\", \"illustrative\": false, \"value\": { \"ASD\": \"C\", \"SLD\": \"B\" } } ]"));
        EhcpTopUpCase c = EhcpTopUpCase.builder().caseId("T-2").setting(Setting.SPECIAL_SCHOOL).phase(Phase.SCHOOL_AGE).needClassification(null)
                .primaryNeed(PrimaryNeed.ASD).complexityLevel(4).provision(List.of()).ncYear(8).locality("South").build();
        EhcpTopUpOutcome o = engine.decide(new Request(EhcpTopUp.ID, EhcpTopUpTest.AS_OF, "current", c)).outcome(EhcpTopUpOutcome.class);
        assertEquals(NeedClassification.C, o.getNeedClassification());
        assertEquals(5, o.getBand(), "C at level 4 is Band 5");
    }

    @Test
    void unknownClassificationOrSpendRow_isALoadError(@TempDir Path dir) throws IOException {
        Path file = council(dir, "  \"needClassification\": [ { \"from\": \"2024-04-01\", \"illustrative\": false, \"value\": { \"PD\": \"F\" } } ]",
                spendGroups(SPEND_GROUPS.replace("\"SPECIAL\"", "\"SPECIALIST\"") + " }"));
        RuleSetException x = assertThrows(RuleSetException.class, () -> withTables(file));
        assertTrue(x.problems().stream().anyMatch(p -> p.file().equals(file.toString()) && p.line() == 2
                && p.message().contains("entry PD is F, which is not one of [A, B, C, D, E]")), x.problems().toString());
        assertTrue(x.problems().stream().anyMatch(p -> p.message().contains("SPECIALIST")), x.problems().toString());
    }
}
