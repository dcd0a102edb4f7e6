package io.conversa.inbox.web;

import io.conversa.core.DomainException;
import io.conversa.identity.CurrentUser;
import io.conversa.inbox.internal.MediaStore;
import java.util.UUID;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Received media files, for signed-in users of the workspace only. */
@Controller
class MediaController {

    private final MediaStore media;

    MediaController(MediaStore media) {
        this.media = media;
    }

    @GetMapping("/media/{messageId}")
    ResponseEntity<Resource> download(CurrentUser user, @PathVariable UUID messageId) {
        MediaStore.StoredMedia stored = media.find(user.workspaceId().value(), messageId)
                .orElseThrow(() -> DomainException.notFound("Media", messageId));
        boolean inline = stored.mimeType().startsWith("image/")
                || stored.mimeType().startsWith("audio/")
                || stored.mimeType().startsWith("video/");
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(
                        stored.filename() == null ? messageId.toString() : stored.filename(),
                        java.nio.charset.StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(stored.mimeType()))
                .contentLength(stored.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
                .body(new FileSystemResource(stored.path()));
    }
}
