package org.senrules.oag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senrules.core.Decision;
import org.senrules.core.InvalidRequestException;
import org.senrules.core.Request;
import org.senrules.core.RuleSetException;
import org.senrules.core.SenRules;
import org.senrules.core.domain.Phase;
import org.senrules.oag.additionality.AdditionalityCase;
import org.senrules.oag.additionality.AdditionalityOutcome;

/**
 * The OAG catalogue is a setting of one engine, not of the JVM: two engines side by side decide
 * with their own catalogues, a reload re-reads the file, and a misspelt setting is refused.
 */
class EngineCatalogueTest {
    static final LocalDate ON = LocalDate.of(2026, 1, 15);

    static Request lineCiting(String item) {
        return Request.of("oag-additionality", ON, new AdditionalityCase("P-1", Phase.SCHOOL_AGE,
                List.of(new ProvisionLine("small-group work", 2, item))));
    }

    static Path councilCatalogue(Path dir, String item) throws Exception {
        Path file = dir.resolve("council-oag.json");
        Files.writeString(file, CatalogueJson.valid().illustrative(false).item(item, "SEMH", "SCHOOL_AGE").json());
        return file;
    }

    @Test
    void twoEnginesInOneJvm_decideWithTheirOwnCatalogues(@TempDir Path dir) throws Exception {
        SenRules bundled = SenRules.builder().build();
        SenRules council = SenRules.builder().packSetting(OagCatalogue.SETTING, councilCatalogue(dir, "council.key-adult").toString()).build();

        // the council's item is ordinarily available under its own catalogue, and unknown to the bundled one
        Decision<?> d = council.decide(lineCiting("council.key-adult"));
        assertEquals(0, d.outcome(AdditionalityOutcome.class).getAdditionalCount());
        assertTrue(d.outcome(AdditionalityOutcome.class).getLines().get(0).ordinarilyAvailable());
        assertFalse(d.illustrative(), "a council's catalogue is not illustrative");
        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> bundled.decide(lineCiting("council.key-adult")));
        assertEquals("case.provision[0].oagItem", refused.violations().get(0).path());

        // and the other way round
        assertTrue(bundled.decide(lineCiting("autism.visual-timetable")).illustrative());
        assertThrows(InvalidRequestException.class, () -> council.decide(lineCiting("autism.visual-timetable")));
    }

    @Test
    void reload_reReadsTheCatalogueFile(@TempDir Path dir) throws Exception {
        Path file = councilCatalogue(dir, "council.key-adult");
        SenRules engine = SenRules.builder().packSetting(OagCatalogue.SETTING, file.toString()).build();
        engine.decide(lineCiting("council.key-adult"));

        Files.writeString(file, CatalogueJson.valid().illustrative(false).item("council.quiet-space", "SEMH", "SCHOOL_AGE").json());
        engine.reload();

        assertThrows(InvalidRequestException.class, () -> engine.decide(lineCiting("council.key-adult")));
        assertEquals(0, engine.decide(lineCiting("council.quiet-space")).outcome(AdditionalityOutcome.class).getAdditionalCount());
    }

    @Test
    void aSettingNoPackReads_isRefusedByName(@TempDir Path dir) throws Exception {
        Path file = councilCatalogue(dir, "council.key-adult");
        RuleSetException e = assertThrows(RuleSetException.class,
                () -> SenRules.builder().packSetting("oag-catalog", file.toString()).build());
        assertTrue(e.getMessage().contains("the pack setting \"oag-catalog\" is not read by any rule pack; did you mean oag-catalogue?"),
                e.getMessage());
    }

    @Test
    void aFaultyCatalogue_isALoadErrorNamingTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("council-oag.json");
        Files.writeString(file, "{ \"title\": \"x\" }");
        RuleSetException e = assertThrows(RuleSetException.class,
                () -> SenRules.builder().packSetting(OagCatalogue.SETTING, file.toString()).build());
        assertTrue(e.getMessage().contains("council-oag.json"), e.getMessage());
    }
}
