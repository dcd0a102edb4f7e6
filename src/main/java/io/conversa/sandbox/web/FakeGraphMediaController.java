package io.conversa.sandbox.web;

import io.conversa.sandbox.internal.GraphError;
import io.conversa.sandbox.internal.SandboxMediaStore;
import io.conversa.sandbox.internal.SandboxMediaStore.StoredMedia;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The fake Cloud API's media: upload ({@code POST /{phone-number-id}/media}, multipart {@code file}, {@code type},
 * {@code messaging_product}) and the download URL that media metadata points to (bearer token required, as at
 * Meta).
 */
@RestController
@RequestMapping("/sandbox/graph")
@ConditionalOnProperty(name = "conversa.sandbox.enabled", havingValue = "true")
class FakeGraphMediaController extends GraphEndpoint {

    static final String DOWNLOAD_PATH = "/sandbox/graph/media-download/{mediaId}";

    private final SandboxMediaStore media;

    FakeGraphMediaController(Environment environment, SandboxMediaStore media) {
        super(environment);
        this.media = media;
    }

    @PostMapping(path = VERSION + "/{phoneNumberId}/media", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Map<String, Object> upload(
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @PathVariable String phoneNumberId,
            @RequestParam(name = "messaging_product", required = false) String messagingProduct,
            @RequestParam(name = "type", required = false) String type,
            @RequestParam(name = "file", required = false) MultipartFile file) {
        authorizeNumber(authorization, phoneNumberId, "post");
        if (messagingProduct == null) {
            throw GraphError.missingParameter("messaging_product").exception();
        }
        if (!"whatsapp".equals(messagingProduct)) {
            throw GraphError.invalidParameter("messaging_product: must be 'whatsapp'")
                    .exception();
        }
        if (file == null || file.isEmpty()) {
            throw GraphError.missingParameter("file").exception();
        }
        return Map.of("id", media.store(bytes(file), mimeType(type, file)).id());
    }

    @GetMapping("/media-download/{mediaId}")
    ResponseEntity<byte[]> download(
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @PathVariable String mediaId) {
        authorize(authorization);
        StoredMedia stored = media.find(mediaId)
                .orElseThrow(() -> GraphError.unknownObject(mediaId, "get").exception());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(stored.mimeType()))
                .body(stored.bytes());
    }

    private static String mimeType(String type, MultipartFile file) {
        String declared = type != null && type.contains("/") ? type : file.getContentType();
        try {
            return MediaType.parseMediaType(declared).toString();
        } catch (RuntimeException e) {
            return MediaType.APPLICATION_OCTET_STREAM_VALUE;
        }
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
