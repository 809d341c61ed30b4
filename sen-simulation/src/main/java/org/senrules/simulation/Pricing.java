package org.senrules.simulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.senrules.core.domain.Setting;

/**
 * What a part of a pupil's year costs when it is not the rules' decision, the same under every
 * policy: a pupil on an Individual Support Plan at the scenario's amount, a pupil out of area at the
 * out-of-area price of the setting they needed, a pupil with an EHCP in a setting the scenario
 * prices at its national banding rate for the setting and level of complexity; otherwise the
 * rules' decision ({@code null}). The days a price can change are cut points of every award.
 */
final class Pricing {
    /** A price: which kind ({@link TrajectoryRunner#OUT_OF_AREA}, …), the amount a year, whether it is illustrative. */
    record Price(int kind, DatedAmount amount) {
    }

    static final Pricing NONE = new Pricing(null, null, null, null);

    private final Placement placement;
    private final Sufficiency sufficiency;
    private final Scenario scenario;
    private final CaseFacts facts;
    private final TreeSet<LocalDate> breaks = new TreeSet<>();

    Pricing(Placement placement, Sufficiency sufficiency, Scenario scenario, CaseFacts facts) {
        this.placement = placement;
        this.sufficiency = sufficiency;
        this.scenario = scenario;
        this.facts = facts;
        List<DatedAmount> dated = new ArrayList<>();
        if (sufficiency != null) {
            Sufficiency.SETTINGS.forEach(s -> dated.addAll(sufficiency.outOfAreaCost(s)));
        }
        if (scenario != null && scenario.tiers() != null) {
            dated.addAll(scenario.tiers().ispCost());
        }
        if (scenario != null && scenario.packages() != null) {
            breaks.add(scenario.packages().from());
            scenario.packages().rates().values().forEach(levels -> levels.forEach(dated::addAll));
        }
        for (DatedAmount d : dated) {
            breaks.add(d.from());
            if (d.until() != null) {
                breaks.add(d.until().plusDays(1));
            }
        }
    }

    boolean none() {
        return placement == null && (scenario == null || scenario.tiers() == null && scenario.packages() == null);
    }

    /**
     * The price of {@code pupil}'s day, or {@code null} for the rules' decision.
     *
     * @throws IllegalArgumentException when the price has no amount in force that day
     */
    Price on(Population.Pupil pupil, LocalDate day) {
        if (pupil.supportPlanOn(day)) {
            return new Price(TrajectoryRunner.SUPPORT_PLAN, needed(DatedAmount.on(scenario.tiers().ispCost(), day),
                    "the scenario " + scenario.name() + "'s tiers.individualSupportPlanCost", day));
        }
        Setting away = placement == null ? null : placement.outOfAreaOn(pupil.index, day);
        if (away != null) {
            return new Price(TrajectoryRunner.OUT_OF_AREA, needed(DatedAmount.on(sufficiency.outOfAreaCost(away), day),
                    sufficiency.label() + "'s outOfAreaCost." + away.name(), day));
        }
        if (scenario != null && scenario.packages() != null && facts != null && !day.isBefore(scenario.packages().from())) {
            PupilFacts f = facts.of(pupil.caseOn(day));
            if (scenario.packages().rates().containsKey(f.setting())) {
                return new Price(TrajectoryRunner.PACKAGE, needed(scenario.packages().rate(f.setting(), f.complexityLevel(), day),
                        "the scenario " + scenario.name() + "'s specialistProvisionPackages.rates." + f.setting().name() + "."
                                + f.complexityLevel(), day));
            }
        }
        return null;
    }

    private static DatedAmount needed(DatedAmount a, String what, LocalDate day) {
        if (a == null) {
            throw new IllegalArgumentException(what + " has no value in force on " + day + ": give one for every day the run covers");
        }
        return a;
    }

    /** The days after {@code after} and up to {@code until} on which the pupil's price may change. */
    List<LocalDate> breaks(Population.Pupil pupil, LocalDate after, LocalDate until) {
        List<LocalDate> out = new ArrayList<>(breaks.subSet(after, false, until, true));
        if (pupil.supportPlanFrom != null && pupil.supportPlanFrom.isAfter(after) && !pupil.supportPlanFrom.isAfter(until)) {
            out.add(pupil.supportPlanFrom);
        }
        if (placement != null) {
            List<Placement.Stay> stays = placement.stays.get(pupil.index);
            if (stays != null) {
                for (Placement.Stay s : stays) {
                    for (LocalDate d : new LocalDate[] {s.from(), s.to().plusDays(1)}) {
                        if (d.isAfter(after) && !d.isAfter(until)) {
                            out.add(d);
                        }
                    }
                }
            }
        }
        return out;
    }
}
