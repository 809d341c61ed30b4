package org.senrules.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.senrules.core.PolicyVariant;
import org.senrules.core.RuleSetInfo;
import org.senrules.core.InvalidRequestException;
import org.senrules.core.Request;
import org.senrules.core.SenRules;
import org.senrules.core.Violation;
import org.senrules.core.domain.Money;
import org.senrules.simulation.CohortCsv;
import org.senrules.simulation.HighNeedsBlock;
import org.senrules.simulation.Simulation;
import org.senrules.simulation.SimulationFiles;
import org.senrules.simulation.SimulationRunner;

/**
 * {@code POST /v1/simulations}: a cohort ({@code ruleSet}, {@code asOf}, {@code cases}) with
 * optional {@code policies} (names, or combinations such as {@code dbv-option-6/dbv-option-4};
 * every policy when absent) and {@code highNeedsBlock} ({@code budget}, {@code broughtForward},
 * optional {@code outturn}, money strings); or the cohort as CSV ({@code Content-Type: text/csv},
 * {@link CohortCsv}'s encoding) with {@code ?ruleSet=&asOf=&policies=a,b} unless its columns give
 * them. Answered with the simulation summary as JSON ({@code simulation.json} of
 * {@code ./sen simulate}); with {@code ?format=csv&table=…} (or {@code Accept: text/csv}) one of its
 * CSV tables, with {@code ?format=xlsx} (or the workbook's media type in {@code Accept}) the
 * workbook {@code simulation.xlsx}, each as a download. {@code ?costNeutralTolerance=PERCENT}
 * sets the Staffordshire check's tolerance for options declared cost-neutral.
 */
final class SimulationsEndpoint {
    private static final Set<String> HNB_FIELDS = Set.of("budget", "broughtForward", "outturn");
    private static final String CSV = "text/csv";
    /** In this order: the first one given is the one the refusal names, the same every run (Set.of's order is not). */
    private static final List<String> CSV_BODY_QUERY = List.of("ruleSet", "asOf", "policies");
    /** The most policy names a simulation takes: more than any rule set has with its combinations. */
    static final int MAX_POLICIES = 64;
    private final Engines engines;
    private final ServiceSettings settings;

    SimulationsEndpoint(Engines engines, ServiceSettings settings) {
        this.engines = engines;
        this.settings = settings;
    }

    /** What the answer is: the JSON summary, one CSV table, or the workbook. */
    private record Answer(boolean xlsx, SimulationFiles.Table table) {
    }

