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
     * The High Needs Block in one financial year under one policy.
     *
     * @param budget           the budget: the forecast's in its year, then grown by the dated rate
     * @param outturn          the outturn: the forecast's, moved by the policy's cohort cost
     * @param variance         outturn against budget, as the {@code high-needs-forecast} rules decide it
     * @param reserve          the cumulative reserve at the end of the year
     * @param reserveExhausted whether the reserve is at zero or below
     */
    public record Block(Money budget, Money outturn, Money variance, Money reserve, boolean reserveExhausted) {
    }

    /**
     * One financial year under one policy.
     *
     * @param financialYear       the year
     * @param cost                the cohort's money in the year, part-year effects included
     * @param changeAgainstCurrent {@code cost} minus {@code current}'s
     * @param pupils              pupils in the cohort on some day of the year (the same under every policy)
     * @param funded              pupils with some money in the year
     * @param joined              new pupils whose first day is in the year
     * @param left                pupils whose last day is in the year
     * @param renewalsFunded      renewal requests decided in the year and funded
     * @param renewalsRefused     renewal requests decided in the year and refused
     * @param block               the High Needs Block, or {@code null} without a forecast or before its year
     */
    public record Year(FinancialYear financialYear, Money cost, Money changeAgainstCurrent, int pupils, int funded, int joined,
                       int left, int renewalsFunded, int renewalsRefused, Block block) {
    }

    /**
     * One policy's years.
     *
     * @param policy           the policy's name
     * @param title            what it does
     * @param illustrative     whether some decision used an illustrative value
     * @param decidedAsCurrent true when the policy changes no value of {@code current}, so its figures are current's
     * @param years            its years, in order
     * @param firstExhausted   the first year the reserve is exhausted, or {@code null} (never, or no forecast)
     */
    public record Policy(String policy, String title, boolean illustrative, boolean decidedAsCurrent, List<Year> years,
                         FinancialYear firstExhausted) {
        public Policy {
            years = List.copyOf(years);
        }
    }

    /**
     * The whole trajectory.
     *
     * @param ruleSet       the cohort's rule set
     * @param asOf          the cohort's date
     * @param openingPupils cases in the cohort as given
     * @param years         the financial years reported
     * @param policies      {@code current} first
     * @param assumptions   the growth, leaver and budget growth figures used
     * @param seed          the seed of the leaver and new-pupil draws
     * @param hnbNote       where the High Needs Block figures came from, or {@code null}
     * @param hnbYear       the forecast's financial year, or {@code null}
     * @param decisions     how many decisions were made
     * @param warnings      what the reader must know before reading the figures
     */
    public record Result(String ruleSet, LocalDate asOf, int openingPupils, List<FinancialYear> years, List<Policy> policies,
                         TrajectoryAssumptions assumptions, long seed, String hnbNote, FinancialYear hnbYear, long decisions,
                         List<String> warnings) {
        public Result {
            years = List.copyOf(years);
            policies = List.copyOf(policies);
            warnings = List.copyOf(warnings);
        }

        /** {@code current}'s years, always the first policy. */
        public Policy current() {
            return policies.get(0);
        }
    }
}
