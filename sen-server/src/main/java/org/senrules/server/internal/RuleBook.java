package org.senrules.server.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.senrules.core.ParameterUse;
import org.senrules.core.PolicyVariant;
import org.senrules.core.Request;
import org.senrules.core.RuleInfo;
import org.senrules.core.RuleSetInfo;
import org.senrules.core.SenRules;
import org.senrules.core.explain.Explainer;
import org.senrules.core.explain.Wording;
import org.senrules.core.spi.CaseFields;

/**
 * The rule book, for policy officers and parents: an index of the rule sets, a page per rule set
 * with its rules as a policy officer reads them (what each decides and the document it comes
 * from, by title, with a link), each value over time in pounds and words with its end, the
 * policies side by side, and a "try a case" form built from the JSON Schema with field labels and
 * value titles; and a page of the documents the rules cite, with copies of the bulletins. The
 * service serves these pages; {@code ./sen rulebook --out DIR} writes the same pages as a static
 * site, where the form says it needs the service. Links are relative, so both work; no asset comes
 * from elsewhere. Every page reflows at 320 CSS pixels: tables scroll inside their own region.
 */
public final class RuleBook {
    /** The assets every page uses, served from {@code assets/}. */
    static final List<String> ASSETS = List.of("rulebook.css", "rulebook.js");
    /** The copies of the cited bulletins, served from {@code sources/}. */
    static final List<String> SOURCES = Wording.documentsCited().values().stream().map(Wording.Document::file)
            .filter(java.util.Objects::nonNull).sorted().toList();

    private RuleBook() {
    }

