package org.senrules.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.senrules.core.domain.PrimaryNeed;
import org.senrules.core.domain.Setting;

/**
 * The shape of a synthetic EHCP cohort, read from a profile file: primary-need mix (DfE SEN2),
 * settings, levels of complexity, section F units, localities and growth. Every entry names its
 * {@code source} and says whether it is {@code illustrative}; an unknown entry or key is refused
 * with the names that would be valid, so nothing in the file is silently ignored.
 */
record CohortProfile(String label, Map<String, Integer> needs, Map<String, Integer> settings, Map<String, Integer> levels,
                     Map<Integer, int[]> unitRange, int oagLinePercent, Map<String, Integer> localities, Growth growth,
                     List<String> illustrativeEntries) {
    static final String BUNDLED = "cohort-profile.json";
    private static final List<String> ENTRIES = List.of("primaryNeed", "setting", "complexityLevel", "sectionFUnits",
            "ordinarilyAvailableLinePercent", "locality", "growth");
    /** Entries read only by a year-by-year run ({@code simulate --years}, TrajectoryAssumptions), which checks them. */
    static final List<String> YEAR_BY_YEAR_ENTRIES = List.of("leavers", "highNeedsBudgetGrowth", "renewals", "uncertainty");

    /** The growth figures of the profile (S4), shown with every cohort and kept for year-by-year runs. */
    record Growth(String source, int threeYearGrowth, String threeYearGrowthPercent, int growthBy2030) {
    }

    static CohortProfile bundled() {
        try (InputStream in = CohortProfile.class.getResourceAsStream(BUNDLED)) {
            return parse(new ObjectMapper().readTree(in), "the bundled profile " + BUNDLED);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled cohort profile", e);
        }
    }

    static CohortProfile load(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UsageException("--profile " + file + ": cannot be read as JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        return parse(root, file.toString());
    }

    private static CohortProfile parse(JsonNode root, String label) {
        if (root == null || !root.isObject()) {
            throw bad(label, "", "must be a JSON object with the entries " + ENTRIES);
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!f.equals("$comment") && !ENTRIES.contains(f) && !YEAR_BY_YEAR_ENTRIES.contains(f)) {
                throw bad(label, f, "unknown entry; the entries are " + ENTRIES + " and, for simulate --years, " + YEAR_BY_YEAR_ENTRIES);
            }
        }
        List<String> illustrative = new ArrayList<>();
        for (String e : ENTRIES) {
            JsonNode n = root.get(e);
            if (n == null || !n.isObject()) {
                throw bad(label, e, "is required: an object with source, illustrative and its figures");
            }
            if (!n.path("source").isTextual() || n.path("source").asText().isBlank()) {
                throw bad(label, e + ".source", "is required: where the figures come from, or why they are illustrative");
            }
            if (!n.path("illustrative").isBoolean()) {
                throw bad(label, e + ".illustrative", "is required: true or false");
            }
            if (n.path("illustrative").asBoolean()) {
                illustrative.add(e);
            }
        }
        Set<String> needNames = new TreeSet<>();
        for (PrimaryNeed p : PrimaryNeed.values()) {
            needNames.add(p.name());
        }
        Set<String> settingNames = new TreeSet<>();
        for (Setting s : Setting.values()) {
            settingNames.add(s.name());
        }
        Map<String, Integer> needs = weights(root, "primaryNeed", needNames, label);
        Map<String, Integer> settings = weights(root, "setting", settingNames, label);
        Map<String, Integer> levels = weights(root, "complexityLevel", Set.of("1", "2", "3", "4"), label);
        Map<Integer, int[]> range = new LinkedHashMap<>();
        JsonNode r = root.get("sectionFUnits");
        checkFields(r, Set.of("source", "illustrative", "$comment", "range"), "sectionFUnits", label);
        for (int level = 1; level <= 4; level++) {
            JsonNode pair = r.path("range").path(String.valueOf(level));
            if (!pair.isArray() || pair.size() != 2 || !pair.get(0).canConvertToInt() || !pair.get(1).canConvertToInt()
                    || pair.get(0).asInt() < 0 || pair.get(1).asInt() < pair.get(0).asInt() || pair.get(1).asInt() > 40) {
                throw bad(label, "sectionFUnits.range." + level, "must be [fewest, most] Support Units, 0 to 40, fewest first");
            }
            range.put(level, new int[] {pair.get(0).asInt(), pair.get(1).asInt()});
        }
        checkKeys(r.path("range"), Set.of("1", "2", "3", "4"), "sectionFUnits.range", label);
        JsonNode oag = root.get("ordinarilyAvailableLinePercent");
        checkFields(oag, Set.of("source", "illustrative", "$comment", "value"), "ordinarilyAvailableLinePercent", label);
        if (!oag.path("value").canConvertToInt() || oag.path("value").asInt() < 0 || oag.path("value").asInt() > 100) {
            throw bad(label, "ordinarilyAvailableLinePercent.value", "must be a whole percentage from 0 to 100");
        }
        Map<String, Integer> localities = weights(root, "locality", null, label);
        for (String name : localities.keySet()) {
            if (!name.matches("[A-Za-z0-9][A-Za-z0-9 '&_-]{0,59}")) {
                throw bad(label, "locality.weights." + name, "a locality name is letters, digits, spaces, hyphens, apostrophes and ampersands");
            }
        }
        JsonNode g = root.get("growth");
        checkFields(g, Set.of("source", "illustrative", "$comment", "threeYearGrowth", "threeYearGrowthPercent", "growthBy2030",
                "baseYear", "byYear"), "growth", label);
        if (!g.path("threeYearGrowth").canConvertToInt() || !g.path("growthBy2030").canConvertToInt()
                || !g.path("threeYearGrowthPercent").isTextual()) {
            throw bad(label, "growth", "needs threeYearGrowth and growthBy2030 (whole numbers) and threeYearGrowthPercent (text)");
        }
        Growth growth = new Growth(g.path("source").asText(), g.path("threeYearGrowth").asInt(),
                g.path("threeYearGrowthPercent").asText(), g.path("growthBy2030").asInt());
        return new CohortProfile(label, needs, settings, levels, range, oag.path("value").asInt(), localities, growth,
                List.copyOf(illustrative));
    }

    private static Map<String, Integer> weights(JsonNode root, String entry, Set<String> valid, String label) {
        JsonNode n = root.get(entry);
        checkFields(n, Set.of("source", "illustrative", "$comment", "weights"), entry, label);
        JsonNode w = n.path("weights");
        if (!w.isObject() || w.isEmpty()) {
            throw bad(label, entry + ".weights", "is required: an object from name to a whole-number weight");
        }
        if (valid != null) {
            checkKeys(w, valid, entry + ".weights", label);
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        int sum = 0;
        for (Map.Entry<String, JsonNode> e : w.properties()) {
            if (!e.getValue().canConvertToInt() || e.getValue().asInt() < 0) {
                throw bad(label, entry + ".weights." + e.getKey(), "must be a whole number, 0 or more");
            }
            out.put(e.getKey(), e.getValue().asInt());
            sum += e.getValue().asInt();
        }
        if (sum == 0) {
            throw bad(label, entry + ".weights", "must have some weight above 0");
        }
        return out;
    }

    private static void checkFields(JsonNode n, Set<String> valid, String entry, String label) {
        checkKeys(n, valid, entry, label);
    }

    private static void checkKeys(JsonNode n, Set<String> valid, String path, String label) {
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!valid.contains(f)) {
                throw bad(label, path + "." + f, "unknown; valid here: " + new TreeSet<>(valid));
            }
        }
    }

    private static UsageException bad(String label, String path, String message) {
        return new UsageException("cohort profile " + label + (path.isEmpty() ? "" : ", " + path) + ": " + message);
    }
}
