package io.conversa.payments.internal;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One webhook delivery as it arrived: the raw body (signatures are over these exact bytes), the headers (looked up in
 * any case) and the query parameters.
 */
public record WebhookCall(byte[] body, Map<String, String> headers, Map<String, String> query) {

    public WebhookCall {
        body = body == null ? new byte[0] : body.clone();
        TreeMap<String, String> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            byName.putAll(headers);
        }
        headers = Collections.unmodifiableMap(byName);
        query = query == null ? Map.of() : Map.copyOf(query);
    }

    public WebhookCall(byte[] body, Map<String, String> headers) {
        this(body, headers, Map.of());
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The body as text (UTF-8). */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** A header's value, whatever the case of its name; null when absent or blank. */
    public String header(String name) {
        return blankToNull(headers.get(name));
    }

    /** A query parameter's value; null when absent or blank. */
    public String query(String name) {
        return blankToNull(query.get(name));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
