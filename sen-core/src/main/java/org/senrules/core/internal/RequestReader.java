package org.senrules.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.senrules.core.InvalidRequestException;
import org.senrules.core.Request;
import org.senrules.core.Violation;
import org.senrules.core.spi.CaseInput;

/**
 * Reads the contract's request and cohort envelopes. Every violation anywhere in the document is
 * collected before anything is returned; a document with any violation yields no request at all.
 */
public final class RequestReader {
    private static final Set<String> SINGLE = Set.of("ruleSet", "asOf", "policy", "case");
    private static final Set<String> COHORT = Set.of("ruleSet", "asOf", "policy", "cases");
    private static final int MAX_COHORT = 2_000_000;
    /** Reads one value of a document being streamed: more of the document follows it. */
    private static final com.fasterxml.jackson.databind.ObjectReader VALUE = Json.mapper().reader()
            .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private RequestReader() {
    }

    /** Parses JSON text into a tree, turning every parse failure into a violation. */
    public static JsonNode parse(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (IOException e) {
            throw notJson(e);
        }
    }

    /** Parses JSON bytes (UTF-8) into a tree, turning every parse failure into a violation. */
    public static JsonNode parse(InputStream json) {
        try {
            return Json.mapper().readTree(json);
        } catch (IOException e) {
            throw notJson(e);
        }
    }

    /**
     * Reads a request or cohort from UTF-8 bytes, all or nothing, exactly as
     * {@code read(parse(json), catalog)} does. A cohort whose {@code ruleSet} comes before its
     * {@code cases} (as the contract's examples and every exporter write it) is read case by case:
     * each case is turned into its record as soon as it is parsed, so the document is never held
     * as one tree, which for 100,000 cases was ten times the size of the file. Anything else goes
     * the tree's way, which also gives every error its usual message.
     */
    public static List<Request> read(InputStream json, Catalog catalog) {
        byte[] bytes;
        try {
            bytes = json.readAllBytes();
        } catch (IOException e) {
            throw notJson(e);
        }
        Streamed streamed;
        try {
            streamed = stream(bytes, catalog);
        } catch (IOException | RuntimeException e) {
            streamed = null; // the tree reports it
        }
        if (streamed == null) {
            return read(parse(new java.io.ByteArrayInputStream(bytes)), catalog);
        }
        return read(streamed.envelope(), catalog, streamed);
    }

    /** A cohort read case by case: the envelope's other fields, and each case or its violations. */
    private record Streamed(com.fasterxml.jackson.databind.node.ObjectNode envelope, List<CaseInput> cases,
                            List<Violation> violations) {
    }

