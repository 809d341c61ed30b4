package org.senrules.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.senrules.core.ApiStatus;
import org.senrules.core.Decision;
import org.senrules.core.InvalidRequestException;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.core.Violation;
import org.senrules.core.domain.FinancialYear;
import org.senrules.core.domain.Money;
import org.senrules.funding.forecast.ForecastOutcome;

/**
 * A policy's effect on the High Needs Block forecast: the latest forecast outturn moves by the
 * policy's change in top-up against {@code current}, and the {@code high-needs-forecast} rule
 * set decides the variance and the reserve, so the arithmetic stays in the rules.
 *
 * <p>The figures come from a {@code high-needs-forecast} request ({@link #fromRequest}) or from
 * a budget, the reserve brought forward and the forecast outturn before any change
 * ({@link #fromFigures}). Thread-safe.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class HighNeedsBlock {
    /** The rule set that decides the forecast. */
    public static final String RULE_SET = "high-needs-forecast";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * The forecast as the rules decide it. Immutable, compared by value; only the forecast makes one.
     */
    public static final class Effect {
        private final Money outturn;
        private final Money variance;
        private final Money reserve;
        private final boolean overspend;
        private final boolean reserveExhausted;

        private Effect(Money outturn, Money variance, Money reserve, boolean overspend, boolean reserveExhausted) {
            this.outturn = outturn;
            this.variance = variance;
            this.reserve = reserve;
            this.overspend = overspend;
            this.reserveExhausted = reserveExhausted;
        }

        /** The latest forecast outturn. */
        public Money outturn() {
            return outturn;
        }

        /** Outturn against budget. */
        public Money variance() {
            return variance;
        }

        /** The cumulative reserve. */
        public Money reserve() {
            return reserve;
        }

        /** Whether the outturn is over budget. */
        public boolean overspend() {
            return overspend;
        }

        /** Whether the reserve is at zero or below. */
        public boolean reserveExhausted() {
            return reserveExhausted;
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Effect o)) {
                return false;
            }
            return java.util.Objects.equals(outturn, o.outturn)
                    && java.util.Objects.equals(variance, o.variance)
                    && java.util.Objects.equals(reserve, o.reserve)
                    && overspend == o.overspend
                    && reserveExhausted == o.reserveExhausted;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(outturn, variance, reserve, overspend, reserveExhausted);
        }

        @Override
        public String toString() {
            return "Effect[outturn=" + outturn
                    + ", variance=" + variance
                    + ", reserve=" + reserve
                    + ", overspend=" + overspend
                    + ", reserveExhausted=" + reserveExhausted + "]";
        }
    }

    /**
     * A line of the High Needs Block that the forecast file names beside its request (its {@code lines}: the Block's budget lines, such as the top-up for SEN Support by SSPP), with the rule sets whose cohorts it pays for and its forecast outturn for the year; the calibration check lays a cohort against the line it belongs to, like for like.
     * Immutable, compared by value; only the simulator makes one.
     *
     * @since 1.0
     */
    public static final class Line {
        private final String name;
        private final List<String> ruleSets;
        private final Money outturn;
        private final String source;
        private final boolean illustrative;

        Line(String name, List<String> ruleSets, Money outturn, String source, boolean illustrative) {
            this.name = name;
            this.ruleSets = List.copyOf(ruleSets);
            this.outturn = outturn;
            this.source = source;
            this.illustrative = illustrative;
        }

        /** The line as the council's monitoring names it. */
        public String name() {
            return name;
        }

        /** The rule sets whose cohorts the line pays for. */
        public List<String> ruleSets() {
            return ruleSets;
        }

        /** The line's forecast outturn for the year. */
        public Money outturn() {
            return outturn;
        }

        /** Where the figure comes from. */
        public String source() {
            return source;
        }

        /** Whether it is illustrative (no source publishes it). */
        public boolean illustrative() {
            return illustrative;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Line o && java.util.Objects.equals(name, o.name) && java.util.Objects.equals(ruleSets, o.ruleSets) && java.util.Objects.equals(outturn, o.outturn) && java.util.Objects.equals(source, o.source) && java.util.Objects.equals(illustrative, o.illustrative);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(name, ruleSets, outturn, source, illustrative);
        }

        @Override
        public String toString() {
            return "Line[name=" + name + ", ruleSets=" + ruleSets + ", outturn=" + outturn + ", source=" + source + ", illustrative=" + illustrative + "]";
        }
    }

    private final SenRules engine;
    private final ObjectNode request;
    private final ObjectNode latest;
    private final Money latestOutturn;
    private final String description;
    private final List<Line> lines;

    private HighNeedsBlock(SenRules engine, ObjectNode request, String description) {
        this.engine = engine;
        this.description = description;
        // the forecast's lines are the file's, beside the request the rules decide: taken off before the engine reads it
        JsonNode lineNodes = request.remove("lines");
        this.request = request;
        this.lines = lines(lineNodes);
        engine.json().read(request.toString()); // refuses a faulty request with its violations
        ObjectNode latestForecast = null;
        for (JsonNode f : request.path("case").path("forecasts")) {
            if (latestForecast == null || f.path("quarter").asInt() >= latestForecast.path("quarter").asInt()) {
                latestForecast = (ObjectNode) f;
            }
        }
        if (latestForecast == null) {
            throw new InvalidRequestException(List.of(new Violation("case.forecasts", "needs at least one forecast")));
        }
        this.latest = latestForecast;
        this.latestOutturn = Money.parse(latestForecast.path("outturn").asText());
    }

    /**
     * The forecast of a {@code high-needs-forecast} request.
     *
     * @param engine      an engine with the {@code high-needs-forecast} rule set
     * @param requestJson the request, as in the JSON contract
     * @param description what to call the figures in a report, such as the file's name
     * @throws InvalidRequestException if the request is not valid JSON or not a valid request
     */
    public static HighNeedsBlock fromRequest(SenRules engine, String requestJson, String description) {
        JsonNode root;
        try {
            root = MAPPER.readTree(requestJson);
        } catch (IOException e) {
            throw new InvalidRequestException(List.of(new Violation("", "not valid JSON: " + e.getMessage())));
        }
        if (!(root instanceof ObjectNode o)) {
            throw new InvalidRequestException(List.of(new Violation("", "must be a high-needs-forecast request")));
        }
        return new HighNeedsBlock(engine, o, description);
    }

    /**
     * The forecast from three figures, for the financial year and quarter of {@code asOf}.
     *
     * @param outturn the forecast outturn before any change (often the budget)
     */
    public static HighNeedsBlock fromFigures(SenRules engine, LocalDate asOf, Money budget, Money broughtForward, Money outturn) {
        FinancialYear fy = FinancialYear.containing(asOf);
        ObjectNode root = MAPPER.createObjectNode();
        root.put("ruleSet", RULE_SET).put("asOf", asOf.toString());
        ObjectNode c = root.putObject("case");
        c.put("financialYear", fy.toString()).put("broughtForward", broughtForward.toString()).put("budget", budget.toString());
        ArrayNode forecasts = c.putArray("forecasts");
        forecasts.addObject().put("quarter", quarter(asOf)).put("outturn", outturn.toString());
        c.putArray("pressures");
        return new HighNeedsBlock(engine, root, "budget " + budget.display() + ", brought forward " + broughtForward.display());
    }

    /** The lines of a file's {@code lines} member, each checked; none when it has none. */
    private static List<Line> lines(JsonNode nodes) {
        if (nodes == null) {
            return List.of();
        }
        List<Violation> problems = new java.util.ArrayList<>();
        List<Line> out = new java.util.ArrayList<>();
        if (!nodes.isArray()) {
            throw new InvalidRequestException(List.of(new Violation("lines", "must be a list of { \"name\", \"ruleSets\", \"outturn\", "
                    + "\"source\", \"illustrative\" }")));
        }
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode n = nodes.get(i);
            String at = "lines[" + i + "]";
            java.util.Set<String> known = java.util.Set.of("name", "ruleSets", "outturn", "source", "illustrative");
            n.fieldNames().forEachRemaining(f -> {
                if (!known.contains(f)) {
                    problems.add(new Violation(at + "." + f, "unknown; a line has " + new java.util.TreeSet<>(known)));
                }
            });
            if (!n.path("name").isTextual() || n.path("name").asText().isBlank()) {
                problems.add(new Violation(at + ".name", "is required: the line as the council's monitoring names it"));
            }
            List<String> ids = new java.util.ArrayList<>();
            n.path("ruleSets").forEach(r -> ids.add(r.asText()));
            if (ids.isEmpty()) {
                problems.add(new Violation(at + ".ruleSets", "is required: the rule sets whose cohorts the line pays for"));
            }
            Money outturn = null;
            try {
                outturn = Money.parse(n.path("outturn").asText());
            } catch (RuntimeException e) {
                problems.add(new Violation(at + ".outturn", "must be an amount in pounds with two decimals, such as \"12000000.00\""));
            }
            if (!n.path("source").isTextual() || n.path("source").asText().isBlank()) {
                problems.add(new Violation(at + ".source", "is required: where the figure comes from"));
            }
            if (!n.path("illustrative").isBoolean()) {
                problems.add(new Violation(at + ".illustrative", "is required: true or false"));
            }
            if (problems.isEmpty()) {
                out.add(new Line(n.path("name").asText(), ids, outturn, n.path("source").asText(), n.path("illustrative").asBoolean()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return out;
    }

    /** The forecast's lines (its file's {@code lines}), empty when it names none. */
    public List<Line> lines() {
        return lines;
    }

    /** The line that pays for cohorts of {@code ruleSet}, or {@code null} when the forecast names none. */
    public Line lineFor(String ruleSet) {
        return lines.stream().filter(l -> l.ruleSets().contains(ruleSet)).findFirst().orElse(null);
    }

    /**
     * The calibration check: the current policy's cost of the cohort laid against the line of
     * the Block it belongs to, percentages to one decimal. A warning (returned with
     * {@code warning} true) only when it is like for like, a line paying for the cohort's rule set
     * named by the forecast, and the cost differs from the line's outturn by more than
     * {@code tolerancePercent}; otherwise a note saying what it was laid against and why that is
     * not like for like.
     *
     * @param basis what the cost is, such as "a full year at the values in force on 15 January 2026"
     * @since 1.0
     */
    public Calibration calibrate(String ruleSet, Money cost, String basis, int tolerancePercent) {
        Line line = lineFor(ruleSet);
        Money against = line == null ? latestOutturn : line.outturn();
        String percent = against.isZero() ? "-" : cost.toPounds().multiply(java.math.BigDecimal.valueOf(100))
                .divide(against.toPounds(), 1, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
        if (line == null) {
            return new Calibration(false, "The forecast names no line of the High Needs Block for " + ruleSet + " (a forecast file's "
                    + "\"lines\" say which line pays for which cohort), so the cohort's cost under current, " + cost.display() + " (" + basis
                    + "), is set beside the whole Block's forecast outturn, " + against.display() + ": " + percent + ". That is not like "
                    + "for like, so there is no warning: read each option's variance and reserve as the effect of its change only.");
        }
        long gap = Math.abs(cost.minus(against).pence());
        boolean beyond = gap * 100 > (long) tolerancePercent * Math.abs(against.pence());
        String text = "The cohort's cost under current, " + cost.display() + " (" + basis + "), is " + percent + " of the forecast "
                + "outturn of the line it belongs to, \"" + line.name() + "\" (" + against.display() + (line.illustrative()
                ? ", illustrative" : "") + ")" + (beyond ? ", beyond the " + tolerancePercent + "% tolerance: the cohort is not the "
                + "whole of its line (or the line's forecast is not the cohort's), so read each option's variance and reserve as the "
                + "effect of its change only." : ", within the " + tolerancePercent + "% tolerance.");
        return new Calibration(beyond, text);
    }

    /**
     * What the calibration check found.
     *
     * @param warning true when the cohort is laid against its own line and is beyond the tolerance
     * @param text    what was compared with what, in words
     * @since 1.0
     */
    public record Calibration(boolean warning, String text) {
    }

    /** The financial-year quarter of a day, 1 to 4: April to June is 1. */
    public static int quarter(LocalDate d) {
        return ((d.getMonthValue() + 8) % 12) / 3 + 1;
    }

    /** The financial year of the forecast, such as {@code 2025-26}. */
    public String financialYear() {
        return request.path("case").path("financialYear").asText();
    }

    /** Where the figures came from, for reports. */
    public String description() {
        return description;
    }

    /** The forecast as given. */
    public Effect baseline() {
        return withChange(Money.ZERO);
    }

    /** The forecast with the latest outturn moved by {@code change}. */
    public synchronized Effect withChange(Money change) {
        Money outturn = latestOutturn.plus(change);
        latest.put("outturn", outturn.toString());
        try {
            Request r = engine.json().read(request.toString()).get(0);
            Decision<?> d = engine.decide(r);
            ForecastOutcome o = d.outcome(ForecastOutcome.class);
            return new Effect(outturn, o.getVariance(), o.getCumulativeReserve(), o.isOverspend(), o.isReserveExhausted());
        } finally {
            latest.put("outturn", latestOutturn.toString());
        }
    }
}
