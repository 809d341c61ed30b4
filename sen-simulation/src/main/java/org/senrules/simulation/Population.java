package org.senrules.simulation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.senrules.core.spi.CaseInput;
import org.senrules.core.Request;

/**
 * Who is in the cohort when, whatever the policy: the opening pupils, each September the pupils
 * who move on a year (their case as {@link CohortYear#nextYear} gives it), those who leave (past
 * the last year, or drawn at the leaver rate) and the new pupils who join through the school year
 * (as many as left, plus the net growth). Drawn from one seeded generator in a fixed order, so the
 * same cohort, assumptions and seed give the same population.
 */
final class Population {
    /** One pupil: the day they join, the day they leave (the first day not in the cohort) and their case from each date. */
    static final class Pupil {
        final int index;
        final LocalDate start;
        final boolean joiner;
        LocalDate exit;
        /** The 1 September the pupil moved from an EHCP to an Individual Support Plan (a scenario's tiers), or null. */
        LocalDate supportPlanFrom;
        final List<LocalDate> from = new ArrayList<>(4);
        final List<CaseInput> cases = new ArrayList<>(4);

        Pupil(int index, LocalDate start, CaseInput c, boolean joiner) {
            this.index = index;
            this.start = start;
            this.joiner = joiner;
            from.add(start);
            cases.add(c);
        }

        /** The case in force on {@code day} (the first case before the pupil joins). */
        CaseInput caseOn(LocalDate day) {
            int i = cases.size() - 1;
            while (i > 0 && from.get(i).isAfter(day)) {
                i--;
            }
            return cases.get(i);
        }

        /** The days after {@code after} and up to {@code until} on which the case changes. */
        List<LocalDate> changesBetween(LocalDate after, LocalDate until) {
            List<LocalDate> out = new ArrayList<>(2);
            for (int i = 1; i < from.size(); i++) {
                if (from.get(i).isAfter(after) && !from.get(i).isAfter(until)) {
                    out.add(from.get(i));
                }
            }
            return out;
        }

        /** True when the pupil is on an Individual Support Plan on {@code day}. */
        boolean supportPlanOn(LocalDate day) {
            return supportPlanFrom != null && !day.isBefore(supportPlanFrom);
        }

        /** True when the pupil is in the cohort on some day from {@code first} to {@code last}. */
        boolean presentBetween(LocalDate first, LocalDate last) {
            return !start.isAfter(last) && (exit == null || exit.isAfter(first));
        }
    }

    final List<Pupil> pupils = new ArrayList<>();
    final int netJoinersPerYear;

    private Population(int netJoinersPerYear) {
        this.netJoinersPerYear = netJoinersPerYear;
    }

    /**
     * The population from {@code runStart} to {@code runEnd}.
     *
     * @param cohort the opening cases, decided as of their {@code asOf}
     */
    static Population build(List<Request> cohort, CohortYear life, TrajectoryAssumptions a, long seed, LocalDate runStart,
                            LocalDate runEnd) {
        int opening = cohort.size();
        int net = BigDecimal.valueOf(opening).multiply(a.netGrowthPercent().value())
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).intValueExact();
        Population pop = new Population(net);
        LocalDate asOf = cohort.get(0).asOf();
        for (Request r : cohort) {
            LocalDate start = life.plansInPlace() ? runStart : r.asOf();
            pop.pupils.add(new Pupil(pop.pupils.size(), start, r.caseData(), false));
            if (r.asOf().isAfter(asOf)) {
                asOf = r.asOf();
            }
        }
        // leaver draws in basis points: 4.5% is 450 in 10,000
        int leaverPoints = a.leaverPercent().value().movePointRight(2).intValueExact();
        SplittableRandom random = new SplittableRandom(seed);
        LocalDate september = LocalDate.of(asOf.getMonthValue() >= Month.SEPTEMBER.getValue() ? asOf.getYear() + 1 : asOf.getYear(),
                Month.SEPTEMBER, 1);
        if (!september.isAfter(asOf)) {
            september = september.plusYears(1);
        }
        for (; !september.isAfter(runEnd); september = september.plusYears(1)) {
            int left = 0;
            LocalDate dayBefore = september.minusDays(1);
            for (Pupil p : pop.pupils) {
                if (p.start.isAfter(dayBefore) || p.exit != null) {
                    continue;
                }
                CaseInput now = p.caseOn(dayBefore);
                CaseInput next = life.nextYear(now);
                // one draw per pupil present, whether or not they age out, so the draws do not depend on ages
                boolean drawn = random.nextInt(10_000) < leaverPoints;
                if (next == null || drawn) {
                    p.exit = september;
                    left++;
                } else if (!next.equals(now)) {
                    p.from.add(september);
                    p.cases.add(next);
                }
            }
            int joining = left + net;
            for (int k = 0; k < joining; k++) {
                LocalDate start = september.plusMonths(k * 12L / joining);
                CaseInput template = cohort.get(random.nextInt(opening)).caseData();
                if (start.isAfter(runEnd)) {
                    continue;
                }
                String id = "NEW-" + september.getYear() + "-" + String.format("%06d", k + 1);
                pop.pupils.add(new Pupil(pop.pupils.size(), start, life.joiner(template, id), true));
            }
        }
        return pop;
    }
}
