package io.conversa.whatsapp;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.conversa.whatsapp.internal.WebhookSignature;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Builds Meta-shaped webhook deliveries and posts them signed, as Meta does. */
public final class WhatsAppTestSupport {

    public static final String PHONE_NUMBER_ID = "106540352242922";
    public static final String APP_SECRET = "test-app-secret-8f2a";
    public static final String ACCESS_TOKEN = "EAAG-test-access-token";
    public static final String VERIFY_TOKEN = "verify-me-123";

    private WhatsAppTestSupport() {}

    public static String envelope(String value) {
        return """
                {"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"field":"messages",
                "value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881",
                "phone_number_id":"%s"},%s}}]}]}""".formatted(PHONE_NUMBER_ID, value);
    }

    public static String text(String waId, String name, String wamid, Instant sentAt, String body) {
        return envelope("""
                "contacts":[{"profile":{"name":"%s"},"wa_id":"%s"}],
                "messages":[{"from":"%s","id":"%s","timestamp":"%d","type":"text","text":{"body":"%s"}}]""".formatted(name, waId, waId, wamid, sentAt.getEpochSecond(), body));
    }

    public static String image(String waId, String wamid, Instant sentAt, String mediaId) {
        return envelope("""
                "contacts":[{"profile":{"name":"Ana"},"wa_id":"%s"}],
                "messages":[{"from":"%s","id":"%s","timestamp":"%d","type":"image","image":{"caption":"Comprobante",
                "mime_type":"image/jpeg","sha256":"abc","id":"%s"}}]""".formatted(waId, waId, wamid, sentAt.getEpochSecond(), mediaId));
    }

    public static String status(String wamid, String status, Instant at, String recipient) {
        return envelope("""
                "statuses":[{"id":"%s","status":"%s","timestamp":"%d","recipient_id":"%s"}]""".formatted(wamid, status, at.getEpochSecond(), recipient));
    }

    public static String failed(String wamid, Instant at, String recipient, int code, String title) {
        return envelope("""
                "statuses":[{"id":"%s","status":"failed","timestamp":"%d","recipient_id":"%s",
                "errors":[{"code":%d,"title":"%s","message":"%s","error_data":{"details":"Message failed"}}]}]""".formatted(wamid, at.getEpochSecond(), recipient, code, title, title));
    }

    public static ResultActions deliver(MockMvc mvc, String json) throws Exception {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return mvc.perform(post("/webhooks/whatsapp")
                .contentType(MediaType.APPLICATION_JSON)
                .header("X-Hub-Signature-256", "sha256=" + WebhookSignature.sign(body, APP_SECRET))
                .content(body));
    }
}