    void handle(Context ctx) throws IOException {
        Bodies.requireJson(ctx, CSV);
        boolean csvBody = Bodies.mediaType(ctx.contentType()).equals(CSV);
        Answer answer = answer(ctx);
        SenRules engine = engines.engine();
        Deadline deadline = new Deadline(settings.timeout());
        List<Request> cohort;
        List<String> policies;
        JsonNode hnbNode = null;
        String body = Bodies.read(ctx, settings.maxBodyBytes());
        if (csvBody) {
            policies = queryPolicies(ctx.queryParam("policies"));
            LocalDate asOf = null;
            String day = ctx.queryParam("asOf");
            if (day != null) {
                try {
                    asOf = LocalDate.parse(day);
                } catch (java.time.format.DateTimeParseException e) {
                    throw ApiError.of(400, "bad-query", "asOf must be a date, yyyy-MM-dd, like 2026-01-15");
                }
            }
            String ruleSet = ctx.queryParam("ruleSet");
            if (ruleSet != null && engine.ruleSets().stream().noneMatch(r -> r.id().equals(ruleSet))) {
                throw ApiError.of(400, "bad-query", "ruleSet is not a rule set of this service; the rule sets are " + ruleSetIds(engine));
            }
            cohort = CohortCsv.read(engine, body, ruleSet, asOf, "the ruleSet query parameter", "the asOf query parameter");
        } else {
            for (String q : CSV_BODY_QUERY) {
                if (ctx.queryParam(q) != null) {
                    throw ApiError.of(400, "bad-query", q + " in the query is for a CSV cohort (Content-Type: text/csv); "
                            + "a JSON cohort gives it in the body");
                }
            }
            JsonNode root = Json.parseBounded(engine, body);
            if (!(root instanceof ObjectNode object)) {
                throw invalid("", "must be an object: a cohort with \"cases\", and optionally \"policies\" and \"highNeedsBlock\"");
            }
            ObjectNode cohortJson = object.deepCopy();
            JsonNode policiesNode = cohortJson.remove("policies");
            hnbNode = cohortJson.remove("highNeedsBlock");
            List<Violation> violations = new ArrayList<>();
            policies = policies(policiesNode, violations);
            if (!cohortJson.has("cases")) {
                violations.add(new Violation("cases", "a simulation needs a cohort: \"cases\": [ ... ]"));
            }
            if (!violations.isEmpty()) {
                throw new InvalidRequestException(violations);
            }
            cohort = engine.json().read(Json.compact(cohortJson));
        }
        checkPolicies(engine, cohort.get(0).ruleSet(), policies, csvBody);
        SimulationRunner runner = Simulation.of(engine, cohort).policies(policies);
        try {
            runner.policiesToRun();
        } catch (IllegalArgumentException e) {
            // every name was checked above; the runner's message could quote one, so it is not passed on
            throw invalid("policies", "cannot be run together on this rule set; see GET /v1/rule-sets/" + cohort.get(0).ruleSet()
                    + " for its policies and the combinations each allows");
        }
        String tolerance = ctx.queryParam("costNeutralTolerance");
        if (tolerance != null) {
            try {
                if (tolerance.length() > 20) {
                    throw new NumberFormatException();
                }
                runner.costNeutralTolerancePercent(new java.math.BigDecimal(tolerance));
            } catch (IllegalArgumentException e) { // NumberFormatException is one
                throw ApiError.of(400, "bad-query", "costNeutralTolerance is a percentage of current's cost from 0 to 100, like 1 or 0.5");
            }
        }
        if (hnbNode != null && !hnbNode.isNull()) {
            runner.highNeedsBlock(highNeedsBlock(engine, hnbNode, cohort.get(0).asOf()));
        }
        Simulation.Result result = runner.progress((n, policy) -> deadline.check()).run();
        if (answer.xlsx()) {
            ctx.contentType(SimulationFiles.XLSX_MEDIA_TYPE)
                    .header("Content-Disposition", "attachment; filename=\"" + SimulationFiles.WORKBOOK + "\"")
                    .result(SimulationFiles.xlsx(result));
        } else if (answer.table() == null) {
            ctx.contentType(Bodies.JSON).result(SimulationFiles.json(result));
        } else {
            if (!answer.table().in(result)) {
                throw ApiError.of(400, "bad-query", "table " + name(answer.table()) + " is not in this simulation: "
                        + (answer.table() == SimulationFiles.Table.BREAKDOWN ? "no combined policy was run" : "no locality budget bound"));
            }
            ctx.contentType("text/csv; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"" + answer.table().fileName() + "\"")
                    .result(SimulationFiles.csv(result, answer.table()));
        }
    }

    /** A table's name in the query: its file name without {@code .csv}. */
    private static String name(SimulationFiles.Table t) {
        return t.fileName().substring(0, t.fileName().length() - ".csv".length());
    }

    /** The tables a service simulation can have (it compares no parameter files, so no changes table). */
    static List<String> tableNames() {
        List<String> out = new ArrayList<>();
        for (SimulationFiles.Table t : SimulationFiles.Table.values()) {
            if (t != SimulationFiles.Table.CHANGES) {
                out.add(name(t));
            }
        }
        return out;
    }

