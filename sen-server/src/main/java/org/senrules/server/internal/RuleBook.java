package org.senrules.server.internal;

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
import java.util.Map;
import java.util.Set;
import org.senrules.core.ParameterUse;
import org.senrules.core.PolicyVariant;
import org.senrules.core.Request;
import org.senrules.core.RuleInfo;
import org.senrules.core.RuleSetInfo;
import org.senrules.core.SenRules;
import org.senrules.core.explain.Explainer;

/**
 * The rule book: an index of the rule sets and a page per rule set with its rules as a policy
 * officer reads them (name, id, source), each parameter's values over time with the
 * illustrative ones marked in words, the policies side by side (what each changes against
 * {@code current}) and a "try a case" form built from the JSON Schema. The service serves these
 * pages; {@code ./sen rulebook --out DIR} writes the same pages as a static site, where the form
 * says it needs the service. Links are relative, so both work; no asset comes from elsewhere.
 */
public final class RuleBook {
    /** The assets every page uses, served from {@code assets/}. */
    static final List<String> ASSETS = List.of("rulebook.css", "rulebook.js");

    private RuleBook() {
    }

    /** Writes the static site into {@code dir}: {@code index.html}, {@code rule-sets/*.html}, {@code assets/*}. */
    public static List<Path> writeSite(SenRules engine, Path dir) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(dir.resolve("rule-sets"));
            Files.createDirectories(dir.resolve("assets"));
            written.add(write(dir.resolve("index.html"), index(engine, true)));
            for (RuleSetInfo info : engine.ruleSets()) {
                written.add(write(dir.resolve("rule-sets").resolve(info.id() + ".html"), page(engine, info, true)));
            }
            for (String a : ASSETS) {
                Path p = dir.resolve("assets").resolve(a);
                Files.write(p, asset(a));
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
        try (InputStream in = RuleBook.class.getResourceAsStream("/org/senrules/server/assets/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing asset " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String index(SenRules engine, boolean staticSite) {
        StringBuilder h = head("senrules rule book", "", staticSite);
        h.append("<main id=\"main\">\n<h1>The rule book</h1>\n");
        h.append("<p>Each rule set decides one thing. Open one to read its rules, the values they use over time, its policy options,")
                .append(" and to try a case.</p>\n");
        h.append("<table>\n<caption>Rule sets</caption>\n<thead><tr><th scope=\"col\">Rule set</th><th scope=\"col\">What it decides</th>")
                .append("<th scope=\"col\">Version</th><th scope=\"col\">Policies</th></tr></thead>\n<tbody>\n");
        for (RuleSetInfo info : engine.ruleSets()) {
            h.append("<tr><td><a href=\"rule-sets/").append(esc(info.id())).append(".html\">").append(esc(info.id())).append("</a></td><td>")
                    .append(esc(info.title())).append("</td><td>").append(esc(info.version())).append("</td><td>")
                    .append(info.policies().size()).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        h.append("<p>Values marked <strong class=\"illustrative\">Illustrative</strong> are defaults for the example, not the council's figures.</p>\n");
        h.append(staticSite ? "" : "<p>For programs: <a href=\"openapi.json\">the OpenAPI description</a>.</p>\n");
        return foot(h, "").toString();
    }

    static String page(SenRules engine, RuleSetInfo info, boolean staticSite) {
        StringBuilder h = head(info.id() + " — senrules rule book", "../", staticSite);
        h.append("<nav aria-label=\"Breadcrumb\"><a href=\"../index.html\">Rule book</a> › ").append(esc(info.id())).append("</nav>\n");
        h.append("<main id=\"main\">\n<h1>").append(esc(info.id())).append(" <span class=\"version\">version ").append(esc(info.version()))
                .append("</span></h1>\n<p class=\"lead\">").append(esc(info.title())).append("</p>\n");
        h.append("<nav aria-label=\"On this page\"><ul><li><a href=\"#rules\">Rules</a></li><li><a href=\"#parameters\">Values over time</a></li>")
                .append("<li><a href=\"#policies\">Policies side by side</a></li><li><a href=\"#try\">Try a case</a></li></ul></nav>\n");

        List<RuleInfo> rules = engine.rules(info.id());
        h.append("<section id=\"rules\" aria-labelledby=\"rules-h\">\n<h2 id=\"rules-h\">Rules</h2>\n");
        h.append("<p>").append(rules.size()).append(" rules. Each decides one thing and cites the document it implements.</p>\n");
        h.append("<table class=\"rules\">\n<caption>Rules of ").append(esc(info.id())).append("</caption>\n<thead><tr><th scope=\"col\">Rule</th>")
                .append("<th scope=\"col\">Source</th><th scope=\"col\">Id and file</th></tr></thead>\n<tbody>\n");
        for (RuleInfo r : rules) {
            h.append("<tr id=\"rule-").append(esc(r.id())).append("\"><td>").append(esc(r.name())).append("</td><td>").append(esc(r.source()))
                    .append("</td><td><code>").append(esc(r.id())).append("</code><br><span class=\"file\">").append(esc(r.file()))
                    .append("</span></td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");

        h.append("<section id=\"parameters\" aria-labelledby=\"parameters-h\">\n<h2 id=\"parameters-h\">Values over time</h2>\n");
        h.append("<p>Each value the rules read, with the dates it is in force. <strong class=\"illustrative\">Illustrative</strong>")
                .append(" means a default for the example, not the council's figure.</p>\n");
        Map<String, List<ParameterUse>> params = RuleSetsEndpoint.byName(engine.parameterValues(info.id(), Request.CURRENT));
        for (Map.Entry<String, List<ParameterUse>> e : params.entrySet()) {
            h.append("<table class=\"parameter\">\n<caption><code>").append(esc(e.getKey())).append("</code> — ")
                    .append(esc(Explainer.words(e.getKey()).toLowerCase(java.util.Locale.ROOT))).append("</caption>\n")
                    .append("<thead><tr><th scope=\"col\">From</th><th scope=\"col\">Until</th><th scope=\"col\">Value</th>")
                    .append("<th scope=\"col\">Status</th><th scope=\"col\">Where from</th></tr></thead>\n<tbody>\n");
            for (ParameterUse v : e.getValue()) {
                h.append("<tr").append(v.illustrative() ? " class=\"illustrative-row\"" : "").append("><td>").append(esc(Explainer.day(v.effectiveFrom())))
                        .append("</td><td>").append(v.until() == null ? "open-ended" : esc(Explainer.day(v.until()))).append("</td><td>")
                        .append(esc(v.value())).append("</td><td>")
                        .append(v.illustrative() ? "<strong class=\"illustrative\">Illustrative</strong>" : "Not illustrative")
                        .append("</td><td>").append(esc(v.origin())).append("</td></tr>\n");
            }
            h.append("</tbody>\n</table>\n");
        }
        h.append("</section>\n");

        h.append("<section id=\"policies\" aria-labelledby=\"policies-h\">\n<h2 id=\"policies-h\">Policies side by side</h2>\n");
        List<PolicyVariant> policies = info.policies();
        Map<String, Map<String, String>> changes = new LinkedHashMap<>();
        Set<String> changed = new LinkedHashSet<>();
        for (PolicyVariant p : policies) {
            Map<String, String> byName = new LinkedHashMap<>();
            for (ParameterUse u : engine.policyChanges(info.id(), p.name())) {
                String v = (u.illustrative() ? "[Illustrative] " : "") + u.value() + " (from " + Explainer.day(u.effectiveFrom()) + ")";
                byName.merge(u.name(), v, (a, b) -> a + "; " + b);
                changed.add(u.name());
            }
            changes.put(p.name(), byName);
        }
        h.append("<dl class=\"policies\">\n");
        for (PolicyVariant p : policies) {
            h.append("<dt><code>").append(esc(p.name())).append("</code></dt><dd>").append(esc(p.title()))
                    .append(p.source() == null || p.source().isBlank() ? "" : " <span class=\"source\">Source: " + esc(p.source()) + "</span>")
                    .append("</dd>\n");
        }
        h.append("</dl>\n");
        if (changed.isEmpty()) {
            h.append("<p>This rule set has no policy that changes a value.</p>\n");
        } else {
            h.append("<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Policies compared\">\n<table class=\"compare\">\n")
                    .append("<caption>What each policy changes against current (\"as current\" where it changes nothing)</caption>\n")
                    .append("<thead><tr><th scope=\"col\">Value</th>");
            for (PolicyVariant p : policies) {
                h.append("<th scope=\"col\">").append(esc(p.name())).append("</th>");
            }
            h.append("</tr></thead>\n<tbody>\n");
            Map<String, List<ParameterUse>> current = params;
            for (String name : changed) {
                h.append("<tr><th scope=\"row\"><code>").append(esc(name)).append("</code></th>");
                for (PolicyVariant p : policies) {
                    String v = changes.get(p.name()).get(name);
                    if (p.name().equals(Request.CURRENT)) {
                        List<ParameterUse> now = current.getOrDefault(name, List.of());
                        v = now.isEmpty() ? "not set" : now.get(now.size() - 1).value();
                        h.append("<td>").append(esc(v)).append("</td>");
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
        h.append("<p>Fill in a case and decide it. The answer is the decision explained, the same text as <code>./sen decide --explain</code>.")
                .append(" Use synthetic data only: never a real pupil's details.</p>\n");
        h.append("<form id=\"try-form\" data-rule-set=\"").append(esc(info.id())).append("\" novalidate>\n");
        h.append("<div id=\"case-fields\"><p>The form needs JavaScript.</p></div>\n");
        h.append("<p><button type=\"submit\" id=\"decide\">Decide</button></p>\n</form>\n");
        if (staticSite) {
            h.append("<p id=\"static-note\" class=\"note\">This copy of the rule book is a static site: to decide a case, open the rule book")
                    .append(" of a running service (<code>./sen serve</code>).</p>\n");
        }
        h.append("<div id=\"violations\" role=\"alert\"></div>\n");
        h.append("<h3 id=\"answer-h\">Decision</h3>\n<pre id=\"answer\" aria-live=\"polite\" aria-labelledby=\"answer-h\" tabindex=\"0\"></pre>\n");
        h.append("<script type=\"application/json\" id=\"case-schema\">")
                .append(Json.compact(CaseSchema.document(info, "../")).replace("</", "<\\/")).append("</script>\n");
        h.append("</section>\n");
        return foot(h, "../").toString();
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
