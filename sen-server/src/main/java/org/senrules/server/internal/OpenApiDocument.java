package org.senrules.server.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.senrules.core.Decision;
import org.senrules.core.PolicyVariant;
import org.senrules.core.RuleSetInfo;
import org.senrules.core.SenRules;
import org.senrules.simulation.SimulationFiles;

/**
 * {@code GET /openapi.json}: OpenAPI 3.1 for every endpoint, written for the clients generators
 * make from it. Each loaded rule set has its own typed request ({@code SsppTopUpRequest}), cohort
 * ({@code SsppTopUpCohort}), case, outcome and decision ({@code SsppTopUpDecision}, whose
 * {@code ruleSet} is a constant and whose {@code outcome} is that rule set's outcome), so a
 * single decision, a cohort's {@code {"decisions": [...]}} and each rule set's answers are told
 * apart by their required members; {@code Decision} is the union of the rule sets' decisions with
 * a discriminator on {@code ruleSet}. The schemas are the ones {@code /v1/rule-sets/{id}/schema}
 * serves, generated from the case and outcome types. Every error is {@code Problem}
 * (RFC 9457). Component names are PascalCase, as generators name classes.
 */
final class OpenApiDocument {
    private static final String REF = "#/components/schemas/";
    /** The licence the service and this document are published under. */
    static final String LICENCE = "Apache-2.0";
    private static final String PROBLEM_TYPE = Problems.MEDIA_TYPE;
    private static final String FINGERPRINT = "^sha256:[0-9a-f]{64}$";

    private OpenApiDocument() {
    }

