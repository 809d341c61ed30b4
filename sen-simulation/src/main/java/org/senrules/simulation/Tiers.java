package org.senrules.simulation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A scenario's tiers of support over the population, whatever the policy: on each 1 September from
 * the scenario's first school year the number of pupils with an EHCP is held to the projected
 * share's path, relative to the number on the first such 1 September in the run; pupils beyond it
 * move to an Individual Support Plan, from the settings the scenario names, lowest level of
 * complexity first, then in cohort order. A pupil who has moved stays on the plan.
 */
final class Tiers {
    /** One school year: the share projected, the pupils with an EHCP it gives, those who moved and the total on plans. */
    record Year(LocalDate day, BigDecimal share, int target, int ehcpBefore, int moved, int ehcpAfter, int onSupportPlans,
                int shortOfPath) {
    }

    private Tiers() {
    }

    static List<Year> move(Population pop, Scenario.Tiers tiers, CaseFacts facts, LocalDate runStart, LocalDate runEnd) {
        List<Year> out = new ArrayList<>();
        // the scenario's first school year, or the first 1 September of the run if that is later
        int firstYear = tiers.from();
        while (Scenario.september(firstYear).isBefore(runStart)) {
            firstYear++;
        }
        Integer base = null;
        BigDecimal baseShare = null;
        int onPlans = 0;
        for (int y = firstYear; !Scenario.september(y).isAfter(runEnd); y++) {
            LocalDate day = Scenario.september(y);
            List<Population.Pupil> ehcp = new ArrayList<>();
            for (Population.Pupil p : pop.pupils) {
                if (!p.start.isAfter(day) && (p.exit == null || p.exit.isAfter(day)) && !p.supportPlanOn(day)) {
                    ehcp.add(p);
                }
            }
            BigDecimal share = tiers.shareIn(y);
            if (base == null) {
                base = ehcp.size();
                baseShare = share;
            }
            int target = BigDecimal.valueOf(base).multiply(share).divide(baseShare, 0, RoundingMode.HALF_UP).intValueExact();
            int excess = ehcp.size() - target;
            int moved = 0;
            if (excess > 0) {
                List<Population.Pupil> candidates = new ArrayList<>();
                for (Population.Pupil p : ehcp) {
                    if (tiers.movedFrom().contains(facts.of(p.caseOn(day)).setting())) {
                        candidates.add(p);
                    }
                }
                candidates.sort(Comparator.comparingInt((Population.Pupil p) -> facts.of(p.caseOn(day)).complexityLevel())
                        .thenComparingInt(p -> p.index));
                for (Population.Pupil p : candidates.subList(0, Math.min(excess, candidates.size()))) {
                    p.supportPlanFrom = day;
                    moved++;
                }
            }
            onPlans = 0;
            for (Population.Pupil p : pop.pupils) {
                if (p.supportPlanOn(day) && (p.exit == null || p.exit.isAfter(day))) {
                    onPlans++;
                }
            }
            out.add(new Year(day, share, target, ehcp.size(), moved, ehcp.size() - moved, onPlans, Math.max(0, excess - moved)));
        }
        return out;
    }
}
