package org.senrules.funding.band;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senrules.core.Decision;
import org.senrules.core.Request;
import org.senrules.core.RuleSetException;
import org.senrules.core.RuleSetProblem;
import org.senrules.core.SenRules;
import org.senrules.core.domain.PrimaryNeed;
import org.senrules.core.domain.Setting;
import org.senrules.funding.internal.FundingDefinitions;
import org.senrules.funding.internal.TestEngines;

/**
 * The census need -> classification mapping is a table of the shared top-up frameworks, which a
 * council changes in its own file ({@code top-up-frameworks.parameters.json}), checked like the
 * band table when the engine starts.
 */
class BandTablesTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 9, 1);

    private static Path council(Path dir, String mapping) throws IOException {
        return Files.writeString(dir.resolve("top-up-frameworks.parameters.json"), "{\n  \"needClassification\": [\n"
                + "    { \"from\": \"2024-04-01\", \"illustrative\": false,\n      \"value\": " + mapping + " } ]\n}\n");
    }

    /** special-school-band with a council's copy of the shared top-up frameworks. */
    private static SenRules withTables(Path file) {
        return TestEngines.withSharedOverride(FundingDefinitions.specialSchoolBand(), FundingDefinitions.TOP_UP_FRAMEWORKS, file);
    }

    private static final String SHIPPED = "{ \"SLCN\": \"A\", \"ASD\": \"A\", \"SPLD\": \"B\", \"MLD\": \"B\", \"SLD\": \"B\", \"PMLD\": \"B\", "
            + "\"SEMH\": \"C\", \"HI\": \"D\", \"VI\": \"D\", \"MSI\": \"D\", \"PD\": \"E\"";

    @Test
    void councilMapping_changesTheClassificationWithoutTouchingTheRules(@TempDir Path dir) throws IOException {
        // this council classifies autism with social, emotional and mental health needs, and OTH as B
        SenRules engine = withTables(council(dir, SHIPPED.replace("\"ASD\": \"A\"", "\"ASD\": \"C\"") + ", \"OTH\": \"B\" }"));
        Decision<?> asd = engine.decide(Request.of(SpecialSchoolBand.ID, AS_OF, BandCase.builder()
                .caseId("T-1")
                .setting(Setting.SPECIAL_SCHOOL)
                .needClassification(null)
                .primaryNeed(PrimaryNeed.ASD)
                .complexityLevel(3)
                .build()));
        assertEquals(NeedClassification.C, asd.outcome(BandOutcome.class).getNeedClassification());
        assertTrue(asd.parameters().stream().anyMatch(p -> p.name().equals("needClassification[ASD]") && p.value().equals("C")), asd.parameters().toString());
        Decision<?> oth = engine.decide(Request.of(SpecialSchoolBand.ID, AS_OF, BandCase.builder()
                .caseId("T-2")
                .setting(Setting.SPECIAL_SCHOOL)
                .needClassification(null)
                .primaryNeed(PrimaryNeed.OTH)
                .complexityLevel(2)
                .build()));
        assertEquals(NeedClassification.B, oth.outcome(BandOutcome.class).getNeedClassification());
        assertTrue(oth.outcome(BandOutcome.class).isBanded());
    }

    @Test
    void unknownClassification_isALoadErrorWithFileAndLine(@TempDir Path dir) throws IOException {
        Path file = council(dir, SHIPPED.replace("\"PD\": \"E\"", "\"PD\": \"F\"") + " }");
        RuleSetException x = assertThrows(RuleSetException.class, () -> withTables(file));
        RuleSetProblem p = x.problems().get(0);
        assertEquals(file.toString(), p.file());
        assertEquals(3, p.line());
        assertTrue(p.message().contains("entry PD is F, which is not one of [A, B, C, D, E]"), p.message());
    }

    @Test
    void misspeltCensusNeed_isALoadError(@TempDir Path dir) throws IOException {
        Path file = council(dir, SHIPPED.replace("\"SEMH\"", "\"SEHM\"") + " }");
        RuleSetException x = assertThrows(RuleSetException.class, () -> withTables(file));
        assertTrue(x.getMessage().contains("unexpected entry SEHM"), x.getMessage());
    }

    @Test
    void censusNeedLeftOut_isUnbandedWithAReason(@TempDir Path dir) throws IOException {
        SenRules engine = withTables(council(dir, SHIPPED.replace(", \"PD\": \"E\"", "") + " }"));
        Decision<?> pd = engine.decide(Request.of(SpecialSchoolBand.ID, AS_OF, BandCase.builder()
                .caseId("T-3")
                .setting(Setting.SPECIAL_SCHOOL)
                .needClassification(null)
                .primaryNeed(PrimaryNeed.PD)
                .complexityLevel(2)
                .build()));
        assertTrue(!pd.outcome(BandOutcome.class).isBanded());
        assertEquals("primary-need-unclassifiable", pd.reasons().get(0).rule());
    }

    @Test
    void bandBelowOne_isALoadError(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("bands.json"), "{ \"bandTable\": [ { \"from\": \"2024-04-01\", \"illustrative\": true,\n"
                + " \"value\": { \"A\": [0, 2, 3, 4], \"B\": [1, 2, 4, 5], \"C\": [1, 2, 3, 5], \"D\": [1, 2, 3, 4], \"E\": [1, 2, 4, 5] } } ] }");
        RuleSetException x = assertThrows(RuleSetException.class, () -> withTables(file));
        // the table's declared range refuses it as the file loads, before the table check would
        assertTrue(x.getMessage().contains("bandTable[A]: 0 is outside the range declared for it, 1 to 20"), x.getMessage());
    }
}
