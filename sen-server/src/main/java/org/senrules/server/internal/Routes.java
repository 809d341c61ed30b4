package org.senrules.server.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.senrules.core.InvalidRequestException;
import org.senrules.core.RuleSetException;
import org.senrules.core.RuleSetInfo;
import org.senrules.core.RuleSetProblem;
import org.senrules.core.SenRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's routes on Javalin (Jetty 12), except {@code POST /v1/decisions}, which
 * {@link DecisionsEndpoint} answers on Jetty's own API ahead of Javalin; ahead of both, {@link Front}
 * (request id, security headers, CORS, the route table, the token, the whole body, the access log).
 * Errors are problem bodies ({@link Problems}), Jetty's own included ({@link ProblemErrorHandler}).
 */
public final class Routes {
    private static final Logger ACCESS = LoggerFactory.getLogger("org.senrules.server.access");
    private static final Logger LOG = LoggerFactory.getLogger(Routes.class);
    private static final String VERSION = "1.0.0";
    /** The most a request line and its headers may take together. */
    static final int MAX_HEADER_BYTES = 8 * 1024;
    private final ServiceSettings settings;
    private final Engines engines;
    private final Gate gate;
    private final DecisionsEndpoint decisions;
    private final SimulationsEndpoint simulations;
    private final Front front;
    private final ClientConnections connections;
    /** What {@code /health/ready} looks at, in order; each adds its members to the answer. */
    private final List<ReadinessCheck> readiness = new ArrayList<>();
    private final ValuesInForce values;
    private final RecordsEndpoint records;
    private Javalin app;
    private Server server;

    public Routes(ServiceSettings settings) {
        this.settings = settings;
        this.engines = new Engines(settings.engine());
        this.gate = new Gate(settings);
        this.decisions = new DecisionsEndpoint(engines, gate, settings);
        this.simulations = new SimulationsEndpoint(engines, settings);
        this.front = new Front(settings, gate);
        this.connections = new ClientConnections(settings.maxConnectionsPerClient());
        this.values = new ValuesInForce(engines, java.time.Clock.systemDefaultZone());
        this.records = new RecordsEndpoint(engines, settings);
        readiness.add(this::rulesCompiled);
        // no value in force has expired; the earliest day a value ends
        readiness.add(values::check);
    }

    /** Clients cut off because their body arrived too slowly or not in time. */
    public long slowClientsCutOff() {
        return front.slowClientsCutOff();
    }

    /** Connections closed because their client address held as many as allowed. */
    public long connectionsRefused() {
        return connections.refused();
    }

    public ServiceSettings settings() {
        return settings;
    }

    public Engines engines() {
        return engines;
    }

    public int port() {
        return app.port();
    }