    /** Null when the document is not a cohort laid out for streaming (the tree then reads it). */
    private static Streamed stream(byte[] bytes, Catalog catalog) throws IOException {
        com.fasterxml.jackson.databind.ObjectMapper mapper = Json.mapper();
        try (com.fasterxml.jackson.core.JsonParser p = mapper.createParser(bytes)) {
            if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                return null;
            }
            com.fasterxml.jackson.databind.node.ObjectNode envelope = mapper.createObjectNode();
            List<CaseInput> cases = null;
            List<Violation> violations = new ArrayList<>();
            while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (!name.equals("cases")) {
                    envelope.set(name, VALUE.readTree(p));
                    continue;
                }
                JsonNode id = envelope.get("ruleSet");
                CompiledRuleSet ruleSet = id != null && id.isTextual() ? catalog.get(id.textValue()) : null;
                if (cases != null || ruleSet == null || p.currentToken() != com.fasterxml.jackson.core.JsonToken.START_ARRAY) {
                    return null;
                }
                Class<? extends CaseInput> type = ruleSet.definition().caseType();
                cases = new ArrayList<>();
                int i = 0;
                while (p.nextToken() != com.fasterxml.jackson.core.JsonToken.END_ARRAY) {
                    if (p.currentToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT || i >= MAX_COHORT) {
                        return null;
                    }
                    JsonNode node = VALUE.readTree(p);
                    cases.add(CaseReader.read(node, type, "cases[" + i + "]", violations));
                    i++;
                }
            }
            if (p.currentToken() != com.fasterxml.jackson.core.JsonToken.END_OBJECT || p.nextToken() != null || cases == null
                    || envelope.has("case")) {
                return null;
            }
            // a placeholder, so that the envelope is checked as a cohort
            envelope.set("cases", mapper.createArrayNode());
            return new Streamed(envelope, cases, violations);
        }
    }

    private static InvalidRequestException notJson(IOException e) {
        String what = e instanceof StreamConstraintsException ? "the document is too large or too deeply nested: "
                : "not valid JSON: ";
        String msg = e instanceof JsonProcessingException ? ((JsonProcessingException) e).getOriginalMessage() : e.getMessage();
        if (msg != null) {
            // Jackson's own location notes name its internals; the line and column below say where
            msg = msg.replaceAll("\\s*\\(start marker at \\[Source:.*?\\]\\)", "").replaceAll("\\s*at \\[Source:.*?\\]", "")
                    .replaceAll("\\s*\\[Source:.*?\\]", "").replaceAll("\\s+", " ").strip();
        }
        if (e instanceof JsonProcessingException && ((JsonProcessingException) e).getLocation() != null) {
            var loc = ((JsonProcessingException) e).getLocation();
            msg = msg + " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
        }
        return new InvalidRequestException(List.of(new Violation("", what + (msg == null ? e.getClass().getSimpleName() : msg))));
    }

    /** Reads a single request or a cohort into requests, all or nothing. */
    public static List<Request> read(JsonNode root, Catalog catalog) {
        return read(root, catalog, null);
    }

    private static List<Request> read(JsonNode root, Catalog catalog, Streamed streamed) {
        List<Violation> violations = new ArrayList<>();
        if (root == null || root.isMissingNode() || !root.isObject()) {
            throw new InvalidRequestException(List.of(new Violation("", "a request is a JSON object with ruleSet, asOf and case (or cases)")));
        }
        boolean cohort = root.has("cases");
        Set<String> allowed = cohort ? COHORT : SINGLE;
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!allowed.contains(name)) {
                violations.add(new Violation(name, cohort && name.equals("case")
                        ? "give either case or cases, not both" : "unknown field; a request has " + allowed));
            }
        }
        CompiledRuleSet ruleSet = null;
        JsonNode id = root.get("ruleSet");
        if (id == null || id.isNull()) {
            violations.add(new Violation("ruleSet", "is required"));
        } else if (!id.isTextual() || (ruleSet = catalog.get(id.textValue())) == null) {
            violations.add(new Violation("ruleSet", "unknown rule set; the rule sets are " + catalog.ruleSets().keySet()));
        }
        LocalDate asOf = date(root.get("asOf"), "asOf", violations);
        String policy = Request.CURRENT;
        JsonNode p = root.get("policy");
        if (p != null && !p.isNull()) {
            if (!p.isTextual()) {
                violations.add(new Violation("policy", "must be text"));
            } else {
                policy = p.textValue();
                if (ruleSet != null && !ruleSet.hasPolicy(policy)) {
                    violations.add(new Violation("policy", "unknown policy \"" + abbreviate(policy) + "\"; the policies of "
                            + ruleSet.definition().id() + " are " + ruleSet.policies().stream().map(v -> v.name()).toList()));
                }
            }
        }
        List<Request> requests = new ArrayList<>();
        if (cohort && streamed != null) {
            // the cases were read as they were parsed, after a valid ruleSet
            violations.addAll(streamed.violations());
            for (CaseInput c : streamed.cases()) {
                if (c != null && asOf != null) {
                    requests.add(new Request(ruleSet.definition().id(), asOf, policy, c));
                }
            }
        } else if (cohort) {
            JsonNode cases = root.get("cases");
            if (!cases.isArray()) {
                violations.add(new Violation("cases", "must be a list of cases"));
            } else if (cases.size() > MAX_COHORT) {
                violations.add(new Violation("cases", "has more than " + MAX_COHORT + " cases"));
            } else if (ruleSet != null) {
                for (int i = 0; i < cases.size(); i++) {
                    CaseInput c = CaseReader.read(cases.get(i), ruleSet.definition().caseType(), "cases[" + i + "]", violations);
                    if (c != null && asOf != null) {
                        requests.add(new Request(ruleSet.definition().id(), asOf, policy, c));
                    }
                }
            }
        } else {
            JsonNode c = root.get("case");
            if (c == null || c.isNull()) {
                violations.add(new Violation("case", "is required"));
            } else if (ruleSet != null) {
                CaseInput read = CaseReader.read(c, ruleSet.definition().caseType(), "case", violations);
                if (read != null && asOf != null) {
                    requests.add(new Request(ruleSet.definition().id(), asOf, policy, read));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return requests;
    }

    private static LocalDate date(JsonNode node, String path, List<Violation> violations) {
        if (node == null || node.isNull()) {
            violations.add(new Violation(path, "is required"));
            return null;
        }
        if (!node.isTextual() || !node.textValue().matches("\\d{4}-\\d{2}-\\d{2}")) {
            violations.add(new Violation(path, "must be a date written yyyy-MM-dd"));
            return null;
        }
        try {
            return LocalDate.parse(node.textValue());
        } catch (DateTimeParseException e) {
            violations.add(new Violation(path, "is not a real date: " + node.textValue()));
            return null;
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
