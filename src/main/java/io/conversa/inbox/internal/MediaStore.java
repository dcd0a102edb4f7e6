package io.conversa.inbox.internal;

import io.conversa.inbox.InboxProperties;
import io.conversa.inbox.spi.MediaFetcher;
import io.conversa.inbox.spi.MediaFetcher.FetchedMedia;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Received media files: downloaded from the provider soon after the message arrives (Meta's URLs expire within
 * minutes), checked for size and type, and kept under the media folder by workspace and message id.
 */
@Component
public class MediaStore {

    private static final Logger log = LoggerFactory.getLogger(MediaStore.class);

    /** What WhatsApp delivers and an agent may open; anything else is not kept. */
    static final Set<String> ALLOWED_TYPES = Set.of(
            "image/jpeg",
            "image/png",
            "image/webp",
            "audio/aac",
            "audio/mp4",
            "audio/mpeg",
            "audio/amr",
            "audio/ogg",
            "video/mp4",
            "video/3gpp",
            "application/pdf",
            "text/plain",
            "text/csv",
            "application/msword",
            "application/vnd.ms-excel",
            "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation");

    /** A stored file: where it is and what it is. */
    public record StoredMedia(Path path, String mimeType, String filename, long size) {}

    private final JdbcClient jdbc;
    private final MediaFetcher fetcher;
    private final InboxProperties properties;

    MediaStore(JdbcClient jdbc, MediaFetcher fetcher, InboxProperties properties) {
        this.jdbc = jdbc;
        this.fetcher = fetcher;
        this.properties = properties;
    }

    /** Downloads the media of a received message, unless it is already stored. */
    void download(UUID messageId) {
        var row = jdbc.sql("SELECT workspace_id, channel_id, media_id, media_path FROM message WHERE id = ?")
                .param(messageId)
                .query((rs, n) -> new Object[] {
                    rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4)
                })
                .optional();
        if (row.isEmpty() || row.get()[2] == null || row.get()[3] != null) {
            return;
        }
        UUID workspace = (UUID) row.get()[0];
        FetchedMedia media = fetcher.fetch(
                (UUID) row.get()[1],
                (String) row.get()[2],
                properties.mediaMaxSize().toBytes());
        String mime = baseType(media.mimeType());
        if (!ALLOWED_TYPES.contains(mime)) {
            log.warn("Media of message {} not kept: type {} is not allowed", messageId, mime);
            return;
        }
        Path file = write(workspace, messageId, media.content());
        jdbc.sql("UPDATE message SET media_path = ?, media_size = ?, media_mime = ? WHERE id = ?")
                .params(file.toString(), sizeOf(file), mime, messageId)
                .update();
    }

    /** The stored file of a message of this workspace, if there is one. */
    public Optional<StoredMedia> find(UUID workspaceId, UUID messageId) {
        return jdbc.sql("SELECT media_path, media_mime, media_filename, media_size FROM message "
                        + "WHERE workspace_id = ? AND id = ? AND media_path IS NOT NULL")
                .params(workspaceId, messageId)
                .query((rs, n) ->
                        new StoredMedia(Path.of(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .optional()
                .filter(media -> Files.isRegularFile(media.path()));
    }

    private Path write(UUID workspace, UUID messageId, InputStream content) {
        Path folder = Path.of(properties.mediaDir()).resolve(workspace.toString());
        Path target = folder.resolve(messageId.toString());
        try (InputStream in = content) {
            Files.createDirectories(folder);
            Path partial = Files.createTempFile(folder, messageId.toString(), ".part");
            long copied = Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            if (copied > properties.mediaMaxSize().toBytes()) {
                Files.delete(partial);
                throw new MediaFetcher.MediaUnavailable("larger than " + properties.mediaMaxSize(), false);
            }
            return Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String baseType(String mimeType) {
        if (mimeType == null) {
            return "";
        }
        int semicolon = mimeType.indexOf(';');
        return (semicolon >= 0 ? mimeType.substring(0, semicolon) : mimeType)
                .trim()
                .toLowerCase(Locale.ROOT);
    }
}
