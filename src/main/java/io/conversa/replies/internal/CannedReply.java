package io.conversa.replies.internal;

import io.conversa.replies.CannedReplyInput;
import io.conversa.replies.CannedReplyView;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A canned reply as stored; {@code createdBy} is null when an API integration created it. */
@Table("canned_reply")
public record CannedReply(
        @Id UUID id,
        UUID workspaceId,
        String shortcut,
        String title,
        String text,
        UUID createdBy,
        Instant createdAt,
        Instant updatedAt,
        @Version Integer version) {

    public static CannedReply create(UUID workspaceId, UUID createdBy, CannedReplyInput input, Instant now) {
        return new CannedReply(
                UUID.randomUUID(),
                workspaceId,
                input.shortcut(),
                input.title(),
                input.text(),
                createdBy,
                now,
                now,
                null);
    }

    public CannedReply edit(CannedReplyInput input, Instant now) {
        return new CannedReply(
                id, workspaceId, input.shortcut(), input.title(), input.text(), createdBy, createdAt, now, version);
    }

    public CannedReplyView view() {
        return new CannedReplyView(id, shortcut, title, text, createdBy, createdAt, updatedAt);
    }
}
