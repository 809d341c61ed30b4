package org.senrules.examples.cli;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A reproducible synthetic cohort of SSPP top-up requests: the same size and seed always give
 * the same file, byte for byte. Every case is invented from weighted random draws; no real
 * person's data is used or imitated. The mixes (settings, census needs, plan status,
 * localities, how often consent, MAP discussion and outside agencies are recorded) are
 * plausible for a large city, not measured from any council's records.
 *
 * <p>Cases are written one per line as they are drawn, so a cohort of a million needs no more
 * memory than one of ten.
 */
final class CohortGenerator {
    static final int MIN_SIZE = 10;
    static final int MAX_SIZE = 1_000_000;

    /** Localities used by the synthetic cohort; a council maps them to its own. */
    static final List<String> LOCALITIES = List.of("North", "South", "East", "West", "Central");

    private static final Weighted<String> SETTINGS = new Weighted<>(
            List.of("MAINSTREAM_SCHOOL", "EARLY_YEARS_SETTING", "NURSERY_SCHOOL", "RESOURCE_BASE", "SPECIAL_SCHOOL", "POST_16"),
            new int[] {72, 12, 6, 4, 2, 4});
    private static final Weighted<String> NEEDS_SCHOOL_AGE = new Weighted<>(
            List.of("SLCN", "SEMH", "ASD", "MLD", "SPLD", "OTH", "NSA", "PD", "HI", "VI", "MSI", "SLD", "PMLD"),
            new int[] {20, 20, 17, 14, 10, 4, 3, 3, 2, 1, 1, 4, 1});
    private static final Weighted<String> NEEDS_EARLY_YEARS = new Weighted<>(
            List.of("SLCN", "ASD", "SEMH", "PD", "HI", "VI", "MSI", "SLD", "PMLD", "OTH", "NSA"),
            new int[] {42, 27, 6, 6, 3, 2, 1, 4, 2, 3, 4});
    private static final Weighted<Integer> CYCLES = new Weighted<>(List.of(0, 1, 2, 3, 4), new int[] {5, 15, 35, 30, 15});
    private static final Weighted<Integer> UNITS = new Weighted<>(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12),
            new int[] {3, 7, 12, 16, 17, 14, 10, 8, 5, 4, 2, 2});
    private static final Weighted<String> LOCALITY = new Weighted<>(LOCALITIES, new int[] {24, 22, 20, 18, 16});

    private CohortGenerator() {
    }

    /** Writes {@code {"ruleSet": "sspp-top-up", "asOf": ..., "cases": [...]}}. */
    static void write(Writer w, int size, long seed, LocalDate asOf) throws IOException {
        if (size < MIN_SIZE || size > MAX_SIZE) {
            throw new UsageException("--size must be from 10 to 1,000,000, not " + size);
        }
        SplittableRandom random = new SplittableRandom(seed);
        w.write("{\"ruleSet\": \"sspp-top-up\", \"asOf\": \"" + asOf + "\", \"policy\": \"current\",\n");
        w.write(" \"cases\": [\n");
        StringBuilder sb = new StringBuilder(400);
        int digits = Math.max(6, String.valueOf(size).length());
        for (int i = 1; i <= size; i++) {
            sb.setLength(0);
            appendCase(sb, random, i, digits);
            sb.append(i < size ? ",\n" : "\n");
            w.write(sb.toString());
        }
        w.write("]}\n");
    }

    private static void appendCase(StringBuilder sb, SplittableRandom r, int n, int digits) {
        String setting = SETTINGS.draw(r);
        boolean earlyYears = setting.equals("EARLY_YEARS_SETTING") || setting.equals("NURSERY_SCHOOL");
        String need = (earlyYears ? NEEDS_EARLY_YEARS : NEEDS_SCHOOL_AGE).draw(r);
        // Most SSPP requests are for pupils on SEN Support; a few come in for pupils who already have a plan.
        String plan = r.nextInt(100) < (setting.equals("SPECIAL_SCHOOL") ? 80 : 6) ? "EHCP" : "SEN_SUPPORT";
        int cycles = CYCLES.draw(r);
        // A plan co-created with support services usually follows at least two review cycles.
        boolean coCreated = r.nextInt(100) < (cycles >= 2 ? 92 : 60);
        sb.append("  {\"caseId\": \"SYN-").append(pad(n, digits)).append('"')
                .append(", \"planStatus\": \"").append(plan).append('"')
                .append(", \"setting\": \"").append(setting).append('"')
                .append(", \"primaryNeed\": \"").append(need).append('"')
                .append(", \"parentalConsent\": ").append(r.nextInt(100) < 96)
                .append(", \"graduatedApproachCycles\": ").append(cycles)
                .append(", \"coCreatedWithSupportServices\": ").append(coCreated)
                .append(", \"outsideAgencySupport\": ").append(r.nextInt(100) < 82)
                .append(", \"discussedAtMapMeeting\": ").append(r.nextInt(100) < 90)
                .append(", \"requestedSupportUnits\": ").append(UNITS.draw(r))
                .append(", \"renewal\": ").append(r.nextInt(100) < 28)
                .append(", \"cohorts\": [");
        // Targeted cohorts (DBV option 5) by the names of the sspp-top-up defaults.
        String sep = "";
        if (earlyYears && r.nextInt(100) < 70) {
            sb.append("\"early-years\"");
            sep = ", ";
        }
        if (!earlyYears && r.nextInt(100) < 9) {
            sb.append(sep).append("\"phase-transition\"");
            sep = ", ";
        }
        if (!earlyYears && r.nextInt(100) < (need.equals("SEMH") ? 20 : 3)) {
            sb.append(sep).append("\"at-risk-of-exclusion\"");
            sep = ", ";
        }
        if (r.nextInt(100) < 3) {
            sb.append(sep).append("\"children-in-care\"");
        }
        sb.append("], \"locality\": \"").append(LOCALITY.draw(r)).append("\"}");
    }

    private static String pad(int n, int digits) {
        String s = Integer.toString(n);
        return "0".repeat(Math.max(0, digits - s.length())) + s;
    }

    /** Draws from a list with integer weights. */
    static final class Weighted<T> {
        private final List<T> items;
        private final int[] cumulative;

        Weighted(List<T> items, int[] weights) {
            if (items.size() != weights.length) {
                throw new IllegalArgumentException("one weight per item");
            }
            this.items = items;
            this.cumulative = new int[weights.length];
            int sum = 0;
            for (int i = 0; i < weights.length; i++) {
                sum += weights[i];
                cumulative[i] = sum;
            }
        }

        T draw(SplittableRandom r) {
            int x = r.nextInt(cumulative[cumulative.length - 1]);
            for (int i = 0; i < cumulative.length; i++) {
                if (x < cumulative[i]) {
                    return items.get(i);
                }
            }
            throw new AssertionError();
        }
    }
}
