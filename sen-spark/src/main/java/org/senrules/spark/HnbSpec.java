package org.senrules.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.senrules.core.InvalidRequestException;
import org.senrules.core.SenRules;
import org.senrules.core.Violation;
import org.senrules.core.domain.Money;
import org.senrules.simulation.HighNeedsBlock;

/**
 * The High Needs Block figures of a job, as {@code ./sen simulate} takes them: {@code --hnb FILE}
 * (a {@code high-needs-forecast} request) or {@code --budget}, {@code --brought-forward} and
 * optionally {@code --outturn}. Kept as text, so that an executor running a trajectory makes the
 * same forecast with its own engine.
 */
record HnbSpec(String request, String description, LocalDate asOf, String budget, String broughtForward, String outturn)
        implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * The figures the options give, or {@code null} when none are given.
     *
     * @throws UsageException for options given together that do not go together, or an amount that is not one
     */
    static HnbSpec of(String file, String budget, String broughtForward, String outturn, LocalDate asOf) {
        boolean figures = budget != null || broughtForward != null || outturn != null;
        if (file == null && !figures) {
            return null;
        }
        if (file != null) {
            if (figures) {
                throw new UsageException("give either --hnb FILE or --budget/--brought-forward/--outturn, not both");
            }
            if (!Files.isRegularFile(Path.of(file))) {
                throw new UsageException("--hnb " + file + ": no such file");
            }
            try {
                JsonNode root = MAPPER.readTree(Files.readAllBytes(Path.of(file)));
                if (!(root instanceof ObjectNode o)) {
                    throw new UsageException("--hnb " + file + ": not a high-needs-forecast request");
                }
                // the file name only: a report travels, paths do not
                return new HnbSpec(new String(MAPPER.writeValueAsBytes(o), StandardCharsets.UTF_8), Path.of(file).getFileName().toString(),
                        null, null, null, null);
            } catch (IOException e) {
                throw new InvalidRequestException(List.of(new Violation("", "--hnb " + file + " is not valid JSON")));
            }
        }
        Money b = money(budget, "--budget");
        Money bf = money(broughtForward, "--brought-forward");
        Money o = outturn != null ? money(outturn, "--outturn") : b;
        return new HnbSpec(null, null, asOf, b.toString(), bf.toString(), o.toString());
    }

    /** The forecast, decided by the rules of {@code engine}'s rule set that plays the High Needs Block forecast role. */
    HighNeedsBlock forecast(SenRules engine) {
        if (HighNeedsBlock.forecastRuleSets(engine).isEmpty()) {
            throw new UsageException("High Needs Block figures need a rule set that declares the High Needs Block forecast role, and "
                    + "none loaded does");
        }
        return request != null ? HighNeedsBlock.fromRequest(engine, request, description)
                : HighNeedsBlock.fromFigures(engine, asOf, Money.parse(budget), Money.parse(broughtForward), Money.parse(outturn));
    }

    /** Pounds as {@code 268248000}, {@code 268,248,000.00}, {@code £268.248m} or {@code 42583k}, as {@code ./sen simulate} reads them. */
    static Money money(String raw, String option) {
        if (raw == null) {
            throw new UsageException(option + " is needed with the other High Needs Block figures");
        }
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
