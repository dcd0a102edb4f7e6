package io.conversa.whatsapp.web;

import io.conversa.settings.Channels;
import io.conversa.whatsapp.internal.WebhookIntake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /webhooks/whatsapp}: Meta's verification handshake (GET) and event deliveries (POST, signed). A delivery
 * is answered 200 only once stored; 503 when the database is unavailable, so Meta delivers it again later.
 */
@RestController
@RequestMapping("/webhooks/whatsapp")
class WebhookController {

    private static final Logger log = LoggerFactory.getLogger(WebhookController.class);

    private final WebhookIntake intake;
    private final Channels channels;

    WebhookController(WebhookIntake intake, Channels channels) {
        this.intake = intake;
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

    @PostMapping
    ResponseEntity<Void> receive(
            @RequestBody(required = false) byte[] body,
            @RequestHeader(name = "X-Hub-Signature-256", required = false) String signature) {
        byte[] bytes = body == null ? new byte[0] : body;
        try {
            return switch (intake.accept(bytes, signature)) {
                case STORED -> ResponseEntity.ok().build();
                case UNAUTHORIZED ->
                    ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
                case NOT_JSON -> ResponseEntity.badRequest().build();
            };
        } catch (DataAccessException | TransactionException e) {
            log.error("Webhook delivery not stored, answering 503 so Meta retries: {}", e.getMessage());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
        }
    }
}