    /** A rule-set id as a component name: {@code sspp-top-up} as {@code SsppTopUp}. */
    static String typeName(String id) {
        StringBuilder sb = new StringBuilder();
        for (String part : id.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                sb.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        return sb.toString();
    }

    static ObjectNode document(SenRules engine, String version, boolean bearer, URI publicUrl) {
        ObjectNode root = Json.object().put("openapi", "3.1.0");
        ObjectNode info = root.putObject("info").put("title", "senrules decision service").put("version", version)
                .put("description", "SEND funding and quality rules as a service: the JSON contract of docs/CONTRACT.md over HTTP. "
                        + "Decisions carry their reasons in plain English with sources, the parameter values used and fingerprints. "
                        + "Every error is RFC 9457 problem details (application/problem+json) that keeps the contract's `error` and "
                        + "`violations`. Send `X-Request-Id` to have it echoed and logged; one is made otherwise.");
        info.putObject("license").put("name", "Apache License 2.0").put("identifier", LICENCE);
        root.put("jsonSchemaDialect", CaseSchema.DIALECT);
        root.putArray("servers").addObject().put("url", publicUrl == null ? "/" : publicUrl.toString())
                .put("description", publicUrl == null ? "the service this document was fetched from" : "the service's public address");
        ArrayNode tags = root.putArray("tags");
        tags.addObject().put("name", "decisions").put("description", "Decide one request, a cohort or a stream of requests");
        tags.addObject().put("name", "simulations").put("description", "Run a cohort under every policy and compare with current");
        tags.addObject().put("name", "rule-sets").put("description", "The loaded rule sets: rules, parameters, policies, JSON Schemas");
        tags.addObject().put("name", "service").put("description", "Health probes, this document and reloading the rules");

        ObjectNode schemas = Json.object();
        ArrayNode requests = Json.MAPPER.createArrayNode();
        ArrayNode decisionsOf = Json.MAPPER.createArrayNode();
        ObjectNode mapping = Json.object();
        for (RuleSetInfo rs : engine.ruleSets()) {
            String t = typeName(rs.id());
            schemas.set(t + "Case", CaseSchema.caseSchema(rs.caseType()).put("description", "A case of " + rs.id() + ": " + rs.title()));
            schemas.set(t + "Outcome", CaseSchema.outcomeSchema(rs.outcomeType()).put("description", "What " + rs.id() + " decides"));
            schemas.set(t + "Request", request(rs, t, false));
            schemas.set(t + "Cohort", request(rs, t, true));
            schemas.set(t + "Decision", decision(rs, t));
            requests.addObject().put("$ref", REF + t + "Request");
            requests.addObject().put("$ref", REF + t + "Cohort");
            decisionsOf.addObject().put("$ref", REF + t + "Decision");
            mapping.put(rs.id(), REF + t + "Decision");
        }
        schemas.putObject("DecisionRequest").put("description", "One request (with case) or a cohort (with cases) of one of the rule sets")
                .set("oneOf", requests);
        ObjectNode decision = schemas.putObject("Decision").put("description", "A decision of one of the rule sets, told apart by ruleSet");
        decision.set("oneOf", decisionsOf);
        decision.putObject("discriminator").put("propertyName", "ruleSet").set("mapping", mapping);
        ObjectNode decisions = schemas.putObject("Decisions").put("type", "object").put("description", "A cohort's decisions, in its order");
        decisions.putObject("properties").putObject("decisions").put("type", "array").set("items", ref("Decision"));
        decisions.putArray("required").add("decisions");
        decisions.put("additionalProperties", false);
        ObjectNode answer = schemas.putObject("DecisionAnswer").put("description",
                "The answer to a request (a decision) or to a cohort (its decisions): told apart by ruleSet and decisions");
        answer.putArray("oneOf").add(ref("Decision")).add(ref("Decisions"));
        schemas.set("Reason", reason());
        schemas.set("ParameterValue", parameterValue());
        schemas.set("Violation", violation());
        schemas.set("Problem", problem());
        schemas.set("StreamError", streamError());
        schemas.set("SimulationRequest", simulationRequest());
        schemas.set("Simulation", Json.object().put("type", "object").put("description",
                "The simulation summary (simulation.json of ./sen simulate): per policy the totals, the change against current, by "
                        + "area of need and by locality"));
        schemas.set("RuleSetList", Json.object().put("type", "object").put("description", "The loaded rule sets: id, version, title, policies"));
        schemas.set("RuleSetDetail", Json.object().put("type", "object").put("description",
                "A rule set's rules (id, name, source), parameters (every dated value, illustrative flag) and policies"));
        schemas.set("Health", health());
        schemas.set("Reloaded", Json.object().put("type", "object").put("description", "The rule sets loaded after a reload"));

        ObjectNode paths = root.putObject("paths");
        ObjectNode decide = op(paths, "/v1/decisions", "post", "decide", "decisions", "Decide a request, a cohort or a stream",
                "One request (case) or a cohort (cases) as JSON, answered with the decision or {decisions: [...]}; with "
                        + "Accept: text/plain the decisions in plain English; or a stream as NDJSON (one request per line), answered "
                        + "line by line as each is decided. The body is read whole, within its limits, before anything is decided.");
        ObjectNode body = decide.putObject("requestBody").put("required", true).put("description", "A request, a cohort or a stream")
                .putObject("content");
        body.putObject("application/json").set("schema", ref("DecisionRequest"));
        body.putObject("application/x-ndjson").put("x-description", "one request (or cohort) per line, each as DecisionRequest")
                .putObject("schema").put("type", "string");
        ObjectNode ok = response(decide, "200", "The decision, the cohort's decisions, the decisions explained, or the stream's answer lines");
        ObjectNode okContent = ok.putObject("content");
        okContent.putObject("application/json").set("schema", ref("DecisionAnswer"));
        okContent.putObject("text/plain").putObject("schema").put("type", "string");
        ObjectNode lines = okContent.putObject("application/x-ndjson").putObject("schema").put("type", "string")
                .put("contentMediaType", Bodies.NDJSON)
                .put("description", "one line per case, each line as contentSchema says: a Decision, or a StreamError with the input's line number");
        lines.putObject("contentSchema").putArray("oneOf").add(ref("Decision")).add(ref("StreamError"));
        requestId(ok);
        errors(decide, true, true);

        ObjectNode sim = op(paths, "/v1/simulations", "post", "simulate", "simulations", "Simulate a cohort under its rule set's policies",
                "Run a cohort (JSON, or CSV with a header row of the case's fields) under its rule set's policies and compare each "
                        + "with current; ?format=csv&table=... for a CSV table, ?format=xlsx for the workbook of every table");
        ObjectNode simBody = sim.putObject("requestBody").put("required", true).put("description", "A cohort, as JSON or CSV")
                .putObject("content");
        simBody.putObject("application/json").set("schema", ref("SimulationRequest"));
        simBody.putObject("text/csv").put("x-description", "a header row naming the case's JSON fields, one case per row: "
                + "lists of names in one cell separated by ';', lists of records as numbered columns such as provision[0].supportUnits; "
                + "ruleSet and asOf as columns or query parameters").putObject("schema").put("type", "string");
        query(sim, "format", "json (default), csv (one table) or xlsx (the workbook, every table a sheet)", "json", "csv", "xlsx");
        query(sim, "table", "the CSV table (format=csv)", SimulationsEndpoint.tableNames().toArray(new String[0]));
        textQuery(sim, "ruleSet", "a CSV cohort's rule set, unless a ruleSet column gives it", "^[a-z0-9-]{1,100}$");
        dateQuery(sim, "asOf", "a CSV cohort's date (yyyy-MM-dd), unless an asOf column gives it");
        textQuery(sim, "policies", "a CSV cohort's policies, comma-separated, at most " + SimulationsEndpoint.MAX_POLICIES
                + " (every policy when absent)", null);
        textQuery(sim, "costNeutralTolerance", "how far, in percent of current's cost, an option declared cost-neutral may move it "
                + "before the Staffordshire check warns; 1 by default", "^\\d{1,3}(\\.\\d{1,4})?$");
        ObjectNode simOk = response(sim, "200", "The simulation summary, a CSV table or the workbook as a download");
        ObjectNode simContent = simOk.putObject("content");
        simContent.putObject("application/json").set("schema", ref("Simulation"));
        simContent.putObject("text/csv").putObject("schema").put("type", "string");
        simContent.putObject(SimulationFiles.XLSX_MEDIA_TYPE).putObject("schema").put("type", "string")
                .put("contentMediaType", SimulationFiles.XLSX_MEDIA_TYPE);
        requestId(simOk);
        errors(sim, true, true);

        ObjectNode list = op(paths, "/v1/rule-sets", "get", "listRuleSets", "rule-sets", "List the rule sets",
                "The loaded rule sets with their versions, titles and policies");
        jsonResponse(list, "200", "The rule sets", ref("RuleSetList"));
        errors(list, false, true);
        ObjectNode one = op(paths, "/v1/rule-sets/{id}", "get", "getRuleSet", "rule-sets", "Describe a rule set",
                "A rule set's rules (id, name, source), parameters (every dated value, illustrative flag) and policies (what each changes)");
        pathId(one);
        jsonResponse(one, "200", "The rule set", ref("RuleSetDetail"));
        problemResponse(one, "404", "No such rule set; the detail lists the loaded ones");
        errors(one, false, true);
        ObjectNode schema = op(paths, "/v1/rule-sets/{id}/schema", "get", "getRuleSetSchema", "rule-sets", "A rule set's JSON Schema",
                "JSON Schema 2020-12 of the rule set's request, case and outcome, generated from its types; its $id is relative "
                        + "unless the service was given its public address");
        pathId(schema);
        ObjectNode schemaOk = response(schema, "200", "The JSON Schema");
        schemaOk.putObject("content").putObject("application/schema+json").putObject("schema").put("type", "object");
        requestId(schemaOk);
        problemResponse(schema, "404", "No such rule set; the detail lists the loaded ones");
        errors(schema, false, true);
        ObjectNode openapi = op(paths, "/openapi.json", "get", "getOpenApi", "service", "This document", "OpenAPI 3.1 of this service");
        jsonResponse(openapi, "200", "OpenAPI 3.1", Json.object().put("type", "object"));
        errors(openapi, false, true);
        ObjectNode health = op(paths, "/health", "get", "health", "service", "Whether the rules have compiled",
                "ready once every rule set has compiled, with the rule sets and their versions");
        jsonResponse(health, "200", "Ready", ref("Health"));
        jsonResponse(health, "503", "Starting, or the rules did not compile", ref("Health"));
        errors(health, false, true);
        ObjectNode live = op(paths, "/health/live", "get", "healthLive", "service", "Liveness probe",
                "200 while the process answers; needs no token unless the service runs with --private-health");
        jsonResponse(live, "200", "Live", ref("Health"));
        open(live);
        errors(live, false, false);
        ObjectNode ready = op(paths, "/health/ready", "get", "healthReady", "service", "Readiness probe",
                "200 while every readiness check passes (the rules have compiled), 503 with Retry-After otherwise; needs no token "
                        + "unless the service runs with --private-health");
        jsonResponse(ready, "200", "Ready", ref("Readiness"));
        jsonResponse(ready, "503", "Not ready: the rules are compiling or failed, or a value in force has expired", ref("Readiness"));
        open(ready);
        errors(ready, false, false);
        schemas.set("Readiness", readiness());
        records(paths, schemas);
        ObjectNode reload = op(paths, "/v1/reload", "post", "reload", "service", "Reload the rules",
                "Re-read every rule and parameter file; the old rules keep serving if the new ones are broken. Always needs the token.");
        jsonResponse(reload, "200", "Reloaded", ref("Reloaded"));
        problemResponse(reload, "403", "No token is configured, so reloading is refused");
        jsonResponse(reload, "422", "The new files have errors; the old rules keep serving", Json.object().put("type", "object"));
        errors(reload, false, true);

        ObjectNode components = root.putObject("components");
        components.set("schemas", schemas);
        ObjectNode headers = components.putObject("headers");
        headers.putObject("X-Request-Id").put("description", "The request's id: the client's own when it sent a well-formed one "
                + "(1 to 64 of A-Z a-z 0-9 . _ : -), a new UUID otherwise; logged with the request's access log line")
                .putObject("schema").put("type", "string").put("pattern", "^[A-Za-z0-9._:-]{1,64}$");
        components.putObject("securitySchemes").putObject("bearer").put("type", "http").put("scheme", "bearer")
                .put("description", bearer ? "this service requires the token on every request but its health probes"
                        : "this service runs without a token; /v1/reload is refused until one is set");
        root.putArray("security").addObject().putArray("bearer");
        return root;
    }

    private static ObjectNode op(ObjectNode paths, String path, String method, String id, String tag, String summary, String description) {
        ObjectNode item = paths.has(path) ? (ObjectNode) paths.get(path) : paths.putObject(path);
        ObjectNode op = item.putObject(method).put("operationId", id).put("summary", summary).put("description", description);
        op.putArray("tags").add(tag);
        op.putArray("parameters").addObject().put("name", "X-Request-Id").put("in", "header").put("required", false)
                .put("description", "an id to follow this request by in the service's log; echoed in the answer")
                .putObject("schema").put("type", "string").put("pattern", "^[A-Za-z0-9._:-]{1,64}$");
        return op;
    }

    /** An operation that needs no token (the health probes). */
    private static void open(ObjectNode op) {
        ArrayNode security = op.putArray("security");
        security.addObject();
        security.addObject().putArray("bearer");
    }

    private static ObjectNode response(ObjectNode op, String status, String description) {
        ObjectNode responses = op.has("responses") ? (ObjectNode) op.get("responses") : op.putObject("responses");
        return responses.putObject(status).put("description", description);
    }

    private static void requestId(ObjectNode response) {
        response.putObject("headers").putObject("X-Request-Id").put("$ref", "#/components/headers/X-Request-Id");
    }

    private static void jsonResponse(ObjectNode op, String status, String description, ObjectNode schema) {
        ObjectNode r = response(op, status, description);
        r.putObject("content").putObject("application/json").set("schema", schema);
        requestId(r);
    }

    private static void problemResponse(ObjectNode op, String status, String description) {
        ObjectNode r = response(op, status, description);
        r.putObject("content").putObject(PROBLEM_TYPE).set("schema", ref("Problem"));
        requestId(r);
    }

    private static void errors(ObjectNode op, boolean reads, boolean needsToken) {
        if (reads) {
            problemResponse(op, "400", "The body is not UTF-8 JSON (error invalid-request, with violations), or a query parameter is not "
                    + "valid (bad-query)");
            problemResponse(op, "408", "The body arrived too slowly or not in time; the connection is closed");
            problemResponse(op, "413", "The body is over the limit");
            problemResponse(op, "415", "The body's media type is not one this endpoint reads");
            problemResponse(op, "422", "The request is not valid: every violation with its JSON path");
        }
        if (needsToken) {
            ObjectNode r = response(op, "401", "The bearer token is missing or wrong");
            r.putObject("content").putObject(PROBLEM_TYPE).set("schema", ref("Problem"));
            ObjectNode h = r.putObject("headers");
            h.putObject("X-Request-Id").put("$ref", "#/components/headers/X-Request-Id");
            h.putObject("WWW-Authenticate").put("description", "Bearer").putObject("schema").put("type", "string");
        }
        problemResponse(op, "406", "The Accept header takes none of the media types this endpoint answers with");
        if (!op.path("responses").has("503")) {
            problemResponse(op, "503", "Starting, busy (see Retry-After) or past the time limit");
        }
        problemResponse(op, "default", "Any other error, as problem details");
    }

    private static void pathId(ObjectNode op) {
        ((ArrayNode) op.get("parameters")).addObject().put("name", "id").put("in", "path").put("required", true)
                .put("description", "the rule-set id, such as sspp-top-up").putObject("schema").put("type", "string")
                .put("pattern", "^[a-z0-9-]{1,100}$");
    }

    private static void textQuery(ObjectNode op, String name, String description, String pattern) {
        ObjectNode s = ((ArrayNode) op.get("parameters")).addObject().put("name", name).put("in", "query").put("required", false)
                .put("description", description).putObject("schema").put("type", "string").put("maxLength", 4000);
        if (pattern != null) {
            s.put("pattern", pattern);
        }
    }

    private static void dateQuery(ObjectNode op, String name, String description) {
        CaseSchema.date(((ArrayNode) op.get("parameters")).addObject().put("name", name).put("in", "query").put("required", false)
                .put("description", description).putObject("schema"));
    }

    private static void query(ObjectNode op, String name, String description, String... values) {
        ArrayNode e = ((ArrayNode) op.get("parameters")).addObject().put("name", name).put("in", "query").put("required", false)
                .put("description", description).putObject("schema").put("type", "string").putArray("enum");
        for (String v : values) {
            e.add(v);
        }
    }

    private static ObjectNode ref(String name) {
        return Json.object().put("$ref", REF + name);
    }

    /** A rule set's request ({@code case}) or cohort ({@code cases}), each with its own required member. */
    private static ObjectNode request(RuleSetInfo rs, String t, boolean cohort) {
        ObjectNode o = Json.object().put("type", "object").put("description", (cohort ? "A cohort of " : "A request of ") + rs.id()
                + (cohort ? ": its cases, decided each under the same date and policy" : ": one case"));
        ObjectNode p = o.putObject("properties");
        p.putObject("ruleSet").put("type", "string").put("const", rs.id()).put("description", "the rule set");
        CaseSchema.date(p.putObject("asOf")).put("description", "the day whose parameter values apply");
        ArrayNode policies = p.putObject("policy").put("type", "string")
                .put("description", "the policy variant; current when absent").putArray("enum");
        for (PolicyVariant v : rs.policies()) {
            policies.add(v.name());
            v.combinesWith().forEach(other -> policies.add(v.name() + PolicyVariant.COMBINED + other));
        }
        if (cohort) {
            p.putObject("cases").put("type", "array").put("maxItems", 1_000_000).set("items", ref(t + "Case"));
        } else {
            p.set("case", ref(t + "Case"));
        }
        o.putArray("required").add("ruleSet").add("asOf").add(cohort ? "cases" : "case");
        o.put("additionalProperties", false);
        return o;
    }

    /** {@code POST /v1/decision-records} and {@code POST /v1/replays}, with the record and replay schemas. */
    private static void records(ObjectNode paths, ObjectNode schemas) {
        ObjectNode make = op(paths, "/v1/decision-records", "post", "recordDecisions", "decisions", "Decide and keep decision records",
                "Decide a request or a cohort as POST /v1/decisions does, answering with decision records: the request, the decision "
                        + "and its fingerprints, to keep for a review years later (what ./sen decide --record writes)");
        make.putObject("requestBody").put("required", true).putObject("content").putObject("application/json").set("schema", ref("DecisionRequest"));
        jsonResponse(make, "200", "a decision record, or {records: [...]} for a cohort",
                Json.object().set("oneOf", Json.MAPPER.createArrayNode().add(ref("DecisionRecord")).add(ref("DecisionRecords"))));
        errors(make, true, true);
        ObjectNode replay = op(paths, "/v1/replays", "post", "replay", "decisions", "Replay decision records",
                "Re-decide decision records with this service's rules and values and say, for each, whether the decision is "
                        + "identical or what differs, field by field and rule by rule (./sen replay)");
        replay.putObject("requestBody").put("required", true).putObject("content").putObject("application/json").set("schema",
                Json.object().set("oneOf", Json.MAPPER.createArrayNode().add(ref("DecisionRecord")).add(ref("DecisionRecords"))));
        jsonResponse(replay, "200", "each record's replay", ref("Replays"));
        errors(replay, true, true);

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

    /** A rule set's decision: the contract's whole envelope, its ruleSet a constant and its outcome typed. */
    private static ObjectNode decision(RuleSetInfo rs, String t) {
        ObjectNode o = Json.object().put("type", "object").put("description", "A decision of " + rs.id());
        ObjectNode p = o.putObject("properties");
        p.putObject("ruleSet").put("type", "string").put("const", rs.id());
        p.putObject("ruleSetVersion").put("type", "string").put("description", "the rule set's semantic version");
        CaseSchema.date(p.putObject("asOf")).put("description", "the day whose values were used");
        p.putObject("policy").put("type", "string").put("description", "the policy decided under (a combination reads a/b)");
        p.putObject("caseId").putArray("type").add("string").add("null");
        ((ObjectNode) p.get("caseId")).put("description", "the case's pseudonymous id, as sent (null for a case without one)");
        p.set("outcome", ref(t + "Outcome"));
        p.putObject("reasons").put("type", "array").put("description", "each rule that fired and mattered").set("items", ref("Reason"));
        p.putObject("parameters").put("type", "array").put("description", "each value used").set("items", ref("ParameterValue"));
        p.putObject("illustrative").put("type", "boolean").put("description", "true when a value used is an illustrative default");
        p.putObject("warnings").put("type", "array").put("description", "things a reviewer should know, such as a value due for review")
                .putObject("items").put("type", "string");
        p.putObject("parametersFingerprint").put("type", "string").put("pattern", FINGERPRINT)
                .put("description", "SHA-256 of every value in force");
        p.putObject("rulesFingerprint").put("type", "string").put("pattern", FINGERPRINT)
                .put("description", "SHA-256 of the rule files the decision was made with");
        p.putObject("rulesFrom").put("type", "string").put("description", "whether the rules were the package's or the council's files")
                .putArray("enum").add(Decision.PACKAGE).add(Decision.COUNCIL);
        p.putObject("valuesFrom").put("type", "string").put("description", "whether the values were the package's or the council's files")
                .putArray("enum").add(Decision.PACKAGE).add(Decision.COUNCIL);
        ArrayNode required = o.putArray("required");
        for (String r : List.of("ruleSet", "ruleSetVersion", "asOf", "policy", "caseId", "outcome", "reasons", "parameters", "illustrative",
                "warnings", "parametersFingerprint", "rulesFingerprint", "rulesFrom", "valuesFrom")) {
            required.add(r);
        }
        // closed, as the requests are: a client that tells a union's members apart by reading each can rely on it
        o.put("additionalProperties", false);
        return o;
    }

    private static ObjectNode reason() {
        ObjectNode o = Json.object().put("type", "object").put("description", "A rule that applied: its id, a plain-English sentence, its source");
        ObjectNode p = o.putObject("properties");
        p.putObject("rule").put("type", "string").put("description", "the rule's id");
        p.putObject("text").put("type", "string").put("description", "what it decided, in plain English");
        p.putObject("source").put("type", "string").put("description", "the document and section the rule implements");
        o.putArray("required").add("rule").add("text").add("source");
        o.put("additionalProperties", false);
        return o;
    }

    private static ObjectNode parameterValue() {
        ObjectNode o = Json.object().put("type", "object").put("description", "A parameter value a decision used, with its dates");
        ObjectNode p = o.putObject("properties");
        p.putObject("name").put("type", "string");
        p.putObject("value").put("type", "string").put("description", "as text: money with two decimals, a number, a list or a switch");
        CaseSchema.date(p.putObject("effectiveFrom"));
        CaseSchema.date(p.putObject("until")).put("description", "the last day the value is in force; absent when open-ended");
        p.putObject("illustrative").put("type", "boolean");
        p.putObject("origin").put("type", "string").put("description", "default, policy:<name>, or the council's file");
        o.putArray("required").add("name").add("value").add("effectiveFrom").add("illustrative").add("origin");
        o.put("additionalProperties", false);
        return o;
    }

    private static ObjectNode violation() {
        ObjectNode v = Json.object().put("type", "object").put("description", "One reason a request was refused, at its JSON path");
        v.putObject("properties").<ObjectNode>set("path", Json.object().put("type", "string"))
                .set("message", Json.object().put("type", "string"));
        v.putArray("required").add("path").add("message");
        return v;
    }

    private static ObjectNode problem() {
        ObjectNode o = Json.object().put("type", "object").put("description", "RFC 9457 problem details, with the contract's members kept");
        ObjectNode p = o.putObject("properties");
        p.putObject("type").put("type", "string").put("format", "uri-reference")
                .put("description", "/problems/<error>: the service describes each there");
        p.putObject("title").put("type", "string");
        p.putObject("status").put("type", "integer").put("minimum", 400).put("maximum", 599);
        p.putObject("detail").put("type", "string").put("description", "what happened and what to do; never a repeat of the input");
        ArrayNode codes = p.putObject("error").put("type", "string").put("description", "the contract's error code").putArray("enum");
        Problems.KINDS.keySet().forEach(codes::add);
        p.putObject("message").put("type", "string").put("description", "the same as detail (as clients read it before)");
        p.putObject("violations").put("type", "array").put("description", "for invalid-request: every violation with its path")
                .set("items", ref("Violation"));
        o.putArray("required").add("type").add("title").add("status").add("detail").add("error");
        return o;
    }

    private static ObjectNode streamError() {
        ObjectNode o = Json.object().put("type", "object").put("description", "An NDJSON stream's line for a line it could not decide");
        ObjectNode p = o.putObject("properties");
        p.putObject("error").put("type", "string");
        p.putObject("line").put("type", "integer").put("description", "the input's line number, from 1");
        p.putObject("violations").put("type", "array").set("items", ref("Violation"));
        p.putObject("message").put("type", "string");
        o.putArray("required").add("error");
        return o;
    }

    private static ObjectNode health() {
        ObjectNode o = Json.object().put("type", "object").put("description", "What a health probe found");
        ObjectNode p = o.putObject("properties");
        p.putObject("status").put("type", "string").putArray("enum").add("live").add("ready").add("not-ready").add("starting").add("failed");
        p.putObject("rules").put("type", "string").put("description", "compiled, compiling or failed (readiness)");
        ObjectNode set = p.putObject("ruleSets").put("type", "array").put("description", "the rule sets loaded (/health)")
                .putObject("items").put("type", "object");
        set.putObject("properties").<ObjectNode>set("id", Json.object().put("type", "string"))
                .set("version", Json.object().put("type", "string"));
        p.putObject("problems").put("type", "array").put("description", "why the rules did not compile (/health)")
                .putObject("items").put("type", "string");
        o.putArray("required").add("status");
        return o;
    }

    private static ObjectNode simulationRequest() {
        ObjectNode o = Json.object().put("type", "object").put("description",
                "A cohort ({ruleSet, asOf, cases}) with the policies to run (all when absent) and High Needs Block figures");
        ObjectNode p = o.putObject("properties");
        p.putObject("ruleSet").put("type", "string").put("pattern", "^[a-z0-9-]{1,100}$");
        CaseSchema.date(p.putObject("asOf"));
        p.putObject("policy").put("type", "string");
        p.putObject("cases").put("type", "array").put("maxItems", 1_000_000).put("description", "cases of the rule set (see its Case schema)")
                .putObject("items").put("type", "object").put("additionalProperties", true);
        p.putObject("policies").put("type", "array").put("maxItems", SimulationsEndpoint.MAX_POLICIES).putObject("items").put("type", "string");
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
