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

    private final SenRules engine;
    private final ObjectNode request;
    private final ObjectNode latest;
    private final Money latestOutturn;
    private final String description;

    private HighNeedsBlock(SenRules engine, ObjectNode request, String description) {
        this.engine = engine;
        this.request = request;
        this.description = description;
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
