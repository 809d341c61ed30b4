package org.senrules.simulation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.senrules.core.ApiStatus;

/**
 * One assumption of a {@link Trajectory} that a sensitivity or uncertainty run moves: its name,
 * what it is called in a report, its value in the assumptions it was read from (the base), the
 * unit, the range it may take, the amount a sensitivity run moves it by, where the base comes
 * from and whether it is illustrative. {@link #with} gives the assumptions with this one set to
 * another value, to run the trajectory with ({@link TrajectoryRunner#assumptions}). Immutable,
 * compared by value; read them with {@link TrajectoryAssumptions#moveable()} or
 * {@link #named(TrajectoryAssumptions, String)}.
 *
 * <p>The five, in this order:
 * <ul>
 *   <li>{@value #COHORT_GROWTH}: the cohort's net growth, % a year (moves 1 point);</li>
 *   <li>{@value #VALUE_UPLIFT}: points a year added to every amount on top of the values in
 *       force, compounded from the year after the cohort's (base 0; moves 1 point);</li>
 *   <li>{@value #RENEWAL_RATE}: % of pupils asking for a renewal when an award ends while they stay
 *       (moves 10 points);</li>
 *   <li>{@value #LEAVERS}: % of pupils leaving each year for reasons other than age (moves 1 point);</li>
 *   <li>{@value #BUDGET_GROWTH}: the High Needs Block budget's growth, % a year; the base is the
 *       first dated rate and a new value moves every dated rate by the same points (moves 1 point);</li>
 *   <li>{@value #SUFFICIENCY_SLIPPAGE}, only when the assumptions set it
 *       ({@link TrajectoryAssumptions#withSufficiencySlippage}): % of planned special-school and
 *       resource-base places that open a year late (moves 10 points).</li>
 * </ul>
 *
 * @since 1.0
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class Assumption {
    /** The cohort's net growth a year. */
    public static final String COHORT_GROWTH = "cohortGrowth";
    /** The uplift of amounts on top of the values in force. */
    public static final String VALUE_UPLIFT = "unitValueUplift";
    /** The share of pupils whose award ends who ask for a renewal. */
    public static final String RENEWAL_RATE = "renewalRate";
    /** The share of pupils leaving each year. */
    public static final String LEAVERS = "leavers";
    /** The High Needs Block budget's growth a year. */
    public static final String BUDGET_GROWTH = "highNeedsBudgetGrowth";
    /**
     * The share of planned places that open a year late: the hook for a run with place
     * sufficiency ({@link Sufficiency}) that sensitivity and uncertainty runs move.
     *
     * @since 1.0
     */
    public static final String SUFFICIENCY_SLIPPAGE = "sufficiencySlippage";

    private final String name;
    private final String title;
    private final String unit;
    private final BigDecimal base;
    private final BigDecimal min;
    private final BigDecimal max;
    private final BigDecimal step;
    private final String source;
    private final boolean illustrative;

    private Assumption(String name, String title, String unit, BigDecimal base, BigDecimal min, BigDecimal max, BigDecimal step,
                       String source, boolean illustrative) {
        this.name = name;
        this.title = title;
        this.unit = unit;
        this.base = base;
        this.min = min;
        this.max = max;
        this.step = step;
        this.source = source;
        this.illustrative = illustrative;
    }

    /** The moveable assumptions of {@code a}, in the order above: five, and the slippage when {@code a} sets it. */
    static List<Assumption> all(TrajectoryAssumptions a) {
        BigDecimal hundred = BigDecimal.valueOf(100);
        BigDecimal one = BigDecimal.ONE;
        List<Assumption> out = new ArrayList<>();
        out.add(new Assumption(COHORT_GROWTH, "Cohort growth", "% a year", a.netGrowthPercent().value(), BigDecimal.ZERO, hundred, one,
                a.netGrowthPercent().source(), a.netGrowthPercent().illustrative()));
        out.add(new Assumption(VALUE_UPLIFT, "Unit-value uplift on top of the values in force", "points a year", a.valueUpliftPoints(),
                BigDecimal.valueOf(-50), BigDecimal.valueOf(50), one,
                "the values in force each year, as the rule set's parameter files give them; a move raises or lowers every amount "
                        + "by that many points a year, compounded, from the year after the cohort's", true));
        out.add(new Assumption(RENEWAL_RATE, "Renewal rate", "% of awards that end", a.renewalPercent().value(), BigDecimal.ZERO, hundred,
                BigDecimal.TEN, a.renewalPercent().source(), a.renewalPercent().illustrative()));
        out.add(new Assumption(LEAVERS, "Leavers", "% a year", a.leaverPercent().value(), BigDecimal.ZERO, hundred, one,
                a.leaverPercent().source(), a.leaverPercent().illustrative()));
        TrajectoryAssumptions.BudgetGrowth g = a.budgetGrowth();
        BigDecimal firstRate = g.rates().isEmpty() ? BigDecimal.ZERO : g.rates().get(0).percent();
        out.add(new Assumption(BUDGET_GROWTH, "High Needs Block budget growth", "% a year", firstRate, BigDecimal.valueOf(-50),
                BigDecimal.valueOf(50), one, g.source(), g.illustrative()));
        TrajectoryAssumptions.Figure slip = a.sufficiencySlippage();
        if (slip != null) {
            out.add(new Assumption(SUFFICIENCY_SLIPPAGE, "Planned places opening a year late", "% of planned places", slip.value(),
                    BigDecimal.ZERO, hundred, BigDecimal.TEN, slip.source(), slip.illustrative()));
        }
        return List.copyOf(out);
    }

    /**
     * The assumption called {@code name} in {@code a}.
     *
     * @throws IllegalArgumentException naming the assumptions there are
     */
    public static Assumption named(TrajectoryAssumptions a, String name) {
        for (Assumption x : all(a)) {
            if (x.name.equals(name)) {
                return x;
            }
        }
        throw new IllegalArgumentException("unknown assumption \"" + name + "\"; the assumptions are " + String.join(", ",
                all(a).stream().map(Assumption::name).toList()));
    }

    /** Its name, such as {@value #COHORT_GROWTH}. */
    public String name() {
        return name;
    }

    /** What a report calls it, such as "Cohort growth". */
    public String title() {
        return title;
    }

    /** The unit of its value, such as "% a year". */
    public String unit() {
        return unit;
    }

    /** Its value in the assumptions it was read from. */
    public BigDecimal base() {
        return base;
    }

    /** The lowest value it may take. */
    public BigDecimal min() {
        return min;
    }

    /** The highest value it may take. */
    public BigDecimal max() {
        return max;
    }

    /** How far a sensitivity run moves it up and down (the stated amount). */
    public BigDecimal step() {
        return step;
    }

    /** Where its base value comes from, or why it is assumed. */
    public String source() {
        return source;
    }

    /** Whether its base value is illustrative: no source publishes it. */
    public boolean illustrative() {
        return illustrative;
    }

    /** {@code value} kept within {@link #min()} and {@link #max()}. */
    public BigDecimal clamp(BigDecimal value) {
        return value.max(min).min(max);
    }

    /**
     * The assumptions {@code a} with this one set to {@code value} (rounded half up to two
     * decimals); the others and the label as they are.
     *
     * @throws IllegalArgumentException if {@code value} is outside {@link #min()} to {@link #max()}
     */
    public TrajectoryAssumptions with(TrajectoryAssumptions a, BigDecimal value) {
        Objects.requireNonNull(value, "value");
        BigDecimal v = value.setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        if (v.scale() < 0) {
            v = v.setScale(0);
        }
        if (v.compareTo(min) < 0 || v.compareTo(max) > 0) {
            throw new IllegalArgumentException(name + " is from " + min.toPlainString() + " to " + max.toPlainString() + " " + unit
                    + ", not " + v.toPlainString());
        }
        String label = a.label();
        TrajectoryAssumptions.Figure slip = a.sufficiencySlippage();
        return switch (name) {
            case COHORT_GROWTH -> new TrajectoryAssumptions(moved(a.netGrowthPercent(), v), a.leaverPercent(), a.budgetGrowth(), label,
                    a.renewalPercent(), a.valueUpliftPoints(), slip);
            case LEAVERS -> new TrajectoryAssumptions(a.netGrowthPercent(), moved(a.leaverPercent(), v), a.budgetGrowth(), label,
                    a.renewalPercent(), a.valueUpliftPoints(), slip);
            case RENEWAL_RATE -> new TrajectoryAssumptions(a.netGrowthPercent(), a.leaverPercent(), a.budgetGrowth(), label,
                    moved(a.renewalPercent(), v), a.valueUpliftPoints(), slip);
            case VALUE_UPLIFT -> new TrajectoryAssumptions(a.netGrowthPercent(), a.leaverPercent(), a.budgetGrowth(), label,
                    a.renewalPercent(), v, slip);
            case SUFFICIENCY_SLIPPAGE -> a.withSufficiencySlippage(moved(slip, v));
            case BUDGET_GROWTH -> {
                BigDecimal shift = v.subtract(base);
                List<TrajectoryAssumptions.Rate> rates = new ArrayList<>();
                a.budgetGrowth().rates().forEach(r -> rates.add(new TrajectoryAssumptions.Rate(r.from(), r.percent().add(shift))));
                yield new TrajectoryAssumptions(a.netGrowthPercent(), a.leaverPercent(),
                        new TrajectoryAssumptions.BudgetGrowth(rates, a.budgetGrowth().source(), a.budgetGrowth().illustrative()), label,
                        a.renewalPercent(), a.valueUpliftPoints(), slip);
            }
            default -> throw new IllegalStateException(name);
        };
    }

    private static TrajectoryAssumptions.Figure moved(TrajectoryAssumptions.Figure f, BigDecimal v) {
        return new TrajectoryAssumptions.Figure(v, f.source(), f.illustrative());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Assumption o && name.equals(o.name) && title.equals(o.title) && unit.equals(o.unit)
                && base.compareTo(o.base) == 0 && min.compareTo(o.min) == 0 && max.compareTo(o.max) == 0 && step.compareTo(o.step) == 0
                && source.equals(o.source) && illustrative == o.illustrative;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, title, unit, base.stripTrailingZeros(), source, illustrative);
    }

    @Override
    public String toString() {
        return "Assumption[" + name + " " + base.toPlainString() + " " + unit + (illustrative ? ", illustrative" : "") + "]";
    }
}
