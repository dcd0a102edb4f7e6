package io.conversa.whatsapp.web;

import io.conversa.settings.Channels;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /webhooks/whatsapp}: Meta's verification handshake. Deliveries (POST) are taken by {@link
 * WebhookIntakeFilter}.
 */
@RestController
@RequestMapping("/webhooks/whatsapp")
class WebhookController {

    private final Channels channels;

    WebhookController(Channels channels) {
        this.channels = channels;
    }

    @GetMapping(produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> verify(
            @RequestParam(name = "hub.mode", required = false) String mode,
            @RequestParam(name = "hub.verify_token", required = false) String token,
            @RequestParam(name = "hub.challenge", required = false) String challenge) {
        if ("subscribe".equals(mode) && challenge != null && channels.acceptsVerifyToken(token)) {
            return ResponseEntity.ok(challenge);
        }
        return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
    }
}
