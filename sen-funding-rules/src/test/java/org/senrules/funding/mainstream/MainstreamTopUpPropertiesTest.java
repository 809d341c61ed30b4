package org.senrules.funding.mainstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.senrules.core.Decision;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.core.domain.Money;
import org.senrules.core.domain.Phase;
import org.senrules.core.domain.PlanStatus;
import org.senrules.core.domain.Setting;
import org.senrules.funding.internal.FundingDefinitions;
import org.senrules.funding.internal.TestEngines;
import org.senrules.oag.OagCatalogue;
import org.senrules.oag.ProvisionLine;

/** Invariants of {@code mainstream-top-up}, decided through the engine over generated plans. */
class MainstreamTopUpPropertiesTest {
    static final SenRules ENGINE = TestEngines.of(FundingDefinitions.mainstreamTopUp());
    static final OagCatalogue OAG = OagCatalogue.bundled();
    static final Set<Setting> FRAMEWORK = Set.of(Setting.EARLY_YEARS_SETTING, Setting.NURSERY_SCHOOL,
            Setting.MAINSTREAM_SCHOOL, Setting.RESOURCE_BASE);

    /** A valid combination of setting and phase (early-years settings and nursery schools are early years only). */
    record Placement(Setting setting, Phase phase) {
        /** In the Support Unit framework: its settings, except a school's sixth form, which is post-16. */
        boolean inFramework() {
            return FRAMEWORK.contains(setting) && phase != Phase.POST_16;
        }
    }

    @Provide
    Arbitrary<Placement> placements() {
        return Combinators.combine(Arbitraries.of(Setting.class), Arbitraries.of(Phase.class)).as(Placement::new)
                .filter(p -> !(p.setting() == Setting.EARLY_YEARS_SETTING || p.setting() == Setting.NURSERY_SCHOOL)
                        || p.phase() == Phase.EARLY_YEARS);
    }

    @Provide
    Arbitrary<ProvisionLine> lines() {
        Arbitrary<String> item = Arbitraries.oneOf(Arbitraries.of(List.copyOf(OAG.itemIds())), Arbitraries.just(null));
        return Combinators.combine(Arbitraries.integers().between(0, 40), item)
                .as((units, id) -> new ProvisionLine("a line of provision", units, id));
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(0, 2 * 365).map(d -> LocalDate.of(2024, 4, 1).plusDays(d));
    }

    static MainstreamTopUpOutcome decide(PlanStatus status, Placement p, LocalDate on, List<ProvisionLine> lines) {
        Decision<?> d = ENGINE.decide(Request.of(MainstreamTopUp.ID, on,
                MainstreamTopUpCase.builder()
                        .caseId("P-1")
                        .planStatus(status)
                        .setting(p.setting())
                        .phase(p.phase())
                        .provision(lines)
                        .build()));
        return d.outcome(MainstreamTopUpOutcome.class);
    }

    static Money unitValue(LocalDate on) {
        // the illustrative values of one Support Unit, one per financial year
        if (on.isBefore(LocalDate.of(2025, 4, 1))) {
            return Money.parse("950.00");
        }
        return on.isBefore(LocalDate.of(2026, 4, 1)) ? Money.parse("1000.00") : Money.parse("1025.00");
    }

    @Property(tries = 150)
    void topUp_isCountedUnitsTimesTheUnitValueOfTheFinancialYear(
            @ForAll PlanStatus status, @ForAll("placements") Placement p, @ForAll("dates") LocalDate on,
            @ForAll @Size(max = 12) List<@From("lines") ProvisionLine> lines) {
        MainstreamTopUpOutcome o = decide(status, p, on, lines);
        if (p.inFramework()) {
            assertEquals(unitValue(on).times(o.getCountedUnits()), o.getTopUp());
            assertEquals(unitValue(on), o.getSupportUnitValue());
        } else {
            assertEquals(Money.ZERO, o.getTopUp());
            assertEquals(0, o.getCountedUnits());
        }
        assertTrue(!o.getTopUp().isNegative());
    }

    @Property(tries = 150)
    void excludedLines_areNeverCounted_andAreExactlyTheOrdinarilyAvailableOnes(
            @ForAll PlanStatus status, @ForAll("placements") Placement p, @ForAll("dates") LocalDate on,
            @ForAll @Size(max = 12) List<@From("lines") ProvisionLine> lines) {
        MainstreamTopUpOutcome o = decide(status, p, on, lines);
        if (!p.inFramework()) {
            assertTrue(o.getExcludedLines().isEmpty());
            return;
        }
        Set<Integer> excluded = o.getExcludedLines().stream().map(ExcludedLine::index).collect(Collectors.toSet());
        int expectedUnits = 0;
        for (int i = 0; i < lines.size(); i++) {
            String id = lines.get(i).oagItem();
            boolean ordinary = id != null && OAG.isOrdinarilyAvailable(id, p.phase(), on);
            assertEquals(ordinary, excluded.contains(i), "line " + i);
            if (!ordinary) {
                expectedUnits += lines.get(i).supportUnits();
            }
        }
        assertEquals(expectedUnits, o.getCountedUnits());
    }

    @Property(tries = 100)
    void outcome_isIndependentOfLineOrder(@ForAll PlanStatus status, @ForAll("placements") Placement p,
                                          @ForAll("dates") LocalDate on,
                                          @ForAll @Size(max = 10) List<@From("lines") ProvisionLine> lines, @ForAll long seed) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        List<ProvisionLine> shuffled = order.stream().map(lines::get).toList();
        MainstreamTopUpOutcome a = decide(status, p, on, lines);
        MainstreamTopUpOutcome b = decide(status, p, on, shuffled);
        assertEquals(a.getCountedUnits(), b.getCountedUnits());
        assertEquals(a.getTopUp(), b.getTopUp());
        // the same lines are excluded, wherever they moved to
        Set<Integer> excludedA = a.getExcludedLines().stream().map(ExcludedLine::index).collect(Collectors.toSet());
        Set<Integer> excludedB = b.getExcludedLines().stream().map(e -> order.get(e.index())).collect(Collectors.toSet());
        assertEquals(excludedA, excludedB);
    }
}
