package org.senrules.server.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every request passes first, on Jetty's own API ahead of the decisions endpoint and
 * Javalin: its request id, the service's security headers, CORS, the route table (404 for no
 * such path, 405 with {@code Allow} for a method the path does not take, 406 for an
 * {@code Accept} it cannot meet), the bearer token, the whole body read within its bounds
 * ({@link WholeBody}) before anything else happens, and the access log line: method, route
 * pattern, status, time and request id; never a body, a query, a header's value or a case id.
 */
final class Front extends Handler.Wrapper {
    private static final Logger ACCESS = LoggerFactory.getLogger("org.senrules.server.access");
    static final String REQUEST_ID = "X-Request-Id";
    /** A request id a client may give: short, and nothing a log could be confused by. */
    private static final Pattern WELL_FORMED_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    static final HttpField NOSNIFF = new PreEncodedHttpField("X-Content-Type-Options", "nosniff");
    static final HttpField NO_STORE = new PreEncodedHttpField(HttpHeader.CACHE_CONTROL, "no-store");
    static final HttpField NO_REFERRER = new PreEncodedHttpField("Referrer-Policy", "no-referrer");
    private static final String CORS_HEADERS = "Authorization, Content-Type, Accept, X-Request-Id";
    private static final String CORS_EXPOSED = "X-Request-Id, Retry-After, Content-Disposition, WWW-Authenticate, Allow";

    private final ServiceSettings settings;
    private final Gate gate;
    private final Set<String> origins;
    private final AtomicLong slowClientsCutOff = new AtomicLong();

    Front(ServiceSettings settings, Gate gate) {
        this.settings = settings;
        this.gate = gate;
        this.origins = Set.copyOf(settings.corsOrigins());
    }

    long slowClientsCutOff() {
        return slowClientsCutOff.get();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long start = System.nanoTime();
        String method = request.getMethod();
        String path = request.getHttpURI().getPath();
        ServiceRoute route = ServiceRoute.match(path);
        String id = requestId(request.getHeaders().get(REQUEST_ID));
        HttpFields.Mutable h = response.getHeaders();
        securityHeaders(h);
        h.put(REQUEST_ID, id);
        request.setAttribute(REQUEST_ID, id);
        Callback logged = new Logged(callback, response, method, route, start, id);
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        boolean corsAllowed = origin != null && origins.contains(origin.toLowerCase(Locale.ROOT));
        if (corsAllowed) {
            h.put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
            h.put(HttpHeader.ACCESS_CONTROL_EXPOSE_HEADERS, CORS_EXPOSED);
        }
        if (!origins.isEmpty()) {
            h.add(HttpHeader.VARY, "Origin");
        }
        try {
            if (route == null) {
                throw ApiError.of(404, "not-found", "no such endpoint; see /openapi.json for the service's paths");
            }
            if ("OPTIONS".equals(method)) {
                options(request, response, logged, route, origin, corsAllowed);
                return true;
            }
            if (!route.methods().contains(method)) {
                throw ApiError.of(405, "method-not-allowed", "this path takes " + String.join(" or ", route.methods()),
                        Map.of("Allow", route.allow()));
            }
            if (!route.open() || settings.healthNeedsToken()) {
                gate.authorize(request.getHeaders().get(HttpHeader.AUTHORIZATION));
            }
            if (route.produces().size() > 0 && Negotiation.best(request.getHeaders().get(HttpHeader.ACCEPT), route.produces()) == null) {
                throw ApiError.of(406, "not-acceptable", "this endpoint answers with " + String.join(" or ", route.produces())
                        + "; send an Accept header that takes one of them, or none");
            }
            if (hasBody(request) && !(route == ServiceRoute.DECISIONS
                    && Bodies.mediaType(request.getHeaders().get(HttpHeader.CONTENT_TYPE)).equals(Bodies.NDJSON))) {
                WholeBody.read(request, settings, slowClientsCutOff, new WholeBody.Then() {
                    @Override
                    public void handle(Request withBody) {
                        next(withBody, response, logged);
                    }

                    @Override
                    public void refuse(ApiError e, boolean close) {
                        problem(response, logged, e, close);
                    }
                });
                return true;
            }
            next(request, response, logged);
        } catch (ApiError e) {
            problem(response, logged, e, false);
        }
        return true;
    }

