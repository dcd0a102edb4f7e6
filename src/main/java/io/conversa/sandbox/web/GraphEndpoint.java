package io.conversa.sandbox.web;

import io.conversa.sandbox.internal.GraphError;
import io.conversa.sandbox.internal.GraphError.GraphApiException;
import io.conversa.sandbox.internal.SandboxNumber;
import io.conversa.sandbox.internal.WebhookEnvelopes;
import jakarta.servlet.ServletException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * What every fake Graph endpoint shares: the bearer check against {@code conversa.whatsapp.access-token}, the phone
 * number id check, and errors answered in Meta's shape (these handlers run before the app's problem-details advice).
 */
abstract class GraphEndpoint {

    static final String VERSION = "/{version:v\\d+\\.\\d+}";
    private static final Logger log = LoggerFactory.getLogger(GraphEndpoint.class);

    private final Environment environment;

    GraphEndpoint(Environment environment) {
        this.environment = environment;
    }

    /** The sandbox number, when the request carries its access token; else Meta's 401 (code 190). */
    SandboxNumber authorize(String authorization) {
        SandboxNumber number = SandboxNumber.from(environment);
        String token = bearerToken(authorization);
        if (token == null || number.accessToken().isBlank() || !constantTimeEquals(token, number.accessToken())) {
            throw GraphError.invalidToken().exception();
        }
        return number;
    }

    /** As {@link #authorize}, and the path's phone number id must be the sandbox number's (else code 100). */
    SandboxNumber authorizeNumber(String authorization, String phoneNumberId, String method) {
        SandboxNumber number = authorize(authorization);
        if (!number.phoneNumberId().equals(phoneNumberId)) {
            throw GraphError.unknownObject(phoneNumberId, method).exception();
        }
        return number;
    }

    @ExceptionHandler(GraphApiException.class)
    ResponseEntity<Map<String, Object>> refused(GraphApiException e) {
        return answer(e.error());
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, ServletException.class, MultipartException.class})
    ResponseEntity<Map<String, Object>> badRequest(Exception e) {
        return answer(GraphError.invalidParameter(e.getMessage()));
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<Map<String, Object>> unexpected(RuntimeException e) {
        log.warn("Fake Graph API failed", e);
        return answer(GraphError.unknown());
    }

    private static ResponseEntity<Map<String, Object>> answer(GraphError error) {
        return ResponseEntity.status(error.httpStatus()).body(error.body());
    }

    private static String bearerToken(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return authorization.substring(7).strip();
    }

    private static boolean constantTimeEquals(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    /** A request body as Meta reads it: a JSON object (empty when there is none), else error 100. */
    protected static JsonNode json(byte[] body) {
        if (body == null || body.length == 0) {
            return WebhookEnvelopes.JSON.createObjectNode();
        }
        try {
            JsonNode json = WebhookEnvelopes.JSON.readTree(body);
            if (!json.isObject()) {
                throw GraphError.invalidParameter("The body must be a JSON object")
                        .exception();
            }
            return json;
        } catch (JacksonException e) {
            throw GraphError.invalidParameter("The body is not valid JSON").exception();
        }
    }
}
