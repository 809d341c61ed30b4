package org.senrules.server.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.senrules.core.ParameterUse;
import org.senrules.core.PolicyVariant;
import org.senrules.core.Request;
import org.senrules.core.RuleInfo;
import org.senrules.core.RuleSetInfo;
import org.senrules.core.SenRules;

/**
 * What the service says about its rule sets: {@code GET /v1/rule-sets} (each id, version, title
 * and policies), {@code GET /v1/rule-sets/{id}} (rules with id, name, source and file;
 * parameters with every dated value and its illustrative flag; policies with what each
 * changes) and {@code GET /v1/rule-sets/{id}/schema}. The rule book renders the same documents.
 */
final class RuleSetsEndpoint {
    private RuleSetsEndpoint() {
    }

    static ObjectNode list(SenRules engine) {
        ObjectNode root = Json.object();
        ArrayNode sets = root.putArray("ruleSets");
        for (RuleSetInfo info : engine.ruleSets()) {
            ObjectNode o = sets.addObject().put("id", info.id()).put("version", info.version()).put("title", info.title());
            ArrayNode policies = o.putArray("policies");
            info.policies().forEach(p -> policies.add(p.name()));
            o.put("href", "v1/rule-sets/" + info.id());
        }
        return root;
    }

    static RuleSetInfo find(SenRules engine, String id) {
        List<RuleSetInfo> all = engine.ruleSets();
        for (RuleSetInfo info : all) {
            if (info.id().equals(id)) {
                return info;
            }
        }
        // the id given is the caller's text: not repeated
        throw ApiError.of(404, "not-found", "no such rule set; the rule sets are " + all.stream().map(RuleSetInfo::id).toList());
    }

    static ObjectNode detail(SenRules engine, RuleSetInfo info) {
        ObjectNode root = Json.object().put("id", info.id()).put("version", info.version()).put("title", info.title());
        ArrayNode fields = root.putArray("caseFields");
        info.caseFields().forEach(fields::add);
        ArrayNode rules = root.putArray("rules");
        for (RuleInfo r : engine.rules(info.id())) {
            rules.addObject().put("id", r.id()).put("name", r.name()).put("source", r.source()).put("file", r.file());
        }
        ArrayNode parameters = root.putArray("parameters");
        for (Map.Entry<String, List<ParameterUse>> e : byName(engine.parameterValues(info.id(), Request.CURRENT)).entrySet()) {
            ObjectNode p = parameters.addObject().put("name", e.getKey());
            ArrayNode values = p.putArray("values");
            e.getValue().forEach(v -> value(values.addObject(), v));
        }
        ArrayNode policies = root.putArray("policies");
        for (PolicyVariant v : info.policies()) {
            ObjectNode p = policies.addObject().put("name", v.name()).put("title", v.title()).put("source", v.source());
            if (v.costNeutral()) {
                p.put("costNeutral", true);
            }
            if (!v.combinesWith().isEmpty()) {
                // each combination is a policy name of its own: dbv-option-6/dbv-option-4
                v.combinesWith().forEach(p.putArray("combinesWith")::add);
            }
            ArrayNode changes = p.putArray("changes");
            for (ParameterUse u : engine.policyChanges(info.id(), v.name())) {
                value(changes.addObject().put("name", u.name()), u);
            }
        }
        root.put("schema", "v1/rule-sets/" + info.id() + "/schema");
        return root;
    }

    /** Each parameter's values, parameters in file order. */
    static Map<String, List<ParameterUse>> byName(List<ParameterUse> values) {
        Map<String, List<ParameterUse>> out = new LinkedHashMap<>();
        for (ParameterUse u : values) {
            out.computeIfAbsent(u.name(), k -> new java.util.ArrayList<>()).add(u);
        }
        return out;
    }

    private static void value(ObjectNode o, ParameterUse v) {
        o.put("from", v.effectiveFrom().toString());
        if (v.until() == null) {
            o.putNull("until");
        } else {
            o.put("until", v.until().toString());
        }
        o.put("value", v.value()).put("illustrative", v.illustrative()).put("origin", v.origin());
    }

    static String abbreviate(String s) {
        String clean = s.replaceAll("[^A-Za-z0-9._-]", "?");
        return clean.length() > 60 ? clean.substring(0, 60) + "…" : clean;
    }
}
