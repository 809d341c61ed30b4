package org.senrules.server.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.senrules.core.RuleSetInfo;
import org.senrules.core.SenRules;

/**
 * {@code GET /openapi.json}: OpenAPI 3.1 for every endpoint, with each loaded rule set's
 * request, case and outcome schemas (the ones {@code /v1/rule-sets/{id}/schema} serves) among
 * the components, so a client generator sees the same contract as the engine.
 */
final class OpenApiDocument {
    private static final String REF = "#/components/schemas/";

    private OpenApiDocument() {
    }

    static ObjectNode document(SenRules engine, String version, boolean bearer) {
        ObjectNode root = Json.object().put("openapi", "3.1.0");
        root.putObject("info").put("title", "senrules decision service")
                .put("version", version)
                .put("description", "SEND funding and quality rules as a service: the JSON contract of docs/CONTRACT.md over HTTP. "
                        + "Decisions carry their reasons in plain English with sources, the parameter values used and fingerprints.");
        root.put("jsonSchemaDialect", CaseSchema.DIALECT);
        ObjectNode schemas = Json.object();
        ArrayNode requests = Json.MAPPER.createArrayNode();
        for (RuleSetInfo info : engine.ruleSets()) {
            schemas.set(info.id() + ".case", CaseSchema.caseSchema(info.caseType()));
            schemas.set(info.id() + ".outcome", CaseSchema.outcomeSchema(info.outcomeType()));
            schemas.set(info.id() + ".request", CaseSchema.request(info, REF + info.id() + ".case"));
            requests.addObject().put("$ref", REF + info.id() + ".request");
        }
        schemas.putObject("Request").put("description", "a request or a cohort of one of the rule sets").set("oneOf", requests);
        schemas.set("Decision", decision());
        schemas.set("Decisions", Json.object().put("type", "object").<ObjectNode>set("properties", Json.object()
                .set("decisions", Json.object().put("type", "array").set("items", ref("Decision")))));
        schemas.set("InvalidRequest", invalidRequest());
        schemas.set("Error", error());
        schemas.set("SimulationRequest", simulationRequest());
        schemas.set("Simulation", Json.object().put("type", "object").put("description",
                "the simulation summary: per policy the totals, change against current, by area of need and by locality"));

        ObjectNode paths = root.putObject("paths");
        ObjectNode decisions = op(paths, "/v1/decisions", "post", "decide",
                "Decide one request or a cohort; stream a cohort as NDJSON (one request per line) to be answered line by line");
        ObjectNode body = decisions.putObject("requestBody").put("required", true).putObject("content");
        body.putObject("application/json").set("schema", ref("Request"));
        body.putObject("application/x-ndjson").put("x-description", "one request per line").set("schema", ref("Request"));
        ObjectNode ok = response(decisions, "200", "the decision, the cohort's decisions, or with Accept: text/plain the decisions explained");
        ok.putObject("content").<ObjectNode>set("application/json", Json.object().set("schema", Json.object()
                .set("oneOf", Json.MAPPER.createArrayNode().add(ref("Decision")).add(ref("Decisions")))));
        ((ObjectNode) ok.get("content")).putObject("text/plain").putObject("schema").put("type", "string");
        ((ObjectNode) ok.get("content")).putObject("application/x-ndjson").set("schema", ref("Decision"));
        errors(decisions, true);

        ObjectNode sim = op(paths, "/v1/simulations", "post", "simulate",
                "Run a cohort (JSON, or CSV with a header row of the case's fields) under its rule set's policies and compare each "
                        + "with current; ?format=csv&table=... for a CSV table, ?format=xlsx for the workbook of every table");
        ObjectNode simBody = sim.putObject("requestBody").put("required", true).putObject("content");
        simBody.putObject("application/json").set("schema", ref("SimulationRequest"));
        simBody.putObject("text/csv").put("x-description", "a header row naming the case's JSON fields, one case per row: "
                + "lists of names in one cell separated by ';', lists of records as numbered columns such as provision[0].supportUnits; "
                + "ruleSet and asOf as columns or query parameters").putObject("schema").put("type", "string");
        query(sim, "format", "json (default), csv (one table) or xlsx (the workbook, every table a sheet)", "json", "csv", "xlsx");
        query(sim, "table", "the CSV table (format=csv)", SimulationsEndpoint.tableNames().toArray(new String[0]));
        textQuery(sim, "ruleSet", "a CSV cohort's rule set, unless a ruleSet column gives it");
        textQuery(sim, "asOf", "a CSV cohort's date (yyyy-MM-dd), unless an asOf column gives it");
        textQuery(sim, "policies", "a CSV cohort's policies, comma-separated (every policy when absent)");
        textQuery(sim, "costNeutralTolerance", "how far, in percent of current's cost, an option declared cost-neutral may move it "
                + "before the Staffordshire check warns; 1 by default");
        ObjectNode simOk = response(sim, "200", "the simulation summary, a CSV table or the workbook as a download");
        simOk.putObject("content").<ObjectNode>set("application/json", Json.object().set("schema", ref("Simulation")));
        ((ObjectNode) simOk.get("content")).putObject("text/csv").putObject("schema").put("type", "string");
        ((ObjectNode) simOk.get("content")).putObject(org.senrules.simulation.SimulationFiles.XLSX_MEDIA_TYPE).putObject("schema")
                .put("type", "string").put("contentMediaType", org.senrules.simulation.SimulationFiles.XLSX_MEDIA_TYPE);
        errors(sim, true);

        ObjectNode list = op(paths, "/v1/rule-sets", "get", "listRuleSets", "The loaded rule sets with their versions and policies");
        jsonResponse(list, "200", "the rule sets", Json.object().put("type", "object"));
        errors(list, false);
        ObjectNode one = op(paths, "/v1/rule-sets/{id}", "get", "getRuleSet",
                "A rule set's rules (id, name, source), parameters (every dated value, illustrative flag) and policies (what each changes)");
        pathId(one);
        jsonResponse(one, "200", "the rule set", Json.object().put("type", "object"));
        jsonResponse(one, "404", "no such rule set", ref("Error"));
        errors(one, false);
        ObjectNode schema = op(paths, "/v1/rule-sets/{id}/schema", "get", "getRuleSetSchema",
                "JSON Schema 2020-12 of the rule set's request, case and outcome, generated from its types");
        pathId(schema);
        jsonResponse(schema, "200", "the JSON Schema", Json.object().put("type", "object"));
        jsonResponse(schema, "404", "no such rule set", ref("Error"));
        errors(schema, false);
        ObjectNode openapi = op(paths, "/openapi.json", "get", "getOpenApi", "This document");
        jsonResponse(openapi, "200", "OpenAPI 3.1", Json.object().put("type", "object"));
        errors(openapi, false);
        ObjectNode health = op(paths, "/health", "get", "health", "ready once every rule set has compiled");
        jsonResponse(health, "200", "ready", Json.object().put("type", "object"));
        jsonResponse(health, "503", "starting, or the rules did not compile", Json.object().put("type", "object"));
        errors(health, false);
        records(paths, schemas);
        ObjectNode ready = op(paths, "/health/ready", "get", "ready",
                "ready once every rule set has compiled and while no value in force has expired; gives the earliest day a value ends");
        jsonResponse(ready, "200", "ready", ref("Readiness"));
        jsonResponse(ready, "503", "the rules are compiling or failed, or a value in force has expired", ref("Readiness"));
        errors(ready, false);
        schemas.set("Readiness", readiness());
        ObjectNode reload = op(paths, "/v1/reload", "post", "reload",
                "Re-read every rule and parameter file; the old rules keep serving if the new ones are broken. Always needs the token.");
        jsonResponse(reload, "200", "reloaded", Json.object().put("type", "object"));
        jsonResponse(reload, "403", "no token is configured, so reload is refused", ref("Error"));
        jsonResponse(reload, "422", "the new files have errors; the old rules keep serving", Json.object().put("type", "object"));
        errors(reload, false);

        ObjectNode components = root.putObject("components");
        components.set("schemas", schemas);
        components.putObject("securitySchemes").putObject("bearer").put("type", "http").put("scheme", "bearer")
                .put("description", bearer ? "this service requires the token on every request"
                        : "this service runs without a token; /v1/reload is refused until one is set");
        root.putArray("security").addObject().putArray("bearer");
        return root;
    }

