package org.senrules.apibaseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.senrules.core.ApiStatus;

/**
 * The exported Java API of every library module, against the baseline committed in
 * {@code senrules-api.txt}. An unintended change fails the build with the lines that differ; an
 * intended one is accepted with {@code mvn -B -pl api-baseline -am verify -Dsenrules.api=accept}
 * (docs/api.md), and the baseline's diff then shows reviewers exactly what changed.
 */
class ApiBaselineTest {
    private static final Path BASELINE = Path.of("senrules-api.txt");

    private static final List<ExportedApi.Type> TYPES = ExportedApi.read(ApiBaselineTest.class.getClassLoader(), "org.senrules.");

    @Test
    void everyLibraryModuleIsRead() {
        TreeSet<String> modules = new TreeSet<>();
        TYPES.forEach(t -> modules.add(t.module()));
        assertTrue(modules.containsAll(List.of("org.senrules.core", "org.senrules.funding", "org.senrules.oag", "org.senrules.awards",
                "org.senrules.simulation", "org.senrules.server")),
                "modules read: " + modules);
    }

    @Test
    void everyExportedTypeSaysHowStableItIs() {
        List<String> unmarked = TYPES.stream().filter(t -> t.topLevel() && t.status() == null).map(ExportedApi.Type::name).toList();
        assertEquals(List.of(), unmarked, "every public top-level type in an exported package needs @ApiStatus(STABLE|EXPERIMENTAL|INTERNAL)");
    }

    @Test
    void theApiMatchesTheBaseline() throws IOException {
        List<String> now = ExportedApi.signatures(TYPES);
        if ("accept".equals(System.getProperty("senrules.api"))) {
            Files.write(BASELINE, now, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.isRegularFile(BASELINE), "no baseline at " + BASELINE.toAbsolutePath()
                + "; write one with: mvn -B -pl api-baseline -am verify -Dsenrules.api=accept");
        List<String> before = Files.readAllLines(BASELINE, StandardCharsets.UTF_8);
        if (before.equals(now)) {
            return;
        }
        List<String> removed = new ArrayList<>(before);
        removed.removeAll(now);
        List<String> added = new ArrayList<>(now);
        added.removeAll(before);
        StringBuilder message = new StringBuilder("the public API differs from api-baseline/senrules-api.txt.\n");
        removed.forEach(l -> message.append("  - ").append(l).append('\n'));
        added.forEach(l -> message.append("  + ").append(l).append('\n'));
        message.append("If the change is intended, accept it with: mvn -B -pl api-baseline -am verify -Dsenrules.api=accept");
        fail(message.toString());
    }

    @Test
    void theReaderSeesStatusesAndSignatures() {
        ExportedApi.Type money = TYPES.stream().filter(t -> t.name().equals("org.senrules.core.domain.Money")).findFirst().orElseThrow();
        assertEquals(ApiStatus.Level.STABLE, money.status());
        assertFalse(ExportedApi.signatures(List.of(money)).isEmpty());
        assertTrue(TYPES.stream().noneMatch(t -> t.name().contains(".internal.")), "non-exported packages are not API");
    }
}
