package io.conversa.live.web;

import io.conversa.identity.CurrentUser;
import io.conversa.live.internal.SseSubscribers;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /live/events}: the signed-in user's workspace's notices as Server-Sent Events ({@code event:} message,
 * status, conversation, resync or ready; {@code data:} the notice as JSON; {@code id:} where the stream stands). A
 * browser's EventSource reconnects by itself and sends {@code Last-Event-ID}, so it gets what it missed, or a resync.
 * 503 when this instance already serves as many streams as it allows for the workspace or the user.
 */
@RestController
class LiveEventsController {

    private final SseSubscribers subscribers;

    LiveEventsController(SseSubscribers subscribers) {
        this.subscribers = subscribers;
    }

    @GetMapping(path = "/live/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    ResponseEntity<SseEmitter> events(
            CurrentUser me, @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
        return subscribers
                .open(me.workspaceId().value(), me.userId(), lastEventId)
                .map(emitter -> ResponseEntity.ok()
                        .header("Cache-Control", "no-cache")
                        .header("X-Accel-Buffering", "no") // nginx: do not buffer the stream
                        .body(emitter))
                .orElseGet(() ->
                        ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build());
    }
}
