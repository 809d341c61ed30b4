package org.senrules.oag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senrules.core.domain.Phase;

/** The bundled catalogue, the lookups, and the validation of a council's file. */
class OagCatalogueTest {
    static final OagCatalogue OAG = OagCatalogue.bundled();
    static final LocalDate JAN_2026 = LocalDate.of(2026, 1, 15);

    @Test
    void bundled_isFlaggedIllustrativeAndCoversEveryPhaseAndArea() {
        assertTrue(OAG.isIllustrative());
        assertEquals(EnumSet.allOf(Phase.class), OAG.phases().stream().map(OagPhaseGuidance::phase).collect(Collectors.toSet()));
        Set<OagArea> areas = OAG.itemIds().stream().map(OAG::area).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(OagArea.class), areas);
        for (OagArea area : OagArea.values()) {
            assertTrue(OAG.itemIds().stream().filter(id -> OAG.area(id) == area).count() >= 3, area + " has at least 3 items");
        }
    }

    @Test
    void bundled_hasTenPrinciples_theTwoNamedInTheBulletinsFilledIn() {
        List<OagPrinciple> p = OAG.principles();
        assertEquals(10, p.size());
        assertEquals("Transition", p.get(0).title());
        assertEquals("Co-produced and Family Centred", p.get(1).title());
        assertEquals(OagPrinciple.Status.PUBLISHED, p.get(0).status());
        assertTrue(p.get(0).source().startsWith("S0 000_fa60f3742ced3918.txt"));
        for (int i = 2; i < 10; i++) {
            assertEquals(i + 1, p.get(i).number());
            assertEquals(OagPrinciple.Status.AWAITING_COUNCIL_TEXT, p.get(i).status());
            assertEquals(null, p.get(i).title());
        }
    }

    @Test
    void isOrdinarilyAvailable_dependsOnThePhaseOfTheVersionInForce() {
        assertTrue(OAG.isOrdinarilyAvailable("autism.visual-timetable", Phase.POST_16, JAN_2026));
        assertTrue(OAG.isOrdinarilyAvailable("cl.pre-teaching-vocabulary", Phase.SCHOOL_AGE, JAN_2026));
        assertFalse(OAG.isOrdinarilyAvailable("cl.pre-teaching-vocabulary", Phase.EARLY_YEARS, JAN_2026));
    }

    @Test
    void isOrdinarilyAvailable_neverBeforeThePhasesGuidanceExists() {
        // the early-years OAG was launched in June 2025 (S0); the item itself dates from 2024
        assertFalse(OAG.isOrdinarilyAvailable("autism.visual-timetable", Phase.EARLY_YEARS, LocalDate.of(2025, 5, 31)));
        assertTrue(OAG.isOrdinarilyAvailable("autism.visual-timetable", Phase.EARLY_YEARS, LocalDate.of(2025, 6, 1)));
        assertTrue(OAG.isOrdinarilyAvailable("autism.visual-timetable", Phase.SCHOOL_AGE, LocalDate.of(2025, 5, 31)));
        assertFalse(OAG.isOrdinarilyAvailable("autism.visual-timetable", Phase.POST_16, LocalDate.of(2025, 6, 30)));
        assertTrue(OAG.ordinarilyAvailable(Phase.EARLY_YEARS, LocalDate.of(2025, 5, 31)).isEmpty());
        assertFalse(OAG.ordinarilyAvailable(Phase.EARLY_YEARS, LocalDate.of(2025, 6, 1)).isEmpty());
    }

    @Test
    void bundled_flagsTheEarlyYearsAndPost16VersionsAsDrafts() {
        assertTrue(OAG.isDraft(Phase.EARLY_YEARS));
        assertTrue(OAG.isDraft(Phase.POST_16));
        assertFalse(OAG.isDraft(Phase.SCHOOL_AGE));
        assertEquals(LocalDate.of(2025, 6, 1), OAG.guidance(Phase.EARLY_YEARS).orElseThrow().from());
        assertEquals(null, OAG.guidance(Phase.SCHOOL_AGE).orElseThrow().from());
    }

    @Test
    void parse_refusesABadPhaseDateOrDraftFlag() {
        String json = CatalogueJson.valid().json().replace("{ \"phase\": \"SCHOOL_AGE\", \"title\": \"SA\", \"status\": \"s\" }",
                "{ \"phase\": \"SCHOOL_AGE\", \"title\": \"SA\", \"status\": \"s\", \"from\": \"2025-02-30\", \"draft\": \"yes\" }");
        OagCatalogueException e = assertThrows(OagCatalogueException.class, () -> OagCatalogue.parse(json, "t.json"));
        assertContains(e.faults(), "phases[1].from: is not a real date: 2025-02-30");
        assertContains(e.faults(), "phases[1].draft: must be true or false");
    }

    @Test
    void isOrdinarilyAvailable_followsVersionsByEffectiveDate() {
        String phonics = "cl.multisensory-phonics";
        assertFalse(OAG.isOrdinarilyAvailable(phonics, Phase.EARLY_YEARS, LocalDate.of(2025, 8, 31)));
        assertTrue(OAG.isOrdinarilyAvailable(phonics, Phase.EARLY_YEARS, LocalDate.of(2025, 9, 1)));
        assertEquals(2, OAG.versions(phonics).size());
        assertEquals(LocalDate.of(2025, 9, 1), OAG.item(phonics, JAN_2026).orElseThrow().from());
        // withdrawn item: in force to its last day, then not
        assertTrue(OAG.isOrdinarilyAvailable("semh.nurture-group", Phase.SCHOOL_AGE, LocalDate.of(2025, 8, 31)));
        assertFalse(OAG.isOrdinarilyAvailable("semh.nurture-group", Phase.SCHOOL_AGE, LocalDate.of(2025, 9, 1)));
        assertFalse(OAG.isInForce("semh.nurture-group", JAN_2026));
        // before any version
        assertFalse(OAG.isOrdinarilyAvailable("autism.visual-timetable", Phase.SCHOOL_AGE, LocalDate.of(2024, 8, 31)));
    }

    @Test
    void lookups_ofAnUnknownId_throwNamingTheId() {
        UnknownOagItemException e = assertThrows(UnknownOagItemException.class,
                () -> OAG.isOrdinarilyAvailable("autism.nothing", Phase.SCHOOL_AGE, JAN_2026));
        assertEquals("autism.nothing", e.itemId());
        assertTrue(e.getMessage().contains("\"autism.nothing\" is not an item of the OAG catalogue"));
        assertThrows(UnknownOagItemException.class, () -> OAG.item(null, JAN_2026));
        assertFalse(OAG.contains("autism.nothing"));
    }

    @Test
    void ordinarilyAvailable_listsTheItemsOfAPhaseOnADate() {
        List<String> ids = OAG.ordinarilyAvailable(Phase.EARLY_YEARS, JAN_2026).stream().map(OagItem::id).toList();
        assertTrue(ids.contains("slc.key-signs"));
        assertTrue(ids.contains("cl.multisensory-phonics"));
        assertFalse(ids.contains("cl.pre-teaching-vocabulary"));
    }

    @Test
    void checkProvision_reportsEachUnknownIdAtItsPath() {
        List<String> paths = new ArrayList<>();
        OAG.checkProvision(List.of(new ProvisionLine("a", 1, "autism.visual-timetable"), new ProvisionLine("b", 1, null),
                new ProvisionLine("c", 1, "x.unknown")), "provision", (field, message) -> paths.add(field));
        assertEquals(List.of("provision[2].oagItem"), paths);
    }

    @Test
    void ofAContext_isTheBundledCatalogueWhenNoFileIsNamed() {
        org.senrules.core.spi.RulePackContext none = new org.senrules.core.spi.RulePackContext() {
            @Override
            public java.util.Optional<String> setting(String name) {
                return java.util.Optional.empty();
            }

            @Override
            public void add(org.senrules.core.spi.RuleSetDefinition<?, ?> definition) {
            }
        };
        assertSame(OagCatalogue.bundled(), OagCatalogue.of(none));
    }

    @Test
    void load_readsACouncilsFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("council-oag.json");
        Files.writeString(file, CatalogueJson.valid().illustrative(false).item("council.item", "SEMH", "SCHOOL_AGE").json());
        OagCatalogue c = OagCatalogue.load(file);
        assertFalse(c.isIllustrative());
        assertEquals("council-oag.json", c.label());
        assertTrue(c.isOrdinarilyAvailable("council.item", Phase.SCHOOL_AGE, JAN_2026));
    }

    @Test
    void parse_listsEveryFaultWithItsLineAndField() {
        String json = String.join("\n",
                "{",
                "  \"title\": \"Faulty\",",
                "  \"illustrative\": false,",
                "  \"colour\": \"blue\",",
                "  \"phases\": [ { \"phase\": \"SCHOOL_AGE\", \"title\": \"School\", \"status\": \"ok\" } ],",
                "  \"principles\": [ { \"number\": 1, \"status\": \"PUBLISHED\" } ],",
                "  \"items\": [",
                "    { \"id\": \"a.one\", \"area\": \"AUTISM\", \"versions\": [ { \"from\": \"2025-04-01\", \"phases\": [\"SCHOOL_AGE\"], \"description\": \"x\" } ] },",
                "    { \"id\": \"a.one\", \"area\": \"AUTISM\", \"versions\": [ { \"from\": \"2025-04-01\", \"phases\": [\"SCHOOL_AGE\"], \"description\": \"x\" } ] },",
                "    { \"id\": \"b.two\", \"area\": \"HEARING\", \"versions\": [ { \"from\": \"2025-04-01\", \"phases\": [\"KS2\"], \"description\": \"x\" } ] },",
                "    { \"id\": \"c.three\", \"area\": \"SEMH\", \"versions\": [ { \"from\": \"2025-04-01\", \"phases\": [\"POST_16\"], \"description\": \"x\" } ] },",
                "    { \"id\": \"d.four\", \"area\": \"SEMH\", \"versions\": [",
                "      { \"from\": \"2025-04-01\", \"phases\": [\"SCHOOL_AGE\"], \"description\": \"x\" },",
                "      { \"from\": \"2025-09-01\", \"until\": \"2025-06-01\", \"phases\": [\"SCHOOL_AGE\"], \"description\": \"y\" } ] },",
                "    { \"id\": \"Not An Id\", \"area\": \"SEMH\", \"versions\": [ { \"from\": \"2025-02-30\", \"phases\": [\"SCHOOL_AGE\"] } ] }",
                "  ]",
                "}");
        OagCatalogueException e = assertThrows(OagCatalogueException.class, () -> OagCatalogue.parse(json, "faulty.json"));
        List<String> f = e.faults();
        assertContains(f, "faulty.json line 1: colour: unknown field");
        assertContains(f, "faulty.json line 6: principles: Section One has 10 principles");
        assertContains(f, "faulty.json line 6: principles[0].title: is required");
        assertContains(f, "faulty.json line 9: items[1].id: duplicate item id \"a.one\"");
        assertContains(f, "faulty.json line 10: items[2].area: unknown area \"HEARING\"");
        assertContains(f, "faulty.json line 10: items[2].versions[0].phases[0]: unknown phase \"KS2\"");
        assertContains(f, "faulty.json line 11: items[3].versions[0].phases[0]: phase POST_16 is not one of the catalogue's phases");
        assertContains(f, "faulty.json line 14: items[4].versions[1].until: ends before the version starts");
        assertContains(f, "faulty.json line 15: items[5].id: \"Not An Id\" is not an item id");
        assertContains(f, "faulty.json line 15: items[5].versions[0].from: is not a real date: 2025-02-30");
        assertContains(f, "faulty.json line 15: items[5].versions[0].description: is required");
        assertTrue(e.getMessage().startsWith("the OAG catalogue faulty.json has " + f.size() + " faults:"), e.getMessage());
    }

    @Test
    void parse_refusesOverlappingVersions() {
        String json = CatalogueJson.valid().raw("""
                { "id": "a.b", "area": "SEMH", "versions": [
                  { "from": "2025-04-01", "phases": ["SCHOOL_AGE"], "description": "x" },
                  { "from": "2025-09-01", "phases": ["SCHOOL_AGE"], "description": "y" } ] }""").json();
        OagCatalogueException e = assertThrows(OagCatalogueException.class, () -> OagCatalogue.parse(json, "t.json"));
        assertContains(e.faults(), "items[0].versions[1].from: overlaps the previous version");
    }

    @Test
    void parse_refusesWhatIsNotACatalogue() {
        assertContains(assertThrows(OagCatalogueException.class, () -> OagCatalogue.parse("", "e.json")).faults(), "the file is empty");
        assertContains(assertThrows(OagCatalogueException.class, () -> OagCatalogue.parse("{ \"title\": ", "e.json")).faults(),
                "not valid JSON");
        assertContains(assertThrows(OagCatalogueException.class, () -> OagCatalogue.parse("[]", "e.json")).faults(),
                "a catalogue is a JSON object");
        assertContains(assertThrows(OagCatalogueException.class,
                () -> OagCatalogue.parse("{\"title\": \"a\", \"title\": \"b\"}", "e.json")).faults(), "not valid JSON");
        OagCatalogueException missing = assertThrows(OagCatalogueException.class, () -> OagCatalogue.parse("{}", "e.json"));
        assertContains(missing.faults(), "title: is required");
        assertContains(missing.faults(), "illustrative: is required");
        assertContains(missing.faults(), "phases: is required");
        assertContains(missing.faults(), "principles: is required");
        assertContains(missing.faults(), "items: is required");
    }

    static void assertContains(List<String> faults, String expected) {
        assertTrue(faults.stream().anyMatch(f -> f.contains(expected)), "expected a fault containing <" + expected + "> in " + faults);
    }
}
