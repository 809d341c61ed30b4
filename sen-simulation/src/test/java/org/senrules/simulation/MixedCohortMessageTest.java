package org.senrules.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.senrules.core.InvalidRequestException;
import org.senrules.core.Request;
import org.senrules.core.SenRules;

/**
 * A cohort of several rule sets is refused with the rule sets named in a defined order (sorted),
 * never a hash set's, which changes from run to run.
 */
class MixedCohortMessageTest {

    @Test
    void cohortOfSeveralRuleSets_isRefusedNamingThemSorted() throws IOException {
        SenRules engine = SenRules.builder().build();
        List<Request> mixed = new ArrayList<>();
        try (Stream<Path> folders = Files.list(Path.of("..", "examples", "data"))) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                        String text = Files.readString(f);
                        if (text.contains("\"case\"") && engine.ruleSets().stream().anyMatch(r -> text.contains("\"" + r.id() + "\""))) {
                            try {
                                mixed.add(engine.json().read(text).get(0));
                                break;
                            } catch (InvalidRequestException refused) {
                                // an example of a refusal: the next file
                            }
                        }
                    }
                }
            }
        }
        // most recent first, so that the cohort's own order is not the sorted one
        java.util.Collections.reverse(mixed);
        TreeSet<String> ids = new TreeSet<>();
        mixed.forEach(r -> ids.add(r.ruleSet()));
        assertTrue(ids.size() >= 5, ids.toString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Simulation.ruleSet(engine, mixed));
        assertEquals("a cohort to simulate has cases of one rule set, this one has " + ids, e.getMessage());
    }
}