    public synchronized void start() {
        app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.jetty.host = settings.host();
            cfg.jetty.port = settings.port();
            cfg.jetty.threadPool = threadPool(settings);
            cfg.jetty.modifyHttpConfiguration(http -> {
                // the request line and headers together; more is 431 (414 for a longer path), as a problem
                http.setRequestHeaderSize(MAX_HEADER_BYTES);
                http.setSendServerVersion(false);
            });
            cfg.jetty.modifyServer(server -> {
                this.server = server;
                // POST /v1/decisions on Jetty's own API, ahead of the servlet layer and Javalin's router;
                // and ahead of it, what every request passes (Front)
                server.insertHandler(decisions);
                server.insertHandler(front);
                server.setErrorHandler(new ProblemErrorHandler());
            });
            cfg.http.maxRequestSize = settings.maxBodyBytes();
            cfg.http.generateEtags = false;
            cfg.routes.before(ctx -> {
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Cache-Control", "no-store");
                ctx.header("Referrer-Policy", "no-referrer");
            });
            cfg.routes.get("/health", this::health);
            cfg.routes.get("/health/live", ctx -> json(ctx, Json.object().put("status", "live")));
            cfg.routes.get("/health/ready", this::ready);
            cfg.routes.get("/openapi.json", ctx -> json(ctx, OpenApiDocument.document(engines.engine(), VERSION, gate.hasToken(),
                    settings.publicUrl())));
            cfg.routes.get("/v1/rule-sets", ctx -> json(ctx, RuleSetsEndpoint.list(engines.engine())));
            cfg.routes.get("/v1/rule-sets/{id}", ctx -> {
                SenRules e = engines.engine();
                json(ctx, RuleSetsEndpoint.detail(e, RuleSetsEndpoint.find(e, ctx.pathParam("id"))));
            });
            cfg.routes.get("/v1/rule-sets/{id}/schema", ctx -> {
                SenRules e = engines.engine();
                ctx.contentType("application/schema+json").result(Json.pretty(
                        CaseSchema.document(RuleSetsEndpoint.find(e, ctx.pathParam("id")), base())));
            });
            // POST /v1/decisions is answered before Javalin: see DecisionsEndpoint
            cfg.routes.post("/v1/simulations", gated(simulations::handle));
            cfg.routes.post("/v1/reload", this::reload);
            cfg.routes.get("/problems/{error}", ctx -> {
                String page = Problems.page(ctx.pathParam("error"));
                if (page == null) {
                    throw ApiError.of(404, "not-found", "no such problem type; the types are /problems/ followed by one of "
                            + Problems.KINDS.keySet());
                }
                html(ctx, page);
            });
            cfg.routes.post("/v1/decision-records", gated(records::record));
            cfg.routes.post("/v1/replays", gated(records::replay));
            cfg.routes.get("/", ctx -> html(ctx, RuleBook.index(engines.engine(), false)));
            cfg.routes.get("/index.html", ctx -> html(ctx, RuleBook.index(engines.engine(), false)));
            cfg.routes.get("/rule-sets/{page}", ctx -> {
                String page = ctx.pathParam("page");
                if (!page.endsWith(".html")) {
                    throw ApiError.of(404, "not-found", "no such page");
                }
                SenRules e = engines.engine();
                html(ctx, RuleBook.page(e, RuleSetsEndpoint.find(e, page.substring(0, page.length() - 5)), false));
            });
            cfg.routes.get("/sources.html", ctx -> html(ctx, RuleBook.sources(engines.engine(), false)));
            cfg.routes.get("/sources/{name}", ctx -> {
                String name = ctx.pathParam("name");
                if (!RuleBook.SOURCES.contains(name)) {
                    throw ApiError.of(404, "not-found", "no such source document");
                }
                ctx.contentType("text/plain; charset=utf-8").result(RuleBook.source(name));
            });
            cfg.routes.get("/assets/{name}", ctx -> {
                String name = ctx.pathParam("name");
                if (!RuleBook.ASSETS.contains(name)) {
                    throw ApiError.of(404, "not-found", "no such asset");
                }
                ctx.contentType(name.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8")
                        .result(RuleBook.asset(name));
            });
            cfg.routes.exception(ApiError.class, (e, ctx) -> error(ctx, e));
            cfg.routes.exception(InvalidRequestException.class, (e, ctx) -> error(ctx, ApiError.invalid(422, e)));
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                // the class and place only: an exception's message might quote a request
                StackTraceElement at = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
                LOG.error("request failed: {} at {}", e.getClass().getName(), at);
                error(ctx, ApiError.of(500, "internal", "the service failed on this request; its log says where"));
            });
            cfg.routes.error(404, ctx -> {
                String type = ctx.res().getContentType();
                if (type == null || !type.startsWith(Problems.MEDIA_TYPE)) {
                    error(ctx, ApiError.of(404, "not-found", "no such endpoint; see /openapi.json for the service's paths"));
                }
            });
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot listen on " + settings.host() + ":" + settings.port() + ": " + e.getMessage(), e);
        }
        for (Connector c : server.getConnectors()) {
            c.addEventListener(connections);
        }
        engines.startCompiling();
    }

    public synchronized void stop() {
        if (app != null) {
            app.stop();
        }
    }

    /**
     * Jetty's threads: one per place for decisions, and a few more for the acceptor, the selector
     * and the endpoints that do not decide (health, rule sets, the rule book), so that a service
     * whose places are all taken by streams still answers them. Javalin's default is 250 threads;
     * on two cores, more runnable threads than places only switch between one another.
     */
    static QueuedThreadPool threadPool(ServiceSettings settings) {
        // a stream holds its thread while it reads: those threads are set aside beside the deciders'
        int max = settings.maxConcurrent() + settings.maxStreams() + 8;
        QueuedThreadPool pool = new QueuedThreadPool(max, Math.min(8, max), 60_000);
        pool.setName("sen-http");
        return pool;
    }

    private Handler gated(Handler h) {
        return ctx -> gate.run(() -> h.handle(ctx));
    }

    private void health(Context ctx) {
        ObjectNode o = Json.object();
        if (engines.ready()) {
            o.put("status", "ready");
            ArrayNode sets = o.putArray("ruleSets");
            for (RuleSetInfo i : engines.engine().ruleSets()) {
                sets.addObject().put("id", i.id()).put("version", i.version());
            }
            json(ctx, o);
            return;
        }
        RuntimeException failure = engines.failure();
        o.put("status", failure == null ? "starting" : "failed");
        if (failure instanceof RuleSetException r) {
            ArrayNode problems = o.putArray("problems");
            for (RuleSetProblem p : r.problems()) {
                problems.add(p.toString());
            }
        }
        if (failure == null) {
            ctx.header("Retry-After", "5");
        }
        ctx.status(503);
        json(ctx, o);
    }

    /**
     * {@code GET /health/ready}: 200 while every readiness check passes, 503 (with the failing
     * check's members) otherwise. Load balancers send traffic only to a ready service; it needs no
     * token unless the service is started with the health probes private.
     */
    private void ready(Context ctx) {
        ObjectNode o = Json.object();
        boolean ready = true;
        for (ReadinessCheck c : readiness) {
            ready &= c.check(o);
            if (!ready) {
                break;
            }
        }
        o.put("status", ready ? "ready" : "not-ready");
        if (!ready) {
            ctx.status(503).header("Retry-After", "5");
        }
        json(ctx, o);
    }

    /** The rules have compiled. */
    private boolean rulesCompiled(ObjectNode answer) {
        boolean compiled = engines.ready();
        answer.put("rules", compiled ? "compiled" : engines.failure() == null ? "compiling" : "failed");
        return compiled;
    }

    private void reload(Context ctx) {
        if (!gate.hasToken()) {
            throw ApiError.of(403, "forbidden", "reloading needs a bearer token: start the service with SEN_API_TOKEN set");
        }
        SenRules engine = engines.engine();
        try {
            engines.reload();
        } catch (RuleSetException e) {
            ObjectNode o = Json.object().put("error", "rules-invalid").put("message", "the new files have errors; the rules"
                    + " loaded before keep serving");
            ArrayNode problems = o.putArray("problems");
            for (RuleSetProblem p : e.problems()) {
                problems.add(p.toString());
            }
            ctx.status(422);
            json(ctx, o);
            return;
        }
        ObjectNode o = Json.object().put("reloaded", true);
        ArrayNode sets = o.putArray("ruleSets");
        engine.ruleSets().forEach(i -> sets.addObject().put("id", i.id()).put("version", i.version()));
        json(ctx, o);
    }

    private static void json(Context ctx, ObjectNode body) {
        ctx.contentType(Bodies.JSON).result(Json.pretty(body));
    }

    private static void html(Context ctx, String page) {
        ctx.contentType("text/html; charset=utf-8").header("Content-Security-Policy",
                "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; form-action 'self'")
                .result(page);
    }

    private static void error(Context ctx, ApiError e) {
        ctx.status(e.status);
        for (Map.Entry<String, String> h : e.headers.entrySet()) {
            ctx.header(h.getKey(), h.getValue());
        }
        ctx.contentType(Problems.MEDIA_TYPE).result(Json.pretty(e.body));
    }

    /**
     * The base of the schemas' {@code $id}s: the public address the service was given, or none,
     * so that each {@code $id} is a path relative to wherever the client fetched it from (never
     * the address the service binds, which behind a proxy no client can reach).
     */
    private String base() {
        if (settings.publicUrl() == null) {
            return "/";
        }
        String url = settings.publicUrl().toString();
        return url.endsWith("/") ? url : url + "/";
    }
}
