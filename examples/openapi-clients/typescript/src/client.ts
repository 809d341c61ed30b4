// A TypeScript client of the decision service, its types generated from the served /openapi.json by
// openapi-typescript (into src/generated/api.d.ts, at test time) and its calls made by openapi-fetch:
// a client a council's web developers would write. Compiled by tsc (strict), so a document whose
// types do not fit the service's JSON fails here first; then run by Node against the live service over
// every shipped example and a cohort, and every answer is validated against the document with ajv.
//
//   node build/client.js BASE_URL EXAMPLES_DIR
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/api.js";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

type Schemas = components["schemas"];
type DecisionRequest = Schemas["DecisionRequest"];
type DecisionAnswer = Schemas["DecisionAnswer"];
type Decision = Schemas["Decision"];

const [base, examplesDir] = process.argv.slice(2);
if (!base || !examplesDir) {
  console.error("usage: node build/client.js BASE_URL EXAMPLES_DIR");
  process.exit(2);
}
const client = createClient<paths>({ baseUrl: base });
const document = await (await fetch(base + "/openapi.json")).json();

// ajv: JSON Schema 2020-12 with the document's components; the discriminator keyword is a hint for
// generators that ajv does not need (the decisions' constant ruleSet tells them apart)
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const compiled = new Map<string, ReturnType<Ajv2020["compile"]>>();

const invalid: string[] = [];
let answers = 0;

function template(path: string): string {
  for (const t of Object.keys(document.paths)) {
    if (new RegExp("^" + t.replace(/\{[^}]+\}/g, "[^/]+").replace(/\./g, "\\.") + "$").test(path)) {
      return t;
    }
  }
  return path;
}

/** Checks an answer against the operation's response in the document. */
function check(method: string, path: string, response: Response, body: unknown): void {
  answers++;
  const t = template(path);
  const responses = document.paths[t]?.[method]?.responses;
  const r = responses?.[String(response.status)] ?? responses?.default;
  const type = (response.headers.get("content-type") ?? "").split(";")[0].trim();
  const where = `${method.toUpperCase()} ${path} ${response.status} ${type}`;
  if (!r) {
    invalid.push(`${where}: status not in the document`);
    return;
  }
  const media = r.content?.[type];
  if (!media) {
    invalid.push(`${where}: media type not in the document`);
    return;
  }
  const key = `${t} ${method} ${response.status} ${type}`;
  let validate = compiled.get(key);
  if (!validate) {
    validate = ajv.compile({ $id: "urn:answer:" + compiled.size, components: document.components, allOf: [media.schema] });
    compiled.set(key, validate);
  }
  if (!validate(body)) {
    invalid.push(`${where}: ${ajv.errorsText(validate.errors)}`);
  }
}

function examples(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      out.push(...examples(p));
    } else if (name.endsWith(".json")) {
      out.push(p);
    }
  }
  return out;
}

/** What a decision says, read through its typed outcome: the union narrows on ruleSet. */
function summary(d: Decision): string {
  switch (d.ruleSet) {
    case "sspp-top-up":
      return `${d.caseId}: ${d.outcome.eligible ? "eligible" : "not eligible"}, top-up ${d.outcome.topUp}`;
    case "special-school-band":
      return `${d.caseId}: band ${d.outcome.band}`;
    default:
      return `${d.caseId ?? "(no case id)"}: ${d.ruleSet} ${d.ruleSetVersion}`;
  }
}

const loaded = await client.GET("/v1/rule-sets");
check("get", "/v1/rule-sets", loaded.response, loaded.data ?? loaded.error);
const ids = new Set<string>(((loaded.data as { ruleSets?: { id: string }[] }).ruleSets ?? []).map((r) => r.id));

let single = 0;
let cohorts = 0;
const said: string[] = [];
for (const file of examples(examplesDir)) {
  const request = JSON.parse(readFileSync(file, "utf8")) as DecisionRequest;
  if (!ids.has(request.ruleSet)) {
    continue; // a third-party pack's example: not loaded in this service
  }
  const { data, error, response } = await client.POST("/v1/decisions", { body: request, params: { header: { "X-Request-Id": "ts-client" } } });
  check("post", "/v1/decisions", response, data ?? error);
  if (!data || typeof data === "string") {
    invalid.push(`${file}: not decided as JSON (${response.status})`);
    continue;
  }
  const answer: DecisionAnswer = data;
  if ("decisions" in answer) {
    cohorts++;
    answer.decisions.forEach((d) => said.push(summary(d)));
  } else {
    single++;
    said.push(summary(answer));
  }
}

// a cohort built with the generated types
const base0 = JSON.parse(readFileSync(join(examplesDir, "sspp-top-up", "eligible-mainstream.json"), "utf8")) as Schemas["SsppTopUpRequest"];
const cohort: Schemas["SsppTopUpCohort"] = {
  ruleSet: "sspp-top-up",
  asOf: "2026-01-15",
  policy: "dbv-option-4",
  cases: [1, 2, 3, 4].map((i) => ({ ...base0.case, caseId: `TS-CLIENT-${i}`, requestedSupportUnits: 2 * i })),
};
const built = await client.POST("/v1/decisions", { body: cohort });
check("post", "/v1/decisions", built.response, built.data ?? built.error);
if (!built.data || typeof built.data === "string" || !("decisions" in built.data) || built.data.decisions.length !== 4) {
  invalid.push("the built cohort was not answered with its four decisions");
}

// the other endpoints, and errors
const one = await client.GET("/v1/rule-sets/{id}", { params: { path: { id: "sspp-top-up" } } });
check("get", "/v1/rule-sets/sspp-top-up", one.response, one.data ?? one.error);
const missing = await client.GET("/v1/rule-sets/{id}", { params: { path: { id: "no-such-rule-set" } } });
check("get", "/v1/rule-sets/no-such-rule-set", missing.response, missing.data ?? missing.error);
for (const probe of ["/health", "/health/live", "/health/ready"] as const) {
  const h = await client.GET(probe);
  check("get", probe, h.response, h.data ?? h.error);
}
const sim = await client.POST("/v1/simulations", { body: { ruleSet: "sspp-top-up", asOf: "2026-01-15", cases: cohort.cases } });
check("post", "/v1/simulations", sim.response, sim.data ?? sim.error);
const refused = await client.POST("/v1/decisions", { body: { ...base0, case: { ...base0.case, requestedSupportUnits: -1 } } });
check("post", "/v1/decisions", refused.response, refused.data ?? refused.error);
if (refused.response.status !== 422 || refused.error?.error !== "invalid-request") {
  invalid.push("a refused request was not a 422 invalid-request problem");
}

console.log(JSON.stringify({ examples: single + cohorts, single, cohorts, builtCohorts: 1, answers, invalid, decided: said.length }));
process.exit(invalid.length === 0 ? 0 : 1);