    private static ObjectNode op(ObjectNode paths, String path, String method, String id, String summary) {
        ObjectNode item = paths.has(path) ? (ObjectNode) paths.get(path) : paths.putObject(path);
        return item.putObject(method).put("operationId", id).put("summary", summary);
    }

    private static ObjectNode response(ObjectNode op, String status, String description) {
        ObjectNode responses = op.has("responses") ? (ObjectNode) op.get("responses") : op.putObject("responses");
        return responses.putObject(status).put("description", description);
    }

    private static void jsonResponse(ObjectNode op, String status, String description, ObjectNode schema) {
        response(op, status, description).putObject("content").putObject("application/json").set("schema", schema);
    }

    private static void errors(ObjectNode op, boolean decides) {
        if (decides) {
            jsonResponse(op, "400", "not JSON, or not UTF-8", ref("InvalidRequest"));
            jsonResponse(op, "413", "the body is over the limit", ref("Error"));
            jsonResponse(op, "415", "not application/json", ref("Error"));
            jsonResponse(op, "422", "the request is not valid: every violation with its JSON path", ref("InvalidRequest"));
        }
        jsonResponse(op, "401", "the bearer token is missing or wrong", ref("Error"));
        jsonResponse(op, "503", "starting, busy (see Retry-After) or timed out", ref("Error"));
    }

