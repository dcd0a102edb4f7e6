package io.conversa.sandbox.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook body serialized once, and its {@code X-Hub-Signature-256} header value: {@code sha256=} and the
 * lowercase hex HMAC-SHA256 of exactly these bytes keyed with the app secret.
 */
public record SignedWebhook(byte[] body, String signature) {

    public static final String SIGNATURE_HEADER = "X-Hub-Signature-256";

    public SignedWebhook {
        body = body.clone();
    }

    public static SignedWebhook sign(byte[] body, String appSecret) {
        return new SignedWebhook(body, "sha256=" + HexFormat.of().formatHex(hmacSha256(body, appSecret)));
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    static byte[] hmacSha256(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("Cannot compute HMAC-SHA256", e);
        }
    }
}
