package org.senrules.examples.cli;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A reproducible synthetic cohort of {@code ehcp-top-up} cases shaped by a {@link CohortProfile}:
 * primary needs in the DfE SEN2 mix, settings, levels of complexity, section F Support Units by
 * level (sometimes with a line the OAG says is ordinarily available), National Curriculum year
 * and phase from the setting, localities. The same profile, size and seed always give the same
 * file, byte for byte; no real person's data is used or imitated.
 */
final class EhcpCohortGenerator {
    /** An OAG item ordinarily available in every phase, so that exclusion is exercised. */
    static final String ORDINARILY_AVAILABLE_ITEM = "autism.visual-timetable";
    private static final String[] LINES = {"Additional adult support in class", "Speech and language therapy programme",
        "Small-group intervention", "Occupational therapy programme", "Specialist teacher advice"};

    private EhcpCohortGenerator() {
    }

    /** Writes {@code {"ruleSet": "ehcp-top-up", "asOf": ..., "cases": [...]}}. */
    static void write(Writer w, CohortProfile profile, int size, long seed, LocalDate asOf) throws IOException {
        if (size < CohortGenerator.MIN_SIZE || size > CohortGenerator.MAX_SIZE) {
            throw new UsageException("--size must be from 10 to 1,000,000, not " + size);
        }
        CohortGenerator.Weighted<String> settings = weighted(profile.settings());
        CohortGenerator.Weighted<String> needs = weighted(profile.needs());
        CohortGenerator.Weighted<String> levels = weighted(profile.levels());
        CohortGenerator.Weighted<String> localities = weighted(profile.localities());
        SplittableRandom r = new SplittableRandom(seed);
        w.write("{\"ruleSet\": \"ehcp-top-up\", \"asOf\": \"" + asOf + "\", \"policy\": \"current\",\n");
        w.write(" \"cases\": [\n");
        int digits = Math.max(6, String.valueOf(size).length());
        StringBuilder sb = new StringBuilder(500);
        for (int i = 1; i <= size; i++) {
            sb.setLength(0);
            String setting = settings.draw(r);
            String need = needs.draw(r);
            int level = Integer.parseInt(levels.draw(r));
            boolean earlyYears = setting.equals("EARLY_YEARS_SETTING") || setting.equals("NURSERY_SCHOOL");
            String phase = earlyYears ? "EARLY_YEARS" : setting.equals("POST_16") ? "POST_16" : "SCHOOL_AGE";
            int ncYear = earlyYears ? -2 + r.nextInt(2) : phase.equals("POST_16") ? 12 + r.nextInt(3) : r.nextInt(12);
            String id = Integer.toString(i);
            sb.append("  {\"caseId\": \"EHC-").append("0".repeat(Math.max(0, digits - id.length()))).append(id).append('"')
                    .append(", \"setting\": \"").append(setting).append('"')
                    .append(", \"phase\": \"").append(phase).append('"')
                    .append(", \"primaryNeed\": \"").append(need).append('"')
                    .append(", \"complexityLevel\": ").append(level)
                    .append(", \"ncYear\": ").append(ncYear)
                    .append(", \"locality\": \"").append(localities.draw(r)).append('"')
                    .append(", \"provision\": [");
            // section F in Support Units where the Support Unit framework applies today
            if (!setting.equals("SPECIAL_SCHOOL") && !setting.equals("POST_16")) {
                int[] range = profile.unitRange().get(level);
                int units = range[0] + r.nextInt(range[1] - range[0] + 1);
                String sep = "";
                for (int part : split(units, r)) {
                    sb.append(sep).append("{\"description\": \"").append(LINES[r.nextInt(LINES.length)])
                            .append("\", \"supportUnits\": ").append(part).append('}');
                    sep = ", ";
                }
                if (r.nextInt(100) < profile.oagLinePercent()) {
                    sb.append(sep).append("{\"description\": \"Visual timetable\", \"supportUnits\": ").append(1 + r.nextInt(2))
                            .append(", \"oagItem\": \"").append(ORDINARILY_AVAILABLE_ITEM).append("\"}");
                }
            }
            sb.append("]}").append(i < size ? ",\n" : "\n");
            w.write(sb.toString());
        }
        w.write("]}\n");
    }

    /** Splits a unit count into one to three lines of at least one unit each (none for 0). */
    private static List<Integer> split(int units, SplittableRandom r) {
        List<Integer> parts = new ArrayList<>();
        int lines = Math.min(units, 1 + r.nextInt(3));
        int left = units;
        for (int i = lines; i > 1; i--) {
            int part = 1 + r.nextInt(left - i + 1);
            parts.add(part);
            left -= part;
        }
        if (left > 0) {
            parts.add(left);
        }
        return parts;
    }

    private static CohortGenerator.Weighted<String> weighted(Map<String, Integer> weights) {
        List<String> names = new ArrayList<>(weights.keySet());
        int[] w = new int[names.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = weights.get(names.get(i));
        }
        return new CohortGenerator.Weighted<>(names, w);
    }
}