    private static void pathId(ObjectNode op) {
        op.putArray("parameters").addObject().put("name", "id").put("in", "path").put("required", true)
                .put("description", "the rule-set id, such as sspp-top-up").putObject("schema").put("type", "string");
    }

    private static void textQuery(ObjectNode op, String name, String description) {
        ArrayNode params = op.has("parameters") ? (ArrayNode) op.get("parameters") : op.putArray("parameters");
        params.addObject().put("name", name).put("in", "query").put("required", false).put("description", description)
                .putObject("schema").put("type", "string");
    }

    private static void query(ObjectNode op, String name, String description, String... values) {
        ArrayNode params = op.has("parameters") ? (ArrayNode) op.get("parameters") : op.putArray("parameters");
        ArrayNode e = params.addObject().put("name", name).put("in", "query").put("required", false).put("description", description)
                .putObject("schema").put("type", "string").putArray("enum");
        for (String v : values) {
            e.add(v);
        }
    }

    private static ObjectNode ref(String name) {
        return Json.object().put("$ref", REF + name);
    }

    private static ObjectNode decision() {
        ObjectNode o = Json.object().put("type", "object");
        ObjectNode p = o.putObject("properties");
        for (String s : new String[] {"ruleSet", "ruleSetVersion", "policy", "caseId", "parametersFingerprint"}) {
            p.putObject(s).put("type", "string");
        }
        CaseSchema.date(p.putObject("asOf"));
        p.putObject("outcome").put("type", "object").put("description", "the rule set's outcome: see {id}.outcome");
        ObjectNode reason = Json.object().put("type", "object");
        reason.putObject("properties").<ObjectNode>set("rule", Json.object().put("type", "string"))
                .<ObjectNode>set("text", Json.object().put("type", "string")).set("source", Json.object().put("type", "string"));
        p.putObject("reasons").put("type", "array").set("items", reason);
        p.putObject("parameters").put("type", "array").putObject("items").put("type", "object");
        p.putObject("illustrative").put("type", "boolean");
        p.putObject("warnings").put("type", "array").putObject("items").put("type", "string");
        o.putArray("required").add("ruleSet").add("ruleSetVersion").add("asOf").add("policy").add("outcome").add("reasons")
                .add("parameters").add("illustrative");
        return o;
    }

