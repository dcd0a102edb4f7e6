package io.conversa.sandbox.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error answer of the Graph API in Meta's shape: {@code {"error": {"message", "type", "code", "error_subcode"?,
 * "error_user_title"?, "error_user_msg"?, "error_data"?: {"messaging_product", "details"}, "fbtrace_id"}}}. The
 * user title and message (what Meta means to be shown to people, in their language) come with template refusals.
 */
public record GraphError(
        int httpStatus,
        int code,
        Integer subcode,
        String type,
        String message,
        String details,
        String userTitle,
        String userMessage) {

    public static final int INVALID_PARAMETER = 100;
    public static final int ACCESS_TOKEN = 190;
    public static final int MISSING_PARAMETER = 131008;
    public static final int TEMPLATE_PARAMETER_COUNT = 132000;

    /** {@code error_subcode} of a template whose name already has content in that language. */
    public static final int TEMPLATE_LANGUAGE_EXISTS = 2388024;

    public GraphError(int httpStatus, int code, Integer subcode, String type, String message, String details) {
        this(httpStatus, code, subcode, type, message, details, null, null);
    }

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

    /** A required parameter of a management call (template creation or deletion) is missing. */
    public static GraphError requiredParameter(String parameter) {
        return new GraphError(
                400,
                INVALID_PARAMETER,
                null,
                "OAuthException",
                "(#100) The parameter " + parameter + " is required.",
                null);
    }

    /** A template Meta would not take for review, with the reason for people. */
    public static GraphError invalidTemplate(String userTitle, String userMessage) {
        return new GraphError(
                400, INVALID_PARAMETER, null, "OAuthException", "Invalid parameter", null, userTitle, userMessage);
    }

    public static GraphError templateLanguageExists(String name, String language) {
        return new GraphError(
                400,
                INVALID_PARAMETER,
                TEMPLATE_LANGUAGE_EXISTS,
                "OAuthException",
                "Invalid parameter",
                null,
                "Ya existe contenido en este idioma",
                "La plantilla \"" + name + "\" ya tiene contenido en el idioma " + language
                        + ". Elige otro nombre o edita la existente.");
    }

    public static GraphError templateNotFound(String name) {
        return new GraphError(
                400,
                INVALID_PARAMETER,
                null,
                "OAuthException",
                "Invalid parameter",
                null,
                "No se encontró la plantilla",
                "No existe ninguna plantilla llamada \"" + name + "\" en esta cuenta.");
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
        if (userTitle != null) {
            error.put("error_user_title", userTitle);
        }
        if (userMessage != null) {
            error.put("error_user_msg", userMessage);
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
