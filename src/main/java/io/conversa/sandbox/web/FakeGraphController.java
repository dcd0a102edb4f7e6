package io.conversa.sandbox.web;

import io.conversa.sandbox.internal.DeliverySimulator;
import io.conversa.sandbox.internal.GraphError;
import io.conversa.sandbox.internal.OutboundMessage;
import io.conversa.sandbox.internal.SandboxConversations;
import io.conversa.sandbox.internal.SandboxMediaStore;
import io.conversa.sandbox.internal.SandboxMediaStore.StoredMedia;
import io.conversa.sandbox.internal.SandboxNumber;
import io.conversa.sandbox.internal.SendRequests;
import io.conversa.sandbox.internal.Wamids;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * The fake Cloud API's messages and objects, in Meta's wire format under {@code /sandbox/graph/v<version>}: sends
 * and mark-as-read ({@code POST /{phone-number-id}/messages}), the number's info ({@code GET /{phone-number-id}})
 * and media metadata ({@code GET /{media-id}}).
 */
@RestController
@RequestMapping("/sandbox/graph")
@ConditionalOnProperty(name = "conversa.sandbox.enabled", havingValue = "true")
class FakeGraphController extends GraphEndpoint {

    private final SandboxConversations conversations;
    private final SandboxMediaStore media;
    private final DeliverySimulator delivery;

    FakeGraphController(
            Environment environment,
            SandboxConversations conversations,
            SandboxMediaStore media,
            DeliverySimulator delivery) {
        super(environment);
        this.conversations = conversations;
        this.media = media;
        this.delivery = delivery;
    }

    @PostMapping(VERSION + "/{phoneNumberId}/messages")
    Map<String, Object> send(
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @PathVariable String phoneNumberId,
            @RequestBody(required = false) byte[] body) {
        authorizeNumber(authorization, phoneNumberId, "post");
        JsonNode request = json(body);
        if (SendRequests.isMarkAsRead(request)) {
            conversations.markReadUpTo(SendRequests.messageIdToMarkRead(request));
            return Map.of("success", true);
        }
        OutboundMessage message = SendRequests.parse(request, media::contains);
        String wamid = Wamids.message();
        conversations.addBusinessMessage(message.waId(), wamid, message.content());
        delivery.simulate(wamid, message);
        return accepted(message, wamid);
    }

    /** The sandbox number's info, or a stored media file's metadata: both live at {@code /{id}} in Graph. */
    @GetMapping(VERSION + "/{objectId}")
    Map<String, Object> object(
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @PathVariable String objectId) {
        SandboxNumber number = authorize(authorization);
        if (objectId.equals(number.phoneNumberId())) {
            return numberInfo(number);
        }
        return media.find(objectId)
                .map(FakeGraphController::mediaMetadata)
                .orElseThrow(() -> GraphError.unknownObject(objectId, "get").exception());
    }

    private static Map<String, Object> accepted(OutboundMessage message, String wamid) {
        Map<String, Object> sent = new LinkedHashMap<>();
        sent.put("id", wamid);
        if (message.isTemplate()) {
            sent.put("message_status", "accepted");
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("messaging_product", "whatsapp");
        answer.put("contacts", List.of(Map.of("input", message.input(), "wa_id", message.waId())));
        answer.put("messages", List.of(sent));
        return answer;
    }

    private static Map<String, Object> numberInfo(SandboxNumber number) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("verified_name", SandboxNumber.VERIFIED_NAME);
        info.put("display_phone_number", number.displayPhoneNumber());
        info.put("quality_rating", "GREEN");
        info.put("throughput", Map.of("level", "STANDARD"));
        info.put("id", number.phoneNumberId());
        return info;
    }

    private static Map<String, Object> mediaMetadata(StoredMedia stored) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("messaging_product", "whatsapp");
        metadata.put(
                "url",
                ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path(FakeGraphMediaController.DOWNLOAD_PATH)
                        .buildAndExpand(stored.id())
                        .toUriString());
        metadata.put("mime_type", stored.mimeType());
        metadata.put("sha256", stored.sha256());
        metadata.put("file_size", stored.size());
        metadata.put("id", stored.id());
        return metadata;
    }
}
