package org.senrules.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.senrules.core.Decision;
import org.senrules.core.InvalidRequestException;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.core.Violation;
import org.senrules.core.domain.FinancialYear;
import org.senrules.core.domain.Money;

/**
 * A policy's effect on the High Needs Block forecast: the latest forecast outturn moves by the
 * policy's change in top-up against {@code current}, and the {@code high-needs-forecast} rule
 * set decides the variance and the reserve, so the arithmetic stays in the rules.
 *
 * <p>The figures come from {@code --hnb FILE} (a {@code high-needs-forecast} request) or from
 * {@code --budget}, {@code --brought-forward} and optionally {@code --outturn} (the forecast
 * outturn before any change; the budget if not given).
 */
final class Hnb {
    static final String RULE_SET = "high-needs-forecast";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The forecast as the rules decide it. */
    record Effect(Money outturn, Money variance, Money reserve, boolean overspend, boolean reserveExhausted) {
    }

    private final SenRules engine;
    private final ObjectNode request;
    private final ObjectNode latest;
    private final Money latestOutturn;
    final String describe;

    private Hnb(SenRules engine, ObjectNode request, String describe) {
        this.engine = engine;
        this.request = request;
        this.describe = describe;
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

    /** The figures given on the command line, or {@code null} when none were. */
    static Hnb from(Args args, SenRules engine, LocalDate asOf) {
        boolean figures = args.has("--budget") || args.has("--brought-forward") || args.has("--outturn");
        if (!args.has("--hnb") && !figures) {
            return null;
        }
        if (engine.ruleSets().stream().noneMatch(r -> r.id().equals(RULE_SET))) {
            throw new UsageException("High Needs Block figures need the " + RULE_SET + " rule set, which is not loaded");
        }
        if (args.has("--hnb")) {
            if (figures) {
                throw new UsageException("give either --hnb FILE or --budget/--brought-forward/--outturn, not both");
            }
            String file = args.value("--hnb").orElseThrow();
            try {
                JsonNode root = MAPPER.readTree(Main.read(file));
                if (!(root instanceof ObjectNode o)) {
                    throw new UsageException("--hnb " + file + ": not a high-needs-forecast request");
                }
                return new Hnb(engine, o, Path.of(file).getFileName().toString()); // the file name only: a report travels, paths do not
            } catch (IOException e) {
                throw new InvalidRequestException(List.of(new Violation("", "--hnb " + file + " is not valid JSON: "
                        + e.getMessage())));
            }
        }
        Money budget = money(args, "--budget");
        Money broughtForward = money(args, "--brought-forward");
        Money outturn = args.has("--outturn") ? money(args, "--outturn") : budget;
        FinancialYear fy = FinancialYear.containing(asOf);
        ObjectNode root = MAPPER.createObjectNode();
        root.put("ruleSet", RULE_SET).put("asOf", asOf.toString());
        ObjectNode c = root.putObject("case");
        c.put("financialYear", fy.toString()).put("broughtForward", broughtForward.toString()).put("budget", budget.toString());
        ArrayNode forecasts = c.putArray("forecasts");
        forecasts.addObject().put("quarter", quarter(asOf)).put("outturn", outturn.toString());
        c.putArray("pressures");
        return new Hnb(engine, root, "budget " + budget.display() + ", brought forward " + broughtForward.display());
    }

    /** The financial-year quarter of a day, 1 to 4: April to June is 1. */
    static int quarter(LocalDate d) {
        return ((d.getMonthValue() + 8) % 12) / 3 + 1;
    }

    /** The forecast as given. */
    Effect baseline() {
        return withChange(Money.ZERO);
    }

    /** The forecast with the latest outturn moved by {@code change}. */
    synchronized Effect withChange(Money change) {
        Money outturn = latestOutturn.plus(change);
        latest.put("outturn", outturn.toString());
        try {
            Request r = engine.json().read(request.toString()).get(0);
            Decision d = engine.decide(r);
            Object o = d.outcome();
            return new Effect(outturn, Beans.money(o, "variance"), Beans.money(o, "cumulativeReserve"),
                    Beans.flag(o, "overspend", false), Beans.flag(o, "reserveExhausted", false));
        } finally {
            latest.put("outturn", latestOutturn.toString());
        }
    }

    /** Pounds as {@code 268248000}, {@code 268,248,000.00}, {@code £268.248m} or {@code 42583k}. */
    static Money money(Args args, String option) {
        String raw = args.value(option).orElseThrow(() -> new UsageException(option + " is needed with the other High Needs Block figures"));
        String s = raw.replace("£", "").replace(",", "").replace("_", "").trim().toLowerCase(java.util.Locale.ROOT);
        BigDecimal factor = BigDecimal.ONE;
        if (s.endsWith("m")) {
            factor = BigDecimal.valueOf(1_000_000);
            s = s.substring(0, s.length() - 1);
        } else if (s.endsWith("k")) {
            factor = BigDecimal.valueOf(1_000);
            s = s.substring(0, s.length() - 1);
        }
        try {
            BigDecimal pounds = new BigDecimal(s).multiply(factor).setScale(2, RoundingMode.HALF_UP);
            return Money.parse(pounds.toPlainString());
        } catch (NumberFormatException | ArithmeticException e) {
            throw new UsageException(option + " must be an amount in pounds such as 268248000 or £268.248m, not \"" + raw + "\"");
        }
    }
}
