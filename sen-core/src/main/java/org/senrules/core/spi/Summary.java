package org.senrules.core.spi;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.senrules.core.ApiStatus;
import org.senrules.core.domain.Money;
import org.senrules.core.domain.PrimaryNeed;
import org.senrules.core.domain.Setting;

/**
 * What a cohort simulator adds up for one rule set, declared by the pack in types: the money of
 * a decision, and where the rule set has them its units, whether the case was considered and
 * eligible, its decision group, its band, the pupil's primary need and locality, and the
 * by-locality budget parameter. The simulator reads decisions only through this declaration, so
 * a third-party rule set is simulated with no change to the library.
 *
 * <p>The engine makes one from a rule set's declaration ({@code "summary"}); once its rule set
 * is defined, it cannot change. Every part but the money is optional; a
 * part not declared is shown as absent (a "-" column), never guessed.
 *
 * @param <C> the case type
 * @param <O> the outcome type
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class Summary<C extends CaseInput, O> {
    private final Class<C> caseType;
    private final Class<O> outcomeType;
    private final String moneyLabel;
    private final Function<? super O, Money> money;
    private String unitsLabel;
    private ToLongFunction<? super O> units;
    private Predicate<? super O> considered;
    private Predicate<? super O> eligible;
    private Function<? super O, String> group;
    private String bandLabel;
    private Function<? super O, ?> band;
    private Function<? super C, PrimaryNeed> need;
    private Function<? super C, String> locality;
    private Function<? super C, Setting> setting;
    private Predicate<? super O> decidedByLocality;
    private String localityBudgets;
    private boolean declared;

    private Summary(Class<C> caseType, Class<O> outcomeType, String moneyLabel, Function<? super O, Money> money) {
        this.caseType = Objects.requireNonNull(caseType, "caseType");
        this.outcomeType = Objects.requireNonNull(outcomeType, "outcomeType");
        this.moneyLabel = Objects.requireNonNull(moneyLabel, "moneyLabel");
        this.money = Objects.requireNonNull(money, "money");
    }

    /**
     * A summary whose money is {@code money} of each outcome (a {@code null} amount counts as none).
     *
     * @param moneyLabel what the money is called in reports, such as {@code "top-up"}
     */
    public static <C extends CaseInput, O> Summary<C, O> of(Class<C> caseType, Class<O> outcomeType, String moneyLabel,
                                                            Function<? super O, Money> money) {
        return new Summary<>(caseType, outcomeType, moneyLabel, money);
    }

    /** The units granted or counted, such as Support Units; {@code label} names them in reports. */
    public Summary<C, O> units(String label, ToLongFunction<? super O> units) {
        open();
        this.unitsLabel = Objects.requireNonNull(label, "label");
        this.units = Objects.requireNonNull(units, "units");
        return this;
    }

    /** Whether the request could be considered at all (consent, evidence, setting). */
    public Summary<C, O> considered(Predicate<? super O> considered) {
        open();
        this.considered = Objects.requireNonNull(considered, "considered");
        return this;
    }

    /** Whether a considered request is eligible for funding. */
    public Summary<C, O> eligible(Predicate<? super O> eligible) {
        open();
        this.eligible = Objects.requireNonNull(eligible, "eligible");
        return this;
    }

    /** Who decided: the decision group, such as an area-of-need panel or a locality. */
    public Summary<C, O> group(Function<? super O, String> group) {
        open();
        this.group = Objects.requireNonNull(group, "group");
        return this;
    }

    /**
     * The band (or what stands for it, such as the units counted) whose change a parameter
     * comparison reports; {@code label} names it, such as {@code "band"}.
     */
    public Summary<C, O> band(String label, Function<? super O, ?> band) {
        open();
        this.bandLabel = Objects.requireNonNull(label, "label");
        this.band = Objects.requireNonNull(band, "band");
        return this;
    }

    /** The pupil's primary need, for totals by area of need ({@code null} when the case gives none). */
    public Summary<C, O> need(Function<? super C, PrimaryNeed> need) {
        open();
        this.need = Objects.requireNonNull(need, "need");
        return this;
    }

    /** The pupil's locality, for totals by locality. */
    public Summary<C, O> locality(Function<? super C, String> locality) {
        open();
        this.locality = Objects.requireNonNull(locality, "locality");
        return this;
    }

    /**
     * The pupil's setting, for winners and losers by setting ({@code null} when the case gives none).
     *
     * @since 1.1
     */
    public Summary<C, O> setting(Function<? super C, Setting> setting) {
        open();
        this.setting = Objects.requireNonNull(setting, "setting");
        return this;
    }

    /** Whether a decision was made by the pupil's locality rather than centrally. */
    public Summary<C, O> decidedByLocality(Predicate<? super O> decidedByLocality) {
        open();
        this.decidedByLocality = Objects.requireNonNull(decidedByLocality, "decidedByLocality");
        return this;
    }

    /**
     * The parameter holding each locality's budget, a {@link ParameterType#MONEY_BY_KEY} keyed by
     * locality name; checked against the rule set's declared parameters when it is built.
     */
    public Summary<C, O> localityBudgets(String parameter) {
        open();
        this.localityBudgets = Objects.requireNonNull(parameter, "parameter");
        return this;
    }

    private void open() {
        if (declared) {
            throw new IllegalStateException("a summary cannot change once a rule set declares it");
        }
    }

    /** Called when a rule set declares it: from then on it cannot change. */
    void declare() {
        declared = true;
    }

    public Class<C> caseType() {
        return caseType;
    }

    public Class<O> outcomeType() {
        return outcomeType;
    }

    /** What the money is called. */
    public String moneyLabel() {
        return moneyLabel;
    }

    /** What the units are called, or {@code null} when the rule set has none. */
    public String unitsLabel() {
        return unitsLabel;
    }

    /** What the band is called, or {@code null} when the rule set has none. */
    public String bandLabel() {
        return bandLabel;
    }

    public boolean hasConsidered() {
        return considered != null;
    }

    public boolean hasEligible() {
        return eligible != null;
    }

    public boolean hasGroup() {
        return group != null;
    }

    public boolean hasNeed() {
        return need != null;
    }

    public boolean hasLocality() {
        return locality != null;
    }

    /** Whether the summary declares the pupil's setting. */
    public boolean hasSetting() {
        return setting != null;
    }

    /** The by-locality budget parameter's name, or {@code null}. */
    public String localityBudgetParameter() {
        return localityBudgets;
    }

    /**
     * One decided case as the simulator adds it up: what {@link Summary#read} gives. Immutable,
     * compared by value; only a summary makes one.
     */
    public static final class Row {
        private final Money money;
        private final long units;
        private final boolean considered;
        private final boolean eligible;
        private final String group;
        private final String band;
        private final PrimaryNeed need;
        private final String locality;
        private final boolean decidedByLocality;
        private final Setting setting;

        private Row(Money money, long units, boolean considered, boolean eligible, String group, String band,
                    PrimaryNeed need, String locality, boolean decidedByLocality, Setting setting) {
            this.money = money;
            this.units = units;
            this.considered = considered;
            this.eligible = eligible;
            this.group = group;
            this.band = band;
            this.need = need;
            this.locality = locality;
            this.decidedByLocality = decidedByLocality;
            this.setting = setting;
        }

        /** The money, never {@code null}. */
        public Money money() {
            return money;
        }

        /** The units, 0 when the rule set has none. */
        public long units() {
            return units;
        }

        /** Whether the request could be considered; true when the rule set has no such notion. */
        public boolean considered() {
            return considered;
        }

        /** Whether it is eligible; true when the rule set has no such notion. */
        public boolean eligible() {
            return eligible;
        }

        /** The decision group, or {@code null}. */
        public String group() {
            return group;
        }

        /** The band as text, {@code ""} when none. */
        public String band() {
            return band;
        }

        /** The primary need, or {@code null}. */
        public PrimaryNeed need() {
            return need;
        }

        /** The locality, or {@code null}. */
        public String locality() {
            return locality;
        }

        /** Whether the pupil's locality decided. */
        public boolean decidedByLocality() {
            return decidedByLocality;
        }

        /** The setting, or {@code null}. */
        public Setting setting() {
            return setting;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Row r && money.equals(r.money) && units == r.units && considered == r.considered
                    && eligible == r.eligible && Objects.equals(group, r.group) && band.equals(r.band) && need == r.need
                    && Objects.equals(locality, r.locality) && decidedByLocality == r.decidedByLocality && setting == r.setting;
        }

        @Override
        public int hashCode() {
            return Objects.hash(money, units, considered, eligible, group, band, need, locality, decidedByLocality, setting);
        }

        @Override
        public String toString() {
            return "Row[money=" + money + ", units=" + units + ", considered=" + considered + ", eligible=" + eligible + ", group="
                    + group + ", band=" + band + ", need=" + need + ", locality=" + locality + ", decidedByLocality="
                    + decidedByLocality + ", setting=" + setting + "]";
        }
    }

    /**
     * Reads one decided case.
     *
     * @throws ClassCastException if the case or outcome is not of this summary's types
     */
    public Row read(CaseInput caseInput, Object outcome) {
        C c = caseType.cast(caseInput);
        O o = outcomeType.cast(outcome);
        Money m = money.apply(o);
        Object b = band == null ? null : band.apply(o);
        return new Row(m == null ? Money.ZERO : m, units == null ? 0 : units.applyAsLong(o),
                considered == null || considered.test(o), eligible == null || eligible.test(o),
                group == null ? null : group.apply(o), b == null ? "" : b.toString(),
                need == null ? null : need.apply(c), locality == null ? null : locality.apply(c),
                decidedByLocality != null && decidedByLocality.test(o), setting == null ? null : setting.apply(c));
    }
}
