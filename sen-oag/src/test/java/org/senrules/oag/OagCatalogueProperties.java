package org.senrules.oag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;
import org.senrules.core.domain.Phase;

/** Invariants of catalogue loading and lookup, over generated catalogues. */
class OagCatalogueProperties {
    private static final Set<String> PHASES = Set.of("EARLY_YEARS", "SCHOOL_AGE", "POST_16");
    private static final Set<String> AREAS = Set.copyOf(Arrays.stream(OagArea.values()).map(Enum::name).toList());

    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8)
                .list().ofMinSize(1).ofMaxSize(3).map(parts -> String.join(".", parts));
    }

    @Provide
    Arbitrary<String> areas() {
        return Arbitraries.of(OagArea.class).map(Enum::name);
    }

    @Provide
    Arbitrary<List<String>> phaseSets() {
        return Arbitraries.of(Phase.class).map(Enum::name).set().ofMinSize(1).map(s -> s.stream().sorted().toList());
    }

    @Property(tries = 100)
    void catalogueLoading_rejectsDuplicateIds(@ForAll @Size(max = 5) @UniqueElements List<@From("ids") String> others,
                                              @ForAll("ids") String duplicated, @ForAll("areas") String area1,
                                              @ForAll("areas") String area2) {
        CatalogueJson json = CatalogueJson.valid();
        for (String id : others) {
            if (!id.equals(duplicated)) {
                json.item(id, "SEMH", "SCHOOL_AGE");
            }
        }
        json.item(duplicated, area1, "SCHOOL_AGE").item(duplicated, area2, "EARLY_YEARS");
        OagCatalogueException e = assertThrows(OagCatalogueException.class, () -> OagCatalogue.parse(json.json(), "p.json"));
        OagCatalogueTest.assertContains(e.faults(), "duplicate item id \"" + duplicated + "\"");
    }

    @Property(tries = 100)
    void catalogueLoading_rejectsUnknownPhases(@ForAll("ids") String id, @ForAll("unknownNames") String phase) {
        String json = CatalogueJson.valid().item(id, "AUTISM", "SCHOOL_AGE", phase).json();
        OagCatalogueException e = assertThrows(OagCatalogueException.class, () -> OagCatalogue.parse(json, "p.json"));
        OagCatalogueTest.assertContains(e.faults(), "unknown phase \"" + phase + "\"");
    }

    @Property(tries = 100)
    void catalogueLoading_rejectsUnknownAreas(@ForAll("ids") String id, @ForAll("unknownNames") String area) {
        String json = CatalogueJson.valid().item(id, area, "SCHOOL_AGE").json();
        OagCatalogueException e = assertThrows(OagCatalogueException.class, () -> OagCatalogue.parse(json, "p.json"));
        OagCatalogueTest.assertContains(e.faults(), "unknown area \"" + area + "\"");
    }

    @Provide
    Arbitrary<String> unknownNames() {
        return Arbitraries.strings().withCharRange('A', 'Z').withChars('_').ofMinLength(1).ofMaxLength(20)
                .filter(s -> !PHASES.contains(s) && !AREAS.contains(s));
    }

    @Property(tries = 100)
    void lookup_isOrdinarilyAvailableExactlyInTheListedPhasesWhileInForce(
            @ForAll("ids") String id, @ForAll("areas") String area, @ForAll("phaseSets") List<String> phases,
            @ForAll Phase asked, @ForAll("dates") LocalDate on) {
        OagCatalogue c = OagCatalogue.parse(CatalogueJson.valid().item(id, area, phases.toArray(String[]::new)).json(), "p.json");
        boolean inForce = !on.isBefore(LocalDate.of(2024, 9, 1));
        assertEquals(inForce && phases.contains(asked.name()), c.isOrdinarilyAvailable(id, asked, on));
        assertEquals(OagArea.valueOf(area), c.area(id));
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(0, 3 * 365).map(d -> LocalDate.of(2024, 1, 1).plusDays(d));
    }

    @Property(tries = 50)
    void checkProvision_flagsExactlyTheIdsNotInTheCatalogue(@ForAll @Size(max = 6) List<@From("maybeKnown") String> ids) {
        OagCatalogue oag = OagCatalogue.bundled();
        List<ProvisionLine> lines = ids.stream().map(id -> new ProvisionLine("line", 1, id)).toList();
        List<String> flagged = new java.util.ArrayList<>();
        oag.checkProvision(lines, "provision", (f, m) -> flagged.add(f));
        for (int i = 0; i < ids.size(); i++) {
            boolean bad = ids.get(i) != null && !oag.contains(ids.get(i));
            assertEquals(bad, flagged.contains("provision[" + i + "].oagItem"));
        }
        assertTrue(flagged.size() <= ids.size());
    }

    @Provide
    Arbitrary<String> maybeKnown() {
        return Arbitraries.oneOf(Arbitraries.of(List.copyOf(OagCatalogue.bundled().itemIds())), ids(), Arbitraries.just(null));
    }
}
