package org.senrules.benchmarks;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.senrules.core.domain.PlanStatus;
import org.senrules.core.domain.PrimaryNeed;
import org.senrules.core.domain.Setting;
import org.senrules.funding.sspp.SsppCase;

/**
 * A reproducible synthetic cohort of SSPP top-up cases: the same size and seed always give the
 * same cases. Every case is invented from weighted draws (mostly eligible mainstream pupils, with
 * every criterion failing now and then), so that every rule of {@code sspp-top-up} fires across a
 * cohort; no real person's data is used or imitated.
 */
public final class SsppCohort {
    /** The date the benchmarks decide on: inside the 2025-26 Support Unit rate. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);
    /** The eight policies of {@code sspp-top-up}, {@code current} first. */
    public static final List<String> POLICIES = List.of("current", "dbv-option-1", "dbv-option-2", "dbv-option-3",
            "dbv-option-4", "dbv-option-4a", "dbv-option-5", "dbv-option-6");

    private static final String[] LOCALITIES = {"North", "South", "East", "West", "Central", "Outer Fringe"};
    private static final String[] COHORTS = {"early-years", "phase-transition", "at-risk-of-exclusion", "children-in-care",
            "young-carers"};

    private SsppCohort() {
    }

    /** {@code size} cases drawn with {@code seed}. */
    public static List<SsppCase> cases(int size, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<SsppCase> out = new ArrayList<>(size);
        for (int i = 1; i <= size; i++) {
            out.add(next(r, i));
        }
        return out;
    }

    /** A typical eligible request: every criterion met, 6 Support Units asked for. */
    public static SsppCase typical() {
        return SsppCase.builder()
                .caseId("P-000001")
                .planStatus(PlanStatus.SEN_SUPPORT)
                .setting(Setting.MAINSTREAM_SCHOOL)
                .primaryNeed(PrimaryNeed.SEMH)
                .parentalConsent(true)
                .graduatedApproachCycles(3)
                .coCreatedWithSupportServices(true)
                .outsideAgencySupport(true)
                .discussedAtMapMeeting(true)
                .requestedSupportUnits(6)
                .renewal(false)
                .cohorts(List.of("phase-transition"))
                .locality("North")
                .build();
    }

    private static SsppCase next(SplittableRandom r, int i) {
        Setting setting = pick(r, new Setting[] {Setting.MAINSTREAM_SCHOOL, Setting.EARLY_YEARS_SETTING, Setting.NURSERY_SCHOOL,
                Setting.RESOURCE_BASE, Setting.SPECIAL_SCHOOL, Setting.POST_16}, new int[] {72, 12, 6, 4, 2, 4});
        PrimaryNeed need = pick(r, PrimaryNeed.values(), new int[] {10, 14, 4, 1, 20, 17, 20, 2, 1, 1, 3, 4, 3});
        List<String> cohorts = new ArrayList<>();
        int n = r.nextInt(10) < 6 ? 0 : 1 + r.nextInt(2);
        for (int k = 0; k < n; k++) {
            String c = COHORTS[r.nextInt(COHORTS.length)];
            if (!cohorts.contains(c)) {
                cohorts.add(c);
            }
        }
        return SsppCase.builder()
                .caseId(String.format("P-%06d", i))
                .planStatus(r.nextInt(100) < 95 ? PlanStatus.SEN_SUPPORT : PlanStatus.EHCP)
                .setting(setting)
                .primaryNeed(need)
                .parentalConsent(r.nextInt(100) < 97)
                .graduatedApproachCycles(pick(r, new Integer[] {0, 1, 2, 3, 4}, new int[] {5, 15, 35, 30, 15}))
                .coCreatedWithSupportServices(r.nextInt(100) < 92)
                .outsideAgencySupport(r.nextInt(100) < 90)
                .discussedAtMapMeeting(r.nextInt(100) < 93)
                .requestedSupportUnits(1 + r.nextInt(12))
                .renewal(r.nextInt(100) < 30)
                .cohorts(cohorts)
                .locality(LOCALITIES[r.nextInt(100) < 97 ? r.nextInt(5) : 5])
                .build();
    }

    private static <T> T pick(SplittableRandom r, T[] values, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int x = r.nextInt(total);
        for (int k = 0; k < values.length; k++) {
            x -= weights[k];
            if (x < 0) {
                return values[k];
            }
        }
        return values[values.length - 1];
    }

    /** Writes the cohort in the contract's JSON, one case a line, as a council's export would be. */
    public static void writeJson(Writer w, List<SsppCase> cases) throws IOException {
        w.write("{\"ruleSet\": \"sspp-top-up\", \"asOf\": \"" + AS_OF + "\", \"policy\": \"current\",\n \"cases\": [\n");
        StringBuilder sb = new StringBuilder(400);
        for (int i = 0; i < cases.size(); i++) {
            SsppCase c = cases.get(i);
            sb.setLength(0);
            sb.append("  {\"caseId\": \"").append(c.caseId()).append("\", \"planStatus\": \"").append(c.planStatus())
                    .append("\", \"setting\": \"").append(c.setting()).append("\", \"primaryNeed\": \"").append(c.primaryNeed())
                    .append("\", \"parentalConsent\": ").append(c.parentalConsent())
                    .append(", \"graduatedApproachCycles\": ").append(c.graduatedApproachCycles())
                    .append(", \"coCreatedWithSupportServices\": ").append(c.coCreatedWithSupportServices())
                    .append(", \"outsideAgencySupport\": ").append(c.outsideAgencySupport())
                    .append(", \"discussedAtMapMeeting\": ").append(c.discussedAtMapMeeting())
                    .append(", \"requestedSupportUnits\": ").append(c.requestedSupportUnits())
                    .append(", \"renewal\": ").append(c.renewal()).append(", \"cohorts\": [");
            for (int k = 0; k < c.cohorts().size(); k++) {
                sb.append(k == 0 ? "\"" : ", \"").append(c.cohorts().get(k)).append('"');
            }
            sb.append("], \"locality\": \"").append(c.locality()).append("\"}").append(i + 1 < cases.size() ? ",\n" : "\n");
            w.write(sb.toString());
        }
        w.write("]}\n");
    }
}
