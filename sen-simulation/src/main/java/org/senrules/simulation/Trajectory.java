package org.senrules.simulation;

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

        Block(Money budget, Money outturn, Money variance, Money reserve, boolean reserveExhausted) {
            this.budget = budget;
            this.outturn = outturn;
            this.variance = variance;
            this.reserve = reserve;
            this.reserveExhausted = reserveExhausted;
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
                    && reserveExhausted == o.reserveExhausted;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(budget, outturn, variance, reserve, reserveExhausted);
        }

        @Override
        public String toString() {
            return "Block[budget=" + budget
                    + ", outturn=" + outturn
                    + ", variance=" + variance
                    + ", reserve=" + reserve
                    + ", reserveExhausted=" + reserveExhausted + "]";
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
                    && java.util.Objects.equals(block, o.block);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(financialYear, cost, changeAgainstCurrent, pupils, funded, joined, left,
                    renewalsFunded, renewalsRefused, block);
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
                    + ", block=" + block + "]";
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
                    && plansInPlace == o.plansInPlace;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(ruleSet, asOf, openingPupils, years, policies, assumptions, seed, hnbNote, hnbYear,
                    decisions, warnings, notes, plansInPlace);
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
