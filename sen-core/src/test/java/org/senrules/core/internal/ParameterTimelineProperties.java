package org.senrules.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.senrules.core.InvalidRequestException;
import org.senrules.core.RuleSetProblem;
import org.senrules.core.domain.Money;
import org.senrules.core.spi.ParameterSpec;
import org.senrules.core.spi.ParameterType;

/** For any valid set of dated values, the value chosen for a date is the latest one starting on or before it. */
class ParameterTimelineProperties {
    static final Map<String, ParameterSpec> SPECS = Map.of("rate", ParameterSpec.of("rate", ParameterType.MONEY, "a rate"));
    static final LocalDate EPOCH = LocalDate.of(2020, 4, 1);

    @Property(tries = 300)
    void chosenValue_isTheLatestStartingOnOrBeforeTheDate(
            @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 3000) Integer> starts,
            @ForAll @IntRange(min = 0, max = 3500) int day) {
        List<Integer> sorted = new ArrayList<>(new TreeSet<>(starts));
        StringBuilder json = new StringBuilder("{\"rate\":[");
        for (int i = 0; i < sorted.size(); i++) {
            json.append(i == 0 ? "" : ",").append("{\"from\":\"").append(EPOCH.plusDays(sorted.get(i)))
                    .append("\",\"value\":\"").append(sorted.get(i)).append(".00\",\"illustrative\":true,\"intended\":true}");
        }
        json.append("]}");
        List<RuleSetProblem> problems = new ArrayList<>();
        ParameterStore store = ParameterStore.load("p", SPECS, new ParameterStore.Source(json.toString(), "t.json"), List.of(),
                null, EngineOptions.defaults(), problems);
        assertTrue(problems.isEmpty(), problems.toString());
        LocalDate asOf = EPOCH.plusDays(day);
        Integer expected = null;
        for (int s : sorted) {
            if (s <= day) {
                expected = s;
            }
        }
        if (expected == null) {
            assertThrows(InvalidRequestException.class, () -> store.resolve("current", asOf));
        } else {
            ParameterEntry chosen = store.resolve("current", asOf).values().get("rate");
            assertEquals(Money.ofPounds(expected), chosen.value());
            assertEquals(EPOCH.plusDays(expected), chosen.from());
        }
    }

    @Property(tries = 200)
    void aValueWithAnEnd_isNeverChosenAfterIt(@ForAll @IntRange(min = 0, max = 400) int length,
                                              @ForAll @IntRange(min = 0, max = 900) int day) {
        String json = "{\"rate\":[{\"from\":\"" + EPOCH + "\",\"until\":\"" + EPOCH.plusDays(length)
                + "\",\"value\":\"1.00\",\"illustrative\":true}]}";
        List<RuleSetProblem> problems = new ArrayList<>();
        ParameterStore store = ParameterStore.load("p", SPECS, new ParameterStore.Source(json, "t.json"), List.of(), null,
                EngineOptions.defaults(), problems);
        LocalDate asOf = EPOCH.plusDays(day);
        if (day <= length) {
            assertEquals(Money.ofPounds(1), store.resolve("current", asOf).values().get("rate").value());
        } else {
            assertThrows(InvalidRequestException.class, () -> store.resolve("current", asOf));
        }
    }
}
