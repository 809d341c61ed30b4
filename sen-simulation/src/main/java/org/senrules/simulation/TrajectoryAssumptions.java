package org.senrules.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.senrules.core.ApiStatus;

/**
 * What a {@link Trajectory} assumes from year to year, each figure with its source and whether it
 * is illustrative: the cohort's net growth a year (new pupils beyond those who replace leavers),
 * the share of pupils who leave each year for reasons other than age, and the dated growth of the
 * High Needs Block budget. Read from the {@code growth}, {@code leavers} and
 * {@code highNeedsBudgetGrowth} entries of a cohort profile file ({@link #fromProfile}); the
 * profile's other entries shape the cohort itself and are not read here.
 *
 * <p>Two more assumptions have defaults when a profile does not give them: the share of pupils
 * whose award ends while they stay who ask for a renewal ({@code renewals.percent}, 100% by
 * default: every such pupil still needs the support), and an uplift of every amount, in
 * percentage points a year from the year after the cohort's, on top of the values in force
 * (0 by default: the parameter files' values as they are). Each of the five can be moved by name
 * ({@link #moveable()}, {@link Assumption}), which is how the sensitivity runs
 * ({@link TrajectoryRunner#sensitivity}) and the uncertainty runs move them.
 *
 * <p>Immutable, compared by value (before issue 31 a record of its first four parts; the same
 * accessors and constructor).
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class TrajectoryAssumptions {
    private final Figure netGrowthPercent;
    private final Figure leaverPercent;
    private final BudgetGrowth budgetGrowth;
    private final String label;
    private final Figure renewalPercent;
    private final BigDecimal valueUpliftPoints;
    private final Figure sufficiencySlippage;

    /** The renewal rate when a profile gives none: every pupil whose award ends while they stay asks again. */
    public static final Figure EVERY_PUPIL_RENEWS = new Figure(BigDecimal.valueOf(100),
            "assumed: every pupil whose award ends while they stay in the cohort still needs the support and asks for a renewal "
                    + "(docs/simulation.md, \"Awards, renewals and part years\")", true);

    /**
     * The assumptions with the renewal and uplift defaults: every pupil whose award ends asks for
     * a renewal, and amounts are the values in force with no uplift on top.
     */
    public TrajectoryAssumptions(Figure netGrowthPercent, Figure leaverPercent, BudgetGrowth budgetGrowth, String label) {
        this(netGrowthPercent, leaverPercent, budgetGrowth, label, EVERY_PUPIL_RENEWS, BigDecimal.ZERO);
    }

    /** These assumptions with another renewal rate. */
    public TrajectoryAssumptions withRenewalPercent(Figure percent) {
        return new TrajectoryAssumptions(netGrowthPercent, leaverPercent, budgetGrowth, label, percent, valueUpliftPoints,
                sufficiencySlippage);
    }

    /** These assumptions with another value uplift, in percentage points a year from -50 to 50. */
    public TrajectoryAssumptions withValueUpliftPoints(BigDecimal points) {
        return new TrajectoryAssumptions(netGrowthPercent, leaverPercent, budgetGrowth, label, renewalPercent, points,
                sufficiencySlippage);
    }

    /**
     * These assumptions with a sufficiency slippage: the percentage of the planned special-school
     * and resource-base places ({@link Sufficiency}) that open a year later than planned. Once set
     * it is one of the {@link #moveable()} assumptions ({@link Assumption#SUFFICIENCY_SLIPPAGE}),
     * which sensitivity and uncertainty runs move; a run with a sufficiency file and no slippage
     * set assumes none. {@link Sufficiency#slippage()} gives the file's base.
     *
     * @since 1.0
     */
    public TrajectoryAssumptions withSufficiencySlippage(Figure percent) {
        return new TrajectoryAssumptions(netGrowthPercent, leaverPercent, budgetGrowth, label, renewalPercent, valueUpliftPoints,
                Objects.requireNonNull(percent, "percent"));
    }

    /**
     * The percentage of planned places that open a year late, or {@code null} when these
     * assumptions do not move it (no slippage: places open when planned).
     *
     * @since 1.0
     */
    public Figure sufficiencySlippage() {
        return sufficiencySlippage;
    }

    /** Net growth of the cohort a year, as a percentage of its opening size. */
    public Figure netGrowthPercent() {
        return netGrowthPercent;
    }

    /** Pupils leaving each year before the last year they are funded, as a percentage. */
    public Figure leaverPercent() {
        return leaverPercent;
    }

    /** The yearly growth of the High Needs Block budget, dated. */
    public BudgetGrowth budgetGrowth() {
        return budgetGrowth;
    }

    /** Where the figures came from, for reports. */
    public String label() {
        return label;
    }

    /** Pupils asking for a renewal when an award ends while they stay, as a percentage; 100 unless given. */
    public Figure renewalPercent() {
        return renewalPercent;
    }

    /** Percentage points a year by which every amount rises on top of the values in force; 0 unless given. */
    public BigDecimal valueUpliftPoints() {
        return valueUpliftPoints;
    }

    @Override
    public final boolean equals(Object other) {
        return other instanceof TrajectoryAssumptions o && netGrowthPercent.equals(o.netGrowthPercent)
                && leaverPercent.equals(o.leaverPercent) && budgetGrowth.equals(o.budgetGrowth) && label.equals(o.label)
                && renewalPercent.equals(o.renewalPercent) && valueUpliftPoints.compareTo(o.valueUpliftPoints) == 0
                && Objects.equals(sufficiencySlippage, o.sufficiencySlippage);
    }

    @Override
    public final int hashCode() {
        return Objects.hash(netGrowthPercent, leaverPercent, budgetGrowth, label, renewalPercent, valueUpliftPoints.stripTrailingZeros(),
                sufficiencySlippage);
    }

    @Override
    public final String toString() {
        return "TrajectoryAssumptions[netGrowthPercent=" + netGrowthPercent + ", leaverPercent=" + leaverPercent + ", budgetGrowth="
                + budgetGrowth + ", label=" + label + ", renewalPercent=" + renewalPercent + ", valueUpliftPoints="
                + valueUpliftPoints.toPlainString() + (sufficiencySlippage == null ? "" : ", sufficiencySlippage=" + sufficiencySlippage)
                + "]";
    }

    /** A figure with its source; {@code illustrative} when no source publishes it. */
    public record Figure(BigDecimal value, String source, boolean illustrative) {
        public Figure {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(source, "source");
            if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0 || value.scale() > 2) {
                throw new IllegalArgumentException("a percentage from 0 to 100 with at most two decimals, not " + value.toPlainString());
            }
        }
    }

    /** One dated growth rate: from {@code from} on, the budget of a financial year grows by {@code percent} on the year before. */
    public record Rate(LocalDate from, BigDecimal percent) {
    }

    /** The dated growth rates of the High Needs Block budget, in date order, with their source. */
    public record BudgetGrowth(List<Rate> rates, String source, boolean illustrative) {
        public BudgetGrowth {
            rates = List.copyOf(rates);
            for (int i = 1; i < rates.size(); i++) {
                if (!rates.get(i).from().isAfter(rates.get(i - 1).from())) {
                    throw new IllegalArgumentException("budget growth rates must be in date order, one per date");
                }
            }
        }

        /**
         * The rate in force on {@code day}.
         *
         * @throws IllegalArgumentException when no rate is in force then
         */
        public BigDecimal percentOn(LocalDate day) {
            Rate found = null;
            for (Rate r : rates) {
                if (!r.from().isAfter(day)) {
                    found = r;
                }
            }
            if (found == null) {
                throw new IllegalArgumentException("no High Needs Block budget growth rate is in force on " + day
                        + (rates.isEmpty() ? "" : "; the first starts on " + rates.get(0).from()));
            }
            return found.percent();
        }
    }

    TrajectoryAssumptions(Figure netGrowthPercent, Figure leaverPercent, BudgetGrowth budgetGrowth, String label, Figure renewalPercent,
                          BigDecimal valueUpliftPoints) {
        this(netGrowthPercent, leaverPercent, budgetGrowth, label, renewalPercent, valueUpliftPoints, null);
    }

    TrajectoryAssumptions(Figure netGrowthPercent, Figure leaverPercent, BudgetGrowth budgetGrowth, String label, Figure renewalPercent,
                          BigDecimal valueUpliftPoints, Figure sufficiencySlippage) {
        Objects.requireNonNull(netGrowthPercent, "netGrowthPercent");
        Objects.requireNonNull(leaverPercent, "leaverPercent");
        Objects.requireNonNull(budgetGrowth, "budgetGrowth");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(renewalPercent, "renewalPercent");
        Objects.requireNonNull(valueUpliftPoints, "valueUpliftPoints");
        if (valueUpliftPoints.abs().compareTo(BigDecimal.valueOf(50)) > 0 || valueUpliftPoints.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("the value uplift is from -50 to 50 percentage points a year with at most two decimals, not "
                    + valueUpliftPoints.toPlainString());
        }
        this.netGrowthPercent = netGrowthPercent;
        this.leaverPercent = leaverPercent;
        this.budgetGrowth = budgetGrowth;
        this.label = label;
        this.renewalPercent = renewalPercent;
        this.valueUpliftPoints = valueUpliftPoints;
        this.sufficiencySlippage = sufficiencySlippage;
    }

    /**
     * The assumptions a sensitivity or uncertainty run may move, each with its value here, its
     * source and whether it is illustrative: cohort growth, unit-value uplift, renewal rate,
     * leavers and High Needs Block budget growth, in that order, then the sufficiency slippage
     * when it is set ({@link #withSufficiencySlippage}).
     */
    public List<Assumption> moveable() {
        return Assumption.all(this);
    }

    /** The names of the entries that are illustrative, for reports. */
    public List<String> illustrativeEntries() {
        List<String> out = new ArrayList<>();
        if (netGrowthPercent.illustrative()) {
            out.add("growth");
        }
        if (leaverPercent.illustrative()) {
            out.add("leavers");
        }
        if (budgetGrowth.illustrative()) {
            out.add("highNeedsBudgetGrowth");
        }
        if (renewalPercent.illustrative()) {
            out.add("renewals");
        }
        if (sufficiencySlippage != null && sufficiencySlippage.illustrative()) {
            out.add("sufficiency slippage");
        }
        return out;
    }

    /**
     * The assumptions of a cohort profile file (JSON). Net growth a year is worked out from the
     * {@code growth} entry: the count at {@code baseYear} is {@code threeYearGrowth} ×
     * (100 + {@code threeYearGrowthPercent}) / {@code threeYearGrowthPercent}, and
     * {@code growthBy2030} spread evenly over the years from {@code baseYear} to {@code byYear}
     * is that count's percentage a year, rounded half up to two decimals (S4's figures give
     * 350 a year on about 9,519 plans: 3.68%).
     *
     * @param json  the profile file's text
     * @param label what to call it in messages and reports, such as its file name
     * @throws IllegalArgumentException naming the entry and key that is missing or wrong
     */
    public static TrajectoryAssumptions fromProfile(String json, String label) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("cohort profile " + label + ": not valid JSON ("
                    + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        if (root == null || !root.isObject()) {
            throw bad(label, "", "must be a JSON object");
        }
        JsonNode g = entry(root, "growth", Set.of("threeYearGrowth", "threeYearGrowthPercent", "growthBy2030", "baseYear", "byYear"),
                label);
        int three = whole(g, "growth.threeYearGrowth", 1, 10_000_000, label);
        BigDecimal percent = decimal(g.path("threeYearGrowthPercent"), "growth.threeYearGrowthPercent", label);
        if (percent.signum() <= 0) {
            throw bad(label, "growth.threeYearGrowthPercent", "must be above 0");
        }
        int by2030 = whole(g, "growth.growthBy2030", 0, 10_000_000, label);
        int baseYear = whole(g, "growth.baseYear", 1990, 2100, label);
        int byYear = whole(g, "growth.byYear", baseYear + 1, 2100, label);
        BigDecimal hundred = BigDecimal.valueOf(100);
        BigDecimal base = BigDecimal.valueOf(three).multiply(hundred.add(percent)).divide(percent, 10, RoundingMode.HALF_UP);
        BigDecimal netGrowth = BigDecimal.valueOf(by2030).multiply(hundred)
                .divide(base.multiply(BigDecimal.valueOf(byYear - baseYear)), 2, RoundingMode.HALF_UP);
        Figure growth = new Figure(netGrowth, g.path("source").asText() + " (+" + by2030 + " from " + baseYear + " to " + byYear
                + " on " + base.setScale(0, RoundingMode.HALF_UP) + " plans: " + netGrowth.toPlainString() + "% a year)",
                g.path("illustrative").asBoolean());

        JsonNode l = entry(root, "leavers", Set.of("percentPerYear"), label);
        Figure leavers = new Figure(percentage(l.path("percentPerYear"), "leavers.percentPerYear", label), l.path("source").asText(),
                l.path("illustrative").asBoolean());

        JsonNode b = entry(root, "highNeedsBudgetGrowth", Set.of("rates"), label);
        JsonNode rates = b.path("rates");
        if (!rates.isArray() || rates.isEmpty()) {
            throw bad(label, "highNeedsBudgetGrowth.rates", "is required: a list of { \"from\": \"2026-04-01\", \"percent\": \"3.0\" }");
        }
        List<Rate> list = new ArrayList<>();
        for (int i = 0; i < rates.size(); i++) {
            JsonNode r = rates.get(i);
            String path = "highNeedsBudgetGrowth.rates[" + i + "]";
            keys(r, Set.of("from", "percent"), path, label);
            LocalDate from;
            try {
                from = LocalDate.parse(r.path("from").asText());
            } catch (DateTimeParseException e) {
                throw bad(label, path + ".from", "must be a date like 2026-04-01");
            }
            if (!list.isEmpty() && !from.isAfter(list.get(list.size() - 1).from())) {
                throw bad(label, path + ".from", "must be after the rate before it");
            }
            list.add(new Rate(from, percentage(r.path("percent"), path + ".percent", label)));
        }
        Figure renewals = EVERY_PUPIL_RENEWS;
        if (root.has("renewals")) {
            JsonNode rn = entry(root, "renewals", Set.of("percent"), label);
            renewals = new Figure(percentage(rn.path("percent"), "renewals.percent", label), rn.path("source").asText(),
                    rn.path("illustrative").asBoolean());
        }
        return new TrajectoryAssumptions(growth, leavers, new BudgetGrowth(list, b.path("source").asText(),
                b.path("illustrative").asBoolean()), label, renewals, BigDecimal.ZERO);
    }

    private static JsonNode entry(JsonNode root, String name, Set<String> figures, String label) {
        JsonNode n = root.get(name);
        if (n == null || !n.isObject()) {
            throw bad(label, name, "is required for a year-by-year run: an object with source, illustrative and " + new TreeSet<>(figures));
        }
        if (!n.path("source").isTextual() || n.path("source").asText().isBlank()) {
            throw bad(label, name + ".source", "is required: where the figures come from, or why they are illustrative");
        }
        if (!n.path("illustrative").isBoolean()) {
            throw bad(label, name + ".illustrative", "is required: true or false");
        }
        Set<String> valid = new TreeSet<>(figures);
        valid.addAll(Set.of("source", "illustrative", "$comment"));
        keys(n, valid, name, label);
        return n;
    }

    private static void keys(JsonNode n, Set<String> valid, String path, String label) {
        if (!n.isObject()) {
            throw bad(label, path, "must be an object with " + new TreeSet<>(valid));
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!valid.contains(f)) {
                throw bad(label, path + "." + f, "unknown; valid here: " + new TreeSet<>(valid));
            }
        }
    }

    private static int whole(JsonNode n, String path, int min, int max, String label) {
        JsonNode v = n.path(path.substring(path.indexOf('.') + 1));
        if (!v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < min || v.asInt() > max) {
            throw bad(label, path, "must be a whole number from " + min + " to " + max);
        }
        return v.asInt();
    }

    private static BigDecimal decimal(JsonNode v, String path, String label) {
        try {
            if (v.isTextual() || v.isNumber()) {
                return new BigDecimal(v.asText());
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad(label, path, "must be a number such as \"3.0\"");
    }

    private static BigDecimal percentage(JsonNode v, String path, String label) {
        BigDecimal d = decimal(v, path, label);
        if (d.signum() < 0 || d.compareTo(BigDecimal.valueOf(100)) > 0 || d.stripTrailingZeros().scale() > 2) {
            throw bad(label, path, "must be a percentage from 0 to 100 with at most two decimals, not " + v.asText());
        }
        return d.stripTrailingZeros().scale() < 0 ? d.setScale(0) : d.stripTrailingZeros();
    }

    private static IllegalArgumentException bad(String label, String path, String message) {
        return new IllegalArgumentException("cohort profile " + label + (path.isEmpty() ? "" : ", " + path) + ": " + message);
    }
}
