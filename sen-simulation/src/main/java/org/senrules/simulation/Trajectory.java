package org.senrules.simulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.senrules.core.ApiStatus;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.core.domain.FinancialYear;
import org.senrules.core.domain.Money;

/**
 * A cohort year by year: the pupils move on through the school years (ageing, phase transfer,
 * leavers, new pupils), awards end after their term and are renewed as each policy allows, and
 * every cost is split by financial year with part-year effects, each year at the values in force
 * then; with a High Needs Block forecast, each policy's budget, outturn, variance and reserve for
 * each year and the first year the reserve is exhausted. docs/simulation.md describes the model.
 *
 * <p>Start with {@link #of(SenRules, List)}. Deterministic: the same cohort, engine, assumptions
 * and seed give the same result.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class Trajectory {
    private Trajectory() {
    }

    /** A trajectory of {@code cohort} (cases of one rule set) on {@code engine}, to configure and run. */
    public static TrajectoryRunner of(SenRules engine, List<Request> cohort) {
        return new TrajectoryRunner(engine, cohort);
    }

    /**
     * The High Needs Block in one financial year under one policy. Immutable, compared by value.
     */
    public static final class Block {
        private final Money budget;
        private final Money outturn;
        private final Money variance;
        private final Money reserve;
        private final boolean reserveExhausted;
        private final boolean budgetRolledOver;
        private final Money stabilityGrant;
        private final Money deficitAtOverrideEnd;

        Block(Money budget, Money outturn, Money variance, Money reserve, boolean reserveExhausted) {
            this(budget, outturn, variance, reserve, reserveExhausted, false, null, null);
        }

        Block(Money budget, Money outturn, Money variance, Money reserve, boolean reserveExhausted, boolean budgetRolledOver,
              Money stabilityGrant, Money deficitAtOverrideEnd) {
            this.budget = budget;
            this.outturn = outturn;
            this.variance = variance;
            this.reserve = reserve;
            this.reserveExhausted = reserveExhausted;
            this.budgetRolledOver = budgetRolledOver;
            this.stabilityGrant = stabilityGrant;
            this.deficitAtOverrideEnd = deficitAtOverrideEnd;
        }

        /**
         * True when a scenario rolls the budget over this year: it is the year before's, not grown.
         *
         * @since 1.0
         */
        public boolean budgetRolledOver() {
            return budgetRolledOver;
        }

        /**
         * The scenario's stability grant paid this year (it reduces the deficit brought forward;
         * {@code 0.00} when there was no deficit or the switch is off), or {@code null} when the
         * scenario pays none this year.
         *
         * @since 1.0
         */
        public Money stabilityGrant() {
            return stabilityGrant;
        }

        /**
         * In the statutory override's last year, the deficit at its end (the reserve below zero,
         * {@code 0.00} when there is none): what falls to the council's accounts when the override
         * ends; {@code null} in other years or without a scenario that ends it.
         *
         * @since 1.0
         */
        public Money deficitAtOverrideEnd() {
            return deficitAtOverrideEnd;
        }

        /** The budget: the forecast's in its year, then grown by the dated rate. */
        public Money budget() {
            return budget;
        }

        /** The outturn: the forecast's, moved by the policy's cohort cost. */
        public Money outturn() {
            return outturn;
        }

        /** Outturn against budget, as the {@code high-needs-forecast} rules decide it. */
        public Money variance() {
            return variance;
        }

        /** The cumulative reserve at the end of the year. */
        public Money reserve() {
            return reserve;
        }

        /** Whether the reserve is at zero or below. */
        public boolean reserveExhausted() {
            return reserveExhausted;
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Block o)) {
                return false;
            }
            return java.util.Objects.equals(budget, o.budget)
                    && java.util.Objects.equals(outturn, o.outturn)
                    && java.util.Objects.equals(variance, o.variance)
                    && java.util.Objects.equals(reserve, o.reserve)
                    && reserveExhausted == o.reserveExhausted
                    && budgetRolledOver == o.budgetRolledOver
                    && java.util.Objects.equals(stabilityGrant, o.stabilityGrant)
                    && java.util.Objects.equals(deficitAtOverrideEnd, o.deficitAtOverrideEnd);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(budget, outturn, variance, reserve, reserveExhausted, budgetRolledOver, stabilityGrant,
                    deficitAtOverrideEnd);
        }

        @Override
        public String toString() {
            return "Block[budget=" + budget
                    + ", outturn=" + outturn
                    + ", variance=" + variance
                    + ", reserve=" + reserve
                    + ", reserveExhausted=" + reserveExhausted
                    + (budgetRolledOver ? ", budgetRolledOver" : "")
                    + (stabilityGrant == null ? "" : ", stabilityGrant=" + stabilityGrant)
                    + (deficitAtOverrideEnd == null ? "" : ", deficitAtOverrideEnd=" + deficitAtOverrideEnd) + "]";
        }
    }

    /**
     * One financial year's pupils placed out of area for want of a special-school or
     * resource-base place ({@link TrajectoryRunner#sufficiency}), under one policy. Immutable,
     * compared by value; only the trajectory runner makes one.
     *
     * @since 1.0
     */
    public static final class OutOfArea {
        private final int pupils;
        private final Money cost;
        private final Money inAreaCost;

        OutOfArea(int pupils, Money cost, Money inAreaCost) {
            this.pupils = pupils;
            this.cost = cost;
            this.inAreaCost = inAreaCost;
        }

        /** Pupils placed out of area on some day of the year (the same under every policy). */
        public int pupils() {
            return pupils;
        }

        /** What their places out of area cost in the year, at the out-of-area price, part years included. */
        public Money cost() {
            return cost;
        }

        /** What the policy's rules would have paid for them in the year in a place of their setting, not paid. */
        public Money inAreaCost() {
            return inAreaCost;
        }

        /** {@link #cost()} less {@link #inAreaCost()}: what the want of places adds to the year's cost. */
        public Money extraCost() {
            return cost.minus(inAreaCost);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof OutOfArea o && pupils == o.pupils && cost.equals(o.cost) && inAreaCost.equals(o.inAreaCost);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(pupils, cost, inAreaCost);
        }

        @Override
        public String toString() {
            return "OutOfArea[pupils=" + pupils + ", cost=" + cost + ", inAreaCost=" + inAreaCost + "]";
        }
    }

    /**
     * One financial year of a scenario's tiers and national prices ({@link Scenario}), under one
     * policy. Immutable, compared by value; only the trajectory runner makes one.
     *
     * @since 1.0
     */
    public static final class ScenarioYear {
        private final BigDecimal projectedEhcpShare;
        private final Integer ehcpPupils;
        private final Integer supportPlanPupils;
        private final Money supportPlanCost;
        private final Money packageCost;
        private final Money rulesCostReplaced;

        ScenarioYear(BigDecimal projectedEhcpShare, Integer ehcpPupils, Integer supportPlanPupils, Money supportPlanCost, Money packageCost,
                     Money rulesCostReplaced) {
            this.projectedEhcpShare = projectedEhcpShare;
            this.ehcpPupils = ehcpPupils;
            this.supportPlanPupils = supportPlanPupils;
            this.supportPlanCost = supportPlanCost;
            this.packageCost = packageCost;
            this.rulesCostReplaced = rulesCostReplaced;
        }

        /** The projected share of pupils with an EHCP, %, in the school year starting in this year, or {@code null} before the tiers. */
        public BigDecimal projectedEhcpShare() {
            return projectedEhcpShare;
        }

        /** Pupils with an EHCP on that school year's 1 September once the year's moves are made, or {@code null} before the tiers. */
        public Integer ehcpPupils() {
            return ehcpPupils;
        }

        /** Pupils on Individual Support Plans on that 1 September, or {@code null} before the tiers. */
        public Integer supportPlanPupils() {
            return supportPlanPupils;
        }

        /** What pupils on Individual Support Plans cost the Block in the year, at the scenario's amount. */
        public Money supportPlanCost() {
            return supportPlanCost;
        }

        /** What pupils priced at national banding rates cost in the year. */
        public Money packageCost() {
            return packageCost;
        }

        /** What the policy's rules would have paid in the year for the pupils the scenario priced instead. */
        public Money rulesCostReplaced() {
            return rulesCostReplaced;
        }

        /** The scenario's prices less the rules' for those pupils: the pricing's effect on the year's cost. */
        public Money change() {
            return supportPlanCost.plus(packageCost).minus(rulesCostReplaced);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ScenarioYear o && java.util.Objects.equals(projectedEhcpShare, o.projectedEhcpShare)
                    && java.util.Objects.equals(ehcpPupils, o.ehcpPupils) && java.util.Objects.equals(supportPlanPupils, o.supportPlanPupils)
                    && supportPlanCost.equals(o.supportPlanCost) && packageCost.equals(o.packageCost)
                    && rulesCostReplaced.equals(o.rulesCostReplaced);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(projectedEhcpShare, ehcpPupils, supportPlanPupils, supportPlanCost, packageCost, rulesCostReplaced);
        }

        @Override
        public String toString() {
            return "ScenarioYear[share=" + projectedEhcpShare + ", ehcpPupils=" + ehcpPupils + ", supportPlanPupils=" + supportPlanPupils
                    + ", supportPlanCost=" + supportPlanCost + ", packageCost=" + packageCost + ", rulesCostReplaced=" + rulesCostReplaced + "]";
        }
    }

    /**
     * One school year's pupils of a setting and phase who needed a special-school or
     * resource-base place: on its first day (a 1 September, or the run's first day) how many, how
     * many were placed and how many were placed out of area; and how many joined during the year
     * needing one, and of those how many were placed out of area. Immutable, compared by value; only
     * the trajectory runner makes one.
     *
     * @since 1.0
     */
    public static final class PlaceRow {
        private final LocalDate day;
        private final org.senrules.core.domain.Setting setting;
        private final Sufficiency.SchoolPhase phase;
        private final int needing;
        private final int placed;
        private final int outOfArea;
        private final int joinedNeeding;
        private final int joinedOutOfArea;

        PlaceRow(LocalDate day, org.senrules.core.domain.Setting setting, Sufficiency.SchoolPhase phase, int needing, int placed,
                 int outOfArea, int joinedNeeding, int joinedOutOfArea) {
            this.day = day;
            this.setting = setting;
            this.phase = phase;
            this.needing = needing;
            this.placed = placed;
            this.outOfArea = outOfArea;
            this.joinedNeeding = joinedNeeding;
            this.joinedOutOfArea = joinedOutOfArea;
        }

        /** Pupils who joined during the school year needing a place. */
        public int joinedNeeding() {
            return joinedNeeding;
        }

        /** Of those, pupils placed out of area. */
        public int joinedOutOfArea() {
            return joinedOutOfArea;
        }

        /** The day places were given: the run's first day or a 1 September. */
        public LocalDate day() {
            return day;
        }

        /** The setting needed. */
        public org.senrules.core.domain.Setting setting() {
            return setting;
        }

        /** The pupils' phase. */
        public Sufficiency.SchoolPhase phase() {
            return phase;
        }

        /** Pupils who needed a place on the day. */
        public int needing() {
            return needing;
        }

        /** Pupils placed on the day. */
        public int placed() {
            return placed;
        }

        /** Pupils placed out of area on the day. */
        public int outOfArea() {
            return outOfArea;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof PlaceRow o && day.equals(o.day) && setting == o.setting && phase == o.phase && needing == o.needing
                    && placed == o.placed && outOfArea == o.outOfArea && joinedNeeding == o.joinedNeeding
                    && joinedOutOfArea == o.joinedOutOfArea;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(day, setting, phase, needing, placed, outOfArea, joinedNeeding, joinedOutOfArea);
        }

        @Override
        public String toString() {
            return "PlaceRow[" + day + " " + setting + " " + phase + ": " + needing + " needing, " + placed + " placed, " + outOfArea
                    + " out of area; " + joinedNeeding + " joined needing, " + joinedOutOfArea + " of them out of area]";
        }
    }

    /**
     * One school year's places of one pool (a setting, for a phase and a need, or any): how many
     * (scaled to the cohort), how many opened on its first day, how many pupils were placed in them.
     * Immutable, compared by value; only the trajectory runner makes one.
     *
     * @since 1.0
     */
    public static final class PoolRow {
        private final LocalDate day;
        private final org.senrules.core.domain.Setting setting;
        private final Sufficiency.SchoolPhase phase;
        private final org.senrules.core.domain.AreaOfNeed need;
        private final int places;
        private final int opened;
        private final int placed;

        PoolRow(LocalDate day, org.senrules.core.domain.Setting setting, Sufficiency.SchoolPhase phase,
                org.senrules.core.domain.AreaOfNeed need, int places, int opened, int placed) {
            this.day = day;
            this.setting = setting;
            this.phase = phase;
            this.need = need;
            this.places = places;
            this.opened = opened;
            this.placed = placed;
        }

        /** The day places were given. */
        public LocalDate day() {
            return day;
        }

        /** The setting. */
        public org.senrules.core.domain.Setting setting() {
            return setting;
        }

        /** The phase, or {@code null} for any. */
        public Sufficiency.SchoolPhase phase() {
            return phase;
        }

        /** The area of need, or {@code null} for any. */
        public org.senrules.core.domain.AreaOfNeed need() {
            return need;
        }

        /** Places open on the day, scaled to the cohort. */
        public int places() {
            return places;
        }

        /** Of which opened since the last day places were given. */
        public int opened() {
            return opened;
        }

        /** Pupils placed in them during the school year. */
        public int placed() {
            return placed;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof PoolRow o && day.equals(o.day) && setting == o.setting && phase == o.phase && need == o.need
                    && places == o.places && opened == o.opened && placed == o.placed;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(day, setting, phase, need, places, opened, placed);
        }

        @Override
        public String toString() {
            return "PoolRow[" + day + " " + setting + " " + phase + " " + need + ": " + places + " places, " + opened + " opened, "
                    + placed + " placed]";
        }
    }

    /**
     * One school year of a scenario's tiers: the projected share of pupils with an EHCP, the
     * number with an EHCP it gives, how many had one on 1 September, how many moved to an
     * Individual Support Plan, and how many are on one. Immutable, compared by value; only the
     * trajectory runner makes one.
     *
     * @since 1.0
     */
    public static final class TierYear {
        private final LocalDate day;
        private final BigDecimal share;
        private final int target;
        private final int ehcpBefore;
        private final int moved;
        private final int onSupportPlans;
        private final int shortOfPath;

        TierYear(LocalDate day, BigDecimal share, int target, int ehcpBefore, int moved, int onSupportPlans, int shortOfPath) {
            this.day = day;
            this.share = share;
            this.target = target;
            this.ehcpBefore = ehcpBefore;
            this.moved = moved;
            this.onSupportPlans = onSupportPlans;
            this.shortOfPath = shortOfPath;
        }

        /** The 1 September. */
        public LocalDate day() {
            return day;
        }

        /** The projected share of pupils with an EHCP that school year, %. */
        public BigDecimal share() {
            return share;
        }

        /** The pupils with an EHCP the path gives. */
        public int target() {
            return target;
        }

        /** Pupils with an EHCP on the day, before the moves. */
        public int ehcpBefore() {
            return ehcpBefore;
        }

        /** Pupils who moved to an Individual Support Plan on the day. */
        public int moved() {
            return moved;
        }

        /** Pupils with an EHCP once they have moved. */
        public int ehcpAfter() {
            return ehcpBefore - moved;
        }

        /** Pupils on Individual Support Plans on the day. */
        public int onSupportPlans() {
            return onSupportPlans;
        }

        /** Pupils the path would move but who are in no setting the scenario moves from (0 when it is met). */
        public int shortOfPath() {
            return shortOfPath;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof TierYear o && day.equals(o.day) && share.compareTo(o.share) == 0 && target == o.target
                    && ehcpBefore == o.ehcpBefore && moved == o.moved && onSupportPlans == o.onSupportPlans && shortOfPath == o.shortOfPath;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(day, share.stripTrailingZeros(), target, ehcpBefore, moved, onSupportPlans, shortOfPath);
        }

        @Override
        public String toString() {
            return "TierYear[" + day + " " + share.toPlainString() + "%: target " + target + ", " + ehcpBefore + " before, " + moved
                    + " moved, " + onSupportPlans + " on plans]";
        }
    }

    /**
     * One financial year under one policy. Immutable, compared by value.
     */
    public static final class Year {
        private final FinancialYear financialYear;
        private final Money cost;
        private final Money changeAgainstCurrent;
        private final int pupils;
        private final int funded;
        private final int joined;
        private final int left;
        private final int renewalsFunded;
        private final int renewalsRefused;
        private final Block block;
        private OutOfArea outOfArea;
        private ScenarioYear scenario;
        private List<String> illustrativeValuesUsed = List.of();

        Year(FinancialYear financialYear, Money cost, Money changeAgainstCurrent, int pupils, int funded, int joined, int left,
             int renewalsFunded, int renewalsRefused, Block block) {
            this.financialYear = financialYear;
            this.cost = cost;
            this.changeAgainstCurrent = changeAgainstCurrent;
            this.pupils = pupils;
            this.funded = funded;
            this.joined = joined;
            this.left = left;
            this.renewalsFunded = renewalsFunded;
            this.renewalsRefused = renewalsRefused;
            this.block = block;
        }

        /** The year. */
        public FinancialYear financialYear() {
            return financialYear;
        }

        /** The cohort's money in the year, part-year effects included. */
        public Money cost() {
            return cost;
        }

        /** {@link #cost()} minus {@code current}'s. */
        public Money changeAgainstCurrent() {
            return changeAgainstCurrent;
        }

        /** Pupils in the cohort on some day of the year (the same under every policy). */
        public int pupils() {
            return pupils;
        }

        /** Pupils with some money in the year. */
        public int funded() {
            return funded;
        }

        /** New pupils whose first day is in the year. */
        public int joined() {
            return joined;
        }

        /** Pupils whose last day is in the year. */
        public int left() {
            return left;
        }

        /** Renewal requests decided in the year and funded. */
        public int renewalsFunded() {
            return renewalsFunded;
        }

        /** Renewal requests decided in the year and refused. */
        public int renewalsRefused() {
            return renewalsRefused;
        }

        /** The High Needs Block, or {@code null} without a forecast or before its year. */
        public Block block() {
            return block;
        }

        /**
         * The pupils placed out of area for want of a place, or {@code null} without a sufficiency file.
         *
         * @since 1.0
         */
        public OutOfArea outOfArea() {
            return outOfArea;
        }

        /**
         * The scenario's tiers and national prices in the year, or {@code null} when the scenario has neither.
         *
         * @since 1.0
         */
        public ScenarioYear scenario() {
            return scenario;
        }

        /**
         * The illustrative values outside the rule set's own that the year's cost used (the
         * out-of-area price, national banding rates, the cost of an Individual Support Plan), by
         * name; empty when none.
         *
         * @since 1.0
         */
        public List<String> illustrativeValuesUsed() {
            return illustrativeValuesUsed;
        }

        /** Sets what the runner adds beyond the rules' cost: called once, before the year is handed out. */
        Year with(OutOfArea o, ScenarioYear sc, List<String> illustrative) {
            this.outOfArea = o;
            this.scenario = sc;
            this.illustrativeValuesUsed = List.copyOf(illustrative);
            return this;
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Year o)) {
                return false;
            }
            return java.util.Objects.equals(financialYear, o.financialYear)
                    && java.util.Objects.equals(cost, o.cost)
                    && java.util.Objects.equals(changeAgainstCurrent, o.changeAgainstCurrent)
                    && pupils == o.pupils
                    && funded == o.funded
                    && joined == o.joined
                    && left == o.left
                    && renewalsFunded == o.renewalsFunded
                    && renewalsRefused == o.renewalsRefused
                    && java.util.Objects.equals(block, o.block)
                    && java.util.Objects.equals(outOfArea, o.outOfArea)
                    && java.util.Objects.equals(scenario, o.scenario)
                    && illustrativeValuesUsed.equals(o.illustrativeValuesUsed);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(financialYear, cost, changeAgainstCurrent, pupils, funded, joined, left,
                    renewalsFunded, renewalsRefused, block, outOfArea, scenario, illustrativeValuesUsed);
        }

        @Override
        public String toString() {
            return "Year[financialYear=" + financialYear
                    + ", cost=" + cost
                    + ", changeAgainstCurrent=" + changeAgainstCurrent
                    + ", pupils=" + pupils
                    + ", funded=" + funded
                    + ", joined=" + joined
                    + ", left=" + left
                    + ", renewalsFunded=" + renewalsFunded
                    + ", renewalsRefused=" + renewalsRefused
                    + ", block=" + block
                    + (outOfArea == null ? "" : ", outOfArea=" + outOfArea)
                    + (scenario == null ? "" : ", scenario=" + scenario) + "]";
        }
    }

    /**
     * One policy's years. Immutable, compared by value.
     */
    public static final class Policy {
        private final String policy;
        private final String title;
        private final boolean illustrative;
        private final boolean decidedAsCurrent;
        private final List<Year> years;
        private final FinancialYear firstExhausted;

        Policy(String policy, String title, boolean illustrative, boolean decidedAsCurrent, List<Year> years,
               FinancialYear firstExhausted) {
            this.policy = policy;
            this.title = title;
            this.illustrative = illustrative;
            this.decidedAsCurrent = decidedAsCurrent;
            this.years = List.copyOf(years);
            this.firstExhausted = firstExhausted;
        }

        /** The policy's name. */
        public String policy() {
            return policy;
        }

        /** What it does. */
        public String title() {
            return title;
        }

        /** Whether some decision used an illustrative value. */
        public boolean illustrative() {
            return illustrative;
        }

        /** True when the policy changes no value of {@code current}, so its figures are current's. */
        public boolean decidedAsCurrent() {
            return decidedAsCurrent;
        }

        /** Its years, in order. */
        public List<Year> years() {
            return years;
        }

        /** The first year the reserve is exhausted, or {@code null} (never, or no forecast). */
        public FinancialYear firstExhausted() {
            return firstExhausted;
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Policy o)) {
                return false;
            }
            return java.util.Objects.equals(policy, o.policy)
                    && java.util.Objects.equals(title, o.title)
                    && illustrative == o.illustrative
                    && decidedAsCurrent == o.decidedAsCurrent
                    && java.util.Objects.equals(years, o.years)
                    && java.util.Objects.equals(firstExhausted, o.firstExhausted);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(policy, title, illustrative, decidedAsCurrent, years, firstExhausted);
        }

        @Override
        public String toString() {
            return "Policy[policy=" + policy
                    + ", title=" + title
                    + ", illustrative=" + illustrative
                    + ", decidedAsCurrent=" + decidedAsCurrent
                    + ", years=" + years
                    + ", firstExhausted=" + firstExhausted + "]";
        }
    }

    /**
     * The whole trajectory. Immutable, compared by value; only the trajectory runner makes one.
     */
    public static final class Result {
        private final String ruleSet;
        private final LocalDate asOf;
        private final int openingPupils;
        private final List<FinancialYear> years;
        private final List<Policy> policies;
        private final TrajectoryAssumptions assumptions;
        private final long seed;
        private final String hnbNote;
        private final FinancialYear hnbYear;
        private final long decisions;
        private final List<String> warnings;
        private final List<String> notes;
        private final boolean plansInPlace;
        private Scenario scenario = Scenario.NONE;
        private Sufficiency sufficiency;
        private java.math.BigDecimal placesScale;
        private List<PlaceRow> places = List.of();
        private List<PoolRow> pools = List.of();
        private List<TierYear> tiers = List.of();

        Result(String ruleSet, LocalDate asOf, int openingPupils, List<FinancialYear> years, List<Policy> policies,
               TrajectoryAssumptions assumptions, long seed, String hnbNote, FinancialYear hnbYear, long decisions,
               List<String> warnings, List<String> notes, boolean plansInPlace) {
            this.notes = List.copyOf(notes);
            this.plansInPlace = plansInPlace;
            this.ruleSet = ruleSet;
            this.asOf = asOf;
            this.openingPupils = openingPupils;
            this.years = List.copyOf(years);
            this.policies = List.copyOf(policies);
            this.assumptions = assumptions;
            this.seed = seed;
            this.hnbNote = hnbNote;
            this.hnbYear = hnbYear;
            this.decisions = decisions;
            this.warnings = List.copyOf(warnings);
        }

        /** The cohort's rule set. */
        public String ruleSet() {
            return ruleSet;
        }

        /** The cohort's date. */
        public LocalDate asOf() {
            return asOf;
        }

        /** Cases in the cohort as given. */
        public int openingPupils() {
            return openingPupils;
        }

        /** The financial years reported. */
        public List<FinancialYear> years() {
            return years;
        }

        /** Each policy's years, {@code current} first. */
        public List<Policy> policies() {
            return policies;
        }

        /** The growth, leaver and budget growth figures used. */
        public TrajectoryAssumptions assumptions() {
            return assumptions;
        }

        /** The seed of the leaver and new-pupil draws. */
        public long seed() {
            return seed;
        }

        /** Where the High Needs Block figures came from, or {@code null}. */
        public String hnbNote() {
            return hnbNote;
        }

        /** The forecast's financial year, or {@code null}. */
        public FinancialYear hnbYear() {
            return hnbYear;
        }

        /** How many decisions were made. */
        public long decisions() {
            return decisions;
        }

        /** What the reader must know before reading the figures. */
        public List<String> warnings() {
            return warnings;
        }

        /**
         * What the checks found that is not a warning, such as the calibration check's comparison
         * when the forecast names no line for the cohort.
         *
         * @since 1.0
         */
        public List<String> notes() {
            return notes;
        }

        /**
         * True when the opening cases are plans in place, funded from 1 April of the cohort's
         * year; false when they are requests, funded from the day they are decided.
         *
         * @since 1.0
         */
        public boolean plansInPlace() {
            return plansInPlace;
        }

        /** {@code current}'s years, always the first policy. */
        public Policy current() {
            return policies.get(0);
        }

        /**
         * The scenario the run was in ({@link Scenario#NONE} when none).
         *
         * @since 1.0
         */
        public Scenario scenario() {
            return scenario;
        }

        /**
         * The places the run was given ({@link TrajectoryRunner#sufficiency}), or {@code null}.
         *
         * @since 1.0
         */
        public Sufficiency sufficiency() {
            return sufficiency;
        }

        /**
         * What the sufficiency file's places were multiplied by for this cohort (its opening size
         * over the file's population), or {@code null} without a sufficiency file.
         *
         * @since 1.0
         */
        public java.math.BigDecimal placesScale() {
            return placesScale;
        }

        /**
         * Each school year's pupils who needed a special-school or resource-base place, by setting and phase.
         *
         * @since 1.0
         */
        public List<PlaceRow> places() {
            return places;
        }

        /**
         * Each school year's places by pool (setting, phase and need), scaled to the cohort.
         *
         * @since 1.0
         */
        public List<PoolRow> pools() {
            return pools;
        }

        /**
         * Each school year of the scenario's tiers, or empty.
         *
         * @since 1.0
         */
        public List<TierYear> tiers() {
            return tiers;
        }

        /** Sets what the runner adds for sufficiency and a scenario: called once, before the result is handed out. */
        Result with(Scenario sc, Sufficiency suf, java.math.BigDecimal scale, List<PlaceRow> placeRows, List<PoolRow> poolRows,
                    List<TierYear> tierYears) {
            this.scenario = sc;
            this.sufficiency = suf;
            this.placesScale = scale;
            this.places = List.copyOf(placeRows);
            this.pools = List.copyOf(poolRows);
            this.tiers = List.copyOf(tierYears);
            return this;
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Result o)) {
                return false;
            }
            return java.util.Objects.equals(ruleSet, o.ruleSet)
                    && java.util.Objects.equals(asOf, o.asOf)
                    && openingPupils == o.openingPupils
                    && java.util.Objects.equals(years, o.years)
                    && java.util.Objects.equals(policies, o.policies)
                    && java.util.Objects.equals(assumptions, o.assumptions)
                    && seed == o.seed
                    && java.util.Objects.equals(hnbNote, o.hnbNote)
                    && java.util.Objects.equals(hnbYear, o.hnbYear)
                    && decisions == o.decisions
                    && java.util.Objects.equals(warnings, o.warnings)
                    && java.util.Objects.equals(notes, o.notes)
                    && plansInPlace == o.plansInPlace
                    && scenario.equals(o.scenario)
                    && java.util.Objects.equals(sufficiency, o.sufficiency)
                    && java.util.Objects.equals(placesScale, o.placesScale)
                    && places.equals(o.places) && pools.equals(o.pools) && tiers.equals(o.tiers);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(ruleSet, asOf, openingPupils, years, policies, assumptions, seed, hnbNote, hnbYear,
                    decisions, warnings, notes, plansInPlace, scenario, sufficiency, placesScale, places, pools, tiers);
        }

        @Override
        public String toString() {
            return "Result[ruleSet=" + ruleSet
                    + ", asOf=" + asOf
                    + ", openingPupils=" + openingPupils
                    + ", years=" + years
                    + ", policies=" + policies
                    + ", assumptions=" + assumptions
                    + ", seed=" + seed
                    + ", hnbNote=" + hnbNote
                    + ", hnbYear=" + hnbYear
                    + ", decisions=" + decisions
                    + ", warnings=" + warnings + "]";
        }
    }
}
