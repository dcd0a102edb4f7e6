package io.conversa.inbox.spi;

import java.io.InputStream;
import java.util.UUID;

/** Downloads an inbound media file from the provider by its media id. */
public interface MediaFetcher {

    /** The media's bytes (at most {@code maxBytes}) and type; throws {@link MediaUnavailable} when it cannot. */
    FetchedMedia fetch(UUID channelId, String mediaId, long maxBytes);

    record FetchedMedia(String mimeType, long size, InputStream content) {}

    class MediaUnavailable extends RuntimeException {
        private final boolean retryable;

        public MediaUnavailable(String message, boolean retryable) {
            super(message);
            this.retryable = retryable;
        }

        public boolean retryable() {
            return retryable;
        }
    }
}
