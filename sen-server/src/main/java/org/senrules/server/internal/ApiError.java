package org.senrules.server.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * A request the service answers with an error status and a JSON body: {@code error} (a code
 * such as {@code invalid-request}, {@code too-large}, {@code busy}, {@code timeout},
 * {@code unauthorized}), and {@code message} or the contract's {@code violations}.
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
        return new ApiError(status, Json.error(error, message), Map.of());
    }

    static ApiError of(int status, String error, String message, Map<String, String> headers) {
        return new ApiError(status, Json.error(error, message), headers);
    }
}