    /**
     * Writes the static site into {@code dir}: {@code index.html}, {@code sources.html},
     * {@code rule-sets/*.html}, {@code assets/*} and {@code sources/*}.
     */
    public static List<Path> writeSite(SenRules engine, Path dir) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(dir.resolve("rule-sets"));
            Files.createDirectories(dir.resolve("assets"));
            Files.createDirectories(dir.resolve("sources"));
            written.add(write(dir.resolve("index.html"), index(engine, true)));
            written.add(write(dir.resolve("sources.html"), sources(engine, true)));
            for (RuleSetInfo info : engine.ruleSets()) {
                written.add(write(dir.resolve("rule-sets").resolve(info.id() + ".html"), page(engine, info, true)));
            }
            for (String a : ASSETS) {
                Path p = dir.resolve("assets").resolve(a);
                Files.write(p, asset(a));
                written.add(p);
            }
            for (String s : SOURCES) {
                Path p = dir.resolve("sources").resolve(s);
                Files.write(p, source(s));
                written.add(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }

    private static Path write(Path p, String html) throws IOException {
        Files.writeString(p, html, StandardCharsets.UTF_8);
        return p;
    }

    /** An asset's bytes. */
    static byte[] asset(String name) {
        if (!ASSETS.contains(name)) {
            throw new IllegalArgumentException(name);
        }
        return resource("/org/senrules/server/assets/" + name);
    }

    /** A cited bulletin's copy, as kept in docs/sources. */
    static byte[] source(String name) {
        if (!SOURCES.contains(name)) {
            throw new IllegalArgumentException(name);
        }
        return resource("/org/senrules/server/sources/" + name);
    }

    private static byte[] resource(String path) {
        try (InputStream in = RuleBook.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String index(SenRules engine, boolean staticSite) {
        StringBuilder h = head("The rule book", "", staticSite);
        h.append("<main id=\"main\">\n<h1>The rule book</h1>\n");
        h.append("<p>Each rule set decides one thing. Open one to read its rules, the values they use over time, its policy options,")
                .append(" and to try a case. <a href=\"sources.html\">The documents the rules come from</a> are listed with copies.</p>\n");
        h.append(scroll("Rule sets", "<table>\n<caption>Rule sets</caption>\n<thead><tr><th scope=\"col\">Rule set</th>"
                + "<th scope=\"col\">What it decides</th><th scope=\"col\">Options</th></tr></thead>\n<tbody>\n"));
        for (RuleSetInfo info : engine.ruleSets()) {
            h.append("<tr><td><a href=\"rule-sets/").append(esc(info.id())).append(".html\">").append(esc(name(info.id())))
                    .append("</a></td><td>").append(esc(sentence(info.title()))).append("</td><td>").append(info.policies().size())
                    .append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</div>\n");
        h.append("<p>Values marked <strong class=\"illustrative\">Illustrative</strong> are defaults for the example, not the council's figures.</p>\n");
        h.append(staticSite ? "" : "<p>For programs: <a href=\"openapi.json\">the OpenAPI description</a>.</p>\n");
        return foot(h, "").toString();
    }

    /** The documents the rules cite: each bulletin's title with a link to its copy, and the others described. */
    static String sources(SenRules engine, boolean staticSite) {
        StringBuilder h = head("Sources — the rule book", "", staticSite);
        h.append("<nav aria-label=\"Breadcrumb\"><a href=\"index.html\">Rule book</a> › Sources</nav>\n");
        h.append("<main id=\"main\">\n<h1>Where the rules come from</h1>\n");
        h.append("<p>Every rule cites the document it implements. These are the documents the shipped rules cite.</p>\n<ul class=\"sources\">\n");
        for (Map.Entry<String, Wording.Document> e : Wording.documentsCited().entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            Wording.Document d = e.getValue();
            h.append("<li id=\"").append(anchor(d.title())).append("\">");
            if (d.file() != null) {
                h.append("<a href=\"sources/").append(esc(d.file())).append("\">").append(esc(d.title()))
                        .append("</a>: Birmingham City Council's bulletin, the text kept as published.");
            } else if (e.getKey().startsWith("council")) {
                h.append("<strong>").append(esc(d.title())).append("</strong>: the council's published pages on SEND top-up funding"
                        + " (elements 1 to 3, place funding, the SSPP process, banded descriptors). The rules that cite them say which"
                        + " point they implement.");
            } else {
                h.append("<strong>").append(esc(d.title())).append("</strong>: where the bulletins and the council's pages are"
                        + " silent, the choice the rule set's authors made, written down with the reason in the project's notes"
                        + " (\u201cDecisions we made\u201d). A rule resting on such a choice says so.");
            }
            h.append("</li>\n");
        }
        h.append("<li id=\"the-send-rules-brief\"><strong>The SEND rules brief</strong>: the project's summary of the documents above,"
                + " section by section; a rule citing it names the section.</li>\n");
        h.append("</ul>\n");
        return foot(h, "").toString();
    }

    static String page(SenRules engine, RuleSetInfo info, boolean staticSite) {
        StringBuilder h = head(name(info.id()) + " — the rule book", "../", staticSite);
        h.append("<nav aria-label=\"Breadcrumb\"><a href=\"../index.html\">Rule book</a> › ").append(esc(name(info.id()))).append("</nav>\n");
        h.append("<main id=\"main\">\n<h1>").append(esc(name(info.id()))).append("</h1>\n<p class=\"lead\">")
                .append(esc(sentence(info.title()))).append("</p>\n<p class=\"version\">Rule set <code>").append(esc(info.id()))
                .append("</code>, version ").append(esc(info.version())).append("</p>\n");
        h.append("<nav aria-label=\"On this page\"><ul><li><a href=\"#rules\">Rules</a></li><li><a href=\"#parameters\">Values over time</a></li>")
                .append("<li><a href=\"#policies\">Options side by side</a></li><li><a href=\"#try\">Try a case</a></li></ul></nav>\n");

        List<RuleInfo> rules = engine.rules(info.id());
        h.append("<section id=\"rules\" aria-labelledby=\"rules-h\">\n<h2 id=\"rules-h\">Rules</h2>\n");
        h.append("<p>").append(rules.size()).append(" rules. Each decides one thing and cites the document it implements.</p>\n");
        h.append(scroll("Rules", "<table class=\"rules\">\n<caption>The rules of " + esc(name(info.id()))
                + "</caption>\n<thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Source</th></tr>"
                + "</thead>\n<tbody>\n"));
        for (RuleInfo r : rules) {
            h.append("<tr id=\"rule-").append(esc(r.id())).append("\"><td>").append(esc(r.name())).append("<span class=\"code\">Rule id <code>")
                    .append(esc(r.id())).append("</code></span></td><td>").append(citation(r.source(), "../")).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</div>\n</section>\n");

        h.append("<section id=\"parameters\" aria-labelledby=\"parameters-h\">\n<h2 id=\"parameters-h\">Values over time</h2>\n");
        h.append("<p>Each value the rules read, with the dates it is in force and when the last one ends.")
                .append(" <strong class=\"illustrative\">Illustrative</strong> means a default for the example, not the council's figure.</p>\n");
        Map<String, List<ParameterUse>> params = RuleSetsEndpoint.byName(engine.parameterValues(info.id(), Request.CURRENT));
        for (Map.Entry<String, List<ParameterUse>> e : params.entrySet()) {
            String label = Wording.label(e.getKey());
            h.append("<h3 id=\"value-").append(esc(e.getKey())).append("\">").append(esc(label)).append(" <span class=\"code\">(<code>")
                    .append(esc(e.getKey())).append("</code>)</span></h3>\n");
            h.append(scroll(label, "<table class=\"parameter\">\n<caption>" + esc(label) + " over time</caption>\n"
                    + "<thead><tr><th scope=\"col\">In force</th><th scope=\"col\">Value</th><th scope=\"col\">Status</th></tr></thead>\n<tbody>\n"));
            for (ParameterUse v : e.getValue()) {
                h.append("<tr").append(v.illustrative() ? " class=\"illustrative-row\"" : "").append("><td>From ")
                        .append(esc(Explainer.day(v.effectiveFrom()))).append(v.until() == null ? ", open-ended" : " to " + esc(Explainer.day(v.until())))
                        .append("</td><td>").append(esc(Wording.value(v.value()))).append("</td><td>")
                        .append(v.illustrative() ? "<strong class=\"illustrative\">Illustrative</strong>" : "The council's figure")
                        .append("<span class=\"code\">").append(esc(origin(v.origin()))).append("</span></td></tr>\n");
            }
            h.append("</tbody>\n</table>\n</div>\n");
            ParameterUse last = e.getValue().get(e.getValue().size() - 1);
            h.append(last.until() == null
                    ? "<p class=\"ends\">The last value is open-ended: it stays in force until a later one is added.</p>\n"
                    : "<p class=\"ends\"><strong>Ends on " + esc(Explainer.day(last.until())) + ".</strong> No value is set after that"
                    + " day, so decisions for later dates are refused until the council adds the next one.</p>\n");
        }
        h.append("</section>\n");

        h.append("<section id=\"policies\" aria-labelledby=\"policies-h\">\n<h2 id=\"policies-h\">Options side by side</h2>\n");
        List<PolicyVariant> policies = info.policies();
        Map<String, Map<String, String>> changes = new LinkedHashMap<>();
        Set<String> changed = new LinkedHashSet<>();
        for (PolicyVariant p : policies) {
            Map<String, String> byName = new LinkedHashMap<>();
            for (ParameterUse u : engine.policyChanges(info.id(), p.name())) {
                String v = Wording.value(u.value()) + (u.illustrative() ? " (illustrative)" : "") + ", from " + Explainer.day(u.effectiveFrom());
                byName.merge(u.name(), v, (a, b) -> a + "; " + b);
                changed.add(u.name());
            }
            changes.put(p.name(), byName);
        }
        h.append("<dl class=\"policies\">\n");
        for (PolicyVariant p : policies) {
            h.append("<dt>").append(esc(policyName(p.name()))).append("</dt><dd>").append(esc(p.title()))
                    .append(p.source() == null || p.source().isBlank() ? "" : "<span class=\"source\">Source: " + citation(p.source(), "../") + "</span>")
                    .append("</dd>\n");
        }
        h.append("</dl>\n");
        if (changed.isEmpty()) {
            h.append("<p>This rule set has no option that changes a value.</p>\n");
        } else {
            h.append(scroll("Options compared", "<table class=\"compare\">\n"
                    + "<caption>What each option changes against current (\u201cas current\u201d where it changes nothing)</caption>\n"
                    + "<thead><tr><th scope=\"col\">Value</th>"));
            for (PolicyVariant p : policies) {
                h.append("<th scope=\"col\">").append(esc(policyName(p.name()))).append("</th>");
            }
            h.append("</tr></thead>\n<tbody>\n");
            for (String name : changed) {
                h.append("<tr><th scope=\"row\">").append(esc(Wording.label(name))).append("</th>");
                for (PolicyVariant p : policies) {
                    String v = changes.get(p.name()).get(name);
                    if (p.name().equals(Request.CURRENT)) {
                        List<ParameterUse> now = params.getOrDefault(name, List.of());
                        h.append("<td>").append(esc(now.isEmpty() ? "not set" : Wording.value(now.get(now.size() - 1).value()))).append("</td>");
                    } else {
                        h.append(v == null ? "<td class=\"same\">as current</td>" : "<td class=\"changed\"><strong>Changed:</strong> " + esc(v) + "</td>");
                    }
                }
                h.append("</tr>\n");
            }
            h.append("</tbody>\n</table>\n</div>\n");
        }
        h.append("</section>\n");

        h.append("<section id=\"try\" aria-labelledby=\"try-h\">\n<h2 id=\"try-h\">Try a case</h2>\n");
        h.append("<p>Fill in a case and decide it. The answer is the decision explained in plain English, the same text as")
                .append(" <code>./sen decide --explain</code>. Use made-up details only: never a real pupil's.</p>\n");
        h.append("<form id=\"try-form\" data-rule-set=\"").append(esc(info.id())).append("\" novalidate>\n");
        h.append("<div id=\"violations\" tabindex=\"-1\"></div>\n");
        h.append("<div id=\"case-fields\"><p>The form needs JavaScript.</p></div>\n");
        h.append("<p><button type=\"submit\" id=\"decide\">Decide</button></p>\n</form>\n");
        if (staticSite) {
            h.append("<p id=\"static-note\" class=\"note\">This copy of the rule book is a static site: to decide a case, open the rule book")
                    .append(" of a running service (<code>./sen serve</code>).</p>\n");
        }
        h.append("<div id=\"answer\" aria-live=\"polite\" hidden>\n<h3 id=\"answer-h\">Decision</h3>\n<div id=\"answer-text\" class=\"answer\"></div>\n")
                .append("<details id=\"answer-details\"><summary>For the record: rule ids and fingerprints</summary>\n")
                .append("<pre id=\"answer-record\"></pre>\n</details>\n</div>\n");
        h.append("<script type=\"application/json\" id=\"case-schema\">")
                .append(Json.compact(CaseSchema.document(info, "../")).replace("</", "<\\/")).append("</script>\n");
        h.append("<script type=\"application/json\" id=\"case-labels\">")
                .append(Json.compact(labels(info)).replace("</", "<\\/")).append("</script>\n");
        h.append("</section>\n");
        return foot(h, "../").toString();
    }

    /**
     * What the form shows for each field and value: {@code fields} maps a field's path
     * ({@code asOf}, {@code case.planStatus}) to its {@code label} and, for a field of an
     * enumerated type, its {@code values}' titles.
     */
    static ObjectNode labels(RuleSetInfo info) {
        ObjectNode root = Json.object();
        ObjectNode fields = root.putObject("fields");
        fields.putObject("asOf").put("label", "Date of the decision").put("hint", "The values in force on this day are used.");
        ObjectNode policy = fields.putObject("policy").put("label", "Option").put("hint", "The council's current rules, or an option being compared.");
        ObjectNode titles = policy.putObject("values");
        for (PolicyVariant p : info.policies()) {
            titles.put(p.name(), p.name().equals(Request.CURRENT) ? "Current rules" : policyName(p.name()) + ": " + p.title());
        }
        caseFields(info.caseType(), "case.", fields);
        return root;
    }

    private static void caseFields(Class<?> type, String prefix, ObjectNode fields) {
        CaseFields<?> declared = CaseFields.declaredBy(type);
        if (declared != null) {
            for (CaseFields.Field f : declared.fields()) {
                field(prefix + f.name(), f.name(), f.type() == List.class ? f.elementType() : f.type(), fields);
            }
        }
    }

    private static void field(String path, String name, Class<?> type, ObjectNode fields) {
        ObjectNode f = fields.putObject(path).put("label", Wording.label(name));
        if (type != null && type.isEnum()) {
            ObjectNode values = f.putObject("values");
            for (Object c : type.getEnumConstants()) {
                values.put(((Enum<?>) c).name(), Wording.title((Enum<?>) c));
            }
        } else if (type != null && CaseFields.declaredBy(type) != null) {
            ObjectNode inner = Json.object();
            caseFields(type, "", inner);
            ObjectNode items = f.putObject("items");
            inner.properties().forEach(e -> items.set(e.getKey(), e.getValue()));
        }
    }

    /** A citation as the document's title, linked to its copy or its entry on the sources page, then the headings and quote. */
    static String citation(String source, String up) {
        Wording.Citation c = Wording.citation(source);
        if (c.document().isEmpty()) {
            return "";
        }
        boolean known = Wording.documentsCited().values().stream().anyMatch(d -> d.title().equals(c.document()))
                || c.document().startsWith("The SEND rules brief");
        String href = c.file() != null ? up + "sources/" + c.file()
                : known ? up + "sources.html#" + (c.document().startsWith("The SEND rules brief") ? "the-send-rules-brief" : anchor(c.document()))
                : null;
        String title = href == null ? esc(c.document()) : "<a href=\"" + esc(href) + "\">" + esc(c.document()) + "</a>";
        return c.detail().isEmpty() ? title : title + (c.detail().startsWith("\"") ? ", " : ": ") + esc(Wording.daysInWords(c.detail()));
    }

    /** Where a value is set, in words. */
    private static String origin(String origin) {
        if (origin == null || origin.equals("default")) {
            return "The rule set's defaults";
        }
        if (origin.startsWith("policy:")) {
            return policyName(origin.substring(7));
        }
        return "The council's file " + origin.substring(Math.max(origin.lastIndexOf('/'), origin.lastIndexOf('\\')) + 1);
    }

    /** A rule set's name from its id: {@code sspp-top-up} as "SSPP top-up". */
    static String name(String id) {
        String words = Wording.label(java.util.Arrays.stream(id.split("-")).map(w -> w.isEmpty() ? w
                : Character.toUpperCase(w.charAt(0)) + w.substring(1)).reduce("", String::concat));
        words = words.replace("top up", "top-up").replace("Top up", "Top-up");
        return words.replace("Special school", "Special-school");
    }

    /** A policy's short name: {@code dbv-option-4a} as "DBV option 4A", {@code current} as "Current". */
    static String policyName(String code) {
        StringBuilder out = new StringBuilder();
        for (String part : code.split(PolicyVariant.COMBINED)) {
            if (out.length() > 0) {
                out.append(" with ");
            }
            StringBuilder words = new StringBuilder();
            for (String w : part.split("-")) {
                String shown = Set.of("dbv", "ws2", "sspp", "ehcp").contains(w) ? w.toUpperCase(Locale.ROOT)
                        : w.matches("\\d+[a-z]") ? w.toUpperCase(Locale.ROOT) : w;
                words.append(words.length() == 0 ? "" : " ").append(shown);
            }
            out.append(words);
        }
        return Character.toUpperCase(out.charAt(0)) + out.substring(1);
    }

    private static String sentence(String s) {
        return s == null || s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String anchor(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** A table's own scrolling region, so that a wide table never widens the page (WCAG 1.4.10). */
    private static String scroll(String label, String tableStart) {
        return "<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"" + esc(label) + " (scrolls sideways on a narrow screen)\">\n"
                + tableStart;
    }

    private static StringBuilder head(String title, String up, boolean staticSite) {
        StringBuilder h = new StringBuilder(16384);
        h.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<link rel=\"icon\" href=\"data:,\">\n")
                .append("<meta name=\"sen-mode\" content=\"").append(staticSite ? "static" : "service").append("\">\n")
                .append("<title>").append(esc(title)).append("</title>\n")
                .append("<link rel=\"stylesheet\" href=\"").append(up).append("assets/rulebook.css\">\n</head>\n<body>\n")
                .append("<a class=\"skip\" href=\"#main\">Skip to the content</a>\n")
                .append("<header><p class=\"brand\"><a href=\"").append(up).append("index.html\">senrules rule book</a></p></header>\n");
        return h;
    }

    private static StringBuilder foot(StringBuilder h, String up) {
        return h.append("</main>\n<footer><p>Rules as code: each decision cites its source. Illustrative values are marked as such.</p></footer>\n")
                .append("<script src=\"").append(up).append("assets/rulebook.js\"></script>\n</body>\n</html>\n");
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
