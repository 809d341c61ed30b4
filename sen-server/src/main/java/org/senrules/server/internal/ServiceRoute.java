package org.senrules.server.internal;

import java.util.List;
import java.util.regex.Pattern;
import org.senrules.simulation.SimulationFiles;

/**
 * Every path the service answers, with the methods it takes, the media types it answers with
 * and whether it needs no token. {@link Front} reads this table for 404, 405 with {@code Allow},
 * 406 and the token; the access log names a request by its route's pattern, never by the path
 * sent. A new endpoint is a line here and a handler in {@link Routes}.
 */
enum ServiceRoute {
    DECISIONS("/v1/decisions", List.of("POST"), List.of(Bodies.JSON, "text/plain", Bodies.NDJSON), false),
    SIMULATIONS("/v1/simulations", List.of("POST"), List.of(Bodies.JSON, "text/csv", SimulationFiles.XLSX_MEDIA_TYPE), false),
    RULE_SETS("/v1/rule-sets", List.of("GET"), List.of(Bodies.JSON), false),
    RULE_SET("/v1/rule-sets/{id}", List.of("GET"), List.of(Bodies.JSON), false),
    RULE_SET_SCHEMA("/v1/rule-sets/{id}/schema", List.of("GET"), List.of("application/schema+json", Bodies.JSON), false),
    RELOAD("/v1/reload", List.of("POST"), List.of(Bodies.JSON), false),
    DECISION_RECORDS("/v1/decision-records", List.of("POST"), List.of(Bodies.JSON), false),
    REPLAYS("/v1/replays", List.of("POST"), List.of(Bodies.JSON), false),
    OPENAPI("/openapi.json", List.of("GET"), List.of(Bodies.JSON), false),
    HEALTH("/health", List.of("GET"), List.of(Bodies.JSON), false),
    HEALTH_LIVE("/health/live", List.of("GET"), List.of(Bodies.JSON), true),
    HEALTH_READY("/health/ready", List.of("GET"), List.of(Bodies.JSON), true),
    PROBLEM("/problems/{error}", List.of("GET"), List.of("text/html"), false),
    RULE_BOOK("/", List.of("GET"), List.of("text/html"), false),
    RULE_BOOK_INDEX("/index.html", List.of("GET"), List.of("text/html"), false),
    RULE_BOOK_PAGE("/rule-sets/{page}", List.of("GET"), List.of("text/html"), false),
    SOURCES("/sources.html", List.of("GET"), List.of("text/html"), false),
    SOURCE("/sources/{name}", List.of("GET"), List.of("text/plain"), false),
    ASSET("/assets/{name}", List.of("GET"), List.of("text/css", "text/javascript"), false);

    private final String pattern;
    private final Pattern regex;
    private final List<String> methods;
    private final List<String> produces;
    private final boolean open;

    ServiceRoute(String pattern, List<String> methods, List<String> produces, boolean open) {
        this.pattern = pattern;
        // a path parameter is one segment of plain characters; a trailing slash is the same route
        this.regex = Pattern.compile(pattern.equals("/") ? "/" : pattern.replace(".", "\\.").replaceAll("\\{[a-z]+}", "[A-Za-z0-9._-]{1,200}")
                + "/?");
        this.methods = methods;
        this.produces = produces;
        this.open = open;
    }

    String pattern() {
        return pattern;
    }

    List<String> methods() {
        return methods;
    }

    /** What an {@code Allow} header lists. */
    String allow() {
        return Front.allow(methods);
    }

    List<String> produces() {
        return produces;
    }

    /** True for the health probes, which answer without the token unless the service is told otherwise. */
    boolean open() {
        return open;
    }

    /** The route of {@code path} as sent (not decoded), or null. */
    static ServiceRoute match(String path) {
        if (path == null || path.length() > 1000) {
            return null;
        }
        for (ServiceRoute r : values()) {
            if (r.regex.matcher(path).matches()) {
                return r;
            }
        }
        return null;
    }
}
