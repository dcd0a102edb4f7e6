package io.conversa.sandbox.internal;

import io.conversa.sandbox.SandboxProperties;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Media files in memory under Meta-like media ids: uploaded by the app through the fake Graph API or sent by the
 * simulated customer. Bounded by total size, the oldest forgotten first. Thread-safe.
 */
@Component
@ConditionalOnProperty(name = "conversa.sandbox.enabled", havingValue = "true")
public class SandboxMediaStore {

    /** A stored file; {@code sha256} is the lowercase hex SHA-256 of its bytes. */
    public record StoredMedia(String id, String mimeType, String sha256, byte[] bytes) {

        public long size() {
            return bytes.length;
        }
    }

    private final Map<String, StoredMedia> byId = new LinkedHashMap<>();
    private final long maxBytes;
    private long totalBytes;

    public SandboxMediaStore(SandboxProperties properties) {
        this.maxBytes = properties.maxMediaBytes().toBytes();
    }

    /** Stores a copy of the bytes and returns the new media id. */
    public synchronized StoredMedia store(byte[] bytes, String mimeType) {
        var media = new StoredMedia(Wamids.media(), mimeType, sha256(bytes), bytes.clone());
        byId.put(media.id(), media);
        totalBytes += media.size();
        forgetOldestBeyondLimit(media.id());
        return media;
    }

    public synchronized Optional<StoredMedia> find(String mediaId) {
        return Optional.ofNullable(byId.get(mediaId));
    }

    public synchronized boolean contains(String mediaId) {
        return byId.containsKey(mediaId);
    }

    private void forgetOldestBeyondLimit(String keep) {
        Iterator<StoredMedia> oldestFirst = byId.values().iterator();
        while (totalBytes > maxBytes && oldestFirst.hasNext()) {
            StoredMedia oldest = oldestFirst.next();
            if (!oldest.id().equals(keep)) {
                oldestFirst.remove();
                totalBytes -= oldest.size();
            }
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
