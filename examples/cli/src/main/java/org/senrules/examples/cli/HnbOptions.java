package org.senrules.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.senrules.core.InvalidRequestException;
import org.senrules.core.SenRules;
import org.senrules.core.Violation;
import org.senrules.core.domain.Money;
import org.senrules.simulation.HighNeedsBlock;

/**
 * The High Needs Block options of {@code simulate}: {@code --hnb FILE} (a
 * {@code high-needs-forecast} request) or {@code --budget}, {@code --brought-forward} and
 * optionally {@code --outturn} (the forecast outturn before any change; the budget if not given).
 */
final class HnbOptions {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private HnbOptions() {
    }

    /** The figures given on the command line, or {@code null} when none were. */
    static HighNeedsBlock from(Args args, SenRules engine, LocalDate asOf) {
        boolean figures = args.has("--budget") || args.has("--brought-forward") || args.has("--outturn");
        if (!args.has("--hnb") && !figures) {
            return null;
        }
        if (HighNeedsBlock.forecastRuleSets(engine).isEmpty()) {
            throw new UsageException("High Needs Block figures need a rule set that declares the High Needs Block forecast role, and "
                    + "none loaded does");
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
                // named by what it is, not by a file name or path: a report travels, paths do not
                int quarter = 0;
                for (JsonNode f : o.path("case").path("forecasts")) {
                    quarter = Math.max(quarter, f.path("quarter").asInt());
                }
                String title = "the " + o.path("case").path("financialYear").asText() + " High Needs Block forecast, quarter " + quarter;
                return HighNeedsBlock.fromRequest(engine, new String(MAPPER.writeValueAsBytes(o), StandardCharsets.UTF_8), title);
            } catch (IOException e) {
                throw new InvalidRequestException(List.of(new Violation("", "--hnb " + file + " is not valid JSON: "
                        + e.getMessage())));
            }
        }
        Money budget = money(args, "--budget");
        Money broughtForward = money(args, "--brought-forward");
        Money outturn = args.has("--outturn") ? money(args, "--outturn") : budget;
        return HighNeedsBlock.fromFigures(engine, asOf, budget, broughtForward, outturn);
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
