package org.senrules.server.internal;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own errors (a request line or header it cannot parse, a bad {@code Content-Length}, an
 * ambiguous path such as {@code /%2e%2e/}, headers over their limit) answered as every other
 * error is: a problem body ({@link Problems}) with the security headers and a request id, never
 * Jetty's HTML page, and never the reason Jetty gives (which can quote the request).
 */
final class ProblemErrorHandler extends ErrorHandler {

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus();
        if (request.getAttribute(ERROR_STATUS) instanceof Integer s) {
            status = s;
        }
        if (status < 400) {
            status = 500;
        }
        Object id = request.getAttribute(Front.REQUEST_ID);
        response.getHeaders().put(Front.REQUEST_ID, id instanceof String s ? s : Front.requestId(null));
        Front.problem(response, callback, ApiError.of(status, error(status), detail(status)), status == 400 || status >= 408 && status < 500);
        return true;
    }

    static String error(int status) {
        return switch (status) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 408 -> "timeout";
            case 413, 414, 431 -> "too-large";
            case 415 -> "unsupported-media-type";
            case 503 -> "busy";
            default -> status < 500 ? "bad-request" : "internal";
        };
    }

    static String detail(int status) {
        return switch (status) {
            case 404 -> "no such endpoint; see /openapi.json for the service's paths";
            case 408 -> "the request did not arrive in time";
            case 413 -> "the body is over the service's limit";
            case 414 -> "the path and query are longer than the service reads";
            case 431 -> "the request's headers are larger than the service reads (" + Routes.MAX_HEADER_BYTES + " bytes)";
            default -> status < 500
                    ? "the HTTP request is malformed: its request line, a header (such as Content-Length) or its path cannot be read"
                    : "the service failed on this request; its log says where";
        };
    }
}
