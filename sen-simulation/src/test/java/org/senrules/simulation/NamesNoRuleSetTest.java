package org.senrules.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The generic simulator names no rule set (issue 28): it finds the rule sets it needs by the
 * roles their declarations give (placement, the High Needs Block forecast), so its main code
 * names no shipped pack's rule-set id outside comments, imports nothing of the funding pack and
 * does not require its module. Adding a rule set by its declaration alone then changes no
 * simulator code.
 */
class NamesNoRuleSetTest {
    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path ROOT = MODULE.getParent();

    /** The ids of every rule set a pack of this repository ships, from the declarations' file names. */
    static TreeSet<String> shippedIds() throws IOException {
        TreeSet<String> ids = new TreeSet<>();
        try (Stream<Path> files = Files.walk(ROOT, 12)) {
            files.filter(p -> p.getFileName().toString().endsWith(".rule-set.json"))
                    .filter(p -> p.toString().replace('\\', '/').contains("/src/main/resources/META-INF/senrules/"))
                    .forEach(p -> ids.add(p.getFileName().toString().replace(".rule-set.json", "")));
        }
        return ids;
    }

    @Test
    void mainCode_namesNoShippedRuleSet_andImportsNothingOfTheFundingPack() throws IOException {
        TreeSet<String> ids = shippedIds();
        assertTrue(ids.containsAll(List.of("ehcp-top-up", "high-needs-forecast", "sspp-top-up", "special-school-band")), ids::toString);
        List<String> found = new ArrayList<>();
        int scanned = 0;
        try (Stream<Path> files = Files.walk(MODULE.resolve("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                scanned++;
                String code = withoutComments(Files.readString(f));
                String name = MODULE.relativize(f).toString();
                for (String id : ids) {
                    if (code.contains(id)) {
                        found.add(name + " names rule set " + id);
                    }
                }
                if (code.contains("org.senrules.funding")) {
                    found.add(name + " names the funding pack (org.senrules.funding)");
                }
            }
        }
        assertTrue(scanned > 20, "scanned " + scanned + " files");
        assertEquals(List.of(), found, "the simulator finds rule sets by role (docs/writing-a-rule-set.md, Roles for the simulator)");
    }

    @Test
    void moduleInfo_doesNotRequireTheFundingPack() throws IOException {
        String moduleInfo = withoutComments(Files.readString(MODULE.resolve("src/main/java/module-info.java")));
        assertTrue(moduleInfo.contains("module org.senrules.simulation"), moduleInfo);
        assertFalse(moduleInfo.matches("(?s).*requires\\s+(transitive\\s+|static\\s+)*org\\.senrules\\.funding\\b.*"), moduleInfo);
    }

    @Test
    void theScan_seesStringsAndSkipsComments() {
        String code = withoutComments("String a = \"ehcp-top-up\"; // high-needs-forecast\n/* sspp-top-up */ char c = '/'; String b = \"/*\";"
                + " int special = 1; /** special-school-band */");
        assertTrue(code.contains("\"ehcp-top-up\""), code);
        assertFalse(code.contains("high-needs-forecast"), code);
        assertFalse(code.contains("sspp-top-up"), code);
        assertTrue(code.contains("int special = 1;"), code);
        assertFalse(code.contains("special-school-band"), code);
    }

    /** Java source with its comments removed, strings and characters kept. */
    static String withoutComments(String src) {
        StringBuilder out = new StringBuilder(src.length());
        int i = 0;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '/' && i + 1 < src.length() && src.charAt(i + 1) == '/') {
                while (i < src.length() && src.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < src.length() && src.charAt(i + 1) == '*') {
                int end = src.indexOf("*/", i + 2);
                i = end < 0 ? src.length() : end + 2;
                out.append(' ');
            } else if (c == '"' || c == '\'') {
                boolean block = c == '"' && src.startsWith("\"\"\"", i);
                String close = block ? "\"\"\"" : String.valueOf(c);
                int j = i + close.length();
                while (j < src.length() && !src.startsWith(close, j)) {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                j = Math.min(src.length(), j + close.length());
                out.append(src, i, j);
                i = j;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