    /** Hands the request on to the decisions endpoint and Javalin; whatever fails there is answered as a problem. */
    private void next(Request request, Response response, Callback callback) {
        try {
            if (!super.handle(request, response, callback)) {
                problem(response, callback, ApiError.of(404, "not-found", "no such endpoint; see /openapi.json for the service's paths"),
                        false);
            }
        } catch (Exception e) {
            StackTraceElement at = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
            LoggerFactory.getLogger(Routes.class).error("request failed: {} at {}", e.getClass().getName(), at);
            problem(response, callback, ApiError.of(500, "internal", "the service failed on this request; its log says where"), false);
        }
    }

    /** {@code OPTIONS}: a CORS preflight (answered before the token is asked for), or the path's methods. */
    private void options(Request request, Response response, Callback callback, ServiceRoute route, String origin, boolean allowed) {
        HttpFields.Mutable h = response.getHeaders();
        boolean preflight = origin != null && request.getHeaders().contains(HttpHeader.ACCESS_CONTROL_REQUEST_METHOD);
        if (preflight && !allowed) {
            throw ApiError.of(403, "forbidden", origins.isEmpty()
                    ? "this service answers no cross-origin requests; start it with --cors-origin ORIGIN to allow a site"
                    : "this origin is not one the service was told to allow (--cors-origin)");
        }
        h.put("Allow", route.allow());
        if (preflight) {
            h.put(HttpHeader.ACCESS_CONTROL_ALLOW_METHODS, route.allow());
            h.put(HttpHeader.ACCESS_CONTROL_ALLOW_HEADERS, CORS_HEADERS);
            h.put(HttpHeader.ACCESS_CONTROL_MAX_AGE, "600");
        }
        response.setStatus(204);
        response.write(true, null, callback);
    }

    private static boolean hasBody(Request request) {
        long length = request.getLength();
        return length > 0 || length < 0 && request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
    }

    /** The client's id when it is well-formed and short; a new one otherwise. */
    static String requestId(String given) {
        return given != null && WELL_FORMED_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }

    static void securityHeaders(HttpFields.Mutable h) {
        h.put(NOSNIFF);
        h.put(NO_STORE);
        h.put(NO_REFERRER);
    }

    /** Answers {@code e} as a problem, unless the answer has begun; {@code close} ends the connection after it. */
    static void problem(Response response, Callback callback, ApiError e, boolean close) {
        if (response.isCommitted()) {
            callback.failed(new java.io.IOException("the answer had begun when the request failed"));
            return;
        }
        byte[] body = Json.pretty(e.body).getBytes(StandardCharsets.UTF_8);
        response.setStatus(e.status);
        HttpFields.Mutable h = response.getHeaders();
        h.put(HttpHeader.CONTENT_TYPE, Problems.MEDIA_TYPE);
        securityHeaders(h);
        for (Map.Entry<String, String> x : e.headers.entrySet()) {
            h.put(x.getKey(), x.getValue());
        }
        if (close) {
            h.put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        }
        h.put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /** Writes the access log line once the answer is sent (or has failed). */
    private static final class Logged implements Callback {
        private final Callback callback;
        private final Response response;
        private final String method;
        private final ServiceRoute route;
        private final long start;
        private final String id;

        Logged(Callback callback, Response response, String method, ServiceRoute route, long start, String id) {
            this.callback = callback;
            this.response = response;
            this.method = method;
            this.route = route;
            this.start = start;
            this.id = id;
        }

        private void log() {
            ACCESS.info("{} {} {} {}ms {}", method.length() > 16 ? "?" : method.replaceAll("[^A-Z]", "?"),
                    route == null ? "(no route)" : route.pattern(), response.getStatus(),
                    Math.round((System.nanoTime() - start) / 1e6), id);
        }

        @Override
        public void succeeded() {
            log();
            callback.succeeded();
        }

        @Override
        public void failed(Throwable x) {
            log();
            callback.failed(x);
        }

        @Override
        public InvocationType getInvocationType() {
            return callback.getInvocationType();
        }
    }

    /** The methods a route takes, as an {@code Allow} header lists them. */
    static String allow(List<String> methods) {
        return String.join(", ", methods) + ", OPTIONS";
    }
}
