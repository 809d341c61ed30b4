package org.senrules.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine and its build know no pack: no class of sen-core or sen-rules-build names a
 * parameter that a shipped rule set declares (issue 28), not even in an example of its Javadoc,
 * so a council's own pack reads the engine's documentation in its own words.
 */
class CoreNamesNoPackValueTest {
    /** The summary's role for locality budgets is the engine's word; a declaration maps it to its own parameter. */
    private static final Set<String> ENGINE_WORDS = Set.of("localityBudgets");

    @Test
    void noEngineClassNamesAPacksParameter() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        Set<String> names = new TreeSet<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.walk(root, 12)) {
            for (Path f : files.filter(p -> p.toString().contains("src/main/resources/META-INF/senrules/") && !p.toString().contains("/target/"))
                    .filter(p -> p.toString().endsWith(".rule-set.json") || p.toString().endsWith(".shared.json")).toList()) {
                JsonNode parameters = json.readTree(f.toFile()).path("parameters");
                for (Iterator<String> it = parameters.fieldNames(); it.hasNext(); ) {
                    String n = it.next();
                    // a one-word name ("framework") is also an English word a comment may use
                    if (!n.startsWith("$") && !ENGINE_WORDS.contains(n) && !n.equals(n.toLowerCase(java.util.Locale.ROOT))) {
                        names.add(n);
                    }
                }
            }
        }
        assertTrue(names.contains("supportUnitCap") && names.size() > 25, "the declarations were read: " + names);
        List<String> found = new ArrayList<>();
        for (String module : List.of("sen-core", "sen-rules-build")) {
            try (Stream<Path> files = Files.walk(root.resolve(module).resolve("src/main/java"))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String text = Files.readString(f);
                    for (String n : names) {
                        if (Pattern.compile("\\b" + n + "\\b").matcher(text).find()) {
                            found.add(root.relativize(f) + " names " + n);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }
}
