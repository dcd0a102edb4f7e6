package io.conversa.sandbox.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error answer of the Graph API in Meta's shape: {@code {"error": {"message", "type", "code", "error_subcode"?,
 * "error_data"?: {"messaging_product", "details"}, "fbtrace_id"}}}.
 */
public record GraphError(int httpStatus, int code, Integer subcode, String type, String message, String details) {

    public static final int INVALID_PARAMETER = 100;
    public static final int ACCESS_TOKEN = 190;
    public static final int MISSING_PARAMETER = 131008;
    public static final int TEMPLATE_PARAMETER_COUNT = 132000;

    public static GraphError invalidToken() {
        return new GraphError(
                401,
                ACCESS_TOKEN,
                null,
                "OAuthException",
                "Invalid OAuth access token - Cannot parse access token",
                null);
    }

    /** An id that is neither the sandbox number nor a stored media file. */
    public static GraphError unknownObject(String id, String method) {
        return new GraphError(
                400,
                INVALID_PARAMETER,
                33,
                "GraphMethodException",
                "Unsupported " + method + " request. Object with ID '" + id + "' does not exist, cannot be loaded due"
                        + " to missing permissions, or does not support this operation.",
                null);
    }

    public static GraphError invalidParameter(String details) {
        return new GraphError(400, INVALID_PARAMETER, null, "OAuthException", "(#100) Invalid parameter", details);
    }

    public static GraphError missingParameter(String details) {
        return new GraphError(
                400, MISSING_PARAMETER, null, "OAuthException", "(#131008) Required parameter is missing", details);
    }

    public static GraphError templateParameterCount(String details) {
        return new GraphError(
                400,
                TEMPLATE_PARAMETER_COUNT,
                null,
                "OAuthException",
                "(#132000) Number of parameters does not match the expected number of params",
                details);
    }

    public static GraphError unknown() {
        return new GraphError(500, 1, null, "OAuthException", "An unknown error occurred", null);
    }

    public GraphApiException exception() {
        return new GraphApiException(this);
    }

    public Map<String, Object> body() {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("type", type);
        error.put("code", code);
        if (subcode != null) {
            error.put("error_subcode", subcode);
        }
        if (details != null) {
            error.put("error_data", Map.of("messaging_product", "whatsapp", "details", details));
        }
        error.put("fbtrace_id", Wamids.trace());
        return Map.of("error", error);
    }

    /** Thrown where a Graph call is refused; the fake Graph controllers answer it with {@link #body()}. */
    public static final class GraphApiException extends RuntimeException {

        private final transient GraphError error;

        GraphApiException(GraphError error) {
            super(error.message() + (error.details() == null ? "" : ": " + error.details()));
            this.error = error;
        }

        public GraphError error() {
            return error;
        }
    }
}
