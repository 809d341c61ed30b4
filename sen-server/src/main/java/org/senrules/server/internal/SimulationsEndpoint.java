package org.senrules.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.senrules.core.InvalidRequestException;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.core.Violation;
import org.senrules.core.domain.Money;
import org.senrules.simulation.HighNeedsBlock;
import org.senrules.simulation.Simulation;
import org.senrules.simulation.SimulationFiles;
import org.senrules.simulation.SimulationRunner;

/**
 * {@code POST /v1/simulations}: a cohort ({@code ruleSet}, {@code asOf}, {@code cases}) with
 * optional {@code policies} (names; every policy when absent) and {@code highNeedsBlock}
 * ({@code budget}, {@code broughtForward}, optional {@code outturn}, money strings), answered
 * with the simulation summary as JSON ({@code simulation.json} of {@code ./sen simulate}), or
 * one of its CSV tables with {@code ?format=csv&table=summary|areas|localities} as a download.
 */
final class SimulationsEndpoint {
    private static final Set<String> HNB_FIELDS = Set.of("budget", "broughtForward", "outturn");
    private final Engines engines;
    private final ServiceSettings settings;

    SimulationsEndpoint(Engines engines, ServiceSettings settings) {
        this.engines = engines;
        this.settings = settings;
    }

    void handle(Context ctx) throws IOException {
        Bodies.requireJson(ctx);
        SimulationFiles.Table table = table(ctx);
        SenRules engine = engines.engine();
        Deadline deadline = new Deadline(settings.timeout());
        JsonNode root = DecisionsEndpoint.parse(Bodies.read(ctx, settings.maxBodyBytes()), "");
        if (!(root instanceof ObjectNode object)) {
            throw invalid("", "must be an object: a cohort with \"cases\", and optionally \"policies\" and \"highNeedsBlock\"");
        }
        ObjectNode cohortJson = object.deepCopy();
        JsonNode policiesNode = cohortJson.remove("policies");
        JsonNode hnbNode = cohortJson.remove("highNeedsBlock");
        List<Violation> violations = new ArrayList<>();
        List<String> policies = policies(policiesNode, violations);
        if (!cohortJson.has("cases")) {
            violations.add(new Violation("cases", "a simulation needs a cohort: \"cases\": [ ... ]"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        List<Request> cohort = engine.json().read(Json.compact(cohortJson));
        SimulationRunner runner = Simulation.of(engine, cohort).policies(policies);
        try {
            runner.policiesToRun();
        } catch (IllegalArgumentException e) {
            throw invalid(e.getMessage().startsWith("unknown policy") ? "policies" : "ruleSet", e.getMessage());
        }
        if (hnbNode != null && !hnbNode.isNull()) {
            runner.highNeedsBlock(highNeedsBlock(engine, hnbNode, cohort.get(0).asOf()));
        }
        Simulation.Result result = runner.progress((n, policy) -> deadline.check()).run();
        if (table == null) {
            ctx.contentType(Bodies.JSON).result(SimulationFiles.json(result));
        } else {
            ctx.contentType("text/csv; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"" + table.fileName() + "\"")
                    .result(SimulationFiles.csv(result, table));
        }
    }

    private static SimulationFiles.Table table(Context ctx) {
        String format = ctx.queryParam("format");
        String table = ctx.queryParam("table");
        boolean csv = "csv".equals(format) || format == null && Bodies.accepts(ctx, "text/csv");
        if (format != null && !format.equals("csv") && !format.equals("json")) {
            throw ApiError.of(400, "bad-query", "format must be json or csv, not " + format);
        }
        if (!csv) {
            if (table != null) {
                throw ApiError.of(400, "bad-query", "table is for format=csv");
            }
            return null;
        }
        String name = table == null ? "summary" : table;
        for (SimulationFiles.Table t : SimulationFiles.Table.values()) {
            if (t != SimulationFiles.Table.CHANGES && t.name().toLowerCase(Locale.ROOT).equals(name)) {
                return t;
            }
        }
        throw ApiError.of(400, "bad-query", "table must be summary, areas or localities, not " + name);
    }

    private static List<String> policies(JsonNode node, List<Violation> violations) {
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isArray()) {
            violations.add(new Violation("policies", "must be a list of policy names"));
            return out;
        }
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isTextual()) {
                violations.add(new Violation("policies[" + i + "]", "must be a policy name"));
            } else {
                out.add(node.get(i).textValue());
            }
        }
        return out;
    }

    private static HighNeedsBlock highNeedsBlock(SenRules engine, JsonNode node, LocalDate asOf) {
        if (engine.ruleSets().stream().noneMatch(r -> r.id().equals(HighNeedsBlock.RULE_SET))) {
            throw invalid("highNeedsBlock", "needs the " + HighNeedsBlock.RULE_SET + " rule set, which is not loaded");
        }
        List<Violation> violations = new ArrayList<>();
        if (!node.isObject()) {
            throw invalid("highNeedsBlock", "must be an object with budget, broughtForward and optionally outturn");
        }
        node.fieldNames().forEachRemaining(n -> {
            if (!HNB_FIELDS.contains(n)) {
                violations.add(new Violation("highNeedsBlock." + n, "unknown field; the fields are [budget, broughtForward, outturn]"));
            }
        });
        Money budget = money(node, "budget", true, violations);
        Money broughtForward = money(node, "broughtForward", true, violations);
        Money outturn = money(node, "outturn", false, violations);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return HighNeedsBlock.fromFigures(engine, asOf, budget, broughtForward, outturn == null ? budget : outturn);
    }

    private static Money money(JsonNode node, String field, boolean required, List<Violation> violations) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                violations.add(new Violation("highNeedsBlock." + field, "is required"));
            }
            return null;
        }
        if (!v.isTextual() || !Money.isValid(v.textValue())) {
            violations.add(new Violation("highNeedsBlock." + field, "must be money as a string of pounds with two decimals, like \"1234.50\""));
            return null;
        }
        return Money.parse(v.textValue());
    }

    private static InvalidRequestException invalid(String path, String message) {
        return new InvalidRequestException(List.of(new Violation(path, message)));
    }
}
