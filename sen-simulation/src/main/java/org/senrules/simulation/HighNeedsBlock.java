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
import org.senrules.core.RuleSetInfo;
import org.senrules.core.spi.ForecastRole;

/**
 * A policy's effect on the High Needs Block forecast: the latest forecast outturn moves by the
 * policy's change in top-up against {@code current}, and the rule set that plays the High Needs
 * Block forecast role ({@link ForecastRole}, its declaration's {@code "roles"}) decides the
 * variance and the reserve, so the arithmetic stays in the rules. The simulator names no rule set:
 * it reads and writes the fields the role names.
 *
 * <p>The figures come from a request to that rule set ({@link #fromRequest}) or from a budget, the
 * reserve brought forward and the forecast outturn before any change ({@link #fromFigures}).
 * Thread-safe.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
public final class HighNeedsBlock {
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
     * A line of the High Needs Block that the forecast file names beside its request (its
     * {@code lines}: the Block's budget lines, such as the top-up for SEN Support by SSPP), with
     * the rule sets whose cohorts it pays for (or the out-of-area placements a trajectory's place
     * sufficiency makes), and what the forecast states of it: its forecast outturn for the year, or
     * the pressure (the overspend) the forecast lists for it, by the pressure's name, or both. The
     * calibration check lays a cohort against the line it belongs to.
     * Immutable, compared by value; only the simulator makes one.
     *
     * @since 1.0
     */
    public static final class Line {
        private final String name;
        private final List<String> ruleSets;
        private final Money outturn;
        private final String pressure;
        private final boolean outOfArea;
        private final String source;
        private final boolean illustrative;

        Line(String name, List<String> ruleSets, Money outturn, String pressure, boolean outOfArea, String source, boolean illustrative) {
            this.name = name;
            this.ruleSets = List.copyOf(ruleSets);
            this.outturn = outturn;
            this.pressure = pressure;
            this.outOfArea = outOfArea;
            this.source = source;
            this.illustrative = illustrative;
        }

        /** The line as the council's monitoring names it. */
        public String name() {
            return name;
        }

        /** The rule sets whose cohorts the line pays for (empty for a line of out-of-area placements only). */
        public List<String> ruleSets() {
            return ruleSets;
        }

        /** The line's forecast outturn for the year, or {@code null} when the forecast states only its pressure. */
        public Money outturn() {
            return outturn;
        }

        /**
         * The name of the forecast's pressure (its {@code pressures}) that is this line's overspend, or {@code null}.
         *
         * @since 1.0
         */
        public String pressure() {
            return pressure;
        }

        /**
         * Whether the line pays for pupils placed out of area (in independent or another council's
         * provision), which a trajectory with place sufficiency lays against it.
         *
         * @since 1.0
         */
        public boolean outOfArea() {
            return outOfArea;
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
            return other instanceof Line o && java.util.Objects.equals(name, o.name) && java.util.Objects.equals(ruleSets, o.ruleSets)
                    && java.util.Objects.equals(outturn, o.outturn) && java.util.Objects.equals(pressure, o.pressure)
                    && outOfArea == o.outOfArea && java.util.Objects.equals(source, o.source) && illustrative == o.illustrative;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(name, ruleSets, outturn, pressure, outOfArea, source, illustrative);
        }

        @Override
        public String toString() {
            return "Line[name=" + name + ", ruleSets=" + ruleSets + ", outturn=" + outturn + ", pressure=" + pressure + ", outOfArea="
                    + outOfArea + ", source=" + source + ", illustrative=" + illustrative + "]";
        }
    }

    /**
     * A pressure the forecast lists: its name, its amount (the overspend it causes) and the line
     * that carries it, if the forecast names one.
     *
     * @param name   as the forecast names it
     * @param amount the overspend
     * @param line   the name of the line whose {@code pressure} it is, or {@code null}
     * @since 1.0
     */
    public record Pressure(String name, Money amount, String line) {
    }

    /**
     * The High Needs Block as the forecast states it: the budget, the latest outturn and the
     * variance the rules decide, the pressures the forecast lists and their total, and the part of
     * the variance they do not explain (the variance less the pressures: other movements, which the
     * forecast does not itemise), shown rather than hidden. Immutable, compared by value; only the
     * forecast makes one.
     *
     * @since 1.0
     */
    public static final class Statement {
        private final String financialYear;
        private final int quarter;
        private final Money budget;
        private final Money outturn;
        private final Money variance;
        private final List<Pressure> pressures;
        private final String ruleSet;

        Statement(String ruleSet, String financialYear, int quarter, Money budget, Money outturn, Money variance, List<Pressure> pressures) {
            this.ruleSet = ruleSet;
            this.financialYear = financialYear;
            this.quarter = quarter;
            this.budget = budget;
            this.outturn = outturn;
            this.variance = variance;
            this.pressures = List.copyOf(pressures);
        }

        /** The forecast's financial year. */
        public String financialYear() {
            return financialYear;
        }

        /** The quarter of the latest forecast. */
        public int quarter() {
            return quarter;
        }

        /** The budget. */
        public Money budget() {
            return budget;
        }

        /** The latest forecast outturn. */
        public Money outturn() {
            return outturn;
        }

        /** Outturn against budget, as the rules decide it. */
        public Money variance() {
            return variance;
        }

        /** The pressures, in the forecast's order. */
        public List<Pressure> pressures() {
            return pressures;
        }

        /** The rule set whose rules decide the variance: the one that plays the High Needs Block forecast role. */
        String ruleSet() {
            return ruleSet;
        }

        /** The pressures added up. */
        public Money pressuresTotal() {
            Money total = Money.ZERO;
            for (Pressure p : pressures) {
                total = total.plus(p.amount());
            }
            return total;
        }

        /** The variance less the pressures: what the pressures do not explain (negative when they come to more than the variance). */
        public Money unexplained() {
            return variance.minus(pressuresTotal());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Statement o && ruleSet.equals(o.ruleSet) && financialYear.equals(o.financialYear) && quarter == o.quarter && budget.equals(o.budget)
                    && outturn.equals(o.outturn) && variance.equals(o.variance) && pressures.equals(o.pressures);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(ruleSet, financialYear, quarter, budget, outturn, variance, pressures);
        }

        @Override
        public String toString() {
            return "Statement[" + financialYear + " Q" + quarter + ": variance " + variance + ", pressures " + pressuresTotal()
                    + ", unexplained " + unexplained() + "]";
        }
    }

    private final SenRules engine;
    private final ForecastRole role;
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
        String ruleSet = request.path("ruleSet").asText();
        this.role = engine.ruleSets().stream().filter(r -> r.id().equals(ruleSet)).map(RuleSetInfo::forecastRole)
                .filter(java.util.Objects::nonNull).findFirst().orElseThrow(() -> new InvalidRequestException(List.of(new Violation(
                        "ruleSet", "must name a rule set that declares the High Needs Block forecast role (\"" + ForecastRole.NAME
                        + "\" in its declaration's \"roles\"): " + forecasters(engine)))));
        engine.json().read(request.toString()); // refuses a faulty request with its violations
        this.lines = lines(lineNodes, pressureNames(request, role));
        ObjectNode latestForecast = null;
        for (JsonNode f : request.path("case").path(role.forecasts())) {
            if (latestForecast == null || f.path(role.quarter()).asInt() >= latestForecast.path(role.quarter()).asInt()) {
                latestForecast = (ObjectNode) f;
            }
        }
        if (latestForecast == null) {
            throw new InvalidRequestException(List.of(new Violation("case." + role.forecasts(), "needs at least one forecast")));
        }
        this.latest = latestForecast;
        this.latestOutturn = Money.parse(latestForecast.path(role.outturn()).asText());
    }

    /**
     * The loaded rule sets that play the High Needs Block forecast role (their declarations'
     * {@code "roles"} give {@code "highNeedsForecast"}), in the order the engine loaded them;
     * empty when none does, and then the engine has no forecast to move.
     *
     * @since 1.2
     */
    public static List<String> forecastRuleSets(SenRules engine) {
        return forecasting(engine).stream().map(RuleSetInfo::id).toList();
    }

    private static List<RuleSetInfo> forecasting(SenRules engine) {
        return engine.ruleSets().stream().filter(r -> r.forecastRole() != null).toList();
    }

    private static String forecasters(SenRules engine) {
        List<String> ids = forecastRuleSets(engine);
        return ids.isEmpty() ? "no loaded rule set does" : "of the loaded rule sets, " + String.join(", ", ids) + (ids.size() == 1 ? " does"
                : " do");
    }

    /**
     * The forecast of a request to a rule set that plays the High Needs Block forecast role.
     *
     * @param engine      an engine with such a rule set ({@link #forecastRuleSets})
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
            throw new InvalidRequestException(List.of(new Violation("", "must be a request to a rule set that declares the High Needs "
                    + "Block forecast role: " + forecasters(engine))));
        }
        return new HighNeedsBlock(engine, o, description);
    }

    /**
     * The forecast from three figures, for the financial year and quarter of {@code asOf}, by the
     * one loaded rule set that plays the High Needs Block forecast role.
     *
     * @param outturn the forecast outturn before any change (often the budget)
     * @throws InvalidRequestException if no loaded rule set plays the role, or more than one does
     */
    public static HighNeedsBlock fromFigures(SenRules engine, LocalDate asOf, Money budget, Money broughtForward, Money outturn) {
        List<RuleSetInfo> forecasting = forecasting(engine);
        if (forecasting.size() != 1) {
            throw new InvalidRequestException(List.of(new Violation("ruleSet", "figures are decided by the one rule set that declares the "
                    + "High Needs Block forecast role (\"" + ForecastRole.NAME + "\"): " + forecasters(engine)
                    + (forecasting.isEmpty() ? "" : "; give a request naming one"))));
        }
        ForecastRole role = forecasting.get(0).forecastRole();
        FinancialYear fy = FinancialYear.containing(asOf);
        ObjectNode root = MAPPER.createObjectNode();
        root.put("ruleSet", forecasting.get(0).id()).put("asOf", asOf.toString());
        ObjectNode c = root.putObject("case");
        c.put(role.financialYear(), fy.toString()).put(role.broughtForward(), broughtForward.toString()).put(role.budget(), budget.toString());
        ArrayNode forecasts = c.putArray(role.forecasts());
        forecasts.addObject().put(role.quarter(), quarter(asOf)).put(role.outturn(), outturn.toString());
        c.putArray(role.pressures());
        return new HighNeedsBlock(engine, root, "budget " + budget.display() + ", brought forward " + broughtForward.display());
    }

    /** The names of the request's pressures, in its order. */
    private static List<String> pressureNames(ObjectNode request, ForecastRole role) {
        List<String> out = new java.util.ArrayList<>();
        request.path("case").path(role.pressures()).forEach(p -> out.add(p.path(role.pressureName()).asText()));
        return out;
    }

    /** The lines of a file's {@code lines} member, each checked; none when it has none. */
    private static List<Line> lines(JsonNode nodes, List<String> pressures) {
        if (nodes == null) {
            return List.of();
        }
        List<Violation> problems = new java.util.ArrayList<>();
        List<Line> out = new java.util.ArrayList<>();
        java.util.Set<String> known = java.util.Set.of("name", "ruleSets", "outturn", "pressure", "outOfArea", "source", "illustrative");
        if (!nodes.isArray()) {
            throw new InvalidRequestException(List.of(new Violation("lines", "must be a list of lines, each with " + new java.util.TreeSet<>(known))));
        }
        java.util.Set<String> usedPressures = new java.util.HashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode n = nodes.get(i);
            String at = "lines[" + i + "]";
            int before = problems.size();
            n.fieldNames().forEachRemaining(f -> {
                if (!known.contains(f)) {
                    problems.add(new Violation(at + "." + f, "unknown; a line has " + new java.util.TreeSet<>(known)));
                }
            });
            if (!n.path("name").isTextual() || n.path("name").asText().isBlank()) {
                problems.add(new Violation(at + ".name", "is required: the line as the council's monitoring names it"));
            }
            List<String> ids = new java.util.ArrayList<>();
            if (n.has("ruleSets") && !n.path("ruleSets").isArray()) {
                problems.add(new Violation(at + ".ruleSets", "must be a list of rule-set ids"));
            }
            n.path("ruleSets").forEach(r -> ids.add(r.asText()));
            boolean outOfArea = false;
            if (n.has("outOfArea")) {
                if (!n.path("outOfArea").isBoolean()) {
                    problems.add(new Violation(at + ".outOfArea", "must be true or false"));
                }
                outOfArea = n.path("outOfArea").asBoolean();
            }
            if (ids.isEmpty() && !outOfArea) {
                problems.add(new Violation(at + ".ruleSets", "is required: the rule sets whose cohorts the line pays for (or "
                        + "\"outOfArea\": true for a line of out-of-area placements)"));
            }
            Money outturn = null;
            if (n.has("outturn")) {
                try {
                    outturn = Money.parse(n.path("outturn").asText());
                } catch (RuntimeException e) {
                    problems.add(new Violation(at + ".outturn", "must be an amount in pounds with two decimals, such as \"12000000.00\""));
                }
            }
            String pressure = null;
            if (n.has("pressure")) {
                pressure = n.path("pressure").asText();
                if (!n.path("pressure").isTextual() || !pressures.contains(pressure)) {
                    problems.add(new Violation(at + ".pressure", "must name one of the forecast's pressures: " + (pressures.isEmpty()
                            ? "it lists none" : String.join(", ", pressures))));
                } else if (!usedPressures.add(pressure)) {
                    problems.add(new Violation(at + ".pressure", "is another line's pressure: a pressure belongs to one line"));
                }
            }
            if (!n.has("outturn") && !n.has("pressure")) {
                problems.add(new Violation(at, "needs an outturn (the line's forecast for the year) or a pressure (the name of the "
                        + "forecast's pressure that is its overspend), or both"));
            }
            if (!n.path("source").isTextual() || n.path("source").asText().isBlank()) {
                problems.add(new Violation(at + ".source", "is required: where the figure comes from"));
            }
            if (!n.path("illustrative").isBoolean()) {
                problems.add(new Violation(at + ".illustrative", "is required: true or false"));
            }
            if (problems.size() == before) {
                out.add(new Line(n.path("name").asText(), ids, outturn, pressure, outOfArea, n.path("source").asText(),
                        n.path("illustrative").asBoolean()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return out;
    }

    /**
     * The forecast as it states itself: budget, outturn, variance and its pressures, with the
     * part of the variance they do not explain; {@code null} when the forecast lists no pressure.
     *
     * @since 1.0
     */
    public Statement statement() {
        JsonNode list = request.path("case").path(role.pressures());
        if (!list.isArray() || list.isEmpty()) {
            return null;
        }
        List<Pressure> pressures = new java.util.ArrayList<>();
        for (JsonNode p : list) {
            String name = p.path(role.pressureName()).asText();
            String line = lines.stream().filter(l -> name.equals(l.pressure())).map(Line::name).findFirst().orElse(null);
            pressures.add(new Pressure(name, Money.parse(p.path(role.pressureAmount()).asText()), line));
        }
        Effect e = baseline();
        return new Statement(request.path("ruleSet").asText(), financialYear(), latest.path(role.quarter()).asInt(), e.outturn().minus(e.variance()), e.outturn(), e.variance(),
                pressures);
    }

    /** The amount of the forecast's pressure called {@code name}, or {@code null} when it lists none of that name. */
    Money pressure(String name) {
        for (JsonNode p : request.path("case").path(role.pressures())) {
            if (name.equals(p.path(role.pressureName()).asText())) {
                return Money.parse(p.path(role.pressureAmount()).asText());
            }
        }
        return null;
    }

    /** The line that pays for out-of-area placements, or {@code null}. */
    Line outOfAreaLine() {
        return lines.stream().filter(Line::outOfArea).findFirst().orElse(null);
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
        if (line != null && line.outturn() == null) {
            Money pressure = pressure(line.pressure());
            return new Calibration(false, "The cohort's line of the High Needs Block is \"" + line.name() + "\" (" + line.source()
                    + "); the forecast states its pressure, an overspend of " + pressure.display() + ", but not its outturn, so the "
                    + "cohort's cost under current, " + cost.display() + " (" + basis + "), cannot be checked against it: there is no "
                    + "warning. A council gives the line's outturn (its \"outturn\") to check the cohort like for like; meanwhile read "
                    + "each option's variance and reserve as the effect of its change only.");
        }
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
        return request.path("case").path(role.financialYear()).asText();
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
        latest.put(role.outturn(), outturn.toString());
        try {
            Request r = engine.json().read(request.toString()).get(0);
            Decision<?> d = engine.decide(r);
            Object o = d.outcome();
            return new Effect(outturn, role.variance(o), role.reserve(o), role.overspend(o), role.reserveExhausted(o));
        } finally {
            latest.put(role.outturn(), latestOutturn.toString());
        }
    }
}
