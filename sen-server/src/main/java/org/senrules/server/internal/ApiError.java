package org.senrules.server.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.senrules.core.InvalidRequestException;
import org.senrules.core.Violation;

/**
 * A request the service answers with an error status and a problem body ({@link Problems}):
 * {@code error} (a code such as {@code invalid-request}, {@code too-large}, {@code busy},
 * {@code timeout}, {@code unauthorized}), and {@code detail} or the contract's {@code violations}.
 */
final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;
    final transient ObjectNode body;
    final transient Map<String, String> headers;

    ApiError(int status, ObjectNode body, Map<String, String> headers) {
        super(body.path("error").asText(), null, false, false);
        this.status = status;
        this.body = body;
        this.headers = headers;
    }

    static ApiError of(int status, String error, String message) {
        return new ApiError(status, Problems.of(status, error, message), Map.of());
    }

    static ApiError of(int status, String error, String message, Map<String, String> headers) {
        return new ApiError(status, Problems.of(status, error, message), headers);
    }

    /** The contract's {@code invalid-request} with one violation. */
    static ApiError invalid(int status, String path, String message) {
        return new ApiError(status, Problems.invalid(status, List.of(new Violation(path, message))), Map.of());
    }

    static ApiError invalid(int status, InvalidRequestException e) {
        return new ApiError(status, Problems.invalid(status, e.violations()), Map.of());
    }
}