    private static Answer answer(Context ctx) {
        String format = ctx.queryParam("format");
        String table = ctx.queryParam("table");
        if (format != null && !format.equals("csv") && !format.equals("json") && !format.equals("xlsx")) {
            throw ApiError.of(400, "bad-query", "format must be json, csv or xlsx");
        }
        String chosen = format != null ? null : Negotiation.best(ctx.header("Accept"), List.of(Bodies.JSON, CSV, SimulationFiles.XLSX_MEDIA_TYPE));
        boolean xlsx = "xlsx".equals(format) || SimulationFiles.XLSX_MEDIA_TYPE.equals(chosen);
        boolean csv = "csv".equals(format) || CSV.equals(chosen);
        if (!csv) {
            if (table != null) {
                throw ApiError.of(400, "bad-query", "table is for format=csv" + (xlsx ? "; the workbook has every table, a sheet each" : ""));
            }
            return new Answer(xlsx, null);
        }
        String name = table == null ? "summary" : table;
        for (SimulationFiles.Table t : SimulationFiles.Table.values()) {
            if (t != SimulationFiles.Table.CHANGES && name(t).equals(name)) {
                return new Answer(false, t);
            }
        }
        throw ApiError.of(400, "bad-query", "table must be one of " + String.join(", ", tableNames()));
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
        if (node.size() > MAX_POLICIES) {
            violations.add(new Violation("policies", "has more than " + MAX_POLICIES + " names; a rule set has fewer policies"));
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

    /** The {@code policies} query parameter of a CSV cohort: at most {@link #MAX_POLICIES} names, comma-separated. */
    private static List<String> queryPolicies(String p) {
        List<String> out = new ArrayList<>();
        if (p == null) {
            return out;
        }
        String[] names = p.split(",", MAX_POLICIES + 2);
        if (names.length > MAX_POLICIES) {
            throw ApiError.of(400, "bad-query", "policies has more than " + MAX_POLICIES + " names; a rule set has fewer policies");
        }
        for (String name : names) {
            if (!name.isBlank()) {
                out.add(name.trim());
            }
        }
        return out;
    }

    /**
     * Every policy name is one of the rule set's (or a combination it declares); an unknown one is
     * named by its position, never repeated, with the list of valid names.
     */
    private static void checkPolicies(SenRules engine, String ruleSet, List<String> policies, boolean inQuery) {
        if (policies.isEmpty()) {
            return;
        }
        RuleSetInfo info = engine.ruleSets().stream().filter(r -> r.id().equals(ruleSet)).findFirst().orElse(null);
        if (info == null) {
            return; // the engine has already refused the cohort's rule set
        }
        Set<String> valid = new LinkedHashSet<>();
        for (PolicyVariant v : info.policies()) {
            valid.add(v.name());
            v.combinesWith().forEach(other -> valid.add(v.name() + PolicyVariant.COMBINED + other));
        }
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < policies.size(); i++) {
            if (!valid.contains(policies.get(i))) {
                String message = "is not a policy of " + ruleSet + "; its policies are " + List.copyOf(valid);
                if (inQuery) {
                    throw ApiError.of(400, "bad-query", "policies: name " + (i + 1) + " " + message);
                }
                violations.add(new Violation("policies[" + i + "]", message));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }

    private static List<String> ruleSetIds(SenRules engine) {
        return engine.ruleSets().stream().map(RuleSetInfo::id).toList();
    }

    private static HighNeedsBlock highNeedsBlock(SenRules engine, JsonNode node, LocalDate asOf) {
        if (HighNeedsBlock.forecastRuleSets(engine).isEmpty()) {
            throw invalid("highNeedsBlock", "needs a rule set that declares the High Needs Block forecast role, and none loaded does");
        }
        List<Violation> violations = new ArrayList<>();
        if (!node.isObject()) {
            throw invalid("highNeedsBlock", "must be an object with budget, broughtForward and optionally outturn");
        }
        node.fieldNames().forEachRemaining(n -> {
            if (!HNB_FIELDS.contains(n)) {
                // a field name that is not a plain one is the caller's text: not repeated
                violations.add(new Violation("highNeedsBlock." + (n.matches("[A-Za-z][A-Za-z0-9_]{0,63}") ? n : "?"),
                        "unknown field; the fields are [budget, broughtForward, outturn]"));
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
