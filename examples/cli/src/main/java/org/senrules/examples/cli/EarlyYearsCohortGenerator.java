package org.senrules.examples.cli;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A reproducible synthetic cohort of {@code early-years-inclusion} applications: children in
 * early-years settings and nursery schools (a few from a school's nursery class, which the rule
 * set refuses), aged from a few months to just over five on the cohort's date, with a level of
 * inclusion support, funded hours and a census need. The same size, seed and date always give the
 * same file, byte for byte; no real child's data is used or imitated. Every mix is illustrative:
 * S1 gives the Early Years Inclusion pressure (£3.000m) but no cohort figures.
 */
final class EarlyYearsCohortGenerator {
    private static final CohortGenerator.Weighted<String> SETTINGS = new CohortGenerator.Weighted<>(
            List.of("EARLY_YEARS_SETTING", "NURSERY_SCHOOL", "MAINSTREAM_SCHOOL"), new int[] {70, 26, 4});
    private static final CohortGenerator.Weighted<String> NEEDS = new CohortGenerator.Weighted<>(
            List.of("SLCN", "ASD", "SEMH", "PD", "HI", "VI", "MSI", "SLD", "PMLD", "OTH"), new int[] {42, 27, 6, 6, 3, 2, 1, 4, 2, 3});
    private static final CohortGenerator.Weighted<Integer> LEVELS = new CohortGenerator.Weighted<>(List.of(1, 2, 3), new int[] {45, 38, 17});
    private static final CohortGenerator.Weighted<Integer> HOURS = new CohortGenerator.Weighted<>(List.of(10, 15, 20, 30), new int[] {15, 45, 10, 30});

    private EarlyYearsCohortGenerator() {
    }

    /** Writes {@code {"ruleSet": "early-years-inclusion", "asOf": ..., "cases": [...]}}. */
    static void write(Writer w, int size, long seed, LocalDate asOf) throws IOException {
        if (size < CohortGenerator.MIN_SIZE || size > CohortGenerator.MAX_SIZE) {
            throw new UsageException("--size must be from 10 to 1,000,000, not " + size);
        }
        SplittableRandom r = new SplittableRandom(seed);
        w.write("{\"ruleSet\": \"early-years-inclusion\", \"asOf\": \"" + asOf + "\", \"policy\": \"current\",\n");
        w.write(" \"cases\": [\n");
        int digits = Math.max(6, String.valueOf(size).length());
        StringBuilder sb = new StringBuilder(300);
        for (int i = 1; i <= size; i++) {
            sb.setLength(0);
            // ages 3 to 62 months on the cohort's date: some too young, a few of school age
            LocalDate born = asOf.minusMonths(3 + r.nextInt(60)).minusDays(r.nextInt(28));
            String id = Integer.toString(i);
            sb.append("  {\"caseId\": \"EY-").append("0".repeat(Math.max(0, digits - id.length()))).append(id).append('"')
                    .append(", \"setting\": \"").append(SETTINGS.draw(r)).append('"')
                    .append(", \"dateOfBirth\": \"").append(born).append('"')
                    .append(", \"additionalNeedsIdentified\": ").append(r.nextInt(100) < 92)
                    .append(", \"supportLevel\": ").append(LEVELS.draw(r))
                    .append(", \"fundedHoursPerWeek\": ").append(HOURS.draw(r))
                    .append(", \"primaryNeed\": \"").append(NEEDS.draw(r)).append('"')
                    .append(", \"locality\": \"").append(CohortGenerator.LOCALITIES.get(r.nextInt(CohortGenerator.LOCALITIES.size()))).append("\"}")
                    .append(i < size ? ",\n" : "\n");
            w.write(sb.toString());
        }
        w.write("]}\n");
    }
}
