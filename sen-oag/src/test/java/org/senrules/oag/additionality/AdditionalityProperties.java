package org.senrules.oag.additionality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.core.domain.Phase;
import org.senrules.oag.OagCatalogue;
import org.senrules.oag.ProvisionLine;

/** Invariants of {@code oag-additionality}, decided through the engine over generated plans. */
class AdditionalityProperties {
    static final SenRules ENGINE = SenRules.builder().build();
    static final OagCatalogue OAG = OagCatalogue.bundled();

    @Provide
    Arbitrary<ProvisionLine> lines() {
        Arbitrary<String> item = Arbitraries.oneOf(Arbitraries.of(List.copyOf(OAG.itemIds())), Arbitraries.just(null));
        return net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 20), item)
                .as((units, id) -> new ProvisionLine("a line of provision", units, id));
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(0, 3 * 365).map(d -> LocalDate.of(2024, 6, 1).plusDays(d));
    }

    static AdditionalityOutcome decide(Phase phase, LocalDate on, List<ProvisionLine> lines) {
        return ENGINE.decide(Request.of("oag-additionality", on, AdditionalityCase.builder()
                .caseId("P-1")
                .phase(phase)
                .provision(lines)
                .build()))
                .outcome(AdditionalityOutcome.class);
    }

    @Property(tries = 150)
    void anItemOrdinarilyAvailableInAPhase_isNeverCountedAsAdditionalForThatPhase(
            @ForAll Phase phase, @ForAll("dates") LocalDate on, @ForAll @Size(max = 12) List<@From("lines") ProvisionLine> lines) {
        AdditionalityOutcome o = decide(phase, on, lines);
        assertEquals(lines.size(), o.getLines().size());
        int additional = 0;
        for (int i = 0; i < lines.size(); i++) {
            LineClassification c = o.getLines().get(i);
            assertEquals(i, c.index());
            String id = lines.get(i).oagItem();
            boolean ordinary = id != null && OAG.isOrdinarilyAvailable(id, phase, on);
            if (ordinary) {
                assertEquals(true, c.ordinarilyAvailable(), "line " + i + " (" + id + ") is ordinarily available");
            } else {
                assertFalse(c.ordinarilyAvailable());
                additional++;
            }
        }
        assertEquals(additional, o.getAdditionalCount());
    }

    @Property(tries = 100)
    void classification_isIndependentOfLineOrder(@ForAll Phase phase, @ForAll("dates") LocalDate on,
                                                 @ForAll @Size(max = 10) List<@From("lines") ProvisionLine> lines,
                                                 @ForAll long seed) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        List<ProvisionLine> shuffled = order.stream().map(lines::get).toList();
        AdditionalityOutcome original = decide(phase, on, lines);
        AdditionalityOutcome permuted = decide(phase, on, shuffled);
        for (int j = 0; j < shuffled.size(); j++) {
            LineClassification p = permuted.getLines().get(j);
            LineClassification o = original.getLines().get(order.get(j));
            assertEquals(new LineClassification(j, o.ordinarilyAvailable(), o.oagItem(), o.area()), p);
        }
        assertEquals(original.getAdditionalCount(), permuted.getAdditionalCount());
    }
}