    /** {@code POST /v1/decision-records} and {@code POST /v1/replays}, with the record and replay schemas. */
    private static void records(ObjectNode paths, ObjectNode schemas) {
        ObjectNode make = op(paths, "/v1/decision-records", "post", "recordDecisions",
                "Decide a request or a cohort as POST /v1/decisions does, answering with decision records: the request, the decision "
                        + "and its fingerprints, to keep for a review years later (what ./sen decide --record writes)");
        make.putObject("requestBody").put("required", true).putObject("content").putObject("application/json").set("schema", ref("Request"));
        jsonResponse(make, "200", "a decision record, or {records: [...]} for a cohort",
                Json.object().set("oneOf", Json.MAPPER.createArrayNode().add(ref("DecisionRecord")).add(ref("DecisionRecords"))));
        errors(make, true);
        ObjectNode replay = op(paths, "/v1/replays", "post", "replay",
                "Re-decide decision records with this service's rules and values and say, for each, whether the decision is "
                        + "identical or what differs, field by field and rule by rule (./sen replay)");
        replay.putObject("requestBody").put("required", true).putObject("content").putObject("application/json").set("schema",
                Json.object().set("oneOf", Json.MAPPER.createArrayNode().add(ref("DecisionRecord")).add(ref("DecisionRecords"))));
        jsonResponse(replay, "200", "each record's replay", ref("Replays"));
        errors(replay, true);

        ObjectNode record = Json.object().put("type", "object").put("description", "a decision record (docs/reproducible-decisions.md)");
        ObjectNode rp = record.putObject("properties");
        rp.putObject("record").put("const", org.senrules.core.DecisionRecord.FORMAT);
        for (String f : new String[] {"ruleSet", "ruleSetVersion", "caseId", "policy", "rulesFingerprint", "parametersFingerprint"}) {
            rp.putObject(f).put("type", "string");
        }
        CaseSchema.date(rp.putObject("asOf"));
        for (String f : new String[] {"rulesFrom", "valuesFrom"}) {
            rp.putObject(f).put("type", "string").putArray("enum").add("package").add("council");
        }
        rp.putObject("councilFiles").put("type", "array").putObject("items").put("type", "string");
        rp.set("request", Json.object().put("type", "object").put("description", "the request, as the contract's JSON"));
        rp.set("decision", ref("Decision"));
        ArrayNode required = record.putArray("required");
        rp.fieldNames().forEachRemaining(required::add);
        record.put("additionalProperties", false);
        schemas.set("DecisionRecord", record);
        ObjectNode many = Json.object().put("type", "object");
        many.putObject("properties").putObject("records").put("type", "array").put("minItems", 1).set("items", ref("DecisionRecord"));
        many.putArray("required").add("records");
        many.put("additionalProperties", false);
        schemas.set("DecisionRecords", many);

        ObjectNode difference = Json.object().put("type", "object");
        ObjectNode dp = difference.putObject("properties");
        dp.putObject("path").put("type", "string").put("description",
                "a field (outcome.topUp, rulesFingerprint), a rule (rule units-judged-necessary text) or a value (parameter supportUnitValue value)");
        dp.putObject("recorded").putArray("type").add("string").add("null");
        dp.putObject("now").putArray("type").add("string").add("null");
        difference.putArray("required").add("path").add("recorded").add("now");
        ObjectNode one = Json.object().put("type", "object");
        ObjectNode op = one.putObject("properties");
        op.putObject("caseId").put("type", "string");
        op.putObject("ruleSet").put("type", "string");
        op.putObject("identical").put("type", "boolean");
        op.putObject("differences").put("type", "array").set("items", difference);
        one.putArray("required").add("caseId").add("ruleSet").add("identical").add("differences");
        ObjectNode replays = Json.object().put("type", "object");
        ObjectNode rsp = replays.putObject("properties");
        rsp.putObject("replays").put("type", "array").set("items", one);
        rsp.putObject("records").put("type", "integer");
        rsp.putObject("identical").put("type", "integer").put("description", "how many of the records are identical");
        replays.putArray("required").add("replays").add("records").add("identical");
        schemas.set("Replays", replays);
    }

