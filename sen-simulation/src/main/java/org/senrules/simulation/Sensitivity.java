package org.senrules.simulation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.senrules.core.ApiStatus;
import org.senrules.core.domain.FinancialYear;
import org.senrules.core.domain.Money;

/**
 * A sensitivity run of a {@link Trajectory}: the same run with each main assumption moved down and
 * up by a stated amount, one at a time, to show how far each moves the High Needs Block reserve
 * in the last year and the year it is first exhausted (or, without a forecast, the cohort's cost
 * in the last year). Made by {@link TrajectoryRunner#sensitivity}; {@link #standard} gives the
 * five assumptions moved by their {@link Assumption#step()}.
 *
 * @since 1.0
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class Sensitivity {
    private Sensitivity() {
    }

    /**
     * One assumption to move, by name ({@link Assumption#COHORT_GROWTH}, …), down and up by {@code by}.
     *
     * @param assumption the assumption's name
     * @param by         how far, in its unit; positive
     */
    public record Move(String assumption, BigDecimal by) {
        public Move {
            Objects.requireNonNull(assumption, "assumption");
            Objects.requireNonNull(by, "by");
            if (by.signum() <= 0) {
                throw new IllegalArgumentException("a sensitivity move is a positive amount, not " + by.toPlainString());
            }
        }
    }

    /** Every moveable assumption of {@code a}, each by its stated {@link Assumption#step()}. */
    public static List<Move> standard(TrajectoryAssumptions a) {
        return a.moveable().stream().map(x -> new Move(x.name(), x.step())).toList();
    }

    /**
     * One run with one assumption moved.
     * Immutable, compared by value; only the simulator makes one.
     *
     * @since 1.0
     */
    public static final class Run {
        private final Assumption assumption;
        private final boolean up;
        private final BigDecimal value;
        private final boolean atLimit;
        private final Trajectory.Result result;

        Run(Assumption assumption, boolean up, BigDecimal value, boolean atLimit, Trajectory.Result result) {
            this.assumption = assumption;
            this.up = up;
            this.value = value;
            this.atLimit = atLimit;
            this.result = result;
        }

        /** The assumption, with its base value. */
        public Assumption assumption() {
            return assumption;
        }

        /** True for the move up, false for down. */
        public boolean up() {
            return up;
        }

        /** The value it was run with. */
        public BigDecimal value() {
            return value;
        }

        /** True when the move would have passed the assumption's range, so it was run at the range's end. */
        public boolean atLimit() {
            return atLimit;
        }

        /** The run. */
        public Trajectory.Result result() {
            return result;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Run o && java.util.Objects.equals(assumption, o.assumption) && java.util.Objects.equals(up, o.up) && java.util.Objects.equals(value, o.value) && java.util.Objects.equals(atLimit, o.atLimit) && java.util.Objects.equals(result, o.result);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(assumption, up, value, atLimit, result);
        }

        @Override
        public String toString() {
            return "Run[assumption=" + assumption + ", up=" + up + ", value=" + value + ", atLimit=" + atLimit + ", result=" + result + "]";
        }
    }

    /**
     * What one run gives for one policy against the base run.
     * Immutable, compared by value; only the simulator makes one.
     *
     * @since 1.0
     */
    public static final class Effect {
        private final String policy;
        private final Money base;
        private final Money value;
        private final FinancialYear baseExhausted;
        private final FinancialYear exhausted;

        Effect(String policy, Money base, Money value, FinancialYear baseExhausted, FinancialYear exhausted) {
            this.policy = policy;
            this.base = base;
            this.value = value;
            this.baseExhausted = baseExhausted;
            this.exhausted = exhausted;
        }

        /** The policy. */
        public String policy() {
            return policy;
        }

        /** The figure measured in the base run: the reserve at the end of the last year, or the cost in it without a forecast. */
        public Money base() {
            return base;
        }

        /** The same figure in the moved run. */
        public Money value() {
            return value;
        }

        /** The first year the reserve is exhausted in the base run, or {@code null} (not by the last year, or no forecast). */
        public FinancialYear baseExhausted() {
            return baseExhausted;
        }

        /** The same in the moved run. */
        public FinancialYear exhausted() {
            return exhausted;
        }

        /** {@link #value()} less {@link #base()}. */
        public Money change() {
            return value.minus(base);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Effect o && java.util.Objects.equals(policy, o.policy) && java.util.Objects.equals(base, o.base) && java.util.Objects.equals(value, o.value) && java.util.Objects.equals(baseExhausted, o.baseExhausted) && java.util.Objects.equals(exhausted, o.exhausted);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(policy, base, value, baseExhausted, exhausted);
        }

        @Override
        public String toString() {
            return "Effect[policy=" + policy + ", base=" + base + ", value=" + value + ", baseExhausted=" + baseExhausted + ", exhausted=" + exhausted + "]";
        }
    }

    /** The base run and every moved run, in the order of the moves, down before up. Immutable. */
    public static final class Result {
        private final Trajectory.Result base;
        private final List<Run> runs;

        Result(Trajectory.Result base, List<Run> runs) {
            this.base = base;
            this.runs = List.copyOf(runs);
        }

        /** The run with the assumptions as given. */
        public Trajectory.Result base() {
            return base;
        }

        /** The moved runs. */
        public List<Run> runs() {
            return runs;
        }

        /** Whether the figure measured is the reserve (a forecast was given) or the cost. */
        public boolean measuresReserve() {
            return base.hnbYear() != null;
        }

        /** The last financial year, where the figure is measured. */
        public FinancialYear lastYear() {
            return base.years().get(base.years().size() - 1);
        }

        /** What {@code run} gives for {@code policy} against the base run. */
        public Effect effect(Run run, String policy) {
            Trajectory.Policy b = policy(base, policy);
            Trajectory.Policy r = policy(run.result(), policy);
            return new Effect(policy, measure(b), measure(r), b.firstExhausted(), r.firstExhausted());
        }

        /** The policies, {@code current} first. */
        public List<String> policies() {
            List<String> out = new ArrayList<>();
            base.policies().forEach(p -> out.add(p.policy()));
            return out;
        }

        private Money measure(Trajectory.Policy p) {
            Trajectory.Year last = p.years().get(p.years().size() - 1);
            return measuresReserve() ? last.block().reserve() : last.cost();
        }

        private static Trajectory.Policy policy(Trajectory.Result r, String name) {
            return r.policies().stream().filter(p -> p.policy().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no policy " + name + " in the run"));
        }
    }
}
