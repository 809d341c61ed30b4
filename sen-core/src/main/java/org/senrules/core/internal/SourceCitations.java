package org.senrules.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.senrules.core.RuleSetProblem;
import org.senrules.core.internal.json.LocatedJson;

/**
 * A pack's sources file: each source a rule or a policy cites, written once, by key:
 *
 * <pre>{@code
 * { "s1-sspp-options": { "document": "S1 001_9fda0e487175dfd0.txt",
 *                        "heading": ["Delivering Better Value Programme", "Workstream 2"],
 *                        "quote": "For children on SEN Support receiving top up funding by SSPPs, ..." } }
 * }</pre>
 *
 * <p>A rule's {@code @source} and a policy's {@code "source"} cite a key in braces,
 * {@code "{s1-sspp-options}, option 1"}; readers of a decision see the citation written out:
 * the document, then the heading (a list of headings is quoted and joined with {@code " / "}),
 * then the quote in double quotes after a comma. An unknown key is a load error with file and line.
 */
final class SourceCitations {
    private static final Pattern KEY = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> FIELDS = Set.of("document", "heading", "quote", "note");

    /** No sources file: a braced key is then an error. */
    static final SourceCitations NONE = new SourceCitations(null, Map.of());

    private final String file;
    private final Map<String, String> citations;

    private SourceCitations(String file, Map<String, String> citations) {
        this.file = file;
        this.citations = citations;
    }

    /** Reads a sources file; faults are added to {@code problems} and leave their entries out. */
    static SourceCitations read(RuleSource source, List<RuleSetProblem> problems) {
        LocatedJson json;
        try {
            json = LocatedJson.parse(source.text());
        } catch (IOException e) {
            problems.add(RuleSetProblem.error(source.label(), ParameterFile.lineOf(e), "not valid JSON: " + ParameterFile.message(e)));
            return new SourceCitations(source.label(), Map.of());
        }
        Map<String, String> out = new LinkedHashMap<>();
        if (!json.root().isObject()) {
            problems.add(RuleSetProblem.error(source.label(), 1, "a sources file is an object from key to {document, heading, quote}"));
            return new SourceCitations(source.label(), Map.of());
        }
        for (Map.Entry<String, JsonNode> e : json.root().properties()) {
            String key = e.getKey();
            if (key.startsWith("$")) {
                continue; // "$comment" documents the file
            }
            JsonNode entry = e.getValue();
            int line = json.lineOf(entry);
            if (!KEBAB.matcher(key).matches()) {
                problems.add(RuleSetProblem.error(source.label(), line, "source keys are kebab-case (s1-sspp-options), not \"" + key + "\""));
                continue;
            }
            if (!entry.isObject() || !entry.path("document").isTextual() || entry.get("document").textValue().isBlank()) {
                problems.add(RuleSetProblem.error(source.label(), line, "source " + key + " needs a \"document\" (and may have a \"heading\" and a \"quote\")"));
                continue;
            }
            boolean ok = true;
            for (Iterator<String> f = entry.fieldNames(); f.hasNext(); ) {
                String field = f.next();
                if (!FIELDS.contains(field)) {
                    problems.add(RuleSetProblem.error(source.label(), line, "source " + key + ": unknown field \"" + field
                            + "\"; the fields are document, heading, quote and note"));
                    ok = false;
                }
            }
            StringBuilder text = new StringBuilder(entry.get("document").textValue());
            JsonNode heading = entry.get("heading");
            if (heading != null) {
                if (heading.isTextual()) {
                    text.append(' ').append(heading.textValue());
                } else if (heading.isArray() && !heading.isEmpty()) {
                    text.append(' ');
                    for (int i = 0; i < heading.size(); i++) {
                        if (!heading.get(i).isTextual()) {
                            ok = false;
                        }
                        text.append(i == 0 ? "" : " / ").append('"').append(heading.get(i).asText()).append('"');
                    }
                } else {
                    ok = false;
                }
                if (!ok) {
                    problems.add(RuleSetProblem.error(source.label(), line, "source " + key
                            + ": \"heading\" is a text or a list of headings, outermost first"));
                }
            }
            JsonNode quote = entry.get("quote");
            if (quote != null) {
                if (!quote.isTextual() || quote.textValue().isBlank()) {
                    problems.add(RuleSetProblem.error(source.label(), line, "source " + key + ": \"quote\" is the text quoted from the document"));
                    ok = false;
                } else {
                    text.append(", \"").append(quote.textValue()).append('"');
                }
            }
            if (ok) {
                out.put(key, text.toString());
            }
        }
        return new SourceCitations(source.label(), Map.copyOf(out));
    }

    /**
     * The citation readers see: every {@code {key}} written out. An unknown key is reported at
     * {@code where} ({@code file} and {@code line}) and left as it is.
     */
    String resolve(String text, String where, int line, List<RuleSetProblem> problems) {
        if (text == null || text.indexOf('{') < 0) {
            return text;
        }
        Matcher m = KEY.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 200);
        while (m.find()) {
            String key = m.group(1);
            String citation = citations.get(key);
            if (citation == null) {
                problems.add(RuleSetProblem.error(where, line, file == null
                        ? "cites source {" + key + "}, but this rule set has no sources file"
                        : "unknown source key {" + key + "}; the keys in " + file + " are " + citations.keySet().stream().sorted().toList()));
                citation = m.group();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(citation));
        }
        m.appendTail(out);
        return out.toString();
    }
}
