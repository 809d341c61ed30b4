package org.senrules.server.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.senrules.core.Violation;

/**
 * The one shape of every error the service answers: RFC 9457 problem details
 * ({@code application/problem+json}) with {@code type}, {@code title}, {@code status} and
 * {@code detail}, and the contract's members kept beside them as extension members:
 * {@code error} (the code clients have always read), {@code violations} for a request the engine
 * refuses, and {@code message} (the same sentence as {@code detail}) for every other error, so
 * nothing that read the service's errors before breaks. Every error body is written here: the
 * routes', the decisions endpoint's, and Jetty's own (a malformed request line, a bad
 * {@code Content-Length}, an ambiguous path), so none is an HTML page or repeats the input.
 *
 * <p>{@code type} is a relative reference, {@code /problems/<error>}, which the service answers
 * with the problem's description, so a client can follow it from any service it calls.
 */
final class Problems {
    static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_PREFIX = "/problems/";

    /** Each error code, its title (the same for every occurrence, as RFC 9457 asks) and when it is answered. */
    static final Map<String, String[]> KINDS = kinds();

    private Problems() {
    }

    private static Map<String, String[]> kinds() {
        Map<String, String[]> k = new LinkedHashMap<>();
        k.put("invalid-request", new String[] {"The request is not valid",
            "400 when the body is not UTF-8 JSON; 422 when the engine refuses it. Every violation is listed with its path."});
        k.put("bad-query", new String[] {"A query parameter is not valid",
            "400: a query parameter has a value the endpoint does not take; the detail names the parameter and the values it takes."});
        k.put("bad-request", new String[] {"The HTTP request is malformed",
            "400: the request line, a header (such as Content-Length) or the path could not be read."});
        k.put("unauthorized", new String[] {"A bearer token is needed",
            "401: the service was started with a token and the request did not carry it (Authorization: Bearer <token>)."});
        k.put("forbidden", new String[] {"Not allowed",
            "403: reloading without a configured token, or a cross-origin request from an origin the service was not told to allow."});
        k.put("not-found", new String[] {"No such resource", "404: no such endpoint, rule set, page or problem type."});
        k.put("method-not-allowed", new String[] {"Method not allowed", "405: the path exists; the Allow header lists its methods."});
        k.put("not-acceptable", new String[] {"No acceptable representation",
            "406: the Accept header names no media type this endpoint produces; the detail lists those it does."});
        k.put("timeout", new String[] {"The request took too long",
            "408 when the body did not arrive in time or arrived too slowly; 503 when deciding took longer than the service's limit."});
        k.put("too-large", new String[] {"The request is too large", "413 for a body over the limit; 431 for headers over theirs."});
        k.put("unsupported-media-type", new String[] {"Unsupported media type", "415: the body's Content-Type is not one this endpoint reads."});
        k.put("busy", new String[] {"The service is busy", "503 with Retry-After: every place for decisions is taken."});
        k.put("not-ready", new String[] {"The service is not ready", "503: the rules are compiling, or did not compile."});
        k.put("internal", new String[] {"The service failed", "500: an unexpected failure; the service's log says where."});
        return k;
    }

    static String title(String error) {
        String[] kind = KINDS.get(error);
        return kind == null ? "Error" : kind[0];
    }

    /** A problem with a sentence of detail (which must repeat no input). */
    static ObjectNode of(int status, String error, String detail) {
        ObjectNode o = head(status, error, detail);
        o.put("message", detail);
        return o;
    }

    /** The contract's {@code invalid-request}: every violation, with its path. */
    static ObjectNode invalid(int status, List<Violation> violations) {
        ObjectNode o = head(status, "invalid-request", violations.size() == 1 ? "1 violation: see violations"
                : violations.size() + " violations: see violations");
        ArrayNode list = o.putArray("violations");
        for (Violation v : violations) {
            list.addObject().put("path", v.path()).put("message", v.message());
        }
        return o;
    }

    private static ObjectNode head(int status, String error, String detail) {
        return Json.object().put("type", TYPE_PREFIX + error).put("title", title(error)).put("status", status).put("detail", detail)
                .put("error", error);
    }

    /** The page at {@code /problems/<error>}: what the problem type means. */
    static String page(String error) {
        String[] kind = KINDS.get(error);
        if (kind == null) {
            return null;
        }
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + kind[0] + "</title></head><body><h1>"
                + kind[0] + "</h1><p>Problem type <code>" + TYPE_PREFIX + error + "</code> (error <code>" + error + "</code>).</p><p>"
                + kind[1].replace("<", "&lt;").replace(">", "&gt;") + "</p></body></html>";
    }
}
