package io.conversa.campaigns.internal;

import io.conversa.campaigns.CampaignsProperties;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A workspace's contact hours for bulk sends: its own (table {@code bulk_policy}) or the configured default. */
@Component
public class ContactHoursPolicy {

    private final JdbcClient jdbc;
    private final ContactHours fallback;
    private final Clock clock;

    ContactHoursPolicy(JdbcClient jdbc, CampaignsProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.fallback = ContactHours.parse(properties.contactHours());
        this.clock = clock;
    }

    public ContactHours of(UUID workspaceId) {
        return jdbc.sql("SELECT contact_hours FROM bulk_policy WHERE workspace_id = ?")
                .param(workspaceId)
                .query(String.class)
                .optional()
                .map(ContactHours::parse)
                .orElse(fallback);
    }

    /** Saves the workspace's own hours (already parsed, so they are valid). */
    public void save(UUID workspaceId, ContactHours hours) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        int updated = jdbc.sql("UPDATE bulk_policy SET contact_hours = ?, updated_at = ? WHERE workspace_id = ?")
                .params(hours.toString(), now, workspaceId)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO bulk_policy (workspace_id, contact_hours, updated_at) VALUES (?, ?, ?)"
                            + " ON CONFLICT DO NOTHING")
                    .params(workspaceId, hours.toString(), now)
                    .update();
        }
    }
}
