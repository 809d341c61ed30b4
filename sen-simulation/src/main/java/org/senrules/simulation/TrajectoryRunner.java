package org.senrules.simulation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.senrules.core.ApiStatus;
import org.senrules.core.spi.CaseInput;
import org.senrules.core.Decision;
import org.senrules.core.InvalidRequestException;
import org.senrules.core.ParameterUse;
import org.senrules.core.PolicyVariant;
import org.senrules.core.Request;
import org.senrules.core.RuleSetInfo;
import org.senrules.core.SenRules;
import org.senrules.core.Violation;
import org.senrules.core.domain.FinancialYear;
import org.senrules.core.domain.Money;
import org.senrules.core.spi.Summary;
import org.senrules.simulation.distinct.DistinctCases;

/**
 * One trajectory to configure and run: the financial years, the policies ({@code current} first),
 * the year-to-year assumptions, the seed and optionally a High Needs Block forecast. Not
 * thread-safe; {@link #run()} decides on every core. docs/simulation.md ("Year by year") gives
 * the model.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class TrajectoryRunner {
    /** The most financial years one run covers. */
    public static final int MAX_YEARS = 15;
    private static final int CHUNK = 8192;

    private final SenRules engine;
    private final List<Request> cohort;
    private List<String> policyNames = List.of();
    private FinancialYear first;
    private FinancialYear last;
    private TrajectoryAssumptions assumptions;
    private long seed = 1;
    private HighNeedsBlock hnb;
    private int tolerance = SimulationRunner.DEFAULT_FORECAST_TOLERANCE_PERCENT;
    private CohortYear cohortYear;
    /** The memo the runs of one uncertainty run share (a case decided in one run is not decided again in the next), or null. */
    private DistinctCases sharedDistinct;
    private Sufficiency sufficiency;
    private Scenario scenario = Scenario.NONE;
    /** The last run's decisions and what they were made with, reused while that stays the same. */
    private Decided lastDecided;
    private List<Object> decidedKey;
    private CohortYear decidedLife;

    TrajectoryRunner(SenRules engine, List<Request> cohort) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.cohort = List.copyOf(cohort);
        if (this.cohort.isEmpty()) {
            throw new IllegalArgumentException("a trajectory needs at least one case");
        }
    }

    /** The financial years to report, both included, such as 2025-26 to 2029-30. */
    public TrajectoryRunner years(FinancialYear from, FinancialYear to) {
        this.first = Objects.requireNonNull(from, "from");
        this.last = Objects.requireNonNull(to, "to");
        return this;
    }

    /** The policies to run by name; empty (the default) runs every policy of the rule set. */
    public TrajectoryRunner policies(List<String> names) {
        this.policyNames = List.copyOf(names);
        return this;
    }

    /** The growth, leaver and budget growth figures; required. */
    public TrajectoryRunner assumptions(TrajectoryAssumptions a) {
        this.assumptions = Objects.requireNonNull(a, "assumptions");
        return this;
    }

    /** The seed of the leaver and new-pupil draws; 1 by default. */
    public TrajectoryRunner seed(long s) {
        this.seed = s;
        return this;
    }

    /** Projects this High Needs Block forecast from its financial year to the last year. */
    public TrajectoryRunner highNeedsBlock(HighNeedsBlock forecast) {
        this.hnb = Objects.requireNonNull(forecast, "forecast");
        return this;
    }

    /** How far, as a whole percentage, current's cost may differ from the forecast outturn before a warning; 10 by default. */
    public TrajectoryRunner forecastTolerancePercent(int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("the forecast tolerance is a whole percentage from 0 to 100, not " + percent);
        }
        this.tolerance = percent;
        return this;
    }

    /**
     * Places pupils who need a special-school or resource-base place within the places of
     * {@code s} each school year, and the rest out of area at its out-of-area price
     * (docs/simulation.md, "Place sufficiency"). The planned places open late by the
     * assumptions' {@link TrajectoryAssumptions#sufficiencySlippage()} (none when not set).
     *
     * @since 1.0
     */
    public TrajectoryRunner sufficiency(Sufficiency s) {
        this.sufficiency = Objects.requireNonNull(s, "sufficiency");
        return this;
    }

    /**
     * Runs the years in {@code s} ({@link Scenario#NONE}, the default, for none): its High Needs
     * Block parts with a forecast, its tiers and national prices over the pupils.
     *
     * @since 1.0
     */
    public TrajectoryRunner scenario(Scenario s) {
        this.scenario = Objects.requireNonNull(s, "scenario");
        return this;
    }

    /** How the cohort's cases move on; needed only for a rule set the simulator does not ship one for. */
    public TrajectoryRunner cohortYear(CohortYear y) {
        this.cohortYear = Objects.requireNonNull(y, "cohortYear");
        return this;
    }

    /** A decision to make: an award (a first or renewal request) or a later part of one, priced at that day's values. */
    private static final class Job {
        final int policy;
        final Population.Pupil pupil;
        final LocalDate day;
        final CaseInput c;
        final boolean award;
        final boolean renewal;
        final List<Share> shares = new ArrayList<>(2);

        Job(int policy, Population.Pupil pupil, LocalDate day, CaseInput c, boolean award, boolean renewal) {
            this.policy = policy;
            this.pupil = pupil;
            this.day = day;
            this.c = c;
            this.award = award;
            this.renewal = renewal;
        }
    }

    /** How a part of a pupil's year is priced: by the rules' decision, or at a price the sufficiency file or the scenario gives. */
    static final int RULES = 0;
    static final int OUT_OF_AREA = 1;
    static final int SUPPORT_PLAN = 2;
    static final int PACKAGE = 3;
    /** What each price is called where a report lists the illustrative values a year used. */
    static final List<String> PRICE_NAMES = List.of("the rules' values", "the out-of-area price", "the cost of an Individual Support Plan",
            "national banding rates");

    /** A part of an award in one financial year: its half months, and how it is priced (a price's amount a year in pence). */
    private record Share(int year, int halves, int kind, long annualPence, boolean illustrative) {
    }

    /** One policy's sums, by financial year from the cohort's. */
    private static final class Sums {
        final PolicyVariant variant;
        final long[] pence;
        final long[][] byPupil;
        final int[] renewalsFunded;
        final int[] renewalsRefused;
        /** By price (OUT_OF_AREA, SUPPORT_PLAN, PACKAGE) and year: the money at that price, and the rules' money it replaced. */
        final long[][] priced;
        final long[][] replaced;
        /** By year: a bit per price whose amount used was illustrative. */
        final int[] illustrativePrices;
        final TreeSet<LocalDate> breaks = new TreeSet<>();
        boolean illustrative;
        Sums copyOf;

        Sums(PolicyVariant variant, int years, int pupils) {
            this.variant = variant;
            this.pence = new long[years];
            this.byPupil = new long[years][pupils];
            this.renewalsFunded = new int[years];
            this.renewalsRefused = new int[years];
            this.priced = new long[PRICE_NAMES.size()][years];
            this.replaced = new long[PRICE_NAMES.size()][years];
            this.illustrativePrices = new int[years];
        }

        private LocalDate[] sorted;

        /** The number of parameter changes on or before {@code day}: equal numbers mean the same values. */
        int interval(LocalDate day) {
            // a binary search of the changes, which are all known before the first job is settled
            // (a TreeSet's headSet counts its elements one by one, and this is asked for every part year)
            if (sorted == null || sorted.length != breaks.size()) {
                sorted = breaks.toArray(new LocalDate[0]);
            }
            int at = java.util.Arrays.binarySearch(sorted, day);
            return at >= 0 ? at + 1 : -at - 1;
        }
    }

    /**
     * Runs every policy over the years.
     *
     * @throws IllegalArgumentException for years the cohort cannot cover, no assumptions, a rule set
     *                                  with no {@link CohortYear}, a year with no parameter values in force
     *                                  (naming the year and the parameter), or a forecast outside the years
     */
    public Trajectory.Result run() {
        if (first == null || assumptions == null) {
            throw new IllegalArgumentException("a trajectory needs its years and its assumptions");
        }
        RuleSetInfo info = Simulation.ruleSet(engine, cohort);
        List<PolicyVariant> variants = Simulation.policies(info, policyNames);
        CohortYear life = cohortYear != null ? cohortYear : declared(info);
        if (!life.ruleSet().equals(info.id())) {
            throw new IllegalArgumentException("the CohortYear given is for " + life.ruleSet() + ", the cohort is " + info.id());
        }
        LocalDate asOf = cohort.get(0).asOf();
        FinancialYear cohortFy = FinancialYear.containing(asOf);
        if (first.compareTo(last) > 0) {
            throw new IllegalArgumentException("the years run from " + first + " to " + last + ": the first is after the last");
        }
        if (first.compareTo(cohortFy) < 0) {
            throw new IllegalArgumentException("the cohort is as of " + asOf + ", in " + cohortFy + ": its years start there or later, not "
                    + first);
        }
        int years = last.startYear() - cohortFy.startYear() + 1;
        if (last.startYear() - first.startYear() + 1 > MAX_YEARS) {
            throw new IllegalArgumentException("a trajectory covers at most " + MAX_YEARS + " financial years");
        }
        FinancialYear hnbFy = hnb == null ? null : FinancialYear.parse(hnb.financialYear());
        if (hnbFy != null && (hnbFy.compareTo(first) < 0 || hnbFy.compareTo(last) > 0)) {
            throw new IllegalArgumentException("the High Needs Block forecast is for " + hnbFy + ", outside the years " + first + " to "
                    + last + ": give a forecast for one of them");
        }
        LocalDate runStart = cohortFy.firstDay();
        LocalDate runEnd = last.lastDay();
        Summary<?, ?> summary = info.summary();
        CaseFacts facts = CaseFacts.of(info);
        if (sufficiency != null && facts == null) {
            throw new IllegalArgumentException("place sufficiency places pupils by the setting and year their cases give: it runs "
                    + CaseFacts.whichCohorts(engine.ruleSets()) + ", not " + info.id() + " (" + CaseFacts.ROLE + ")");
        }
        preflightPrices(facts, runStart, runEnd);
        preflight(info, variants, cohortFy, asOf);

        Decided decided = decided(info, variants, life, cohortFy, runStart, runEnd, years, summary);
        Population pop = decided.pop();
        List<Sums> sums = decided.sums();
        long decisions = decided.decisions();
        long[][] costs = costs(sums, years);

        List<FinancialYear> reported = new ArrayList<>();
        for (FinancialYear y = first; y.compareTo(last) <= 0; y = y.next()) {
            reported.add(y);
        }
        int offset = first.startYear() - cohortFy.startYear();
        int[] present = new int[years];
        int[] joined = new int[years];
        int[] left = new int[years];
        for (Population.Pupil p : pop.pupils) {
            for (int y = 0; y < years; y++) {
                FinancialYear fy = new FinancialYear(cohortFy.startYear() + y);
                present[y] += p.presentBetween(fy.firstDay(), fy.lastDay()) ? 1 : 0;
                joined[y] += p.joiner && fy.contains(p.start) ? 1 : 0;
                left[y] += p.exit != null && fy.contains(p.exit.minusDays(1)) ? 1 : 0;
            }
        }
        List<String> warnings = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        long[][][] priced = new long[sums.size()][][];
        long[][][] replaced = new long[sums.size()][][];
        for (int p = 0; p < sums.size(); p++) {
            Sums s = sums.get(p).copyOf != null ? sums.get(p).copyOf : sums.get(p);
            priced[p] = new long[PRICE_NAMES.size()][];
            replaced[p] = new long[PRICE_NAMES.size()][];
            for (int k = 0; k < PRICE_NAMES.size(); k++) {
                priced[p][k] = uplifted(s.priced[k]);
                replaced[p][k] = uplifted(s.replaced[k]);
            }
        }
        Placement placement = decided.placement();
        java.math.BigDecimal scale = sufficiency == null ? null : placesScale();
        if (sufficiency != null) {
            placementNotes(pop, facts, placement, scale, runStart, runEnd, notes);
        }
        if (!scenario.isNone()) {
            scenarioNotes(facts, info.id(), decided.tiers(), notes);
        }
        Trajectory.Block[][] blocks = new Trajectory.Block[sums.size()][years];
        if (hnb != null) {
            project(info.id(), costs, blocks, hnbFy, cohortFy, last, warnings, notes);
            if (placement != null) {
                outOfAreaAgainstTheForecast(priced[0][OUT_OF_AREA][hnbFy.startYear() - cohortFy.startYear()]
                        - replaced[0][OUT_OF_AREA][hnbFy.startYear() - cohortFy.startYear()], scale, hnbFy, notes);
            }
            if (!hnbFy.equals(cohortFy)) {
                warnings.add("The cohort is as of " + asOf + ", in " + cohortFy + ", but the High Needs Block forecast is for " + hnbFy
                        + ": the projection starts in " + hnbFy + " with the cohort as the trajectory has moved it on to then.");
            }
        } else if (scenario.rollover() != null || scenario.grant() != null || scenario.statutoryOverride() != null) {
            notes.add("The scenario " + scenario.name() + "'s High Needs Block parts (the budget rollover, the stability grant, the "
                    + "statutory override) need a forecast to project: give one (a forecast file, or the budget and the reserve brought "
                    + "forward) to apply them. Its other parts are applied.");
        }
        List<Trajectory.Policy> policies = new ArrayList<>();
        for (int p = 0; p < sums.size(); p++) {
            Sums s = sums.get(p).copyOf != null ? sums.get(p).copyOf : sums.get(p);
            List<Trajectory.Year> rows = new ArrayList<>();
            FinancialYear exhausted = null;
            for (int y = offset; y < years; y++) {
                int funded = 0;
                for (long v : s.byPupil[y]) {
                    funded += v > 0 ? 1 : 0;
                }
                Trajectory.Block b = blocks[p][y];
                FinancialYear fy = new FinancialYear(cohortFy.startYear() + y);
                if (b != null && b.reserveExhausted() && exhausted == null) {
                    exhausted = fy;
                }
                Trajectory.OutOfArea away = placement == null ? null : new Trajectory.OutOfArea(
                        placement.outOfAreaBetween(fy.firstDay(), fy.lastDay()), Money.ofPence(priced[p][OUT_OF_AREA][y]),
                        Money.ofPence(replaced[p][OUT_OF_AREA][y]));
                Trajectory.ScenarioYear scenarioYear = null;
                if (facts != null && (scenario.tiers() != null || scenario.packages() != null)) {
                    Tiers.Year tier = decided.tiers().stream().filter(t -> t.day().getYear() == fy.startYear()).findFirst().orElse(null);
                    scenarioYear = new Trajectory.ScenarioYear(tier == null ? null : tier.share(), tier == null ? null : tier.ehcpAfter(),
                            tier == null ? null : tier.onSupportPlans(), Money.ofPence(priced[p][SUPPORT_PLAN][y]),
                            Money.ofPence(priced[p][PACKAGE][y]), Money.ofPence(replaced[p][SUPPORT_PLAN][y] + replaced[p][PACKAGE][y]));
                }
                List<String> illustrativeUsed = new ArrayList<>();
                for (int k = 1; k < PRICE_NAMES.size(); k++) {
                    if ((s.illustrativePrices[y] & (1 << k)) != 0) {
                        illustrativeUsed.add(PRICE_NAMES.get(k));
                    }
                }
                rows.add(new Trajectory.Year(fy, Money.ofPence(costs[p][y]), Money.ofPence(costs[p][y] - costs[0][y]), present[y],
                        funded, joined[y], left[y], s.renewalsFunded[y], s.renewalsRefused[y], b).with(away, scenarioYear, illustrativeUsed));
            }
            PolicyVariant v = sums.get(p).variant;
            boolean illustrativePrices = java.util.Arrays.stream(s.illustrativePrices).anyMatch(bits -> bits != 0);
            policies.add(new Trajectory.Policy(v.name(), v.title(), s.illustrative || illustrativePrices, sums.get(p).copyOf != null, rows,
                    exhausted));
        }
        List<Trajectory.PlaceRow> placeRows = new ArrayList<>();
        List<Trajectory.PoolRow> poolRows = new ArrayList<>();
        if (placement != null) {
            placement.pupils.forEach(r -> placeRows.add(new Trajectory.PlaceRow(r.day(), r.setting(), r.phase(), r.needing(), r.placed(),
                    r.outOfArea(), r.joinedNeeding(), r.joinedOutOfArea())));
            placement.pools.forEach(r -> poolRows.add(new Trajectory.PoolRow(r.day(), r.pool().setting(), r.pool().phase(), r.pool().need(),
                    r.places(), r.opened(), r.placed())));
        }
        List<Trajectory.TierYear> tierRows = new ArrayList<>();
        decided.tiers().forEach(t -> tierRows.add(new Trajectory.TierYear(t.day(), t.share(), t.target(), t.ehcpBefore(), t.moved(),
                t.onSupportPlans(), t.shortOfPath())));
        return new Trajectory.Result(info.id(), asOf, cohort.size(), reported, policies, assumptions, seed,
                hnb == null ? null : hnb.description(), hnbFy, decisions, warnings, notes, life.plansInPlace())
                .with(scenario, sufficiency, scale, placeRows, poolRows, tierRows);
    }

    /** The sufficiency file's places scaled to this cohort: its opening size over the file's population (1 without one). */
    private java.math.BigDecimal placesScale() {
        Integer population = sufficiency.population();
        return population == null ? java.math.BigDecimal.ONE
                : java.math.BigDecimal.valueOf(cohort.size()).divide(java.math.BigDecimal.valueOf(population), 6, RoundingMode.HALF_UP);
    }

    /** The percentage of planned places opening a year late: the assumptions', or none. */
    private java.math.BigDecimal slippage() {
        TrajectoryAssumptions.Figure f = assumptions.sufficiencySlippage();
        return f == null ? java.math.BigDecimal.ZERO : f.value();
    }

    /** {@code pence} by year, raised by the value uplift as {@link #costs} raises the costs. */
    private long[] uplifted(long[] pence) {
        long[] out = pence.clone();
        if (assumptions.valueUpliftPoints().signum() != 0) {
            BigDecimal factor = BigDecimal.ONE.add(assumptions.valueUpliftPoints().movePointLeft(2));
            for (int y = 0; y < out.length; y++) {
                out[y] = BigDecimal.valueOf(out[y]).multiply(factor.pow(y)).setScale(0, RoundingMode.HALF_UP).longValueExact();
            }
        }
        return out;
    }

    /**
     * Before any work: every price the run may use has a value on every day it may be used (the
     * out-of-area price over the whole run, a support plan's cost and the national rates from
     * when the scenario starts them), so that a gap is named before any decision is made.
     */
    private void preflightPrices(CaseFacts facts, LocalDate runStart, LocalDate runEnd) {
        if (sufficiency != null) {
            for (org.senrules.core.domain.Setting s : Sufficiency.SETTINGS) {
                LocalDate gap = gap(sufficiency.outOfAreaCost(s), runStart, runEnd);
                if (gap != null) {
                    throw new IllegalArgumentException(sufficiency.label() + ": outOfAreaCost." + s.name() + " has no value in force on "
                            + gap + ": the out-of-area price needs a value for every day the run covers");
                }
            }
        }
        if (facts == null) {
            return;
        }
        if (scenario.tiers() != null) {
            LocalDate from = Scenario.september(scenario.tiers().from());
            LocalDate gap = from.isAfter(runEnd) ? null : gap(scenario.tiers().ispCost(), from.isBefore(runStart) ? runStart : from, runEnd);
            if (gap != null) {
                throw new IllegalArgumentException(scenario.label() + ": tiers.individualSupportPlanCost has no value in force on " + gap
                        + ": it needs a value for every day from the tiers' first school year to the end of the run");
            }
        }
        if (scenario.packages() != null) {
            LocalDate from = scenario.packages().from();
            if (!from.isAfter(runEnd)) {
                for (var e : scenario.packages().rates().entrySet()) {
                    for (int level = 1; level <= e.getValue().size(); level++) {
                        LocalDate gap = gap(e.getValue().get(level - 1), from.isBefore(runStart) ? runStart : from, runEnd);
                        if (gap != null) {
                            throw new IllegalArgumentException(scenario.label() + ": specialistProvisionPackages.rates." + e.getKey().name() + "."
                                    + level + " has no value in force on " + gap + ": it needs a value for every day from " + from
                                    + " to the end of the run");
                        }
                    }
                }
            }
        }
    }

    /** The first day from {@code from} to {@code to} on which none of {@code values} is in force, or {@code null}. */
    private static LocalDate gap(List<DatedAmount> values, LocalDate from, LocalDate to) {
        LocalDate day = from;
        while (!day.isAfter(to)) {
            DatedAmount v = DatedAmount.on(values, day);
            if (v == null) {
                return day;
            }
            if (v.until() == null) {
                return null;
            }
            day = v.until().plusDays(1);
        }
        return null;
    }

    /**
     * What the places file gives and what the run finds, laid beside the council's own forecast
     * shortfalls (the sufficiency file's references), at the council's scale.
     */
    private void placementNotes(Population pop, CaseFacts facts, Placement placement, java.math.BigDecimal scale, LocalDate runStart,
                                LocalDate runEnd, List<String> notes) {
        Integer population = sufficiency.population();
        notes.add("Places: " + sufficiency.title() + (population == null ? ", as given (the file's places are this cohort's)"
                : ", scaled to this cohort: " + String.format("%,d", cohort.size()) + " cases against the " + String.format("%,d", population)
                + " plans the file's places are for (" + scale.stripTrailingZeros().toPlainString() + ")") + ". Pupils who need a "
                + "special-school or resource-base place and find none are placed out of area at the out-of-area price"
                + (slippage().signum() == 0 ? "" : "; " + slippage().toPlainString() + "% of the planned places open a year late") + ".");
        if (sufficiency.references().isEmpty()) {
            return;
        }
        Placement withoutPlanned = null;
        for (Sufficiency.Reference r : sufficiency.references()) {
            LocalDate day = Scenario.september(r.academicYear());
            if (day.isBefore(runStart) || day.isAfter(runEnd)) {
                notes.add(r.statement() + " (" + r.source() + "): outside the years run, so not laid beside them.");
                continue;
            }
            Placement p = placement;
            if (!r.withPlannedPlaces()) {
                if (withoutPlanned == null) {
                    withoutPlanned = Placement.place(pop, facts, Placement.entries(sufficiency, scale, java.math.BigDecimal.ZERO, false),
                            runStart, runEnd);
                }
                p = withoutPlanned;
            }
            int found = p.outOfAreaOn(day, r.setting(), r.phase());
            String where = (r.phase() == null ? "" : r.phase().words() + " ") + (r.setting() == org.senrules.core.domain.Setting.SPECIAL_SCHOOL
                    ? "special-school" : "resource-base");
            String council = scale.compareTo(java.math.BigDecimal.ONE) == 0 ? "" : ", " + String.format("%,d", java.math.BigDecimal.valueOf(found)
                    .divide(scale, 0, RoundingMode.HALF_UP).intValueExact()) + " at the council's scale";
            notes.add(r.statement() + " (" + r.source() + "). This run" + (r.withPlannedPlaces() ? "" : ", without the planned places,")
                    + " has " + String.format("%,d", found) + (found == 1 ? " pupil" : " pupils") + " without a " + where + " place on "
                    + "1 September " + r.academicYear()
                    + council + ".");
        }
    }

    /** What of the scenario applies to this cohort, and the tiers' path against the cohort's own growth. */
    private void scenarioNotes(CaseFacts facts, String ruleSet, List<Tiers.Year> tierYears, List<String> notes) {
        if (facts == null && (scenario.tiers() != null || scenario.packages() != null)) {
            notes.add("The scenario " + scenario.name() + "'s tiers and national prices move and price pupils with an EHCP by their "
                    + "setting and level of complexity: they apply to " + CaseFacts.whichCohorts(engine.ruleSets()) + ", not to this " + ruleSet
                    + " cohort (" + CaseFacts.ROLE + "), so only its High Needs Block parts are applied.");
        }
        for (Tiers.Year t : tierYears) {
            if (t.shortOfPath() > 0) {
                notes.add("On " + t.day() + " the tiers' path needs " + String.format("%,d", t.shortOfPath()) + " more pupils to move "
                        + "than the settings the scenario moves from hold: the cohort stays above the path that year.");
            }
        }
    }

    /**
     * The calibration of the out-of-area placements: the run's extra cost of pupils placed out of
     * area in the forecast's year, at the council's scale, laid beside the forecast's out-of-area
     * line (its pressure), when the forecast names one.
     */
    private void outOfAreaAgainstTheForecast(long extraPence, java.math.BigDecimal scale, FinancialYear hnbFy, List<String> notes) {
        HighNeedsBlock.Line line = hnb.outOfAreaLine();
        if (line == null) {
            return;
        }
        Money extra = Money.ofPence(extraPence);
        Money council = Money.ofPence(BigDecimal.valueOf(extraPence).divide(scale, 0, RoundingMode.HALF_UP).longValueExact());
        Money against = line.pressure() != null ? hnb.pressure(line.pressure()) : line.outturn();
        String what = line.pressure() != null ? "its pressure (the overspend the forecast gives it)" : "its forecast outturn";
        String percent = against == null || against.isZero() ? "-" : council.toPounds().multiply(BigDecimal.valueOf(100))
                .divide(against.toPounds(), 1, RoundingMode.HALF_UP).toPlainString() + "%";
        notes.add("Out of area against the forecast: pupils placed out of area for want of a place cost " + extra.display() + " in " + hnbFy
                + " more than their places in area would have under current" + (scale.compareTo(BigDecimal.ONE) == 0 ? ""
                : " (" + council.display() + " at the council's scale)") + ", laid beside the forecast's line \"" + line.name() + "\", "
                + what + (against == null ? "" : " " + against.display()) + ": " + percent + ". The line also pays for placements this "
                + "model does not make (pupils placed out of area by choice or by a tribunal), so it is set beside it, not checked.");
    }

    /**
     * Runs the trajectory with the assumptions as configured (the base), then again with each of
     * {@code moves}' assumptions moved down and up by its amount, the others as they are, and
     * gives every run. A run whose value would pass the assumption's range is run at its end and
     * marked so; one that would not move it at all (a renewal rate of 100% moved up) is not run
     * again but reported as the base. The decisions are made again only when a move changes who
     * is in the cohort or who asks for a renewal; the value uplift and the Block's budget growth
     * reuse them. Leaves the runner configured with the base assumptions.
     *
     * @param moves the assumptions to move and by how much; {@link Sensitivity#standard} gives the five by their steps
     * @throws IllegalArgumentException as {@link #run()}, or for a move of an assumption not in these assumptions
     */
    public Sensitivity.Result sensitivity(List<Sensitivity.Move> moves) {
        TrajectoryAssumptions base = assumptions;
        if (base == null) {
            throw new IllegalArgumentException("a trajectory needs its years and its assumptions");
        }
        Trajectory.Result baseRun = run();
        List<Sensitivity.Run> runs = new ArrayList<>();
        try {
            for (Sensitivity.Move m : moves) {
                Assumption a = Assumption.named(base, m.assumption());
                for (boolean up : new boolean[] {false, true}) {
                    BigDecimal wanted = up ? a.base().add(m.by()) : a.base().subtract(m.by());
                    BigDecimal value = a.clamp(wanted);
                    Trajectory.Result r;
                    if (value.compareTo(a.base()) == 0) {
                        r = baseRun;
                    } else {
                        assumptions = a.with(base, value);
                        r = run();
                    }
                    runs.add(new Sensitivity.Run(a, up, value, value.compareTo(wanted) != 0, r));
                }
            }
        } finally {
            assumptions = base;
        }
        return new Sensitivity.Result(baseRun, runs);
    }

    /**
     * Uncertainty runs: the trajectory run {@code runs} times, run {@code k} with the assumptions
     * {@code draws} draws for it and its own leaver and new-pupil draws, both from
     * {@link Uncertainty#runSeed}{@code (seed, k)} (the seed as configured), and summarised per
     * policy and year. The runs share one memo of decided cases: a decision depends only on the
     * case, the policies and the date, and runs meet the same pupils on the same days. Leaves the
     * runner configured as it was.
     *
     * @throws IllegalArgumentException as {@link #run()}, or for a number of runs outside 1 to {@link Uncertainty#MAX_RUNS}
     */
    public Uncertainty.Result uncertainty(Uncertainty.Draws draws, int runs) {
        if (runs < 1 || runs > Uncertainty.MAX_RUNS) {
            throw new IllegalArgumentException("an uncertainty run has 1 to " + Uncertainty.MAX_RUNS + " runs, not " + runs);
        }
        return Uncertainty.Result.of(draws, seed, uncertaintyRuns(draws, 0, runs));
    }

    /**
     * Runs {@code from} (included) to {@code to} (excluded) of an uncertainty run, as
     * {@link #uncertainty} runs them, for a caller that spreads the runs (a cluster, by seed) and
     * summarises them with {@link Uncertainty.Result#of}. They share one memo of decided cases.
     *
     * @throws IllegalArgumentException as {@link #run()}, or for runs outside 0 to {@link Uncertainty#MAX_RUNS}
     */
    public List<Uncertainty.Outcome> uncertaintyRuns(Uncertainty.Draws draws, int from, int to) {
        Objects.requireNonNull(draws, "draws");
        if (from < 0 || to > Uncertainty.MAX_RUNS || from >= to) {
            throw new IllegalArgumentException("runs " + from + " to " + to + " are not within 0 to " + Uncertainty.MAX_RUNS);
        }
        TrajectoryAssumptions base = assumptions;
        long baseSeed = seed;
        if (base == null) {
            throw new IllegalArgumentException("a trajectory needs its years and its assumptions");
        }
        RuleSetInfo info = Simulation.ruleSet(engine, cohort);
        DistinctCases.enabled();
        List<Uncertainty.Outcome> out = new ArrayList<>();
        try {
            sharedDistinct = Simulation.onePass() ? DistinctCases.of(engine, info.id(), info.caseType()) : null;
            for (int k = from; k < to; k++) {
                Uncertainty.Drawn drawn = draws.draw(base, baseSeed, k);
                assumptions = drawn.assumptions();
                seed = drawn.seed();
                out.add(Uncertainty.Outcome.of(drawn, run()));
            }
            if (sharedDistinct != null) {
                sharedDistinct.log(info.id() + ", uncertainty runs " + from + " to " + (to - 1));
            }
        } finally {
            assumptions = base;
            seed = baseSeed;
            sharedDistinct = null;
        }
        return out;
    }

    /** The population and each policy's sums: the work of a run, which depends on nothing the finish moves. */
    private record Decided(Population pop, List<Sums> sums, long decisions, Placement placement, List<Tiers.Year> tiers) {
    }

    /**
     * Decides every award and part of the run, or gives the last run's decisions when nothing
     * they depend on has changed since (a run that moves only the value uplift or the Block's
     * budget growth, as a sensitivity run does, decides nothing again).
     */
    private Decided decided(RuleSetInfo info, List<PolicyVariant> variants, CohortYear life, FinancialYear cohortFy, LocalDate runStart,
                            LocalDate runEnd, int years, Summary<?, ?> summary) {
        List<Object> key = java.util.Arrays.asList(info.id(), variants.stream().map(PolicyVariant::name).toList(), cohortFy, last,
                assumptions.netGrowthPercent().value().stripTrailingZeros(), assumptions.leaverPercent().value().stripTrailingZeros(),
                assumptions.renewalPercent().value().stripTrailingZeros(), seed, life.getClass().getName(), sufficiency, scenario,
                slippage().stripTrailingZeros());
        if (key.equals(decidedKey) && life == decidedLife) {
            return lastDecided; // only pricing or the Block's assumptions moved: the decisions stand
        }
        Population pop = Population.build(cohort, life, assumptions, seed, runStart, runEnd);
        CaseFacts facts = CaseFacts.of(info);
        List<Tiers.Year> tierYears = scenario.tiers() != null && facts != null
                ? Tiers.move(pop, scenario.tiers(), facts, runStart, runEnd) : List.of();
        Placement placement = sufficiency == null ? null
                : Placement.place(pop, facts, Placement.entries(sufficiency, placesScale(), slippage(), true), runStart, runEnd);
        Pricing pricing = new Pricing(placement, sufficiency, facts == null ? null : scenario, facts);
        List<Sums> sums = new ArrayList<>();
        for (PolicyVariant v : variants) {
            Sums s = new Sums(v, years, pop.pupils.size());
            if (!sums.isEmpty() && engine.policyChanges(info.id(), v.name()).isEmpty()) {
                s.copyOf = sums.get(0);
            }
            for (ParameterUse u : engine.parameterValues(info.id(), v.name())) {
                s.breaks.add(u.effectiveFrom());
                if (u.until() != null) {
                    s.breaks.add(u.until().plusDays(1));
                }
            }
            sums.add(s);
        }
        List<Job> pending = new ArrayList<>();
        for (int p = 0; p < sums.size(); p++) {
            if (sums.get(p).copyOf != null) {
                continue;
            }
            for (Population.Pupil pupil : pop.pupils) {
                if (!pupil.start.isAfter(runEnd)) {
                    pending.add(new Job(p, pupil, pupil.start, pupil.caseOn(pupil.start), true, false));
                }
            }
        }
        boolean onePass = Simulation.onePass();
        // a case repeated on the same day under the same policies (its id aside) is decided once: docs/simulation.md
        DistinctCases.enabled(); // a value other than true or false is refused on either route
        DistinctCases distinct = !onePass ? null : sharedDistinct != null ? sharedDistinct : DistinctCases.of(engine, info.id(), info.caseType());
        long decisions = 0;
        while (!pending.isEmpty()) {
            List<Job> next = new ArrayList<>();
            if (onePass) {
                decisions += decideTogether(info, pending, summary, sums, life, cohortFy, runEnd, next, distinct, pricing);
            } else {
                for (int from = 0; from < pending.size(); from += CHUNK) {
                    List<Job> chunk = pending.subList(from, Math.min(pending.size(), from + CHUNK));
                    List<Request> requests = new ArrayList<>(chunk.size());
                    for (Job j : chunk) {
                        requests.add(new Request(info.id(), j.day, sums.get(j.policy).variant.name(), j.c));
                    }
                    List<Decision<?>> decided;
                    try {
                        decided = engine.decideAllInParallel(requests);
                    } catch (InvalidRequestException e) {
                        throw new IllegalArgumentException("a case of the trajectory cannot be decided: " + first(e), e);
                    }
                    decisions += decided.size();
                    for (int i = 0; i < chunk.size(); i++) {
                        settle(chunk.get(i), decided.get(i), summary, sums, life, cohortFy, runEnd, next, pricing);
                    }
                }
            }
            pending = next;
        }
        if (distinct != null) {
            distinct.log(info.id() + ", trajectory");
        }

        lastDecided = new Decided(pop, sums, decisions, placement, tierYears);
        decidedKey = key;
        decidedLife = life;
        return lastDecided;
    }

    /**
     * Each policy's cost in each year of the run, in pence: its sums, raised by the value uplift
     * compounded from the year after the cohort's, half up to the penny (no uplift, the sums).
     */
    private long[][] costs(List<Sums> sums, int years) {
        BigDecimal factor = BigDecimal.ONE.add(assumptions.valueUpliftPoints().movePointLeft(2));
        long[][] out = new long[sums.size()][years];
        for (int p = 0; p < sums.size(); p++) {
            Sums s = sums.get(p).copyOf != null ? sums.get(p).copyOf : sums.get(p);
            for (int y = 0; y < years; y++) {
                out[p][y] = assumptions.valueUpliftPoints().signum() == 0 ? s.pence[y]
                        : BigDecimal.valueOf(s.pence[y]).multiply(factor.pow(y)).setScale(0, RoundingMode.HALF_UP).longValueExact();
            }
        }
        return out;
    }

    /** The same case on the same day, to be decided under every policy that has a job for it. */
    private record Together(int pupil, LocalDate day, CaseInput c) {
    }

    /**
     * Decides {@code pending} with the jobs of one pupil, day and case taken together: one
     * {@link SenRules#decideUnderPolicies} for all their policies, so the case is checked once
     * and its rules fire once per distinct view of the parameters. Each job is then settled as
     * the policy-by-policy route settles it (the sums do not depend on the order); returns the
     * number of decisions, one per job.
     */
    private long decideTogether(RuleSetInfo info, List<Job> pending, Summary<?, ?> summary, List<Sums> sums, CohortYear life,
                                FinancialYear cohortFy, LocalDate runEnd, List<Job> next, DistinctCases distinct, Pricing pricing) {
        java.util.Map<Together, List<Job>> groups = new java.util.LinkedHashMap<>();
        for (Job j : pending) {
            groups.computeIfAbsent(new Together(j.pupil.index, j.day, j.c), k -> new ArrayList<>(sums.size())).add(j);
        }
        List<List<Job>> all = new ArrayList<>(groups.values());
        groups = null;
        List<?>[] decided = new List<?>[Math.min(CHUNK, all.size())];
        for (int from = 0; from < all.size(); from += CHUNK) {
            int start = from;
            int to = Math.min(all.size(), from + CHUNK);
            distinct.nextChunk();
            try {
                java.util.stream.IntStream.range(from, to).parallel()
                        .forEach(g -> decided[g - start] = decide(info, all.get(g), sums, distinct));
            } catch (InvalidRequestException e) {
                // the first case that cannot be decided, in the jobs' order, as the other route names it
                for (int g = from; g < to; g++) {
                    try {
                        decide(info, all.get(g), sums, distinct);
                    } catch (InvalidRequestException first) {
                        throw new IllegalArgumentException("a case of the trajectory cannot be decided: " + first(first), first);
                    }
                }
                throw new IllegalArgumentException("a case of the trajectory cannot be decided: " + first(e), e);
            }
            for (int g = from; g < to; g++) {
                List<Job> jobs = all.get(g);
                List<?> decisions = decided[g - from];
                for (int k = 0; k < jobs.size(); k++) {
                    settle(jobs.get(k), (Decision<?>) decisions.get(k), summary, sums, life, cohortFy, runEnd, next, pricing);
                }
                decided[g - from] = null;
                all.set(g, null);
            }
        }
        return pending.size();
    }

    /** The decisions of one pupil's jobs on one day, in the jobs' order. */
    private List<Decision<?>> decide(RuleSetInfo info, List<Job> jobs, List<Sums> sums, DistinctCases distinct) {
        List<String> names = new ArrayList<>(jobs.size());
        for (Job j : jobs) {
            names.add(sums.get(j.policy).variant.name());
        }
        Job j = jobs.get(0);
        return distinct.decide(new Request(info.id(), j.day, names.get(0), j.c), names);
    }

    /** Adds a decided job's money to its shares and, for an award, makes the jobs that follow it. */
    private void settle(Job j, Decision<?> d , Summary<?, ?> summary, List<Sums> sums, CohortYear life, FinancialYear cohortFy,
                        LocalDate runEnd, List<Job> next, Pricing pricing) {
        Sums s = sums.get(j.policy);
        Summary.Row row = summary.read(j.c, d.outcome());
        s.illustrative |= d.illustrative();
        if (!j.award) {
            add(s, j, row.money());
            return;
        }
        boolean funded = row.considered() && row.eligible();
        if (j.renewal) {
            (funded ? s.renewalsFunded : s.renewalsRefused)[year(j.day, cohortFy)]++;
        }
        if (!funded) {
            return;
        }
        Population.Pupil pupil = j.pupil;
        LocalDate until = life.fundedUntil(d.outcome());
        LocalDate end = runEnd;
        if (pupil.exit != null && pupil.exit.minusDays(1).isBefore(end)) {
            end = pupil.exit.minusDays(1);
        }
        if (until != null && until.isBefore(end)) {
            end = until;
        }
        if (end.isBefore(j.day)) {
            return;
        }
        TreeSet<LocalDate> cuts = new TreeSet<>();
        for (LocalDate fyStart = FinancialYear.containing(j.day).next().firstDay(); !fyStart.isAfter(end); fyStart = fyStart.plusYears(1)) {
            cuts.add(fyStart);
        }
        cuts.addAll(pupil.changesBetween(j.day, end));
        cuts.addAll(s.breaks.subSet(j.day, false, end, true));
        if (!pricing.none()) {
            // a place out of area, a move to a support plan or a national price starts or ends: a part of its own
            cuts.addAll(pricing.breaks(pupil, j.day, end));
        }
        Job owner = j;
        CaseInput previous = j.c;
        int previousInterval = s.interval(j.day);
        LocalDate segmentStart = j.day;
        List<LocalDate> ends = new ArrayList<>(cuts);
        ends.add(end.plusDays(1));
        for (LocalDate nextStart : ends) {
            LocalDate segmentEnd = nextStart.minusDays(1);
            CaseInput c = segmentStart.equals(j.day) ? j.c
                    : j.renewal ? life.renewal(pupil.caseOn(segmentStart)) : pupil.caseOn(segmentStart);
            int interval = s.interval(segmentStart);
            if (!c.equals(previous) || interval != previousInterval) {
                // new values or a new case: this part is priced by its own decision
                owner = new Job(j.policy, pupil, segmentStart, c, false, j.renewal);
                next.add(owner);
            }
            Pricing.Price price = pricing.none() ? null : pricing.on(pupil, segmentStart);
            owner.shares.add(price == null ? new Share(year(segmentStart, cohortFy), PartYear.halfMonths(segmentStart, segmentEnd), RULES, 0,
                    false) : new Share(year(segmentStart, cohortFy), PartYear.halfMonths(segmentStart, segmentEnd), price.kind(),
                    price.amount().amount().pence(), price.amount().illustrative()));
            previous = c;
            previousInterval = interval;
            segmentStart = nextStart;
        }
        add(s, j, row.money());
        if (until != null) {
            LocalDate renewalDay = until.plusDays(1);
            if (!renewalDay.isAfter(runEnd) && (pupil.exit == null || renewalDay.isBefore(pupil.exit))) {
                CaseInput renewal = life.renewal(pupil.caseOn(renewalDay));
                if (renewal != null && asksAgain(pupil, renewalDay)) {
                    next.add(new Job(j.policy, pupil, renewalDay, renewal, true, true));
                }
            }
        }
    }

    /**
     * Whether the pupil asks for a renewal on {@code day}, at the assumptions' renewal rate: always
     * at 100%; otherwise a draw fixed by the seed, the pupil and the day, so that it is the same
     * under every policy, whichever order the awards are settled in, and on either route.
     */
    private boolean asksAgain(Population.Pupil pupil, LocalDate day) {
        int points = assumptions.renewalPercent().value().movePointRight(2).intValueExact();
        if (points >= 10_000) {
            return true;
        }
        long mix = seed * 0x9E3779B97F4A7C15L + pupil.index;
        mix = mix * 0x9E3779B97F4A7C15L + day.toEpochDay();
        return new java.util.SplittableRandom(mix).nextInt(10_000) < points;
    }

    private static int year(LocalDate day, FinancialYear cohortFy) {
        return FinancialYear.containing(day).startYear() - cohortFy.startYear();
    }

    private static void add(Sums s, Job j, Money annual) {
        for (Share share : j.shares) {
            long rules = PartYear.share(annual, share.halves()).pence();
            long pence = rules;
            if (share.kind() != RULES) {
                // priced by the sufficiency file or the scenario: the rules' money is what it replaced
                pence = PartYear.share(Money.ofPence(share.annualPence()), share.halves()).pence();
                s.priced[share.kind()][share.year()] += pence;
                s.replaced[share.kind()][share.year()] += rules;
                if (share.illustrative()) {
                    s.illustrativePrices[share.year()] |= 1 << share.kind();
                }
            }
            s.pence[share.year()] += pence;
            s.byPupil[share.year()][j.pupil.index] += pence;
        }
    }

    /**
     * Each policy's High Needs Block from the forecast's year on, with the scenario's Block parts
     * (the budget rolled over, the stability grant, the end of the statutory override); see
     * docs/simulation.md for the arithmetic.
     */
    private void project(String ruleSet, long[][] costs, Trajectory.Block[][] blocks, FinancialYear hnbFy, FinancialYear cohortFy,
                         FinancialYear to, List<String> warnings, List<String> notes) {
        int y0 = hnbFy.startYear() - cohortFy.startYear();
        HighNeedsBlock.Effect base = hnb.baseline();
        Money budget0 = base.outturn().minus(base.variance());
        Money current0 = Money.ofPence(costs[0][y0]);
        HighNeedsBlock.Calibration c = hnb.calibrate(ruleSet, current0, "its cost in " + hnbFy + ", part years included", tolerance);
        (c.warning() ? warnings : notes).add(c.text());
        Scenario.Rollover roll = scenario.rollover();
        Scenario.Grant grant = scenario.grant();
        Scenario.OverrideEnd override = scenario.statutoryOverride();
        if (roll != null && roll.year().compareTo(hnbFy) <= 0) {
            notes.add("The scenario rolls the budget over in " + roll.year() + ", not after the forecast's year (" + hnbFy
                    + "): the forecast's own budget stands.");
            roll = null;
        }
        if (grant != null && (grant.deficitAtEndOf().compareTo(hnbFy) < 0 || grant.paidIn().compareTo(to) > 0)) {
            notes.add("The scenario's stability grant covers the deficit at the end of " + grant.deficitAtEndOf() + ", paid in "
                    + grant.paidIn() + ": the years projected (" + hnbFy + " to " + to + ") do not hold both, so it is not applied.");
            grant = null;
        }
        List<String> deficits = new ArrayList<>();
        String currentReserveAtGrant = null;
        for (int p = 0; p < costs.length; p++) {
            Money budget = budget0;
            // the rest of the Block, what the cohort does not cover, grows with the budget's dated rate
            Money rest = base.outturn().minus(current0);
            Money reserve = null;
            Money grantDue = Money.ZERO;
            for (int y = y0; y <= to.startYear() - cohortFy.startYear(); y++) {
                FinancialYear fy = new FinancialYear(cohortFy.startYear() + y);
                Money cost = Money.ofPence(costs[p][y]);
                HighNeedsBlock.Effect e;
                boolean rolled = false;
                Money grantPaid = null;
                if (y == y0) {
                    e = hnb.withChange(cost.minus(current0));
                } else {
                    BigDecimal percent = assumptions.budgetGrowth().percentOn(fy.firstDay());
                    rolled = roll != null && roll.year().equals(fy);
                    // a rolled-over allocation does not grow; what the rest of the Block spends still does
                    budget = rolled ? budget : grow(budget, percent);
                    rest = grow(rest, percent);
                    Money broughtForward = reserve;
                    if (grant != null && grant.paidIn().equals(fy)) {
                        // the grant may only reduce the deficit recorded at the end of its year: it is carried in with it
                        grantPaid = grantDue;
                        broughtForward = reserve.plus(grantPaid);
                    }
                    try {
                        e = HighNeedsBlock.fromFigures(engine, fy.lastDay(), budget, broughtForward, rest.plus(cost)).baseline();
                    } catch (InvalidRequestException ex) {
                        throw new IllegalArgumentException("the High Needs Block projection for " + fy + " cannot be decided: " + first(ex), ex);
                    }
                }
                if (grant != null && grant.deficitAtEndOf().equals(fy)) {
                    Money deficit = e.reserve().isNegative() ? e.reserve().negate() : Money.ZERO;
                    Money due = Money.ofPence(BigDecimal.valueOf(deficit.pence()).multiply(grant.percent())
                            .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact());
                    grantDue = scenario.on(grant.switchName()) ? due : Money.ZERO;
                    if (p == 0) {
                        currentReserveAtGrant = e.reserve().display();
                    }
                    if (deficit.isPositive()) {
                        deficits.add(blocksPolicy(p) + " " + deficit.display() + " (grant " + due.display() + ")");
                    }
                }
                Money exposure = override != null && override.lastYear().equals(fy)
                        ? (e.reserve().isNegative() ? e.reserve().negate() : Money.ZERO) : null;
                blocks[p][y] = new Trajectory.Block(budget, e.outturn(), e.variance(), e.reserve(), e.reserveExhausted(), rolled, grantPaid,
                        exposure);
                reserve = e.reserve();
            }
        }
        if (grant != null) {
            boolean on = scenario.on(grant.switchName());
            if (deficits.isEmpty()) {
                notes.add("Stability grant: no policy holds a deficit at the end of " + grant.deficitAtEndOf() + " (current's reserve is "
                        + currentReserveAtGrant + "), so none is paid in " + grant.paidIn() + ": the grant is " + grant.percent().toPlainString()
                        + "% of a deficit, and none when the reserve is positive.");
            } else {
                notes.add("Stability grant: the deficits held at the end of " + grant.deficitAtEndOf() + " are " + String.join("; ", deficits)
                        + (on ? "; each grant is paid in " + grant.paidIn() + " and carried into it with the reserve."
                        : "; " + grant.switchName() + " is off in this run, so none is paid."));
            }
        }
    }

    /** The name of the policy at {@code index} of the last run's sums, for notes. */
    private String blocksPolicy(int index) {
        return lastDecided.sums().get(index).variant.name();
    }

    /** {@code amount} grown by {@code percent}, half up to the penny. */
    static Money grow(Money amount, BigDecimal percent) {
        BigDecimal factor = BigDecimal.valueOf(100).add(percent);
        return Money.ofPence(BigDecimal.valueOf(amount.pence()).multiply(factor).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
                .longValueExact());
    }

    /** Decides one case under each policy in each year first, so a year with no values in force is named before any work. */
    private void preflight(RuleSetInfo info, List<PolicyVariant> variants, FinancialYear cohortFy, LocalDate asOf) {
        CaseInput sample = cohort.get(0).caseData();
        for (FinancialYear fy = cohortFy; fy.compareTo(last) <= 0; fy = fy.next()) {
            LocalDate day = fy.equals(cohortFy) ? asOf : fy.firstDay();
            for (PolicyVariant v : variants) {
                try {
                    engine.decide(new Request(info.id(), day, v.name(), sample));
                } catch (InvalidRequestException e) {
                    throw new IllegalArgumentException(fy + " cannot be decided under " + v.name() + ": " + first(e)
                            + ". A trajectory needs values in force in every year it covers: give the council's values (or "
                            + "projected ones) for " + fy + " in a parameter file.", e);
                }
            }
        }
    }

    private static String first(InvalidRequestException e) {
        List<Violation> v = e.violations();
        return v.isEmpty() ? e.getMessage() : v.get(0).message();
    }

    /** How the cohort's rule set says its cases move on through the years (its declaration's "trajectory"). */
    static CohortYear declared(RuleSetInfo info) {
        org.senrules.core.spi.YearOnYear y = info.yearOnYear();
        if (y == null) {
            throw new IllegalArgumentException("rule set " + info.id() + " has no year-to-year model: its declaration"
                    + " gives none (\"trajectory\", docs/rule-set-declaration.md); give one with TrajectoryRunner.cohortYear");
        }
        return new CohortYear() {
            @Override
            public String ruleSet() {
                return info.id();
            }

            @Override
            public boolean plansInPlace() {
                return y.plansInPlace();
            }

            @Override
            public CaseInput nextYear(CaseInput c) {
                return y.nextYear(c);
            }

            @Override
            public CaseInput joiner(CaseInput template, String caseId) {
                return y.joiner(template, caseId);
            }

            @Override
            public LocalDate fundedUntil(Object outcome) {
                return y.fundedUntil(outcome);
            }

            @Override
            public CaseInput renewal(CaseInput c) {
                return y.renewal(c);
            }
        };
    }
}