    private static ObjectNode readiness() {
        ObjectNode o = Json.object().put("type", "object");
        ObjectNode p = o.putObject("properties");
        p.putObject("status").put("type", "string").putArray("enum").add("ready").add("not-ready");
        p.putObject("rules").put("type", "string").putArray("enum").add("compiled").add("compiling").add("failed");
        ObjectNode end = Json.object().put("type", "object").put("description",
                "the earliest last day of any value: after it, decisions that need the value are refused until the next is added");
        ObjectNode ep = end.putObject("properties");
        CaseSchema.date(ep.putObject("lastDay"));
        ep.putObject("parameter").put("type", "string");
        ep.putObject("ruleSets").put("type", "array").putObject("items").put("type", "string");
        ep.putObject("daysLeft").put("type", "integer").put("description", "negative once the day has passed");
        ep.putObject("expired").put("type", "boolean");
        ep.putObject("message").put("type", "string");
        p.set("valuesEnd", Json.object().set("oneOf", Json.MAPPER.createArrayNode().add(end).add(Json.object().put("type", "null"))));
        o.putArray("required").add("status").add("rules");
        return o;
    }

    private static ObjectNode invalidRequest() {
        ObjectNode o = Json.object().put("type", "object");
        ObjectNode p = o.putObject("properties");
        p.putObject("error").put("const", "invalid-request");
        ObjectNode v = Json.object().put("type", "object");
        v.putObject("properties").<ObjectNode>set("path", Json.object().put("type", "string"))
                .set("message", Json.object().put("type", "string"));
        v.putArray("required").add("path").add("message");
        p.putObject("violations").put("type", "array").set("items", v);
        p.putObject("line").put("type", "integer").put("description", "the input line, in an NDJSON stream");
        o.putArray("required").add("error").add("violations");
        return o;
    }

    private static ObjectNode error() {
        ObjectNode o = Json.object().put("type", "object");
        ObjectNode p = o.putObject("properties");
        p.putObject("error").put("type", "string").put("description",
                "unauthorized, forbidden, not-found, too-large, unsupported-media-type, busy, timeout, not-ready, bad-query");
        p.putObject("message").put("type", "string");
        o.putArray("required").add("error");
        return o;
    }

    private static ObjectNode simulationRequest() {
        ObjectNode o = Json.object().put("type", "object").put("description",
                "a cohort ({ruleSet, asOf, cases}) with the policies to run (all when absent) and High Needs Block figures");
        ObjectNode p = o.putObject("properties");
        p.putObject("ruleSet").put("type", "string");
        CaseSchema.date(p.putObject("asOf"));
        p.putObject("cases").put("type", "array").putObject("items").put("type", "object");
        p.putObject("policies").put("type", "array").putObject("items").put("type", "string");
        ObjectNode hnb = p.putObject("highNeedsBlock").put("type", "object");
        ObjectNode hp = hnb.putObject("properties");
        for (String s : new String[] {"budget", "broughtForward", "outturn"}) {
            hp.putObject(s).put("type", "string").put("pattern", CaseSchema.MONEY_INPUT_PATTERN);
        }
        hnb.putArray("required").add("budget").add("broughtForward");
        hnb.put("additionalProperties", false);
        o.putArray("required").add("ruleSet").add("asOf").add("cases");
        return o;
    }
}
